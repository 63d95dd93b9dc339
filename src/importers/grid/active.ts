// Table 二 (主动公开) from a grid: rows by their labels (规章, 行政规范性文件, 行政许可 …); the three
// columns of the 规章/规范性文件 rows by the header row above them, else by position.
import { labelKey, matchActiveRow } from "../../model";
import { distinctCells, type GridCell, type GridTable } from "./grid";
import { readItemTables } from "./item-tables";
import { setFigure, type Reading } from "./reading";

/** Header fragments of the three document columns, in item order (制发 · 废止 · 现行有效). */
const DOCUMENT_COLUMNS = [["制发", "新制"], ["废止"], ["现行有效", "有效"]];
/** Words of table 二's headers. */
const ACTIVE_HEADER = /第二十条|制发|废止|现行有效|处理决定|收费金额/;

interface ActiveRow {
  table: GridTable;
  row: readonly (GridCell | null)[];
  label: GridCell;
  items: readonly number[];
  /** Grid column of each document column, from the nearest header row above. */
  header: Map<number, number> | null;
  /** The rest of the row after a page break cut it (`行政规范` · `性文件`). */
  tail?: readonly (GridCell | null)[];
}

/** Fills `active` from the first tables that carry it; returns whether any table did. */
export function readActive(tables: readonly GridTable[], reading: Reading): boolean {
  return readItemTables(tables, ACTIVE_HEADER, activeRows, (r) => readRow(r, reading));
}

function activeRows(table: GridTable): ActiveRow[] {
  const out: ActiveRow[] = [];
  let header: Map<number, number> | null = null;
  let unmatched: readonly (GridCell | null)[] | null = null;
  table.rows.forEach((row, r) => {
    const cells = distinctCells(row);
    // A ragged header row (a cell lost to damage) would put the columns in the wrong places.
    const columns = table.raggedRows?.includes(r) ? null : documentColumns(cells);
    if (columns) {
      header = columns;
      unmatched = null;
      return;
    }
    const label = cells.find((cell) => matchActiveRow(cell.text));
    if (label) out.push({ table, row, label, items: matchActiveRow(label.text)!.items, header });
    else if (unmatched && table.pageBreaks?.includes(r)) {
      const before = distinctCells(unmatched).find((c) => c.text.trim() !== "");
      const rest = cells.find((c) => c.text.trim() !== "");
      const joined = before && rest ? matchActiveRow(before.text + rest.text) : null;
      if (joined) out.push({ table, row: unmatched, label: before!, items: joined.items, header, tail: row });
    }
    unmatched = label ? null : row;
  });
  return out;
}

/** A header row naming at least two of the three document columns: grid column of each. */
function documentColumns(cells: readonly GridCell[]): Map<number, number> | null {
  const found = new Map<number, number>();
  for (const cell of cells) {
    const key = labelKey(cell.text);
    const k = DOCUMENT_COLUMNS.findIndex((fragments) => fragments.some((f) => key.includes(f)));
    if (k >= 0 && !found.has(k)) found.set(k, cell.col);
  }
  return found.size >= 2 ? found : null;
}

function readRow(r: ActiveRow, reading: Reading): void {
  const figures = (row: readonly (GridCell | null)[]) => {
    const after = distinctCells(row).filter((c) => c.col > r.label.col);
    return r.items.map((_, k) => {
      const col = r.items.length > 1 ? r.header?.get(k) : undefined;
      return col !== undefined && row[col] && row[col] !== r.label ? row[col] : (after[k] ?? null);
    });
  };
  let cells = figures(r.row);
  // A row cut by a page break prints its figures in one of its two parts.
  if (r.tail && cells.every((c) => !c?.text.trim())) cells = figures(r.tail);
  r.items.forEach((item, k) => setFigure(reading, r.table, cells[k], { table: "active", item }));
}
