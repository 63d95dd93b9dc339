// Combining many reports: rows of the combined sheet, the 汇总 figures, pairs across years.
// Pure: the combined and 汇总 sheets are planned in src/layout/combined, written by src/hosts.
export { combineRows, entryOf, rowKey, type CombineEntry, type CombinedRow } from "./entries";
export { sumFigures } from "./totals";
export { entryTables, pairAcrossYears, tablesOf, type YearPair } from "./years";
export { EXTRA_COLUMNS, NOT_IN_2019, combinedColumnOf2019, comparable2019, placed2019, type ExtraColumn } from "./formats";
export { findingLocation } from "./location";
export { findDuplicateReports, keepFirstOfDuplicates, inputName, type DuplicateCandidate, type DuplicateGroup } from "./duplicates";
