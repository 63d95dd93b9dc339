// What the three table builders share: where they write, and how a figure and a verdict look.
import type { Figure, Report, Report2019, TablesShape } from "../../model";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import type { PlanBuilder } from "../builder";
import { cellA1, rangeA1, rect, type Rect } from "../geometry";
import { brokenCheckRule, notWholeRule, verdictFormula, wholeNumbersFormula } from "./checks";
import { COLUMN, FORMAT, MARK, STYLE } from "./style";

/** A report the standardized sheet takes: the 2021 shape, or the 2019 one in its own layout. */
export type SheetReport = Report | Report2019;

export interface TableContext {
  readonly b: PlanBuilder;
  readonly report: SheetReport;
  /** The tables' shape (2021 when absent): table 三 has 25 or 23 rows. */
  readonly shape?: TablesShape;
  /** First row of the table's title. */
  readonly top: number;
}

export interface PlacedTable {
  /** The figure cells, in interchange order (as areas; read row by row). */
  readonly figures: Rect[];
  readonly verdict: Rect;
  /** First free row after the table. */
  readonly next: number;
}

/** A figure cell: the number, or a blank with a note when it could not be read. */
export function putFigure(b: PlanBuilder, row: number, col: number, value: Figure, decimal: boolean): void {
  const numberFormat = decimal ? FORMAT.fee : FORMAT.count;
  if (value === null) b.put({ row, col, content: { kind: "blank" }, numberFormat, note: LAYOUT_MESSAGES.unreadableNote.zh });
  else b.put({ row, col, content: { kind: "number", value }, numberFormat });
}

/** Amber on every blank figure cell: follows edits, so filling the figure in clears it. */
export function markBlanks(b: PlanBuilder, areas: Rect[]): void {
  for (const range of areas) b.highlight({ range, formula: `=ISBLANK(${cellA1(range.top, range.left)})`, style: MARK.unreadable });
}

/** Red on a check cell whenever it is neither 0 nor empty. */
export function markChecks(b: PlanBuilder, areas: Rect[]): void {
  for (const range of areas) b.highlight({ range, formula: brokenCheckRule(cellA1(range.top, range.left)), style: MARK.broken });
}

/**
 * Closes a table 二 of either format: amber on its blank figures, red on its failing check cells
 * (one per row, in the check column), and the verdict row under it. `rows` spans its figure rows.
 */
export function closeItemTable(b: PlanBuilder, figures: Rect[], checks: Rect[], rows: { top: number; next: number }, width: number): PlacedTable {
  markBlanks(b, figures);
  markChecks(b, checks);
  const checkArea = rect(checks[0].top, checks[0].left, checks[checks.length - 1].bottom, checks[0].left);
  const verdict = putVerdictRow(b, rows.next, [checkArea], rect(rows.top, COLUMN.group, rows.next - 1, COLUMN.firstFigure + width - 1));
  return { figures, verdict, next: rows.next + 2 };
}

/**
 * A row counting the figures of `figures` that are negative or not whole (rule `integer`), which
 * also turn red themselves. Returns the count cell, one of the table's checks.
 */
export function putWholeNumbersRow(b: PlanBuilder, row: number, figures: Rect): Rect {
  b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), LAYOUT_MESSAGES.wholeNumbersLabel.zh, STYLE.label);
  const count = rect(row, COLUMN.firstFigure);
  b.formula(row, count.left, wholeNumbersFormula(figures)).style(count, STYLE.check);
  b.highlight({ range: figures, formula: notWholeRule(cellA1(figures.top, figures.left)), style: MARK.broken });
  return count;
}

/**
 * The verdict row under a table: the plain-formula verdict over `checks`. No XXGK.* cell: a sheet
 * the add-in writes must never show #NAME? (Chinese Excel knows the function by its Chinese name,
 * a workbook opened without the add-in or in WPS not at all); those functions are for people's own
 * workbooks (README).
 */
// `_table`: the table the verdict is about, kept in the signature for the callers.
export function putVerdictRow(b: PlanBuilder, row: number, checks: Rect[], _table: Rect): Rect {
  const m = LAYOUT_MESSAGES;
  b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), m.verdictLabel.zh, STYLE.header);
  const verdict = rect(row, COLUMN.firstFigure, row, COLUMN.firstFigure + 2);
  b.formula(row, verdict.left, verdictFormula(checks)).merge(verdict).style(verdict, STYLE.verdict);
  const at = cellA1(row, verdict.left);
  b.highlight({ range: verdict, formula: `=${at}<>"${m.verdictOk.zh}"`, style: MARK.broken });
  b.highlight({ range: verdict, formula: `=${at}="${m.verdictOk.zh}"`, style: MARK.ok });
  return verdict;
}
