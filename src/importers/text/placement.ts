// Placing the figures of one row in its cells. A row with as many figures as cells is read as it
// stands. A row with fewer figures lost its blank (zero) cells: every order-keeping placement is a
// reading, and only the table's own sums may choose among them — never a guess.
import type { Token } from "./tokens";

/** One cell as read: a figure, a placeholder (value null), or a blank cell taken as zero (token null). */
export interface Cell {
  readonly value: number | null;
  readonly token: Token | null;
  /** For a cell cut out of run-together digits: its offsets inside the token. */
  readonly span?: { start: number; end: number; text: string };
}

export type Reading = readonly Cell[];

export const BLANK: Cell = { value: 0, token: null };

/** What a row or group of the text holds: its cell tokens, and blanks the text marks explicitly. */
export interface RowItems {
  readonly cells: readonly (Token | "blank")[];
  /** The cells were tab-separated, so they are contiguous: only the row's ends may have lost blanks. */
  readonly tabbed: boolean;
  /**
   * Tab-separated rows on one line after their label: blank cells before the first figure and tabs
   * after the last. When they make up the row exactly, they place its figures.
   */
  readonly edges?: { readonly lead: number; readonly trail: number };
}

export function cellOf(token: Token | "blank"): Cell {
  if (token === "blank") return BLANK;
  if (token.kind === "num") return { value: token.value, token };
  return { value: null, token };
}

/** Every reading of the items as `n` cells. */
export function placements(items: RowItems, n: number): Reading[] {
  const cells = items.cells.map(cellOf);
  const k = cells.length;
  if (k > n) return [];
  if (k === n) return [cells];
  const edges = items.edges;
  if (edges && placedByTabs(items, n)) return [[...Array<Cell>(edges.lead).fill(BLANK), ...cells, ...Array<Cell>(edges.trail).fill(BLANK)]];
  const out: Reading[] = [];
  if (items.tabbed) {
    for (let offset = 0; offset + k <= n; offset++)
      out.push([...Array<Cell>(offset).fill(BLANK), ...cells, ...Array<Cell>(n - k - offset).fill(BLANK)]);
  } else {
    const chosen: number[] = [];
    const walk = (slot: number, next: number) => {
      if (next === k) {
        const reading: Cell[] = Array<Cell>(n).fill(BLANK);
        chosen.forEach((s, i) => (reading[s] = cells[i]));
        out.push(reading);
        return;
      }
      for (let s = slot; s <= n - (k - next); s++) {
        chosen.push(s);
        walk(s + 1, next + 1);
        chosen.pop();
      }
    };
    walk(0, 0);
  }
  if (k === 1) out.push(...digitSplits(items.cells[0], n));
  return distinct(out);
}

/**
 * Whether the row's tabs give every one of its `n` cells, as a full row does. (A grid padded with
 * empty cells has more tabs than the row has cells: then the tabs say nothing.)
 */
export function placedByTabs(items: RowItems, n: number): boolean {
  return items.edges !== undefined && items.edges.lead + items.cells.length + items.edges.trail === n;
}

/** Readings that differ in some value: placements that only move zeros around are one reading. */
function distinct(readings: readonly Reading[]): Reading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = r.map((c) => c.value).join(",");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MAX_RUN_TOGETHER = 24;

/** Readings of one token whose digits are the whole row run together (`21710000218`). */
function digitSplits(token: Token | "blank", n: number): Reading[] {
  if (token === "blank" || token.kind !== "num" || token.digits.length <= 1 || token.digits.length > MAX_RUN_TOGETHER) return [];
  const digits = token.digits;
  if (digits.length < n) return [];
  const out: Reading[] = [];
  const parts: Cell[] = [];
  const walk = (pos: number) => {
    if (parts.length === n) {
      if (pos === digits.length) out.push([...parts]);
      return;
    }
    const left = n - parts.length;
    if (digits.length - pos < left) return;
    // No part has a leading zero: `0` stands alone.
    const maxLen = digits[pos] === "0" ? 1 : digits.length - pos - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      const text = digits.slice(pos, pos + len);
      parts.push({ value: Number(text), token, span: { start: token.start + pos, end: token.start + pos + len, text } });
      walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return out;
}

/** A reading where `total` equals the sum of `parts` (or cannot be checked: a placeholder). */
export function sumHolds(reading: Reading, parts: readonly number[], total: number): boolean {
  let sum = 0;
  for (const i of parts) {
    const v = reading[i].value;
    if (v === null) return true;
    sum += v;
  }
  const t = reading[total].value;
  return t === null || Math.abs(t - sum) < 1e-9;
}

/**
 * The cells every reading agrees on; a cell on which readings differ is null. Agreement means the
 * same value: two readings that put the same zero in a cell from different tokens agree.
 */
export function agreement(readings: readonly Reading[], n: number): (Cell | null)[] {
  if (readings.length === 0) return Array<Cell | null>(n).fill(null);
  return Array.from({ length: n }, (_, i) => {
    const first = readings[0][i];
    return readings.every((r) => r[i].value === first.value) ? first : null;
  });
}

/**
 * A whole row and each of its rotations, distinct: plain PDF text may print a row's first figure
 * last (`0 0 1 0 1` as `0 1 0 1 0`), so where it stacks figures one per line every rotation is a
 * reading of the row, for the solver to choose among.
 */
export function rotations(reading: Reading): Reading[] {
  const n = reading.length;
  const out: Reading[] = [];
  for (let k = 0; k < n; k++) out.push(reading.map((_, i) => reading[(i + k) % n]));
  return distinct(out);
}
