// Plans of the sheets that combine many reports: the combined sheet, its 汇总, a findings list.
export { buildCombinedSheetPlan, combinedRowCells, lastColumnOf, failedChecksFormula, figureColumn, COMBINED_LAST_COLUMN, COMBINED_COLUMN, COMBINED_FIRST_ROW, COMBINED_HEADER_ROWS, type CombinedSheet } from "./combined-sheet";
export { buildSummarySheetPlan, summaryFormula, summaryFigureCells } from "./summary-sheet";
export { buildFindingsSheetPlan, linkFormula, type LocatedFinding } from "./findings-sheet";
export { planCombinedWorkbook, combineSheetNames, COMBINE_MARKER_NAMES, markedCombineSheets, summaryPlans, yearSummaryMarker, type CombinedWorkbook, type CombineNames } from "./workbook";
export { combinedResults } from "./results";
