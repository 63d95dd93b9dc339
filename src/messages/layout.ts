// Text of the standardized report sheet, the index sheet, and the hosts that write them.
// The sheet itself is written in Chinese (`zh`); `en` is for panes and logs in English.
import type { MessageText } from "./format";

export const LAYOUT_MESSAGES = {
  unknownAgency: { zh: "未识别机关", en: "Unknown agency" },
  sheetTitle: { zh: "{agency}{year}政府信息公开工作年度报告·统计表", en: "{agency} {year} information disclosure report: tables" },
  yearSuffix: { zh: "年", en: "" },
  agencyLabel: { zh: "机关", en: "Agency" },
  yearLabel: { zh: "年度", en: "Year" },
  fileLabel: { zh: "来源文件", en: "Source file" },
  noFile: { zh: "（无）", en: "(none)" },
  infoContent: { zh: "信息内容", en: "Item" },
  checkHeader: { zh: "核对：不符项数", en: "Check: failures" },
  applicants: { zh: "申请人情况", en: "Applicants" },
  rowDiffHeader: { zh: "行差：总计−各项之和", en: "Row difference: total − sum" },
  columnDiffLabel: { zh: "列差：（七）总计−（一）至（六）项之和", en: "Column difference: (7) total − sum of (1)–(6)" },
  balanceDiffLabel: { zh: "勾稽差：（第一项+第二项）−（第三项+第四项）", en: "Balance: (row 1 + row 2) − (total + carried out)" },
  wholeNumbersLabel: { zh: "整数核对：负数或非整数的个数", en: "Whole numbers: figures negative or not whole" },
  appealsRowLabel: { zh: "案件数（件）", en: "Cases" },
  appealsDiffLabel: { zh: "核对：总计−四项之和", en: "Check: total − sum of four" },
  verdictLabel: { zh: "本表核对结论（公式）", en: "Verdict of this table (formula)" },
  verdictOk: { zh: "无问题", en: "No problems" },
  verdictHas: { zh: "有", en: "" },
  verdictMismatches: { zh: "处不符", en: " mismatches" },
  verdictUncheckable: { zh: "处无法核对", en: " not checkable" },
  uncheckable: { zh: "无法核对", en: "not checkable" },
  unreadableNote: {
    zh: "未能读取：原文中这个数无法确定，请对照原文填写。",
    en: "Not read: this figure could not be read with certainty; fill it in from the source.",
  },
  notesTitle: { zh: "导入说明", en: "Import notes" },
  severity: { zh: "错误|注意|提示", en: "Error|Warning|Info" },
  indexSheetName: { zh: "目录", en: "Index" },
  indexTitle: { zh: "政府信息公开工作年度报告·目录", en: "Annual reports: index" },
  indexColumns: {
    zh: "序号|机关|年度|来源文件|工作表|主动公开|申请办理|复议诉讼",
    en: "No.|Agency|Year|Source file|Sheet|Active|Requests|Appeals",
  },
  xlsxWritten: { zh: "已写入 {file}：{count} 个报告工作表。", en: "Wrote {file}: {count} report sheets." },
  xlsxNothing: {
    zh: "没有可写入的报告：所有文件都未能读取，未生成 {file}。",
    en: "No report to write: none of the files could be read; {file} was not created.",
  },
  xlsxWriteFailed: { zh: "无法写入 {file}：{reason}。请检查路径和写入权限。", en: "Could not write {file}: {reason}. Check the path and permissions." },
  sheetNameTaken: {
    zh: "工作簿中已有名为“{wanted}”的工作表。可改用“{suggestion}”，原工作表不会改动。",
    en: "The workbook already has a sheet named \"{wanted}\". \"{suggestion}\" can be used instead; the existing sheet stays unchanged.",
  },
  insertFailed: {
    zh: "写入工作表“{sheet}”时出错：{reason}。已撤销，工作簿保持原样。",
    en: "Writing sheet \"{sheet}\" failed: {reason}. It was undone; the workbook is as before.",
  },
  rollbackFailed: {
    zh: "写入工作表“{sheet}”时出错：{reason}；撤销也未成功，请手动删除该工作表。",
    en: "Writing sheet \"{sheet}\" failed: {reason}; undoing failed too, please delete that sheet by hand.",
  },
} satisfies Record<string, MessageText>;
export type LayoutMessageCode = keyof typeof LAYOUT_MESSAGES;
