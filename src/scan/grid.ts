// One table's area of a sheet as the grid that the importers' mapper reads (src/importers/grid),
// with the rows and columns that hold nothing dropped, and the way back to sheet positions.
import type { GridCell, GridTable } from "../importers/grid/grid";
import type { Span } from "./regions";
import type { ScanCell } from "./sheet";

export interface PlacedGrid {
  readonly table: GridTable;
  /** Grid row → 0-based sheet row, grid column → 0-based sheet column. */
  readonly sheetRows: readonly number[];
  readonly sheetCols: readonly number[];
}

// Words of table 四's header rows (as the mapper knows them): its figure row is the first row
// after them, and what follows (our own check rows, notes) must not be taken for a header.
const APPEAL_HEADER = /维持|纠正|其他结果|审结|总计|合计|行政复议|行政诉讼|直接起诉|复议后起诉/;

export function placeGrid(cells: readonly (readonly (ScanCell | null)[])[], index: number, rows: Span, columns: Span, appeals = false): PlacedGrid {
  // A row or column is kept where some cell begins in it: one crossed only by a merged cell
  // (a title over the blank column between labels and figures) holds nothing of its own.
  const beginsRow = (r: number, c: number) => cells[r][c]?.top === r;
  const beginsCol = (r: number, c: number) => cells[r][c]?.left === c;
  let sheetRows: number[] = [];
  for (let r = rows.first; r <= rows.last; r++) {
    for (let c = columns.first; c <= columns.last; c++)
      if (beginsRow(r, c)) {
        sheetRows.push(r);
        break;
      }
  }
  if (appeals) sheetRows = upToFigureRow(cells, sheetRows, columns);
  const sheetCols: number[] = [];
  for (let c = columns.first; c <= columns.last; c++) if (sheetRows.some((r) => beginsCol(r, c))) sheetCols.push(c);

  const rowIndex = new Map(sheetRows.map((r, i) => [r, i]));
  const colIndex = new Map(sheetCols.map((c, i) => [c, i]));
  const made = new Map<ScanCell, GridCell>();
  const empty = (row: number, col: number): GridCell => ({ text: "", row, col, rowSpan: 1, colSpan: 1 });
  const grid = sheetRows.map((r, i) =>
    sheetCols.map((c, j) => {
      const cell = cells[r][c];
      if (!cell) return empty(i, j);
      let g = made.get(cell);
      if (!g) {
        const spanRows = sheetRows.filter((x) => x >= cell.top && x <= cell.bottom);
        const spanCols = sheetCols.filter((x) => x >= cell.left && x <= cell.right);
        g = { text: cell.text, row: rowIndex.get(spanRows[0])!, col: colIndex.get(spanCols[0])!, rowSpan: spanRows.length, colSpan: spanCols.length };
        made.set(cell, g);
      }
      return g;
    }),
  );
  return { table: { index, rows: grid }, sheetRows, sheetCols };
}

function rowText(cells: readonly (readonly (ScanCell | null)[])[], r: number, columns: Span): string {
  const parts: string[] = [];
  for (let c = columns.first; c <= columns.last; c++) if (cells[r][c]) parts.push(cells[r][c]!.text);
  return parts.join(" ");
}

function upToFigureRow(cells: readonly (readonly (ScanCell | null)[])[], sheetRows: number[], columns: Span): number[] {
  let seenHeader = false;
  for (let i = 0; i < sheetRows.length; i++) {
    const header = APPEAL_HEADER.test(rowText(cells, sheetRows[i], columns).replace(/\s+/g, ""));
    if (header) seenHeader = true;
    else if (seenHeader) return sheetRows.slice(0, i + 1);
  }
  return sheetRows;
}
