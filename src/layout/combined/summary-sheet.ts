// The 汇总 sheet: the report sheet's own layout (the three official tables with their plain check
// formulas), built over a blank report, whose every figure is then a SUBTOTAL of that figure's
// column on the combined sheet. SUBTOTAL(9, …) rather than SUM: filter the combined sheet (one
// city, one year) and the 汇总 totals only the rows shown. A correction on the combined sheet
// flows into the totals and their checks.
import { COMBINE_MESSAGES } from "../../messages/combine";
import { fill } from "../../messages/format";
import { combinedColumnOf2019, comparable2019 } from "../../combine";
import { emptyReport, emptyReport2019, FIGURE_SLOTS, FIGURE_SLOTS_2019 } from "../../model";
import { cellA1, cellsOf, quoteSheetName, type Rect } from "../geometry";
import { reportName, type ReportNamePart } from "../names";
import type { PlanCell, SheetPlan } from "../plan";
import { buildReportSheetPlan } from "../report";
import { COMBINED_COLUMN, COMBINED_LAST_COLUMN, figureColumn, type CombinedSheet } from "./combined-sheet";

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
 *
 * The 汇总 is in the 2021 layout over 2021 reports. With 2019 reports among them (`formats`, one per
 * row added), in the 2019 layout (table 三 of 23 rows: （六）其他处理 is what both formats share): every
 * figure that means the same in both formats is added over all rows; the 2019 table 二's own
 * figures are added only when every report is in the 2019 format, else marked 不适用 with a note
 * (their 2021 counterparts, 规章 本年制发 …, stay on the combined sheet, per format).
 */
/** One year's total of a figure: SUMPRODUCT over the 年度 column, so the rows may stand in any order. */
export function yearSummaryFormula(combined: CombinedSheet, slotIndex: number, year: number): string {
  const last = Math.max(combined.lastRow, combined.firstRow);
  const column = (col: number) => `${quoteSheetName(combined.plan.name)}!${cellA1(combined.firstRow, col, true)}:${cellA1(last, col, true)}`;
  // With 2019 reports among the rows (the sheet is wider), two arrays: a text cell (不适用 in a row
  // of the other format) then counts as 0 instead of making the product #VALUE!.
  if (combined.filter.right > COMBINED_LAST_COLUMN) return `=SUMPRODUCT((${column(COMBINED_COLUMN.year)}=${year})*1,${column(figureColumn({ index: slotIndex }))})`;
  return `=SUMPRODUCT((${column(COMBINED_COLUMN.year)}=${year})*${column(figureColumn({ index: slotIndex }))})`;
}

export function buildSummarySheetPlan(
  sheetName: string,
  combined: CombinedSheet,
  reportCount: number,
  years: readonly (number | null)[],
  only: { readonly year?: number } = {},
  yearSheets: readonly string[] = [],
  formats: readonly ("2021" | "2019")[] = [],
): SheetPlan {
  const m = COMBINE_MESSAGES;
  const old = formats.filter((f) => f === "2019").length;
  const both = old > 0 && old < formats.length;
  const report = old > 0 ? emptyReport2019() : emptyReport();
  const distinct = [...new Set(years)];
  const known = distinct.filter((y): y is number => y !== null).sort((a, b) => a - b);
  report.agency =
    distinct.length < 2
      ? fill(m.summaryAgency.zh, { count: reportCount })
      : fill((yearSheets.length > 0 ? m.summaryAgencyYearSheets : m.summaryAgencyYears).zh, { count: reportCount, years: known.join("、"), first: yearSheets[0], sheet: combined.plan.name });
  report.year = distinct.length === 1 ? distinct[0] : null;
  report.file =
    old > 0
      ? fill(m.summaryFormats.zh, { sheet: combined.plan.name, old, new: formats.length - old })
      : fill((only.year !== undefined ? m.yearSummaryFile : m.summaryFile).zh, { sheet: combined.plan.name, year: only.year });
  const plan = buildReportSheetPlan(report, { sheetName, key: PLACEHOLDER_KEY, findings: false });
  const slots = old > 0 ? FIGURE_SLOTS_2019 : FIGURE_SLOTS;
  const columnOf = (i: number) => (old > 0 ? combinedColumnOf2019(i) : i);

  // The figure cells, in interchange order, from the names the report builder gave them.
  const areas = (part: ReportNamePart): readonly Rect[] => plan.names.find((n) => n.name === reportName(PLACEHOLDER_KEY, part))?.areas ?? [];
  const figureCells = (["active", "requests", "appeals"] as const).flatMap((part) => areas(part).flatMap((a) => cellsOf(a)));
  if (figureCells.length !== slots.length) throw new Error(`the report layout gave ${figureCells.length} figure cells`);
  const formulas = new Map<string, PlanCell>();
  figureCells.forEach((c, i) => {
    const numberFormat = slots[i].decimal ? "0.00" : "0";
    const formula = only.year !== undefined ? yearSummaryFormula(combined, columnOf(i), only.year) : summaryFormula(combined.plan.name, columnOf(i), combined.firstRow, combined.lastRow);
    const cell: PlanCell =
      both && !comparable2019(i)
        ? { row: c.row, col: c.col, content: { kind: "text", text: m.notApplicable.zh }, note: m.notApplicableNote.zh }
        : { row: c.row, col: c.col, content: { kind: "formula", formula }, numberFormat };
    formulas.set(`${c.row}:${c.col}`, cell);
  });
  const cells = plan.cells.filter((c) => !formulas.has(`${c.row}:${c.col}`)).concat([...formulas.values()]);
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...plan, cells, names: [] };
}

/** Where each figure of the 汇总 stands (interchange order), for tests and the pane. */
export function summaryFigureCells(plan: SheetPlan): { row: number; col: number }[] {
  return plan.cells.filter((c) => c.content.kind === "formula" && c.content.formula.startsWith("=SUBTOTAL(9,")).map((c) => ({ row: c.row, col: c.col }));
}
