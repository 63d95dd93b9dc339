// PDF layout text (pdftotext -layout) keeps each figure under its column header. When a row lost
// blank cells and the sums leave several readings, the header columns pick the text's own reading;
// it is taken only when it is one of the readings the sums allow.
import { type Reading, type RowItems, cellOf } from "./placement";
import type { Token } from "./tokens";

/** How far (in characters) a figure may start from its header and still be under it. */
const TOLERANCE = 3;
/** Spaces before a figure that layout text leaves and flowing text does not. */
const MIN_LAYOUT_GAP = 2;

/** Column positions of headers matched in order by `patterns`, from the text tokens before `until`. */
export function headerColumns(tokens: readonly Token[], until: number, patterns: readonly RegExp[]): number[] | null {
  const xs: number[] = [];
  for (const p of patterns) {
    const t = tokens.slice(0, until).find((u) => u.kind === "text" && p.test(u.key));
    if (!t) return null;
    xs.push(t.col);
  }
  for (let i = 1; i < xs.length; i++) if (xs[i] <= xs[i - 1]) return null;
  return xs;
}

/** Positions of `count` short column heads printed on one line (table 四's 结/果/维/持 …). */
export function headerLine(tokens: readonly Token[], until: number, count: number): number[] | null {
  const byLine = new Map<number, Token[]>();
  for (const t of tokens.slice(0, until)) if (t.kind === "text") byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  let found: number[] | null = null;
  for (const line of byLine.values()) if (line.length === count && line.every((t) => t.kind === "text" && t.key.length <= 4)) found = line.map((t) => t.col);
  return found;
}

/** A layout row: figures on one line, parted from what precedes them by runs of spaces. */
function layoutRow(items: RowItems): Token[] | null {
  const tokens = items.cells.filter((c): c is Token => c !== "blank");
  if (tokens.length !== items.cells.length || tokens.length === 0 || items.tabbed) return null;
  // Only layout text parts cells by runs of spaces; in other text a figure's column is that of
  // whatever words happen to precede it on its line (or 0), not its cell's.
  if (!tokens.some((t) => (t.gap ?? 0) >= MIN_LAYOUT_GAP)) return null;
  if (tokens.some((t) => t.line !== tokens[0].line)) return null;
  return tokens;
}

/** The head a figure at `col` stands under, or -1 when it is not clearly under one. */
function nearestHead(col: number, xs: readonly number[]): number {
  const d = xs.map((x) => Math.abs(x - col));
  const best = d.indexOf(Math.min(...d));
  const second = Math.min(...d.filter((_, i) => i !== best));
  return d[best] > TOLERANCE || second - d[best] < 2 ? -1 : best;
}

/** The slot of each cell of a one-line row by its position, or null when any cell is not clearly under one header. */
function slotsByPosition(items: RowItems, xs: readonly number[]): number[] | null {
  const tokens = layoutRow(items);
  if (!tokens) return null;
  const slots: number[] = [];
  for (const t of tokens) {
    const d = xs.map((x) => Math.abs(x - t.col));
    const best = d.indexOf(Math.min(...d));
    const second = Math.min(...d.filter((_, i) => i !== best));
    if (d[best] > TOLERANCE || second - d[best] < 2) return null;
    if (slots.length && best <= slots[slots.length - 1]) return null;
    slots.push(best);
  }
  return slots;
}

/** The readings narrowed to the one the layout shows, when it is among them. */
export function pickByLayout(readings: readonly Reading[], items: RowItems, xs: readonly number[] | null): readonly Reading[] {
  if (!xs || readings.length < 2) return readings;
  const slots = slotsByPosition(items, xs);
  if (!slots) return readings;
  const cells = items.cells as readonly Token[];
  const own = readings.filter((r) => slots.every((s, i) => r[s].token === cells[i]) && r.every((c, i) => slots.includes(i) || c.token === null));
  return own.length === 1 ? own : readings;
}

/**
 * The header columns, when every row of the table printed whole on one line sits under them cell
 * by cell; null when one does not. pdftotext places a narrow page's figures several characters off
 * their heads, and indents blocks of rows differently: positions then place nothing.
 */
export function verifiedColumns(xs: readonly number[] | null, rows: readonly RowItems[], n: number): readonly number[] | null {
  if (!xs) return null;
  for (const row of rows) {
    if (row.cells.length !== n || !layoutRow(row)) continue;
    const slots = slotsByPosition(row, xs);
    if (!slots || slots.some((s, i) => s !== i)) return null;
  }
  return xs;
}

/**
 * A template whose 总计 cells are top-aligned and the other cells centred (the official Word
 * template, printed by LibreOffice): where a row's label wraps, the row's last figures print on its
 * first line, a line above the others. A row of `n` figures whose first line holds only figures
 * standing right of every figure on the lines below is read two ways: as printed, and with those
 * figures last. The row's total (and the table's rules) choose; when both hold, the cells they
 * differ in stay open.
 */
export function raisedLastCells(items: RowItems, n: number, xs: readonly number[] | null): Reading[] | null {
  const tokens = items.cells.filter((c): c is Token => c !== "blank");
  if (tokens.length !== n || tokens.length !== items.cells.length || items.tabbed) return null;
  const first = tokens[0].line;
  const k = tokens.findIndex((t) => t.line !== first);
  if (k <= 0 || k > 2) return null;
  const raised = tokens.slice(0, k);
  const rest = tokens.slice(k);
  // The raised figures part from the label on their line by spaces (layout text), and stand right of the rest.
  if (!raised.every((t) => (t.gap ?? 0) >= MIN_LAYOUT_GAP)) return null;
  const right = Math.max(...rest.map((t) => t.col));
  if (raised.some((t) => t.col <= right)) return null;
  for (let i = 1; i < raised.length; i++) if (raised[i].col <= raised[i - 1].col) return null;
  const asPrinted = tokens.map(cellOf);
  const moved = [...rest, ...raised].map(cellOf);
  // Verified header columns that put every figure of the moved order under its own head: that is
  // the text's own order (a total wrong in the source then stays visible).
  if (xs && xs.length === n && [...rest, ...raised].every((t, i) => nearestHead(t.col, xs) === i)) return [moved];
  // Zeros moved among zeros are one reading.
  const same = asPrinted.every((c, i) => c.value === moved[i].value);
  return same ? [asPrinted] : [asPrinted, moved];
}

/** How many lines (label lines between) a raised figure may stand above the rest of its row. */
const RAISE_REACH = 6;

/**
 * The same template, in layout text: a raised 总计 stands on its row's first line (after the label's
 * first words, or, in rows taller than their labels, on a line of its own above the label, where
 * it would be read with the row above). When every figure line of the table [from, to) is a whole row of `n`, or a line of one or two
 * figures standing right of the figures of the next figure line that together make `n`, every row
 * shows all its cells: a raised line joined to the row above would give that row more cells than it
 * has, so its figures are the next line's last cells. Such lines are moved after that line's
 * figures (tokens keep their offsets): their columns (right of every other figure) and the count
 * of cells leave no other reading. Any other figure line (a row that lost blank cells): nothing is
 * moved, and the readers see the text as printed (`raisedLastCells` then offers both orders).
 */
export function lowerRaisedFigures(tokens: readonly Token[], from: number, to: number, n: number): readonly Token[] {
  const moves = raisedMoves(tokens, from, to, n);
  if (moves.length === 0) return tokens;
  const moved = new Set(moves.flatMap((m) => m.raised));
  const out: Token[] = tokens.slice(0, from);
  for (let i = from; i < to; i++) {
    if (moved.has(i)) continue;
    out.push(tokens[i]);
    for (const m of moves) if (m.after === i) for (const r of m.raised) out.push(tokens[r]);
  }
  for (let i = to; i < tokens.length; i++) out.push(tokens[i]);
  return out;
}

/** The lines whose figures `lowerRaisedFigures` moves: figures of the table, not page numbers. */
export function raisedFigureLines(tokens: readonly Token[], n: number): Set<number> {
  return new Set(raisedMoves(tokens, 0, tokens.length, n).map((m) => tokens[m.raised[0]].line));
}

function raisedMoves(tokens: readonly Token[], from: number, to: number, n: number): { raised: number[]; after: number }[] {
  const none: { raised: number[]; after: number }[] = [];
  const lines: number[][] = [];
  for (let i = from; i < to; i++) {
    const last = lines[lines.length - 1];
    if (last && tokens[last[0]].line === tokens[i].line) last.push(i);
    else lines.push([i]);
  }
  const nums = (l: number[]) => l.filter((i) => tokens[i].kind === "num");
  const moves: { raised: number[]; after: number }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const own = nums(lines[k]);
    if (own.length === 0) continue;
    if (lines[k].some((i) => tokens[i].kind !== "num" && tokens[i].kind !== "text")) return none;
    if (own.length === n) continue;
    if (own.length > 2) return none;
    // The next figure line, across label lines only.
    let j = k + 1;
    while (j < lines.length && nums(lines[j]).length === 0 && lines[j].every((i) => tokens[i].kind === "text")) j++;
    if (j >= lines.length || tokens[lines[j][0]].line - tokens[lines[k][0]].line > RAISE_REACH) return none;
    const next = nums(lines[j]);
    if (next.length + own.length !== n) return none;
    const right = Math.max(...next.map((i) => tokens[i].col));
    if (own.some((i) => tokens[i].col <= right || (tokens[i].gap ?? 0) < MIN_LAYOUT_GAP)) return none;
    // Text after the raised figures would be a label broken around them: not this shape.
    if (lines[k].some((i) => tokens[i].kind === "text" && i > own[0])) return none;
    moves.push({ raised: own, after: next[next.length - 1] });
    k = j;
  }
  return moves;
}
