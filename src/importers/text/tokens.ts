// Report text to lines and tokens. Every token keeps its offsets into the original text, so a
// figure can point back to where it was read. toHalfWidth maps one char to one char, which keeps
// the offsets of the normalised text equal to those of the original.
import { labelKey, readFigureText, toHalfWidth } from "../../model";

/** Every token knows its line and its column (character index in the line): PDF layout text aligns figures under headers. */
export type Token = TokenBody & {
  col: number;
  /** Spaces between the token and what stands before it on its line: PDF layout text parts cells by two or more. */
  gap?: number;
};

type TokenBody =
  /** A figure. `digits` keeps the bare digit string, for cells run together (`21710000218`). */
  | { kind: "num"; value: number; unit?: string; digits: string; text: string; line: number; start: number; end: number; noneMark?: true }
  /** A cell that says it holds no figure: `-`, `—`, `/`, `无`, `&nbsp;`. */
  | { kind: "placeholder"; text: string; line: number; start: number; end: number }
  /** Label or header text, reduced by labelKey. */
  | { kind: "text"; key: string; line: number; start: number; end: number }
  /** A tab: the cell boundary of web and office text. */
  | { kind: "sep"; line: number; start: number; end: number; pipe?: true };

/** One line of the text, half-width. Its label key is computed on first use: most lines never need it. */
export class Line {
  private cachedKey: string | undefined;
  constructor(
    /** 1-based line number in the original text. */
    readonly number: number,
    readonly start: number,
    readonly text: string,
  ) {}

  /** labelKey of the line; empty for long prose lines, which hold no heading or label. */
  get key(): string {
    // NUL bytes and lost glyphs inside a heading do not hide it.
    if (this.cachedKey === undefined) this.cachedKey = this.text.length > KEYED_LINE ? "" : labelKey(this.text.replace(GARBLED_ALL, ""));
    return this.cachedKey;
  }

  /** Whether the line may hold one of the words sought; a cheap test before the key. */
  mentions(words: RegExp): boolean {
    return this.text.length <= KEYED_LINE && words.test(this.text);
  }
}

// Page numbers printed inside tables: `- 8 -`, `—4—`, `第3页`, `第 2 页 共 9 页`, `3/9`.
const DASHED_PAGE = /^[-—–_~－]+\s*\d{1,4}\s*[-—–_~－]+$/;
const WORDED_PAGE = /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/;
const SLASHED_PAGE = /^\d{1,4}\s*\/\s*\d{1,4}$/;

export function isPageNumber(trimmed: string): boolean {
  return DASHED_PAGE.test(trimmed) || WORDED_PAGE.test(trimmed) || SLASHED_PAGE.test(trimmed);
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
// Kangxi radicals and CJK radical supplements that some PDF fonts map in place of the characters
// they look like (`⼀` for `一`): each folds to its character, one for one (offsets unchanged).
const LOOKALIKE = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** `⼀` → `一`, char for char. */
export function foldLookalikes(text: string): string {
  return text.replace(LOOKALIKE, (c) => {
    const folded = c.normalize("NFKC");
    return folded.length === 1 ? folded : c;
  });
}
/** Lines longer than this are prose: no heading or table label needs their key. */
const KEYED_LINE = 300;

/** The text half-width, char for char (offsets unchanged); only the full-width chars are touched. */
function halfWidth(text: string): string {
  return foldLookalikes(text.replace(FULL_WIDTH, toHalfWidth));
}

/** The lines of a text, half-width, with page-number lines left out. */
export function splitLines(text: string): Line[] {
  const half = halfWidth(text);
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start <= half.length) {
    let end = half.indexOf("\n", start);
    if (end < 0) end = half.length;
    const raw = half.charCodeAt(end - 1) === 13 ? half.slice(start, end - 1) : half.slice(start, end);
    if (raw.length > 40 || !isPageNumber(raw.trim())) lines.push(new Line(number, start, raw));
    start = end + 1;
    number++;
  }
  return lines;
}

// A label with a figure glued to its end (`（七）总计17`, `数量21710000218`).
const GLUED_FIGURE = /^(.*[\u4e00-\u9fff)\]])(\d[\d,]*(?:\.\d+)?(?:件|个|条|项|万元|元)?)$/;
// A tab or a markdown pipe separates cells; anything else between spaces is one piece.
const PIECE = /[\t|]|[^\s|]+/g;

/**
 * No table of a report takes more tokens than this, even printed one character per line: text
 * beyond it is not one table, and reading it all would only cost time (a 50 MB paste).
 */
export const MAX_TABLE_TOKENS = 20_000;

const WHITE_LINE = /^[\s\u3000]*$/;
/** Tabs of a line of blank cells only (table 四's 15 cells have 14): fewer on a blank line are noise. */
const MIN_BLANK_ROW_TABS = 4;
/** Share of pairs of text lines with a tab line between them, above which tab lines part the cells. */
const TAB_LINE_SHARE = 0.98;

/**
 * Whether tab lines part the cells: between most two lines with text there is one (a stray tab
 * on some blank lines of other text does not make it so).
 */
function tabLinesPartCells(lines: readonly Line[]): boolean {
  let pairs = 0;
  let parted = 0;
  // The whitespace lines since the last line with text: B blank, T holding a tab.
  let between = "";
  let lastFigure = false;
  for (const l of lines) {
    if (WHITE_LINE.test(l.text)) {
      between += l.text.includes("\t") ? "T" : "B";
      continue;
    }
    // Two figures one after the other: in text parted by tab lines, each tab line stands between
    // blank lines (`0` · `` · `\t` · `` · `0`); text whose blank lines are its blank cells differs.
    const figure = FIGURE_LINE.test(l.text);
    if (figure && lastFigure) {
      pairs++;
      if (TAB_PARTED.test(between)) parted++;
    }
    lastFigure = figure;
    between = "";
  }
  return pairs > 0 && parted >= TAB_LINE_SHARE * pairs;
}

const TAB_PARTED = /^B(?:TB)+$/;
const FIGURE_LINE = /^[\s\u3000]*[\d,.]+[\s\u3000]*$/;

/** A cell that holds control characters only (NUL bytes): the text lost bytes there. */
export function controlCell(t: Token): boolean {
  return t.kind === "placeholder" && CONTROL_ONLY.test(t.text);
}

/** Tokens of the given lines, in reading order (at most MAX_TABLE_TOKENS). */
export function tokenize(lines: readonly Line[]): Token[] {
  const tokens: Token[] = [];
  // Web text that puts each cell on its line parts them by lines holding a tab: there a tab line
  // is a boundary. Elsewhere a line of whitespace holds no cell, and a stray tab on a blank line is
  // no blank cell (a row of blank cells copied from a web table has a tab between each two cells).
  const tabLinesPart = tabLinesPartCells(lines);
  for (const line of lines) {
    if (tokens.length >= MAX_TABLE_TOKENS) break;
    if (!tabLinesPart && WHITE_LINE.test(line.text) && (line.text.match(/\t/g)?.length ?? 0) < MIN_BLANK_ROW_TABS) continue;
    PIECE.lastIndex = 0;
    let m: RegExpExecArray | null;
    const first = tokens.length;
    while ((m = PIECE.exec(line.text)) && tokens.length < MAX_TABLE_TOKENS) {
      const start = line.start + m.index;
      const piece = m[0];
      if (piece === "\t" || piece === "|") {
        tokens.push(piece === "|" ? { kind: "sep", line: line.number, start, end: start + 1, col: 0, pipe: true } : { kind: "sep", line: line.number, start, end: start + 1, col: 0 });
        continue;
      }
      pushPiece(tokens, piece, line.number, start, FIGURE_OR_TAB.test(line.text) || !WORD_CHAR.test(line.text));
    }
    for (let i = first; i < tokens.length; i++) {
      tokens[i].col = tokens[i].start - line.start;
      tokens[i].gap = tokens[i].start - (i > first ? tokens[i - 1].end : line.start);
    }
  }
  markEnumerators(tokens);
  return tokens;
}

// Plain words: no figure, nothing labelKey would change. Most pieces of a report are.
const PLAIN_WORDS = /^[\u4e00-\u9fff]{2,}$/;

// Characters that stand where a glyph was lost (a PDF font without a Unicode map, a bad decoding):
// never a digit, never a none-mark.
const GARBLED = /[\ufffd\ue000-\uf8ff?\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const GARBLED_ALL = new RegExp(GARBLED.source, "g");
const WORD_CHAR = /[\u4e00-\u9fff]/;
const FIGURE_OR_TAB = /[\d\t]/;
const LOST = "\ufffd";
const CONTROL_ONLY = /^[\u0000-\u0008\u000b\u000e-\u001f\u007f]+$/;

function pushPiece(tokens: Token[], piece: string, line: number, start: number, cellLine = true): void {
  const end = start + piece.length;
  if (PLAIN_WORDS.test(piece)) {
    tokens.push({ kind: "text", key: piece, line, start, end, col: 0 });
    return;
  }
  // Control characters alone (NUL bytes of a bad copy) among words replace no glyph: nothing
  // stands there. On a line of figures or cells they may stand for a lost figure: unreadable.
  if (CONTROL_ONLY.test(piece) && !cellLine) return;
  if (GARBLED.test(piece)) {
    // A cell whose figure is lost is a cell that cannot be read: null and said, never 0, and it
    // keeps its place among the row's cells. In a label, the lost glyph is only left out.
    if (!WORD_CHAR.test(piece)) tokens.push({ kind: "placeholder", text: piece, line, start, end, col: 0 });
    // (`\ufffd` ends its key: the words still match, and a reader knows the label is damaged.)
    else tokens.push({ kind: "text", key: labelKey(piece.replace(GARBLED_ALL, "")) + LOST, line, start, end, col: 0 });
    return;
  }
  // Digits beyond any figure (more than 15: no safe number): a cell that cannot be read, never 0.
  if (/^[\d,.]{16,}$/.test(piece) && /\d{16}/.test(piece.replace(/[,.]/g, ""))) {
    tokens.push({ kind: "placeholder", text: piece.length > 40 ? `${piece.slice(0, 20)}…` : piece, line, start, end, col: 0 });
    return;
  }
  const cell = readFigureText(piece);
  if (cell.kind === "number") {
    tokens.push({ kind: "num", value: cell.value, unit: cell.unit, digits: digitsOf(piece), text: piece, line, start, end, col: 0 });
    return;
  }
  // `-`, `/`, `无` say "none": the figure 0 (said in a warning). A lone 无 waits for settleNone: it
  // may be a character of a label printed one per line.
  if (cell.kind === "none-mark" && cell.text !== "无") {
    tokens.push({ kind: "num", value: 0, digits: "", text: piece, line, start, end, col: 0, noneMark: true });
    return;
  }
  if (cell.kind === "placeholder" || /^(&nbsp;?)+$/i.test(piece)) {
    tokens.push({ kind: "placeholder", text: piece, line, start, end, col: 0 });
    return;
  }
  if (cell.kind === "empty") return;
  if (cell.kind === "none-mark") {
    tokens.push({ kind: "text", key: "无", line, start, end, col: 0 });
    return;
  }
  const glued = GLUED_FIGURE.exec(piece);
  if (glued) {
    const cut = glued[1].length;
    tokens.push({ kind: "text", key: labelKey(glued[1]), line, start, end: start + cut, col: 0 });
    pushPiece(tokens, glued[2], line, start + cut);
    return;
  }
  tokens.push({ kind: "text", key: labelKey(piece), line, start, end, col: 0 });
}

function digitsOf(piece: string): string {
  return /^\d+$/.test(piece) ? piece : "";
}

/**
 * `1 . 属于国家秘密` (a PDF's spaced-out label, maybe one char per line) starts with a label number, not a figure; a lone
 * `无` is a placeholder only among figures, since `（四）无法提供` is often printed one char per line.
 */
function markEnumerators(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = neighbour(tokens, i, 1);
    const prev = neighbour(tokens, i, -1);
    if (t.kind !== "num" || !/^\d{1,2}$/.test(t.text)) continue;
    // The label's number and its `.` stand on one line with nothing but spaces between.
    // (Printed one character per line, the `.` stands alone on the next.)
    const label = next?.kind === "text" && next.key.startsWith(".") && ((next.line === t.line && tokens[i + 1] === next) || next.key === ".");
    // `第 1 项加第 2 项之和` in the header of table 三, spaced out by a PDF.
    const ordinal = prev?.kind === "text" && prev.key.endsWith("第") && next?.kind === "text" && /^[项条页]/.test(next.key);
    if (label || ordinal) tokens[i] = { kind: "text", key: t.text, line: t.line, start: t.start, end: t.end, col: t.col };
  }
}

/** A lone `无` is a none-mark (0) when a figure or placeholder stands beside it. */
export function settleNone(tokens: Token[]): void {
  const isCell = (u: Token | undefined) => u !== undefined && (u.kind === "num" || u.kind === "placeholder");
  const isNone = (u: Token | undefined) => u !== undefined && u.kind === "text" && u.key === "无";
  for (let i = 0; i < tokens.length; i++) {
    if (!isNone(tokens[i])) continue;
    // A run of lone 无 (tabs between are fine): cells when one of its ends touches a figure, or
    // when it holds two or more (no label has 无 twice over).
    const run: number[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      if (tokens[j].kind === "sep") continue;
      if (!isNone(tokens[j])) break;
      run.push(j);
    }
    const prev = neighbour(tokens, i, -1);
    const next = j < tokens.length ? tokens[j] : undefined;
    // `4. 无正当理由…` printed apart: after a bare label number, 无 begins the label.
    const afterNumber = prev?.kind === "text" && /^(\d{1,2}|[一二三四五六七])?[.]$|^\([一二三四五六七]\)$|^\(\d{1,2}\)$/.test(prev.key);
    if (!afterNumber && (isCell(prev) || isCell(next) || run.length >= 2))
      for (const k of run) {
        const t = tokens[k];
        tokens[k] = { kind: "num", value: 0, digits: "", text: "无", line: t.line, start: t.start, end: t.end, col: t.col, gap: t.gap, noneMark: true };
      }
    i = j - 1;
  }
}

function neighbour(tokens: readonly Token[], i: number, step: 1 | -1): Token | undefined {
  for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (tokens[j].kind !== "sep") return tokens[j];
  return undefined;
}
