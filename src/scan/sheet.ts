// A worksheet as the scanner reads it: plain cell values and merged ranges, whichever host they
// come from (exceljs for an .xlsx file, Office.js in the pane).
import type { Rect } from "../layout/geometry";

/** What a cell shows: a formula cell gives its last computed value. */
export type CellValue = string | number | boolean | null;

export interface SheetCells {
  readonly name: string;
  /** values[r][c] is the cell at sheet row r+1, column c+1; rows may be ragged or short. */
  readonly values: readonly (readonly CellValue[])[];
  /** Merged ranges, 1-based as Excel counts. */
  readonly merges: readonly Rect[];
}

/** One cell of the sheet as the scanner sees it; a merged range is one object over its area. */
export interface ScanCell {
  readonly text: string;
  /** 0-based sheet position of the top-left corner, and of the bottom-right one. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return String(value);
}

/** The sheet as a matrix of cells (merged ranges shared), `null` where nothing stands. */
export function cellMatrix(sheet: SheetCells): { cells: (ScanCell | null)[][]; height: number; width: number } {
  const height = sheet.merges.reduce((h, m) => Math.max(h, m.bottom), sheet.values.length);
  const width = sheet.merges.reduce((w, m) => Math.max(w, m.right), sheet.values.reduce((w, r) => Math.max(w, r.length), 0));
  const cells: (ScanCell | null)[][] = Array.from({ length: height }, () => Array<ScanCell | null>(width).fill(null));
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const text = cellText(v);
      if (text.trim() !== "") cells[r][c] = { text, top: r, left: c, bottom: r, right: c };
    }),
  );
  for (const m of sheet.merges) {
    const text = cellText(sheet.values[m.top - 1]?.[m.left - 1]);
    const cell: ScanCell = { text, top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 };
    for (let r = cell.top; r <= cell.bottom; r++) for (let c = cell.left; c <= cell.right; c++) cells[r][c] = text.trim() === "" ? null : cell;
  }
  return { cells, height, width };
}
