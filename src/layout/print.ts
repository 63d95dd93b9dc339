// Page setup computed from the plan itself: the scale at which a sheet's columns fit one A4 page
// wide, and row heights tall enough for wrapped text. Widths are Excel's character units (the
// width of "0" in the default 11-point font, a Chinese character about two of them).
import type { Rect } from "./geometry";
import type { CellStyle, PlanCell, PrintSetup } from "./plan";

/** A4 in points, and the margins the hosts write (left/right 0.5 in, top/bottom 0.6 in). */
export const A4 = { width: 595.3, height: 841.9 } as const;
export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Excel's default column width, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** The printed width of a column in points (7 px per character plus 5 px padding, at 96 dpi). */
export function columnPoints(width: number): number {
  return (Math.round(width * 7) + 5) * 0.75;
}

export function printableSize(orientation: PrintSetup["orientation"]): { width: number; height: number } {
  const [w, h] = orientation === "landscape" ? [A4.height, A4.width] : [A4.width, A4.height];
  return { width: w - (MARGINS.left + MARGINS.right) * 72, height: h - (MARGINS.top + MARGINS.bottom) * 72 };
}

function widthOf(widths: ReadonlyMap<number, number>, col: number): number {
  return widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
}

/** The zoom (a fraction, at most 1) at which columns `left`..`right` fit one page wide, in Excel's metrics. */
export function scaleToFitWidth(widths: ReadonlyMap<number, number>, left: number, right: number, orientation: PrintSetup["orientation"]): number {
  let points = 0;
  for (let col = left; col <= right; col++) points += columnPoints(widthOf(widths, col));
  return Math.min(1, printableSize(orientation).width / points);
}

/**
 * How many pages wide columns `left`..`right` print at full size, the title columns (repeated on
 * every page) counted on each: a sheet too wide for one page is fitted to that many, never to 0
 * (which not every host takes).
 */
export function pagesAcross(widths: ReadonlyMap<number, number>, left: number, right: number, orientation: PrintSetup["orientation"], titleColumns?: { first: number; last: number }): number {
  const points = (from: number, to: number) => {
    let sum = 0;
    for (let col = from; col <= to; col++) sum += columnPoints(widthOf(widths, col));
    return sum;
  };
  const titles = titleColumns ? points(titleColumns.first, titleColumns.last) : 0;
  const page = printableSize(orientation).width - titles;
  return Math.max(1, Math.ceil((points(left, right) - titles) / page));
}

/** Display width of text in character units: CJK and full-width forms count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 2.1 : 1;
  }
  return w;
}

/** Points per line of wrapped text at `fontSize` (a CJK line of 11-point text is about 15 pt). */
const lineHeight = (fontSize: number) => Math.ceil(fontSize * 1.4);

/**
 * Rows tall enough for their wrapped text: for each text cell styled `wrap` (alone or merged
 * across one row), the lines it takes at its width, times the line height, if that is more than
 * the row already has. Rows whose text fits keep the default height.
 */
export function wrappedRowHeights(
  cells: readonly PlanCell[],
  styles: readonly { range: Rect; style: CellStyle }[],
  merges: readonly Rect[],
  widths: ReadonlyMap<number, number>,
  heights: ReadonlyMap<number, number>,
): Map<number, number> {
  const out = new Map<number, number>();
  const styleAt = (row: number, col: number): CellStyle => {
    let s: CellStyle = {};
    for (const { range, style } of styles) if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right) s = { ...s, ...style };
    return s;
  };
  for (const c of cells) {
    if (c.content.kind !== "text" || c.content.text === "") continue;
    const merge = merges.find((m) => m.top === c.row && m.left === c.col);
    if (merge && merge.bottom > merge.top) continue; // spread over several rows: their heights share it
    const style = styleAt(c.row, c.col);
    if (!style.wrap) continue;
    let width = 0;
    for (let col = c.col; col <= (merge?.right ?? c.col); col++) width += widthOf(widths, col);
    const size = style.fontSize ?? 11;
    const usable = Math.max(1, width - 1) * (11 / size) * (style.bold ? 0.92 : 1);
    const lines = c.content.text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
    if (lines <= 1) continue;
    const needed = lines * lineHeight(size) + 3;
    if (needed > (heights.get(c.row) ?? 15) && needed > (out.get(c.row) ?? 0)) out.set(c.row, needed);
  }
  return out;
}
