// Plans for a set of reports going into one workbook: each report gets an unused sheet name and
// name key, then (optionally) an index sheet in front.
import type { AnyReport } from "../model";
import { LAYOUT_MESSAGES } from "../messages/layout";
import { buildIndexSheetPlan, type IndexEntry } from "./index-sheet";
import { REPORT_NAME_PARTS, reportKeyFor, reportName } from "./names";
import type { SheetPlan } from "./plan";
import { buildReportSheetPlan } from "./report";
import { sheetNameFor } from "./sheet-name";

export interface WorkbookContents {
  readonly sheetNames: Iterable<string>;
  readonly definedNames: Iterable<string>;
}

export interface PlannedReport {
  readonly plan: SheetPlan;
  readonly entry: IndexEntry;
}

/** One report's plan, given what the workbook already holds. */
export function planReportSheet(report: AnyReport, existing: WorkbookContents): PlannedReport {
  const sheetName = sheetNameFor(report.agency, report.year, existing.sheetNames);
  const key = reportKeyFor(sheetName, existing.definedNames);
  const plan = buildReportSheetPlan(report, { sheetName, key });
  return { plan, entry: { agency: report.agency, year: report.year, file: report.file ?? null, sheetName, key } };
}

/** Plans for many reports, the index sheet first when `index` is set. */
export function planWorkbook(reports: readonly AnyReport[], options: { index: boolean }, existing?: WorkbookContents): SheetPlan[] {
  const sheetNames = [...(existing?.sheetNames ?? [])];
  const definedNames = [...(existing?.definedNames ?? [])];
  const indexName = options.index ? sheetNameFor(LAYOUT_MESSAGES.indexSheetName.zh, null, sheetNames) : null;
  if (indexName) sheetNames.push(indexName);
  const planned: PlannedReport[] = [];
  for (const report of reports) {
    const p = planReportSheet(report, { sheetNames, definedNames });
    sheetNames.push(p.plan.name);
    for (const part of REPORT_NAME_PARTS) definedNames.push(reportName(p.entry.key, part));
    planned.push(p);
  }
  const sheets = planned.map((p) => p.plan);
  return indexName ? [buildIndexSheetPlan(indexName, planned.map((p) => p.entry)), ...sheets] : sheets;
}
