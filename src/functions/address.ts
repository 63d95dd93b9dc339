// Naming a cell of the range as Excel shows it (B7), when Excel told us where the range is
// (@requiresParameterAddresses), else by its place inside the range.
import { FUNCTION_MESSAGES, render } from "../messages";

export interface RangeOrigin {
  /** 0-based sheet row and column of the range's top-left cell. */
  readonly row: number;
  readonly col: number;
}

/** "Sheet1!B3:H27" or "'年报 2024'!B3" → the top-left cell; undefined when absent or unreadable. */
export function parseOrigin(address: string | undefined): RangeOrigin | undefined {
  if (!address) return undefined;
  const local = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell at 0-based (row, col) inside the range. */
export function cellName(row: number, col: number, origin: RangeOrigin | undefined): string {
  if (!origin) return render(FUNCTION_MESSAGES["range-cell"], { row: row + 1, col: col + 1 });
  return `${columnLetters(origin.col + col)}${origin.row + row + 1}`;
}
