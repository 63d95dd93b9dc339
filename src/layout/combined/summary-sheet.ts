// The 汇总 sheet: the report sheet's own layout (the three official tables with their plain check
// formulas), built over a blank report, whose every figure is then a SUBTOTAL of that figure's
// column on the combined sheet. SUBTOTAL(9, …) rather than SUM: filter the combined sheet (one
// city, one year) and the 汇总 totals only the rows shown. A correction on the combined sheet
// flows into the totals and their checks.
import { COMBINE_MESSAGES } from "../../messages/combine";
import { fill } from "../../messages/format";
import { emptyReport, FIGURE_SLOTS } from "../../model";
import { cellA1, cellsOf, quoteSheetName, type Rect } from "../geometry";
import { reportName, type ReportNamePart } from "../names";
import type { PlanCell, SheetPlan } from "../plan";
import { buildReportSheetPlan } from "../report";
import { COMBINED_COLUMN, figureColumn, type CombinedSheet } from "./combined-sheet";

// The report builder wants a key for its names; the 汇总 drops those names again, so that it is
// never taken for a report sheet when the workbook is combined the next time.
const PLACEHOLDER_KEY = "00000000";

export function summaryFormula(combinedSheetName: string, slotIndex: number, firstRow: number, lastRow: number): string {
  const col = figureColumn({ index: slotIndex });
  const range = `${cellA1(firstRow, col, true)}:${cellA1(Math.max(lastRow, firstRow), col, true)}`;
  return `=SUBTOTAL(9,${quoteSheetName(combinedSheetName)}!${range})`;
}

/**
 * `only.year`: a 汇总 of that year alone (each figure sums the rows of that year, whatever the
 * filter); otherwise every row shown by the filter. Over several years the title says that it adds
 * them up, and how to see one year (`yearSheets`: the per-year 汇总, when written).
 */
/** One year's total of a figure: SUMPRODUCT over the 年度 column, so the rows may stand in any order. */
export function yearSummaryFormula(combined: CombinedSheet, slotIndex: number, year: number): string {
  const last = Math.max(combined.lastRow, combined.firstRow);
  const column = (col: number) => `${quoteSheetName(combined.plan.name)}!${cellA1(combined.firstRow, col, true)}:${cellA1(last, col, true)}`;
  return `=SUMPRODUCT((${column(COMBINED_COLUMN.year)}=${year})*${column(figureColumn({ index: slotIndex }))})`;
}

export function buildSummarySheetPlan(
  sheetName: string,
  combined: CombinedSheet,
  reportCount: number,
  years: readonly (number | null)[],
  only: { readonly year?: number } = {},
  yearSheets: readonly string[] = [],
): SheetPlan {
  const m = COMBINE_MESSAGES;
  const report = emptyReport();
  const distinct = [...new Set(years)];
  const known = distinct.filter((y): y is number => y !== null).sort((a, b) => a - b);
  report.agency =
    distinct.length < 2
      ? fill(m.summaryAgency.zh, { count: reportCount })
      : fill((yearSheets.length > 0 ? m.summaryAgencyYearSheets : m.summaryAgencyYears).zh, { count: reportCount, years: known.join("、"), first: yearSheets[0], sheet: combined.plan.name });
  report.year = distinct.length === 1 ? distinct[0] : null;
  report.file = fill((only.year !== undefined ? m.yearSummaryFile : m.summaryFile).zh, { sheet: combined.plan.name, year: only.year });
  const plan = buildReportSheetPlan(report, { sheetName, key: PLACEHOLDER_KEY, findings: false });

  // The figure cells, in interchange order, from the names the report builder gave them.
  const areas = (part: ReportNamePart): readonly Rect[] => plan.names.find((n) => n.name === reportName(PLACEHOLDER_KEY, part))?.areas ?? [];
  const figureCells = (["active", "requests", "appeals"] as const).flatMap((part) => areas(part).flatMap((a) => cellsOf(a)));
  if (figureCells.length !== FIGURE_SLOTS.length) throw new Error(`the report layout gave ${figureCells.length} figure cells`);
  const formulas = new Map<string, PlanCell>();
  figureCells.forEach((c, i) => {
    const numberFormat = FIGURE_SLOTS[i].decimal ? "0.00" : "0";
    formulas.set(`${c.row}:${c.col}`, { row: c.row, col: c.col, content: { kind: "formula", formula: only.year !== undefined ? yearSummaryFormula(combined, i, only.year) : summaryFormula(combined.plan.name, i, combined.firstRow, combined.lastRow) }, numberFormat });
  });
  const cells = plan.cells.filter((c) => !formulas.has(`${c.row}:${c.col}`)).concat([...formulas.values()]);
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...plan, cells, names: [] };
}

/** Where each figure of the 汇总 stands (interchange order), for tests and the pane. */
export function summaryFigureCells(plan: SheetPlan): { row: number; col: number }[] {
  return plan.cells.filter((c) => c.content.kind === "formula" && c.content.formula.startsWith("=SUBTOTAL(9,")).map((c) => ({ row: c.row, col: c.col }));
}
