// Text of the combined sheet, the 汇总, the cross-year list and the workbook validation.
import type { MessageText } from "./format";

export const COMBINE_MESSAGES = {
  combinedSheetName: { zh: "合并表", en: "Combined" },
  summarySheetName: { zh: "汇总", en: "Totals" },
  findingsSheetName: { zh: "核对结果", en: "Findings" },
  columnAgency: { zh: "机关", en: "Agency" },
  columnYear: { zh: "年度", en: "Year" },
  columnFile: { zh: "来源文件", en: "Source file" },
  columnSheet: { zh: "工作表", en: "Sheet" },
  columnFailed: { zh: "不符项数（公式）", en: "Failed checks (formula)" },
  columnBlank: { zh: "空白数字个数", en: "Blank figures" },
  columnNote: { zh: "说明", en: "Note" },
  missingNote: {
    zh: "本次未找到这份报告（工作表已删除或改名），保留上次的数字；如不再需要，请删除此行。",
    en: "This report was not found this time (sheet deleted or renamed); its last figures are kept. Delete the row if it is no longer needed.",
  },
  summaryAgency: { zh: "汇总（{count}份报告）", en: "Totals ({count} reports)" },
  summaryAgencyYears: {
    zh: "各年度相加（{count}份报告，{years}年）：在“{sheet}”按“年度”筛选，即为该年度的汇总",
    en: "All years added ({count} reports, {years}): filter “{sheet}” by year for one year's totals",
  },
  summaryAgencyYearSheets: {
    zh: "各年度相加（{count}份报告，{years}年；每个年度的汇总见“{first}”等表）",
    en: "All years added ({count} reports, {years}; each year's totals in “{first}” and the next sheets)",
  },
  yearSummarySheetName: { zh: "汇总{year}", en: "Totals {year}" },
  yearUnknown: { zh: "年度未识别", en: "year unknown" },
  summaryFile: {
    zh: "各数为“{sheet}”表对应列的合计（SUBTOTAL：筛选后只合计显示的行）",
    en: "Each figure totals its column of “{sheet}” (SUBTOTAL: only rows shown by the filter)",
  },
  yearSummaryFile: {
    zh: "各数为“{sheet}”表中{year}年各行对应列的合计（不受筛选影响）",
    en: "Each figure totals the {year} rows of its column of “{sheet}” (whatever the filter)",
  },
  cliYears: {
    zh: "报告分属{count}个年度（{years}）：每个年度一张汇总表（{sheets}），“{summary}”是各年度相加。",
    en: "The reports span {count} years ({years}): one totals sheet per year ({sheets}); “{summary}” adds all years.",
  },
  cliYearsOne: {
    zh: "报告分属{count}个年度（{years}）：“{summary}”是各年度相加；在“{combined}”按“年度”筛选即为该年度的汇总，或加 --by-year 为每个年度各写一张汇总表。",
    en: "The reports span {count} years ({years}): “{summary}” adds all years; filter “{combined}” by year, or add --by-year for one totals sheet per year.",
  },
  findingsTitle: { zh: "核对结果（{count}条）", en: "Findings ({count})" },
  findingsColumns: {
    zh: "序号|工作表|单元格|机关|年度|规则|级别|说明",
    en: "No.|Sheet|Cell|Agency|Year|Rule|Severity|Message",
  },
  severity: { zh: "错误|注意|提示", en: "Error|Warning|Info" },
  noFindings: { zh: "未发现问题。", en: "No problems found." },
  unknownAgency: { zh: "未识别机关", en: "Unknown agency" },
  combined: {
    zh: "已合并{count}份报告到“{sheet}”，汇总在“{summary}”；跨年度核对{pairs}对，发现{findings}处问题。",
    en: "Combined {count} reports into “{sheet}”, totals in “{summary}”; {pairs} year pairs checked, {findings} problems.",
  },
  keptMissing: {
    zh: "另有{count}份报告本次未找到，已保留在合并表中并标注。",
    en: "{count} reports were not found this time; they are kept in the combined sheet and marked.",
  },
  nothingToCombine: {
    zh: "没有可合并的报告：工作簿中没有规范报告工作表，也没有导入的报告。请先导入报告。",
    en: "Nothing to combine: no standardized report sheets and no imported reports. Import reports first.",
  },
  validated: {
    zh: "检查了{sheets}张工作表，找到{tables}份报告的统计表，发现{findings}处问题。",
    en: "Checked {sheets} sheets, found the tables of {tables} reports, {findings} problems.",
  },
  noTablesFound: {
    zh: "在这个工作簿中没有找到年度报告的统计表（按表中的行名和列名查找）。请确认表格的行名、列名与国家格式一致。",
    en: "No report tables were found in this workbook (searched by row and column labels). Check that the labels follow the national format.",
  },
  highlighted: { zh: "已将{count}个有问题的单元格标为红色底色（只改底色，不改数字）。", en: "Filled {count} cells in red (fill only, values unchanged)." },
  xlsxUnreadable: {
    zh: "无法读取工作簿“{file}”：{reason}。请确认它是 Excel（.xlsx）文件且未加密。",
    en: "Cannot read workbook “{file}”: {reason}. Make sure it is an unencrypted .xlsx file.",
  },
  cliUsage: {
    zh: "用法：xxgk combine 文件... -o 输出.xlsx（文件可以是报告 PDF/Word/网页/JSON，或含统计表的 .xlsx 工作簿）",
    en: "usage: xxgk combine FILE... -o out.xlsx (report files, JSON, or .xlsx workbooks holding the tables)",
  },
  unnamedInput: { zh: "（未命名）", en: "(unnamed)" },
  inputInSheet: { zh: "{file}（工作表“{sheet}”）", en: "{file} (sheet “{sheet}”)" },
  cliDuplicate: {
    zh: "同一份报告出现了{count}次（{agency}，{year}年）：{files}。只计入第一份“{first}”{versions}；如确需全部计入，请加 --keep-duplicates。",
    en: "One report came {count} times ({agency}, {year}): {files}. Only the first, “{first}”, is counted{versionsEn}; add --keep-duplicates to count them all.",
  },
  cliDuplicateVersions: { zh: "（几份的数字不完全相同，请核实哪一份是定稿）", en: " (their figures differ: check which one is final)" },
  cliDuplicateKept: {
    zh: "同一份报告出现了{count}次（{agency}，{year}年）：{files}。按 --keep-duplicates 全部计入。",
    en: "One report came {count} times ({agency}, {year}): {files}. All counted (--keep-duplicates).",
  },
  cliNoReportSheets: {
    zh: "共{count}份报告，超过{limit}份：工作簿只含合并表、汇总和核对结果，不再为每份报告单建一张工作表。",
    en: "{count} reports, more than {limit}: the workbook holds the combination only, no sheet per report.",
  },
  cliSkipped: { zh: "跳过“{file}”：{reason}", en: "Skipped “{file}”: {reason}" },
  cliWritten: {
    zh: "已写入“{file}”：{count}份报告（合并表、汇总、核对结果），跨年度问题{pairs}处。",
    en: "Wrote “{file}”: {count} reports (combined, totals, findings), {pairs} cross-year problems.",
  },
  cliWriteFailed: { zh: "无法写入“{file}”：{reason}", en: "Cannot write “{file}”: {reason}" },
  cliNothing: { zh: "没有读到任何报告，未写出文件。", en: "No report was read; nothing written." },
  checkSheetHeading: { zh: "工作表“{sheet}”{cell}：{agency} {year}", en: "Sheet “{sheet}” {cell}: {agency} {year}" },
  checkFindingLine: { zh: "  [{tag}] {sheet}!{cell}  {message}", en: "  [{tag}] {sheet}!{cell}  {message}" },
  notApplicable: { zh: "不适用", en: "n/a" },
  notApplicableNote: {
    zh: "本汇总含两种格式的报告（2021年版与2019年版）：只汇总含义相同的数字；这一格在两种格式中含义不同，不汇总（见合并表中各格式的列）。",
    en: "This total holds reports of both formats (2021 and 2019): only figures that mean the same are added; this one differs between the formats and is not added (see each format's columns on the combined sheet).",
  },
  summaryFormats: {
    zh: "合并表“{sheet}”各行之和（含2019年版格式报告{old}份、2021年版格式报告{new}份：只汇总含义相同的数字，其余标“不适用”）",
    en: "Sum of the rows of “{sheet}” ({old} reports in the 2019 format, {new} in the 2021 format: only figures that mean the same are added, the rest marked n/a)",
  },
} satisfies Record<string, MessageText>;

export type CombineMessageCode = keyof typeof COMBINE_MESSAGES;
