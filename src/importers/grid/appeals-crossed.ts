// Table 四 printed crosswise: one labelled row per group (行政复议 · 未经复议直接起诉 · 复议后起诉)
// under one header row of the five results (结果维持 … 总计), or transposed, one row per result
// under the groups' headers. Figures are taken only when every row and every column is named
// exactly once, so a table laid out any other way is left to the one-row-of-fifteen reader.
import { APPEAL_COLUMN_COUNT, APPEAL_GROUP_COUNT, labelKey, matchAppealColumn } from "../../model";
import { distinctCells, type GridTable } from "./grid";
import { setFigure, type AnyReading } from "./reading";

/** Group of table 四 (1 行政复议, 2 未经复议直接起诉, 3 复议后起诉) that a label names, or null. */
export function appealGroupOf(text: string): number | null {
  const key = labelKey(text);
  if (key.includes("复议后起诉")) return 3;
  if (key.includes("直接起诉") || key.includes("未经复议")) return 2;
  if (key.includes("行政复议")) return 1;
  return null;
}

interface Axes {
  readonly column: (text: string) => number | null;
  readonly columnCount: number;
  readonly row: (text: string) => number | null;
  readonly rowCount: number;
  readonly place: (rowKey: number, columnKey: number) => { group: number; col: number };
}

const BY_GROUP_ROWS: Axes = {
  column: matchAppealColumn,
  columnCount: APPEAL_COLUMN_COUNT,
  row: appealGroupOf,
  rowCount: APPEAL_GROUP_COUNT,
  place: (group, col) => ({ group, col }),
};

const BY_RESULT_ROWS: Axes = {
  column: appealGroupOf,
  columnCount: APPEAL_GROUP_COUNT,
  row: matchAppealColumn,
  rowCount: APPEAL_COLUMN_COUNT,
  place: (col, group) => ({ group, col }),
};

/** Reads table 四 if `table` is laid out crosswise; false (nothing read) otherwise. */
export function readCrossedAppeals(table: GridTable, reading: AnyReading): boolean {
  for (const axes of [BY_GROUP_ROWS, BY_RESULT_ROWS]) {
    for (let headerEnd = 1; headerEnd < table.rows.length; headerEnd++) {
      const columns = columnKeys(table, headerEnd, axes);
      if (!columns) continue;
      const firstFigureCol = Math.min(...columns.values());
      const rows = rowKeys(table, headerEnd, firstFigureCol, axes);
      if (!rows) continue;
      for (const [rowKey, r] of rows)
        for (const [columnKey, c] of columns)
          setFigure(reading, table, table.rows[r][c], { table: "appeals", ...axes.place(rowKey, columnKey) });
      return true;
    }
  }
  return false;
}

/** Each column key → its grid column, from the header rows above `headerEnd`; null unless all are named once. */
function columnKeys(table: GridTable, headerEnd: number, axes: Axes): Map<number, number> | null {
  const keys = new Map<number, number>();
  const width = table.rows[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let key: number | null = null;
    for (let r = 0; r < headerEnd; r++) {
      const cell = table.rows[r][c];
      if (cell) key = axes.column(cell.text) ?? key;
    }
    if (key === null) continue;
    if (keys.has(key)) return null;
    keys.set(key, c);
  }
  return keys.size === axes.columnCount ? keys : null;
}

/**
 * Each row key → its grid row, from the labels left of the figures; null unless all are named
 * once, header rows included (a row named twice must not hide among the header rows).
 */
function rowKeys(table: GridTable, headerEnd: number, firstFigureCol: number, axes: Axes): Map<number, number> | null {
  const keys = new Map<number, number>();
  for (let r = 0; r < table.rows.length; r++) {
    let key: number | null = null;
    for (const cell of distinctCells(table.rows[r])) if (cell.col < firstFigureCol) key = axes.row(cell.text) ?? key;
    if (key === null) continue;
    if (keys.has(key) || r < headerEnd) return null;
    keys.set(key, r);
  }
  return keys.size === axes.rowCount ? keys : null;
}
