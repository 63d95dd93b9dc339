// The combined sheet: one row per report — agency, year, source, sheet, two status columns and the
// 200 figures in interchange order under three header rows (table · row · column). The status
// counts the report's failed sum rules with plain formulas over that row's own cells, so it keeps
// counting when someone corrects a figure, sorts or filters.
import { EXTRA_COLUMNS, NOT_IN_2019, type CombinedRow } from "../../combine";
import { COMBINE_MESSAGES } from "../../messages/combine";
import {
  APPEAL_COLUMN_COUNT,
  APPEAL_GROUP_COUNT,
  APPEAL_TOTAL_COL,
  CARRIED_IN_ROW,
  CARRIED_OUT_ROW,
  FIGURE_COUNT,
  FIGURE_SLOTS,
  NEW_REQUESTS_ROW,
  REQUEST_COLUMN_COUNT,
  REQUEST_ROW_COUNT,
  REQUEST_TOTAL_COL,
  RESULTS_TOTAL_ROW,
  RESULT_ROWS_FIRST,
  RESULT_ROWS_LAST,
  type FigureSlot,
} from "../../model";
import { PlanBuilder } from "../builder";
import { pagesAcross } from "../print";
import { cellA1, columnLetters, rect, type Rect } from "../geometry";
import type { PlanCell, SheetPlan } from "../plan";
import { FORMAT, MARK, STYLE } from "../report/style";

/** Columns before the figures. */
export const COMBINED_COLUMN = { agency: 1, year: 2, file: 3, sheet: 4, failed: 5, blank: 6, note: 7, firstFigure: 8 } as const;
export const COMBINED_HEADER_ROWS = 3;
export const COMBINED_FIRST_ROW = COMBINED_HEADER_ROWS + 1;

export interface CombinedSheet {
  readonly plan: SheetPlan;
  /** Header row 3 to the last data row, all columns: where the autofilter goes. */
  readonly filter: Rect;
  readonly firstRow: number;
  /** Last data row (firstRow − 1 when there are none). */
  readonly lastRow: number;
}

export function figureColumn(slot: Pick<FigureSlot, "index">): number {
  return COMBINED_COLUMN.firstFigure + slot.index;
}

export const COMBINED_LAST_COLUMN = COMBINED_COLUMN.firstFigure + FIGURE_COUNT - 1;
const LAST_COLUMN = COMBINED_LAST_COLUMN;
/** With a 2019 report among them, the columns after the 200 (src/combine/formats.ts). */
export const COMBINED_WIDE_LAST_COLUMN = COMBINED_LAST_COLUMN + EXTRA_COLUMNS.length;
/** The combined sheet's last column for these rows. */
export const lastColumnOf = (rows: readonly Pick<CombinedRow, "wide">[]) => (rows[0]?.wide ? COMBINED_WIDE_LAST_COLUMN : COMBINED_LAST_COLUMN);

function slotIndex(table: "requests" | "appeals", a: number, b: number): number {
  return FIGURE_SLOTS.find((s) => s.table === table && (table === "requests" ? s.row === a : s.group === a) && s.col === b)!.index;
}

/**
 * How many of the row-total, results-total, balance and appeal-total rules fail in sheet row `row`:
 * a sum of (stated<>computed) terms, which Excel, WPS and LibreOffice all evaluate. A blank figure
 * counts as 0 here; the blank count beside it says how many there are.
 */
export function failedChecksFormula(row: number, format: "2021" | "2019" = "2021"): string {
  return (format === "2019" ? FAILED_TEMPLATE_2019 : FAILED_TEMPLATE).replaceAll("#", String(row));
}

// A 2019 row: its 23 rows stand in the 2021 columns that mean the same (1–20, 24 总计, 25 结转)
// and its （六）其他处理 in the seven columns after the 200; the same four rules over those cells.
const FAILED_TEMPLATE_2019 = (() => {
  const at = (index: number) => `${columnLetters(COMBINED_COLUMN.firstFigure + index)}#`;
  const req = (r: number, c: number) => at(slotIndex("requests", r, c));
  const other = (c: number) => at(FIGURE_COUNT + c - 1);
  const terms: string[] = [];
  for (const r of [...Array.from({ length: 20 }, (_, i) => i + 1), RESULTS_TOTAL_ROW, CARRIED_OUT_ROW])
    terms.push(`(${req(r, REQUEST_TOTAL_COL)}<>SUM(${req(r, 1)}:${req(r, REQUEST_TOTAL_COL - 1)}))`);
  terms.push(`(${other(REQUEST_TOTAL_COL)}<>SUM(${other(1)}:${other(REQUEST_TOTAL_COL - 1)}))`);
  for (let c = 1; c <= REQUEST_COLUMN_COUNT; c++) {
    const parts: string[] = [];
    for (let r = RESULT_ROWS_FIRST; r <= 20; r++) parts.push(req(r, c));
    terms.push(`(${req(RESULTS_TOTAL_ROW, c)}<>SUM(${[...parts, other(c)].join(",")}))`);
  }
  for (let c = 1; c <= REQUEST_COLUMN_COUNT; c++)
    terms.push(`(${req(NEW_REQUESTS_ROW, c)}+${req(CARRIED_IN_ROW, c)}<>${req(RESULTS_TOTAL_ROW, c)}+${req(CARRIED_OUT_ROW, c)})`);
  for (let g = 1; g <= APPEAL_GROUP_COUNT; g++) {
    const first = at(slotIndex("appeals", g, 1));
    const last = at(slotIndex("appeals", g, APPEAL_COLUMN_COUNT - 1));
    terms.push(`(${at(slotIndex("appeals", g, APPEAL_TOTAL_COL))}<>SUM(${first}:${last}))`);
  }
  return `=${terms.join("+")}`;
})();

// Built once with `#` for the row: ten thousand rows must not look 200 slots up each time.
const FAILED_TEMPLATE = (() => {
  const at = (index: number) => `${columnLetters(COMBINED_COLUMN.firstFigure + index)}#`;
  const req = (r: number, c: number) => at(slotIndex("requests", r, c));
  const terms: string[] = [];
  for (let r = 1; r <= REQUEST_ROW_COUNT; r++) terms.push(`(${req(r, REQUEST_TOTAL_COL)}<>SUM(${req(r, 1)}:${req(r, REQUEST_TOTAL_COL - 1)}))`);
  for (let c = 1; c <= REQUEST_COLUMN_COUNT; c++) {
    const parts: string[] = [];
    for (let r = RESULT_ROWS_FIRST; r <= RESULT_ROWS_LAST; r++) parts.push(req(r, c));
    terms.push(`(${req(RESULTS_TOTAL_ROW, c)}<>SUM(${parts.join(",")}))`);
  }
  for (let c = 1; c <= REQUEST_COLUMN_COUNT; c++)
    terms.push(`(${req(NEW_REQUESTS_ROW, c)}+${req(CARRIED_IN_ROW, c)}<>${req(RESULTS_TOTAL_ROW, c)}+${req(CARRIED_OUT_ROW, c)})`);
  for (let g = 1; g <= APPEAL_GROUP_COUNT; g++) {
    const first = at(slotIndex("appeals", g, 1));
    const last = at(slotIndex("appeals", g, APPEAL_COLUMN_COUNT - 1));
    terms.push(`(${at(slotIndex("appeals", g, APPEAL_TOTAL_COL))}<>SUM(${first}:${last}))`);
  }
  return `=${terms.join("+")}`;
})();

/** The cells of one report's row. */
export function combinedRowCells(r: CombinedRow, row: number): PlanCell[] {
  const m = COMBINE_MESSAGES;
  const C = COMBINED_COLUMN;
  const text = (col: number, t: string): PlanCell => ({ row, col, content: { kind: "text", text: t }, numberFormat: "@" });
  const cells: PlanCell[] = [text(C.agency, r.agency ?? m.unknownAgency.zh)];
  if (r.year !== null) cells.push({ row, col: C.year, content: { kind: "number", value: r.year }, numberFormat: FORMAT.count });
  if (r.file !== null) cells.push(text(C.file, r.file));
  if (r.sheet !== null) cells.push(text(C.sheet, r.sheet));
  const old = r.format === "2019";
  const last = r.wide ? COMBINED_WIDE_LAST_COLUMN : LAST_COLUMN;
  cells.push({ row, col: C.failed, content: { kind: "formula", formula: failedChecksFormula(row, old ? "2019" : "2021") }, numberFormat: FORMAT.count });
  cells.push({ row, col: C.blank, content: { kind: "formula", formula: `=COUNTBLANK(${cellA1(row, C.firstFigure)}:${cellA1(row, last)})` }, numberFormat: FORMAT.count });
  if (!r.present) cells.push(text(C.note, m.missingNote.zh));
  for (const slot of FIGURE_SLOTS) {
    const f = r.figures[slot.index];
    // A figure the report's format does not have: said, never left blank as if unread.
    if (old && NOT_IN_2019.has(slot.index)) cells.push(text(figureColumn(slot), m.notApplicable.zh));
    else if (f !== null) cells.push({ row, col: figureColumn(slot), content: { kind: "number", value: f }, numberFormat: slot.decimal ? FORMAT.fee : FORMAT.count });
  }
  if (r.wide)
    EXTRA_COLUMNS.forEach((e, k) => {
      const col = LAST_COLUMN + 1 + k;
      const f = r.extra?.[k] ?? null;
      if (old) {
        if (f !== null) cells.push({ row, col, content: { kind: "number", value: f }, numberFormat: e.decimal ? FORMAT.fee : FORMAT.count });
      } else if (e.of2021) {
        // The 2021 （六）'s three rows together: what the 2019 （六）其他处理 means; follows corrections.
        const parts = e.of2021.map((i) => cellA1(row, COMBINED_COLUMN.firstFigure + i));
        cells.push({ row, col, content: { kind: "formula", formula: `=IF(COUNT(${parts.join(",")})<${parts.length},"",SUM(${parts.join(",")}))` }, numberFormat: FORMAT.count });
      } else cells.push(text(col, m.notApplicable.zh));
    });
  return cells;
}

export interface CombinedSheetOptions {
  /**
   * false: the plan holds the header rows only (with highlights and filter sized for all rows);
   * a writer streams the rows from `combinedRowCells` instead of holding 2 million cells at once.
   */
  readonly withRows?: boolean;
}

export function buildCombinedSheetPlan(sheetName: string, rows: readonly CombinedRow[], options: CombinedSheetOptions = {}): CombinedSheet {
  const m = COMBINE_MESSAGES;
  const b = new PlanBuilder(sheetName);
  const C = COMBINED_COLUMN;
  const fixed: [number, string][] = [
    [C.agency, m.columnAgency.zh],
    [C.year, m.columnYear.zh],
    [C.file, m.columnFile.zh],
    [C.sheet, m.columnSheet.zh],
    [C.failed, m.columnFailed.zh],
    [C.blank, m.columnBlank.zh],
    [C.note, m.columnNote.zh],
  ];
  for (const [col, text] of fixed) b.mergedText(rect(1, col, COMBINED_HEADER_ROWS, col), text, STYLE.header);
  placeFigureHeaders(b);
  const wide = rows[0]?.wide === true;
  const lastColumn = wide ? COMBINED_WIDE_LAST_COLUMN : LAST_COLUMN;
  if (wide) placeExtraHeaders(b);

  const firstRow = COMBINED_FIRST_ROW;
  if (options.withRows ?? true) rows.forEach((r, i) => combinedRowCells(r, firstRow + i).forEach((c) => b.put(c)));
  const lastRow = firstRow + rows.length - 1;
  if (rows.length > 0) {
    b.highlight({ range: rect(firstRow, C.failed, lastRow, C.failed), formula: `=${cellA1(firstRow, C.failed)}>0`, style: MARK.broken });
    b.highlight({ range: rect(firstRow, C.blank, lastRow, C.blank), formula: `=${cellA1(firstRow, C.blank)}>0`, style: MARK.unreadable });
    b.highlight({ range: rect(firstRow, C.note, lastRow, C.note), formula: `=${cellA1(firstRow, C.note)}<>""`, style: MARK.unreadable });
  }
  [30, 8, 28, 20, 12, 12, 24].forEach((w, i) => b.width(i + 1, w));
  for (let col = C.firstFigure; col <= lastColumn; col++) b.width(col, 11);
  b.height(2, 30).height(3, 30);
  b.freeze(COMBINED_HEADER_ROWS, C.agency);
  // 207 columns cannot fit one page wide legibly: as many pages across as they take at full size,
  // each with the headings and the agency.
  const widths = new Map<number, number>([30, 8, 28, 20, 12, 12, 24].map((w, i) => [i + 1, w]));
  for (let col = C.firstFigure; col <= lastColumn; col++) widths.set(col, 11);
  const titleColumns = { first: C.agency, last: C.agency };
  b.print({
    paper: "A4",
    orientation: "landscape",
    fitToWidth: pagesAcross(widths, 1, lastColumn, "landscape", titleColumns),
    area: rect(1, 1, Math.max(lastRow, COMBINED_HEADER_ROWS), lastColumn),
    titleRows: { first: 1, last: COMBINED_HEADER_ROWS },
    titleColumns,
  });
  return { plan: b.build(), filter: rect(COMBINED_HEADER_ROWS, 1, Math.max(lastRow, COMBINED_HEADER_ROWS), lastColumn), firstRow, lastRow };
}

/** Table names over row 1, row (or group) names over row 2, columns in row 3; equal neighbours merged. */
function placeFigureHeaders(b: PlanBuilder): void {
  for (const level of [0, 1] as const) {
    let start = 0;
    for (let i = 1; i <= FIGURE_SLOTS.length; i++) {
      const same = (s: FigureSlot) => s.headers[0] === FIGURE_SLOTS[start].headers[0] && (level === 0 || s.headers[1] === FIGURE_SLOTS[start].headers[1]);
      if (i < FIGURE_SLOTS.length && same(FIGURE_SLOTS[i])) continue;
      const left = figureColumn(FIGURE_SLOTS[start]);
      const right = figureColumn(FIGURE_SLOTS[i - 1]);
      b.mergedText(rect(level + 1, left, level + 1, right), FIGURE_SLOTS[start].headers[level], STYLE.header);
      start = i;
    }
  }
  for (const slot of FIGURE_SLOTS) b.text(3, figureColumn(slot), slot.headers[2]);
  b.style(rect(3, COMBINED_COLUMN.firstFigure, 3, LAST_COLUMN), STYLE.header);
}


/** The columns after the 200: （六）其他处理 of both formats, then the 2019 table 二's own figures. */
function placeExtraHeaders(b: PlanBuilder): void {
  for (const level of [0, 1] as const) {
    let start = 0;
    for (let i = 1; i <= EXTRA_COLUMNS.length; i++) {
      const same = (k: number) => EXTRA_COLUMNS[k].headers[0] === EXTRA_COLUMNS[start].headers[0] && (level === 0 || EXTRA_COLUMNS[k].headers[1] === EXTRA_COLUMNS[start].headers[1]);
      if (i < EXTRA_COLUMNS.length && same(i)) continue;
      b.mergedText(rect(level + 1, LAST_COLUMN + 1 + start, level + 1, LAST_COLUMN + i), EXTRA_COLUMNS[start].headers[level], STYLE.header);
      start = i;
    }
  }
  EXTRA_COLUMNS.forEach((e, k) => b.text(3, LAST_COLUMN + 1 + k, e.headers[2]));
  b.style(rect(3, LAST_COLUMN + 1, 3, COMBINED_WIDE_LAST_COLUMN), STYLE.header);
}
