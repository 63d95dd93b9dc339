// Table 三 (申请办理) from a grid: rows by their labels, innermost label cell first; the seven
// columns by the header (自然人 … 总计), else by the previous part of a split table, else as the
// last seven cells of each row. A table split in two (page break, two w:tbl) is read as one.
import {
  REQUEST_COLUMN_COUNT,
  REQUEST_TOTAL_COL,
  labelKey,
  matchRequestColumn,
  matchRequestRow,
  readFigureText,
} from "../../model";
import { fileDiagnostic } from "./diagnostics";
import { cellsMoved, distinctCells, gridText, withRaggedRow, type GridCell, type GridTable } from "./grid";
import { setFigure, type AnyReading } from "./reading";

/** Grid column → column of table 三 (1-based). */
type Columns = Map<number, number>;

interface FoundRow {
  row: number;
  gridRow: number;
  labelEnd: number;
  /** The grid row holding the rest of this row after a page break. */
  tail?: { gridRow: number; labelEnd: number };
}

interface Part {
  table: GridTable;
  columns: Columns | null;
  /** Rows of table 三 found in this table, with their grid row (and its tail over a page break). */
  rows: FoundRow[];
  /** Grid rows labelled （六）其他处理 alone (the older single row). */
  singleOther: number[];
}

const ROWS_TO_BE_A_TABLE = 5;
const OTHER_SUBROWS = [21, 22, 23];
/** Words of tables 二 and 四, which a part of table 三 never holds. */
const OTHER_TABLE = /行政复议|行政诉讼|规范性文件|行政许可/;

/**
 * The row of the reading's shape that a 2021 row number (as matchRequestRow gives it) stands for:
 * in the 2019 shape, （七）总计 is row 22 and 结转 row 23, and （六）'s sub-rows do not exist.
 */
function rowIn(reading: AnyReading, row2021: number): number | null {
  if (reading.shape.format === "2021" || row2021 <= 20) return row2021;
  if (row2021 === 24) return 22;
  if (row2021 === 25) return 23;
  return null;
}

export function readRequests(tables: readonly GridTable[], reading: AnyReading): boolean {
  const is2019 = reading.shape.format === "2019";
  const done = new Set<number>();
  let previous: Part | null = null;
  let found = false;
  let cutOffTotal = false;
  for (let t = 0; t < tables.length; t++) {
    const inherited = previous && previous.table.index === tables[t].index - 1 ? previous.columns : null;
    const part = readPart(tables[t], inherited);
    const continues =
      previous !== null && previous.table.index === tables[t].index - 1 && part.rows.length > 0 && !OTHER_TABLE.test(gridText(tables[t]));
    if (part.rows.length < ROWS_TO_BE_A_TABLE && !(part.columns && part.rows.length > 0) && !continues) {
      previous = null;
      continue;
    }
    found = true;
    if (part.columns && ![...part.columns.values()].includes(REQUEST_TOTAL_COL)) cutOffTotal = true;
    for (const found of part.rows) {
      const row = rowIn(reading, found.row);
      if (row === null || done.has(row)) continue;
      done.add(row);
      readRow(part, { ...found, row }, reading);
    }
    // The 2019 format's （六）其他处理 is one row of its own (row 21).
    for (const gridRow of is2019 ? part.singleOther : []) {
      if (done.has(21)) continue;
      done.add(21);
      readRow(part, { row: 21, gridRow, labelEnd: singleOtherLabelEnd(part, gridRow) }, reading);
    }
    for (const gridRow of is2019 ? [] : part.singleOther) {
      if (OTHER_SUBROWS.some((row) => done.has(row))) continue;
      readSingleOther(part, gridRow, reading);
      for (const row of OTHER_SUBROWS) done.add(row);
    }
    previous = part;
  }
  if (found && cutOffTotal) reading.diagnostics.push(fileDiagnostic("columns-cut-off", "warning", { columns: "总计" }, { table: "requests" }));
  if (found) {
    const missing = reading.shape.requests.rows.filter((r) => !done.has(r.row)).map((r) => r.short);
    if (missing.length) reading.diagnostics.push(fileDiagnostic("rows-missing", "error", { rows: missing.join("、") }, { table: "requests" }));
  }
  return found;
}

function readPart(table: GridTable, inherited: Columns | null): Part {
  const header = headerColumns(table);
  const width = table.rows[0]?.length ?? 0;
  const columns = header ?? (inherited && [...inherited.keys()].every((c) => c < width) ? inherited : null);
  const part: Part = { table, columns, rows: [], singleOther: [] };
  const firstFigureCol = columns ? Math.min(...columns.keys()) : null;
  let previous: { labels: GridCell[]; labelEnd: number; found: FoundRow | null; figuresOnly: boolean } | null = null;
  table.rows.forEach((row, gridRow) => {
    const cells = distinctCells(row);
    const labelEnd =
      firstFigureCol !== null ? cells.filter((c) => c.col < firstFigureCol).length : Math.max(0, cells.length - REQUEST_COLUMN_COUNT);
    const labels = cells.slice(0, labelEnd);
    const match = innermostMatch(labels);
    let found: FoundRow | null = null;
    const tail = previous && table.pageBreaks?.includes(gridRow) ? cutRow(previous, labels, match) : null;
    if (tail === "joins-found") previous!.found!.tail = { gridRow, labelEnd };
    else if (tail !== null) part.rows.push((found = { row: tail, gridRow: gridRow - 1, labelEnd: previous!.labelEnd, tail: { gridRow, labelEnd } }));
    else if (match !== null) part.rows.push((found = { row: match, gridRow, labelEnd }));
    else if (labels.length && /\(六\)其他处理$/.test(labelKey(labels.map((c) => c.text).join("")))) part.singleOther.push(gridRow);
    const figuresOnly = cells.slice(labelEnd).every((c) => ["empty", "number"].includes(readFigureText(c.text).kind));
    previous = { labels, labelEnd, found, figuresOnly };
  });
  return part;
}

/**
 * Whether the first row after a page break is the rest of the row before it (`2．重` · `复申请`):
 * its label completes the previous one's, or alone names nothing while the previous row was found.
 */
function cutRow(
  previous: { labels: GridCell[]; found: FoundRow | null; figuresOnly: boolean },
  labels: readonly GridCell[],
  match: number | null,
): number | "joins-found" | null {
  const own = innerText(labels);
  if (own === "" || !previous.figuresOnly) return null;
  if (previous.found) return match === null || match === previous.found.row ? "joins-found" : null;
  const joined = matchLabel(innerText(previous.labels) + own);
  return joined !== null && (match === null || match === joined) ? joined : null;
}

/** The text of the innermost (last) label cell that has any. */
function innerText(labels: readonly GridCell[]): string {
  return [...labels].reverse().find((c) => c.text.trim() !== "")?.text ?? "";
}

/** The row a label names, trying the innermost cell alone first, then with its group cells. */
function innermostMatch(labels: readonly GridCell[]): number | null {
  for (let i = labels.length - 1; i >= 0; i--) {
    const match = matchLabel(labels.slice(i).map((c) => c.text).join(""));
    if (match !== null) return match;
  }
  return null;
}

/** `三、本年度办理结果（七）总计` in one cell: the group heading in front hides 总计 and 3.其他. */
function matchLabel(text: string): number | null {
  return matchRequestRow(text) ?? matchRequestRow(labelKey(text).replace(/^.*本年度办理结果/, ""));
}

/**
 * The header's columns: each grid column takes the innermost header cell over it that names a
 * column of table 三. Only a header naming all seven counts.
 */
function headerColumns(table: GridTable): Columns | null {
  const columns: Columns = new Map();
  for (const [r, row] of table.rows.slice(0, 8).entries()) {
    if (table.raggedRows?.includes(r)) continue; // a damaged header row names the wrong columns
    for (const cell of distinctCells(row)) {
      const col = matchRequestColumn(cell.text);
      if (col === null) continue;
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) columns.set(c, col);
    }
  }
  const named = new Set(columns.values());
  if (named.size === REQUEST_COLUMN_COUNT) return columns;
  // A table wider than the page loses its last column (总计) at the page's edge: the other six
  // still stand under their names, and 总计 stays unreadable.
  const cutOff = named.size === REQUEST_COLUMN_COUNT - 1 && !named.has(REQUEST_TOTAL_COL) && Math.max(...columns.keys()) >= widthOf(table) - 2;
  return cutOff ? columns : null;
}

function widthOf(table: GridTable): number {
  return table.rows[0]?.length ?? 0;
}

/** The cell of one column of table 三 in a grid row: the first non-empty cell under its header. */
function figureCell(part: Part, gridRow: number, labelEnd: number, col: number): GridCell | null {
  const row = part.table.rows[gridRow];
  if (!part.columns) return distinctCells(row).slice(labelEnd)[col - 1] ?? null;
  const cells = [...part.columns].filter(([, c]) => c === col).map(([gridCol]) => row[gridCol]);
  return cells.find((c) => c && c.text.trim() !== "") ?? cells[0] ?? null;
}

function readRow(part: Part, r: FoundRow, reading: AnyReading): void {
  const cells = (gridRow: number, labelEnd: number) =>
    Array.from({ length: REQUEST_COLUMN_COUNT }, (_, k) => figureCell(part, gridRow, labelEnd, k + 1));
  let figures = cells(r.gridRow, r.labelEnd);
  let gridRow = r.gridRow;
  // A row cut by a page break prints its figures in one of its two parts.
  if (r.tail && figures.every((c) => !c?.text.trim())) {
    figures = cells(r.tail.gridRow, r.tail.labelEnd);
    gridRow = r.tail.gridRow;
  }
  const moved = part.table.tagged === true && part.columns !== null && cellsMoved(part.table.rows[gridRow], part.columns.keys());
  const table = moved ? withRaggedRow(part.table, gridRow) : part.table;
  figures.forEach((cell, k) => {
    // A column the header lacks (cut off the page) stays null; readRequests says so once.
    if (part.columns && ![...part.columns.values()].includes(k + 1)) return;
    setFigure(reading, table, cell, { table: "requests", row: r.row, col: k + 1 });
  });
}

/**
 * The older （六）其他处理 single row: its three sub-rows are certain only when the row is all
 * zeros; otherwise they stay unreadable and the message gives the row's figures.
 */
function singleOtherLabelEnd(part: Part, gridRow: number): number {
  return part.columns ? 0 : Math.max(0, distinctCells(part.table.rows[gridRow]).length - REQUEST_COLUMN_COUNT);
}

function readSingleOther(part: Part, gridRow: number, reading: AnyReading): void {
  const labelEnd = singleOtherLabelEnd(part, gridRow);
  const cells = Array.from({ length: REQUEST_COLUMN_COUNT }, (_, k) => figureCell(part, gridRow, labelEnd, k + 1));
  const allZero = cells.every((c) => c !== null && /^[0\s]*$/.test(c.text));
  if (allZero) {
    for (const row of OTHER_SUBROWS)
      cells.forEach((cell, k) => setFigure(reading, part.table, cell, { table: "requests", row, col: k + 1 }));
    return;
  }
  const figures = cells.map((c) => (c?.text.trim() ? c.text.trim() : "空")).join("、");
  reading.diagnostics.push(fileDiagnostic("other-handling-single-row", "warning", { figures }, { table: "requests", row: 21 }));
}
