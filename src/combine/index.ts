// Combining many reports: rows of the combined sheet, the 汇总 figures, pairs across years.
// Pure: the combined and 汇总 sheets are planned in src/layout/combined, written by src/hosts.
export { combineRows, entryOf, rowKey, type CombineEntry, type CombinedRow } from "./entries";
export { sumFigures } from "./totals";
export { pairAcrossYears, tablesOf, type YearPair } from "./years";
export { findingLocation } from "./location";
export { findDuplicateReports, keepFirstOfDuplicates, inputName, type DuplicateCandidate, type DuplicateGroup } from "./duplicates";
