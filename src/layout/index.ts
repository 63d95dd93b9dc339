// The sheet layout as data: plans of worksheets, built from reports, applied by src/hosts/*.
export * from "./geometry";
export * from "./plan";
export * from "./names";
export * from "./sheet-name";
export { PlanBuilder } from "./builder";
export { buildReportSheetPlan, type ReportSheetOptions } from "./report";
export { buildIndexSheetPlan, type IndexEntry } from "./index-sheet";
export { planReportSheet, planWorkbook, type PlannedReport, type WorkbookContents } from "./workbook";
// Primitives for other sheet builders (the combined sheet, its 汇总): the report sheet's look and
// its plain check formulas.
export { STYLE as SHEET_STYLE, MARK as SHEET_MARK, FORMAT as NUMBER_FORMAT } from "./report/style";
export { differenceFormula, balanceFormula, badFiguresFormula, verdictFormula } from "./report/checks";
export { WorkbookResults, planSource, type SheetSource, type StoredResult } from "./results";
export { evaluateFormula, type Scalar } from "./formula";
export { A4, MARGINS, columnPoints, pagesAcross, printableSize, scaleToFitWidth, textWidth } from "./print";
