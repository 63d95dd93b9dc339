// A1 addresses for the plan: every position in a plan is 1-based (row, col), as Excel counts.

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, corners included. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row}`;
}

/** `D26:J50`, or `D26` for a single cell. */
export function rangeA1(r: Rect, absolute = false): string {
  const first = cellA1(r.top, r.left, absolute);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellA1(r.bottom, r.right, absolute)}`;
}

/** A sheet name as formulas spell it: always quoted, inner quotes doubled (`'O''Brien 2024'`). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!$D$26:$J$50`: the form defined names refer with. */
export function sheetRangeA1(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rangeA1(r, true)}`;
}

/** Cells of a rectangle in reading order (row by row). */
export function cellsOf(r: Rect): CellAddress[] {
  const out: CellAddress[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/** Reads `D26:J50` or `$D$26` (no sheet) back into a rectangle. */
export function parseRangeA1(text: string): Rect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(text.trim().toUpperCase());
  if (!m) throw new Error(`not an A1 range: ${text}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  return m[3] ? rect(top, left, Number(m[4]), col(m[3])) : rect(top, left);
}

/** A reference with only its row (`D$51`) or only its column (`$K26`) fixed, for highlight rules. */
export function mixedA1(row: number, col: number, fixed: "row" | "col"): string {
  return fixed === "row" ? `${columnLetters(col)}$${row}` : `$${columnLetters(col)}${row}`;
}
