// The Office.js host of the sheet layout: see ./insert.ts (one report, one batch) and ./apply.ts.
export { insertReportSheet, type InsertOptions, type InsertResult } from "./insert";
export { queuePlan, formulaCellValue, POINTS_PER_CHARACTER, type ApplyOptions } from "./apply";
