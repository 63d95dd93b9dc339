// Text of the task pane: what a person sees while importing, checking and writing reports.
import type { MessageText } from "./format";

export const PANE_MESSAGES = {
  title: { zh: "政府信息公开年度报告导入", en: "Government information disclosure reports" },
  connecting: { zh: "正在连接 Excel…", en: "Connecting to Excel…" },
  excelMode: {
    zh: "已连接 Excel：导入的报告将写入当前工作簿的新工作表。",
    en: "Connected to Excel: imported reports go into new sheets of this workbook.",
  },
  browserModeTitle: { zh: "浏览器模式", en: "Browser mode" },
  browserMode: {
    zh: "当前未在 Excel 加载项中运行（适用于 WPS 或无法使用加载项的电脑）。导入和核对照常进行，结果可下载为 Excel 文件，用 Excel、WPS 或 LibreOffice 打开。",
    en: "Not running as an Excel add-in (for WPS, or computers that cannot use add-ins). Import and checks work as usual; download the result as an Excel file and open it in Excel, WPS or LibreOffice.",
  },
  tabImport: { zh: "导入报告", en: "Import reports" },
  tabCombine: { zh: "汇总与校验", en: "Combine & validate" },

  pasteLabel: { zh: "粘贴报告全文", en: "Paste the whole report" },
  pasteHint: {
    zh: "在网页、Word 或 PDF 中全选并复制年度报告，然后在此处粘贴（Ctrl+V），会立即读取。",
    en: "Select and copy the whole annual report in a web page, Word or a PDF, then paste it here (Ctrl+V): it is read at once.",
  },
  readTyped: { zh: "读取框内文字", en: "Read the text in the box" },
  pasteEmpty: {
    zh: "粘贴的内容是空的：剪贴板里没有文字。请先在报告中全选（Ctrl+A）并复制（Ctrl+C），再粘贴。",
    en: "The paste was empty: the clipboard holds no text. Select the whole report (Ctrl+A), copy it (Ctrl+C), then paste again.",
  },
  pastedName: { zh: "粘贴的文字 {n}", en: "Pasted text {n}" },

  filesLabel: { zh: "导入报告文件", en: "Import report files" },
  chooseFiles: { zh: "选择文件…", en: "Choose files…" },
  dropHint: {
    zh: "或把文件拖到这里。可一次选多个：.docx、.pdf、.html、.txt",
    en: "or drop files here. Several at once: .docx, .pdf, .html, .txt",
  },
  progress: { zh: "正在读取 {done} / {total}", en: "Reading {done} / {total}" },
  progressDone: { zh: "已读取 {done} / {total} 个文件", en: "Read {done} / {total} files" },
  progressDoneSome: {
    zh: "已处理 {total} 个文件：{read} 个已读取，{failed} 个未能读出",
    en: "{total} files done: {read} read, {failed} not read",
  },
  statusEmpty: { zh: "未读出数字", en: "No figures read" },
  statusPartial: { zh: "部分读取", en: "Partly read" },
  emptyReport: {
    zh: "找到了表格，但 200 个数一个也没有读出（表中全是“?”）。这份报告不会被计入汇总；请对照原文填写，或换用报告的网页或 Word 版。",
    en: "The tables were found but none of the 200 figures could be read (all “?”). This report is left out of totals; fill them in from the source, or use the report's web page or Word version.",
  },
  failedHeadline: { zh: "{count} 项核对不符，逐条列在下面。", en: "{count} checks failed, listed below." },
  alsoUncheckable: { zh: "另有 {count} 项无法校验。", en: "{count} more could not be checked." },
  moreUncheckable: { zh: "……另有 {count} 项无法校验（缺少读不出的数字）。", en: "…and {count} more that could not be checked (figures not read)." },
  chooseFolder: { zh: "选择文件夹…", en: "Choose a folder…" },
  sameNameNth: { zh: "{name}（第 {n} 个）", en: "{name} (#{n})" },
  statusWaiting: { zh: "等待", en: "Waiting" },
  statusReading: { zh: "读取中", en: "Reading" },
  statusDone: { zh: "已读取", en: "Read" },
  statusFailed: { zh: "未能导入", en: "Not imported" },
  readFailed: {
    zh: "读取文件“{name}”时出错：{reason}。请确认文件没有被其他程序占用，再试一次。",
    en: "Reading the file “{name}” failed: {reason}. Check that no other program holds it, then try again.",
  },

  reportsHeading: { zh: "已导入的报告（{count}）", en: "Imported reports ({count})" },
  noReports: { zh: "还没有导入报告。", en: "No report imported yet." },
  agency: { zh: "机关", en: "Agency" },
  year: { zh: "年度", en: "Year" },
  yearInvalid: { zh: "年度应为四位数字，如 2024。", en: "The year should have four digits, such as 2024." },
  sheetName: { zh: "工作表名称：{name}", en: "Sheet name: {name}" },
  remove: { zh: "移除", en: "Remove" },
  unreadableCount: {
    zh: "{count} 个数未能读取（表中标为“?”），请对照原文填写。",
    en: "{count} figures could not be read (marked “?”); fill them in from the source.",
  },
  allRead: { zh: "200 个数全部读取。", en: "All 200 figures read." },
  findingsHeading: { zh: "核对结果", en: "Checks" },
  importNotes: { zh: "导入说明", en: "Import notes" },
  legendUnreadable: { zh: "? 未能读取", en: "? not read" },
  legendFailed: { zh: "红框 核对不符", en: "Red: check failed" },
  cellUnreadable: { zh: "未能读取：请对照原文填写", en: "Not read: fill it in from the source" },

  writeAll: { zh: "写入工作簿（{count} 份）", en: "Write to workbook ({count})" },
  writeOne: { zh: "写入工作簿", en: "Write to workbook" },
  askOnConflict: { zh: "工作表重名时先问我（默认自动另起新名）", en: "Ask me when a sheet name is taken (default: a new unique name)" },
  writing: { zh: "正在写入…", en: "Writing…" },
  written: { zh: "已写入工作表“{sheet}”。", en: "Written to the sheet “{sheet}”." },
  writeCancelled: {
    zh: "未写入：已有同名工作表“{wanted}”，您选择了取消。原工作表未改动。",
    en: "Not written: a sheet named “{wanted}” exists and you chose Cancel. That sheet is unchanged.",
  },
  writeFailed: {
    zh: "写入失败：{reason}",
    en: "Writing failed: {reason}",
  },
  writeError: {
    zh: "写入工作表时出错（{reason}）。工作簿未改动；请关闭正在编辑的单元格后再试。",
    en: "Writing the sheet failed ({reason}). The workbook is unchanged; leave any cell being edited, then try again.",
  },
  conflictTitle: { zh: "已有同名工作表", en: "A sheet of that name exists" },
  conflictBody: {
    zh: "工作簿中已有工作表“{wanted}”。可以新建副本“{suggestion}”，原工作表不会被改动。",
    en: "The workbook already has a sheet “{wanted}”. A copy named “{suggestion}” can be added; the existing sheet is not changed.",
  },
  conflictCopy: { zh: "新建副本", en: "Add a copy" },
  conflictCancel: { zh: "取消", en: "Cancel" },

  download: { zh: "下载 Excel 文件", en: "Download Excel file" },
  downloadHint: {
    zh: "每份报告一个工作表，前面是目录；核对用普通 Excel 公式，WPS 与 LibreOffice 也能计算。",
    en: "One sheet per report after an index; checks are plain Excel formulas that WPS and LibreOffice also compute.",
  },
  downloadFileName: { zh: "政府信息公开年度报告", en: "information-disclosure-reports" },
  downloadFailed: {
    zh: "生成 Excel 文件时出错（{reason}）。导入的报告仍在；请再点一次“下载 Excel 文件”。",
    en: "Making the Excel file failed ({reason}). The imported reports are kept; click “Download Excel file” again.",
  },
  downloaded: { zh: "已生成“{file}”（{count} 份报告）。", en: "Made “{file}” ({count} reports)." },

  combineIntro: {
    zh: "把工作簿中各机关的标准表合并为“合并表”，并生成“汇总”和“核对结果”。",
    en: "Combine every agency's standard sheet in this workbook into 合并表, with 汇总 (totals) and 核对结果 (findings).",
  },
  combineRun: { zh: "合并与汇总", en: "Combine and total" },
  includePaneReports: {
    zh: "同时合并窗格中尚未写入工作簿的 {count} 份报告",
    en: "Also combine the {count} reports in the pane not yet written to the workbook",
  },
  validateIntro: {
    zh: "在每个工作表中查找三张表（无论是谁录入的），逐项核对勾稽关系。",
    en: "Find the three tables on every sheet, whoever typed them, and check every sum.",
  },
  validateRun: { zh: "校验工作簿", en: "Validate workbook" },
  highlightOption: { zh: "把不符的单元格标红（只改填充色，不改数值）", en: "Fill failing cells red (fill only, values unchanged)" },
  findingsSheetOption: { zh: "另写一张“核对结果”工作表", en: "Also write a 核对结果 (findings) sheet" },
  running: { zh: "正在处理…", en: "Working…" },
  goToCell: { zh: "{sheet}!{cell}", en: "{sheet}!{cell}" },
  moreFindings: { zh: "另有 {count} 项未列出。", en: "{count} more not listed." },
  combineError: {
    zh: "操作未完成（{reason}）。工作簿中已有的内容未被删除；请关闭正在编辑的单元格后再试。",
    en: "Not done ({reason}). Nothing in the workbook was deleted; leave any cell being edited, then try again.",
  },
  combineBrowserIntro: {
    zh: "把窗格中导入的报告合并为一个工作簿下载：合并表（每份报告一行）、汇总（公式相加）、核对结果，以及每份报告的标准表，与命令行 xxgk combine 生成的相同。",
    en: "Combine the reports imported in the pane into one workbook to download: 合并表 (one row per report), 汇总 (totals by formula), 核对结果 (findings) and each report's sheet, as `xxgk combine` writes them.",
  },
  combineDownload: { zh: "下载汇总工作簿", en: "Download combined workbook" },
  combinedFileName: { zh: "政府信息公开年度报告汇总", en: "information-disclosure-combined" },
  combineNoReports: { zh: "还没有可汇总的报告：请先在“导入报告”中导入。", en: "No report to combine yet: import some under “Import reports” first." },
  duplicatesTitle: {
    zh: "“{agency}” {year} 年度有 {count} 份报告（{same}），汇总只计入一份。请选择保留哪一份：",
    en: "“{agency}” {year} has {count} reports ({same}); totals count one. Choose the one to keep:",
  },
  duplicatesIdentical: { zh: "数字完全相同", en: "identical figures" },
  duplicatesDiffer: { zh: "数字不同", en: "different figures" },
  yearsTitle: {
    zh: "这些报告分属 {years} 共 {count} 个年度，汇总只把同一年度的报告相加。请选择汇总哪一年：",
    en: "These reports are of {count} years ({years}); totals add reports of one year. Choose the year:",
  },
  yearOption: { zh: "{year} 年度（{count} 份）", en: "{year} ({count} reports)" },
  combinedDownloaded: {
    zh: "已生成“{file}”：{count} 份报告的合并表、汇总、核对结果和各报告工作表。",
    en: "Made “{file}”: 合并表, 汇总, 核对结果 and the sheets of {count} reports.",
  },
  leftOutDuplicates: { zh: "重复的 {count} 份未计入。", en: "{count} duplicates left out." },
  leftOutYears: { zh: "其他年度或年度不明的 {count} 份未计入。", en: "{count} of other or unknown years left out." },
  combineDownloadFailed: {
    zh: "生成汇总工作簿时出错（{reason}）。导入的报告仍在；请再点一次“下载汇总工作簿”。",
    en: "Making the combined workbook failed ({reason}). The imported reports are kept; click “Download combined workbook” again.",
  },
  validateNeedsExcel: {
    zh: "“校验工作簿”检查的是 Excel 中打开的工作簿，需要在 Excel 加载项中使用；这里导入的报告已在“导入报告”中逐份核对。",
    en: "“Validate workbook” checks the workbook open in Excel and needs the add-in; the reports imported here are each checked under “Import reports”.",
  },
  tableActive: { zh: "二、主动公开", en: "2. Proactive disclosure" },
  tableRequests: { zh: "三、申请办理", en: "3. Requests" },
  tableAppeals: { zh: "四、复议诉讼", en: "4. Appeals" },
  activeNotRead: { zh: "表二未读入（记为空），请对照原件另行填写。", en: "Table 2 was not read (left empty): fill it in from the original." },
} satisfies Record<string, MessageText>;

export type PaneMessageCode = keyof typeof PANE_MESSAGES;
