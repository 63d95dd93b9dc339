// What the Excel host says when a workbook is not as it left it: deleted or renamed sheets, a
// deleted marker, protected sheets, very large sheets, Excel's size limits, a failure midway.
import type { MessageText } from "./format";

export const EXCEL_HOST_MESSAGES = {
  staleNames: {
    zh: "有{count}份报告的工作表已被删除（名称显示 #REF!），已跳过，并清理了这些失效的名称。",
    en: "{count} report sheets were deleted (their names read #REF!); skipped, and the stale names removed.",
  },
  missingSheet: {
    zh: "有{count}份报告的名称指向不存在的工作表（{sheets}），已跳过。",
    en: "{count} report names point at sheets that do not exist ({sheets}); skipped.",
  },
  combineFailed: {
    zh: "合并未完成：{reason}。{cleanup}",
    en: "The combination did not finish: {reason}. {cleanup}",
  },
  combineProtected: {
    zh: "“{sheets}”受保护，无法更新合并结果。请先撤销工作表保护（“审阅”→“撤消工作表保护”），再合并。工作簿未作任何改动。",
    en: "“{sheets}” is protected, so the combination cannot be refreshed. Unprotect the sheet (Review → Unprotect Sheet) and combine again. Nothing was changed.",
  },
  combineRolledBack: {
    zh: "本次新建的工作表已删除，工作簿保持原样。",
    en: "The sheets it had added were deleted; the workbook is as it was.",
  },
  combineRefreshHalf: {
    zh: "上次合并的“{sheets}”可能只更新了一部分，请再次点击“合并”。",
    en: "“{sheets}” from the last combination may be half updated; run Combine again.",
  },
  combineRollbackFailed: {
    zh: "清理本次新建的工作表时也出错（{reason}），请手动删除“{sheets}”。",
    en: "Removing the sheets it had added failed too ({reason}); delete “{sheets}” by hand.",
  },
  protectedSkipped: {
    zh: "工作表“{sheets}”受保护，未标红色底色（问题已列在下面）。",
    en: "Sheet “{sheets}” is protected: no red fill there (the problems are listed below).",
  },
  highlightFailed: {
    zh: "未能标红色底色（{reason}），问题已列在下面。",
    en: "Could not fill the cells red ({reason}); the problems are listed below.",
  },
  findingsSheetFailed: {
    zh: "未能写入核对结果工作表（{reason}），已撤销。",
    en: "Could not write the findings sheet ({reason}); undone.",
  },
  sheetTruncated: {
    zh: "工作表“{sheet}”的已用区域很大（{rows}行×{cols}列），只检查了左上角{readRows}行×{readCols}列。",
    en: "Sheet “{sheet}” uses a very large range ({rows} rows × {cols} columns); only the top-left {readRows} × {readCols} were checked.",
  },
  mergesUnread: {
    zh: "工作表“{sheet}”的合并单元格未能读取（{reason}），按未合并处理。",
    en: "The merged cells of “{sheet}” could not be read ({reason}); read as unmerged.",
  },
  mergesUnsupported: {
    zh: "此版本的 Excel 不能读取合并单元格（需要 ExcelApi 1.13），按未合并处理；并排的多份报告可能找不全。",
    en: "This Excel cannot read merged cells (needs ExcelApi 1.13); read as unmerged, side-by-side reports may be missed.",
  },
} satisfies Record<string, MessageText>;
