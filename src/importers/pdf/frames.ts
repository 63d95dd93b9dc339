// Tables on a PDF page, found from their ruling lines: lines that touch one another form a frame;
// the distinct x of its vertical lines and y of its horizontal lines cut it into atomic cells, and
// two neighbouring atomic cells with no ruling between them belong to one (merged) cell.
import type { Segment } from "./page";

/** How far apart two rulings may be and still be one (pt). */
export const TOLERANCE = 2;
/** Side rulings reaching this far past the outer horizontal ones make a row without a top/bottom rule. */
const OPEN_EDGE = 4;

export interface Frame {
  readonly page: number;
  readonly horizontals: Segment[];
  readonly verticals: Segment[];
  /** Distinct x of the vertical rulings (column boundaries), ascending. */
  xs: number[];
  /** Distinct y of the horizontal rulings (row boundaries), ascending (downward). */
  readonly ys: number[];
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function findFrames(
  page: number,
  horizontals: readonly Segment[],
  verticals: readonly Segment[],
  shortVerticals: readonly Segment[] = [],
): Frame[] {
  const hs = mergeCollinear(horizontals, "h");
  // A short vertical is a border only where it joins two horizontal rulings (a thin empty row).
  const bridging = shortVerticals.filter(
    (v) => hs.some((h) => touches(h, v) && Math.abs(h.y0 - v.y0) <= TOLERANCE) && hs.some((h) => touches(h, v) && Math.abs(h.y0 - v.y1) <= TOLERANCE),
  );
  const vs = mergeCollinear([...verticals, ...bridging], "v");
  const lines = [...hs, ...vs];
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let a = 0; a < hs.length; a++)
    for (let b = 0; b < vs.length; b++) if (touches(hs[a], vs[b])) parent[find(a)] = find(hs.length + b);
  const groups = new Map<number, number[]>();
  lines.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const frames: Frame[] = [];
  for (const members of groups.values()) {
    const fh = members.filter((i) => i < hs.length).map((i) => hs[i]);
    const fv = members.filter((i) => i >= hs.length).map((i) => vs[i - hs.length]);
    if (fh.length < 2 || fv.length < 2) continue;
    const xs = distinct(fv.map((s) => s.x0));
    const ys = distinct(fh.map((s) => s.y0));
    // A row cut by a page break may have its side rulings but no top (or bottom) ruling here.
    const vTop = Math.min(...fv.map((s) => s.y0));
    const vBottom = Math.max(...fv.map((s) => s.y1));
    if (vTop < ys[0] - OPEN_EDGE) ys.unshift(vTop);
    if (vBottom > ys[ys.length - 1] + OPEN_EDGE) ys.push(vBottom);
    if (xs.length < 2 || ys.length < 2) continue;
    frames.push({ page, horizontals: fh, verticals: fv, xs, ys, left: xs[0], right: xs[xs.length - 1], top: ys[0], bottom: ys[ys.length - 1] });
  }
  return frames.sort((a, b) => a.top - b.top);
}

function touches(h: Segment, v: Segment): boolean {
  return v.x0 >= h.x0 - TOLERANCE && v.x0 <= h.x1 + TOLERANCE && h.y0 >= v.y0 - TOLERANCE && h.y0 <= v.y1 + TOLERANCE;
}

/** Rulings on one line that overlap or nearly touch become one. */
function mergeCollinear(segments: readonly Segment[], axis: "h" | "v"): Segment[] {
  const pos = (s: Segment) => (axis === "h" ? s.y0 : s.x0);
  const lines = distinct(segments.map(pos));
  const byLine = new Map<number, [number, number][]>();
  for (const s of segments) {
    const p = lines.reduce((best, l) => (Math.abs(l - pos(s)) < Math.abs(best - pos(s)) ? l : best));
    const span: [number, number] = axis === "h" ? [s.x0, s.x1] : [s.y0, s.y1];
    byLine.set(p, [...(byLine.get(p) ?? []), span]);
  }
  const out: Segment[] = [];
  for (const [p, spans] of byLine) {
    spans.sort((a, b) => a[0] - b[0]);
    let [lo, hi] = spans[0];
    const flush = () => out.push(axis === "h" ? { x0: lo, x1: hi, y0: p, y1: p } : { x0: p, x1: p, y0: lo, y1: hi });
    for (const [a, b] of spans.slice(1)) {
      if (a <= hi + TOLERANCE) hi = Math.max(hi, b);
      else {
        flush();
        [lo, hi] = [a, b];
      }
    }
    flush();
  }
  return out;
}

/** Sorted values with near-equal ones (within TOLERANCE) collapsed to their first. */
export function distinct(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out[out.length - 1] > TOLERANCE) out.push(v);
  return out;
}

/** Whether a vertical ruling at x separates the two cells beside it within the band [y0, y1]. */
export function hasVertical(frame: Frame, x: number, y0: number, y1: number): boolean {
  const mid = (y0 + y1) / 2;
  return frame.verticals.some((v) => Math.abs(v.x0 - x) <= TOLERANCE && v.y0 <= mid && v.y1 >= mid);
}

export function hasHorizontal(frame: Frame, y: number, x0: number, x1: number): boolean {
  const mid = (x0 + x1) / 2;
  return frame.horizontals.some((h) => Math.abs(h.y0 - y) <= TOLERANCE && h.x0 <= mid && h.x1 >= mid);
}
