// A frame's cells as a grid, and the page's text placed into them.
import type { GridCell, GridTable } from "../grid";
import { hasHorizontal, hasVertical, type Frame } from "./frames";
import type { TextBox } from "./page";

/** Builds the grid of one frame; returns the text boxes it took (the rest is text outside tables). */
export function frameGrid(frame: Frame, texts: readonly TextBox[], index: number): { table: GridTable; taken: Set<TextBox> } {
  const { xs, ys } = frame;
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  const parent = Array.from({ length: rowsN * colsN }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const id = (r: number, c: number) => r * colsN + c;
  for (let r = 0; r < rowsN; r++)
    for (let c = 0; c < colsN; c++) {
      if (c + 1 < colsN && !hasVertical(frame, xs[c + 1], ys[r], ys[r + 1])) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rowsN && !hasHorizontal(frame, ys[r + 1], xs[c], xs[c + 1])) parent[find(id(r + 1, c))] = find(id(r, c));
    }

  const pieces = new Map<number, TextBox[]>();
  const taken = new Set<TextBox>();
  for (const box of texts) {
    const cy = (box.y0 + box.y1) / 2;
    const r = band(ys, cy);
    if (r < 0) continue;
    for (const piece of splitAtRulings(box, frame, ys[r], ys[r + 1])) {
      const c = band(xs, (piece.x0 + piece.x1) / 2);
      if (c < 0) continue;
      const root = find(id(r, c));
      pieces.set(root, [...(pieces.get(root) ?? []), piece]);
      taken.add(box);
    }
  }

  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rowsN; r++)
    for (let c = 0; c < colsN; c++) {
      const root = find(id(r, c));
      const e = extent.get(root);
      if (!e) extent.set(root, { r0: r, r1: r, c0: c, c1: c });
      else Object.assign(e, { r0: Math.min(e.r0, r), r1: Math.max(e.r1, r), c0: Math.min(e.c0, c), c1: Math.max(e.c1, c) });
    }
  const cells = new Map<number, GridCell>();
  for (const [root, e] of extent)
    cells.set(root, {
      text: cellText(pieces.get(root) ?? [], xs[e.c1 + 1]),
      row: e.r0,
      col: e.c0,
      rowSpan: e.r1 - e.r0 + 1,
      colSpan: e.c1 - e.c0 + 1,
      page: frame.page,
    });
  const rows = Array.from({ length: rowsN }, (_, r) => Array.from({ length: colsN }, (_, c) => cells.get(find(id(r, c)))!));
  return { table: { index, rows }, taken };
}

/** The band [edges[i], edges[i+1]] holding v, or -1. */
function band(edges: readonly number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i] && v < edges[i + 1]) return i;
  return -1;
}

/**
 * Some writers put the text of neighbouring cells in one text run; a run that crosses a ruling is
 * cut there, its characters shared out by their (assumed even) widths.
 */
function splitAtRulings(box: TextBox, frame: Frame, y0: number, y1: number): TextBox[] {
  const cuts = frame.xs.filter((x) => x > box.x0 + 1 && x < box.x1 - 1 && hasVertical(frame, x, y0, y1));
  if (cuts.length === 0 || box.str.length < 2) return [box];
  const chars = Array.from(box.str);
  const per = (box.x1 - box.x0) / chars.length;
  const out: TextBox[] = [];
  let from = 0;
  for (const x of [...cuts, box.x1 + 1]) {
    const to = Math.min(chars.length, Math.max(from, Math.round((x - box.x0) / per)));
    const str = chars.slice(from, to).join("");
    if (str.trim()) out.push({ ...box, str, x0: box.x0 + from * per, x1: box.x0 + to * per });
    from = to;
  }
  return out;
}

/** Digits a narrow cell may wrap onto a second line (`１` · `２` is 12 when the first line is full). */
const DIGITS = /^[\d０-９,，.．]+$/;

/**
 * Lines of a cell top to bottom, each left to right; a wide gap within a line stays a space. A
 * number wrapped because the cell is full is one number again; figures on lines that do not fill
 * the cell stay on their lines (two figures, not one).
 */
function cellText(boxes: readonly TextBox[], right: number): string {
  const sorted = [...boxes].sort((a, b) => a.y0 - b.y0);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs((line[0].y0 + line[0].y1) / 2 - (box.y0 + box.y1) / 2) < line[0].size * 0.5) line.push(box);
    else lines.push([box]);
  }
  const texts = lines.map((line) => {
    line.sort((a, b) => a.x0 - b.x0);
    let text = "";
    line.forEach((box, i) => {
      if (i > 0 && box.x0 - line[i - 1].x1 > box.size * 0.3) text += " ";
      text += box.str;
    });
    return text.trim();
  });
  return texts.reduce((out, text, i) => {
    if (i === 0) return text;
    const above = lines[i - 1];
    const full = above[above.length - 1].x1 + above[0].size * 1.5 >= right;
    return out + (full && DIGITS.test(texts[i - 1]) && DIGITS.test(text) ? "" : "\n") + text;
  }, "");
}
