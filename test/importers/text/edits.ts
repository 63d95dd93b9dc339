// Edits of a report's text that keep every figure (the property test's families), and damage that
// hides figures. Seeded: the same seed gives the same edit.
export type Rng = () => number;

/** mulberry32: small, seeded, reproducible. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Lines of the text between table 二's heading and part 五's (where the tables stand). */
function tableSpan(lines: readonly string[]): [number, number] {
  const from = lines.findIndex((l) => /主动公开政府信息情况/.test(l));
  let to = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (/^\s*五[、.．]/.test(lines[i])) to = i;
  return [from < 0 ? 0 : from, to < 0 ? lines.length : to];
}

export type Edit = (text: string, r: Rng) => string;

/** A tab on blank lines. */
export const tabsOnBlankLines: Edit = (text, r) =>
  text
    .split("\n")
    .map((l) => (l.trim() === "" && r() < 0.5 ? l + "\t" : l))
    .join("\n");

/** Trailing spaces, ideographic spaces, or a tab… no: spaces only (a tab is a cell boundary). */
export const trailingSpaces: Edit = (text, r) =>
  text
    .split("\n")
    .map((l) => (r() < 0.3 ? l + pick(r, [" ", "  ", "\u3000", " \u3000"]) : l))
    .join("\n");

/** Blank or whitespace-only lines between lines. */
export const blankLines: Edit = (text, r) =>
  text
    .split("\n")
    .flatMap((l) => (r() < 0.15 ? [l, pick(r, ["", " ", "\u3000", "   "])] : [l]))
    .join("\n");

/** A bare page-number line between two rows of a table (before a row label). */
export const pageNumberLines: Edit = (text, r) => {
  const lines = text.split("\n");
  const [from, to] = tableSpan(lines);
  const out: string[] = [];
  let page = 2 + Math.floor(r() * 5);
  lines.forEach((l, i) => {
    // Before a row label only: a page break falls between rows.
    if (i > from && i < to && /^\s*(?:[（(][一二三四五六七][）)]|\d[.．、]|[一二三四][、.．])/.test(l) && r() < 0.08) out.push(String(page++));
    out.push(l);
  });
  return out.join("\n");
};

const NUMBERING: readonly ((n: string) => string)[] = [(n) => `(${n})`, (n) => `（${n}）`, (n) => String.fromCharCode(0x2473 + Number(n))];

/** Sub-row numbering `1.` written `(1)`, `（1）` or `⑴`. */
export const numbering: Edit = (text, r) => {
  const style = pick(r, NUMBERING);
  return text.replace(/(^|[\s\t])([1-8])[.．、](?=\s*[\u4e00-\u9fff])/g, (_, pre: string, n: string) => pre + style(n));
};

/** Kangxi radicals that some PDF fonts map in place of common characters. */
const KANGXI: Record<string, string> = { 一: "\u2f00", 二: "\u2f06", 人: "\u2f08", 入: "\u2f0a", 八: "\u2f0b", 力: "\u2f12", 十: "\u2f17", 大: "\u2f24", 子: "\u2f26", 工: "\u2f2f", 日: "\u2f47", 月: "\u2f49", 行: "\u2f8f", 言: "\u2f94", 见: "\u2fa0" };
export const kangxi: Edit = (text, r) => text.replace(/[一二人入八力十大子工日月行言]/g, (c) => (r() < 0.5 ? KANGXI[c] : c));

/** 无 for zero in table 四 (between its heading and part 五). */
export const noneForZeroAppeals: Edit = (text) => {
  const at = text.search(/四[、.．]\s*政府信息公开行政复议/);
  const end = text.search(/\n\s*五[、.．]/);
  if (at < 0 || end < at) return text;
  return text.slice(0, at) + text.slice(at, end).replace(/(^|[\s\t])0(?=[\s\t]|$)/gm, "$1无") + text.slice(end);
};

/** Prose lines (long, not table rows) wrapped at another width. */
export const rewrapProse: Edit = (text, r) => {
  const width = 20 + Math.floor(r() * 40);
  const lines = text.split("\n");
  const [from, to] = tableSpan(lines);
  return lines
    .flatMap((l, i) => {
      if (i >= from && i < to) return [l];
      if (l.length < 40 || /\t/.test(l) || /\d\s+\d/.test(l)) return [l];
      const out: string[] = [];
      for (let k = 0; k < l.length; k += width) out.push(l.slice(k, k + width));
      return out;
    })
    .join("\n");
};

export const FAMILIES: Record<string, Edit> = { tabsOnBlankLines, trailingSpaces, blankLines, pageNumberLines, numbering, kangxi, noneForZeroAppeals, rewrapProse };

/** Every family in turn. */
export const combined: Edit = (text, r) => Object.values(FAMILIES).reduce((t, e) => e(t, r), text);

// Damage: characters that are no figure, where figures stood.

/** Positions (in the text) of figures inside the tables: runs of digits. */
function figureRuns(text: string): { start: number; end: number }[] {
  const at = text.search(/主动公开政府信息情况/);
  const end = text.search(/\n\s*五[、.．]/);
  const out: { start: number; end: number }[] = [];
  const re = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m.index > at && (end < 0 || m.index < end)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const GARBLE = ["\ufffd", "\ue000", "\ue0a3", "?", "\u0000"];

/** Some figures replaced by a character that is no digit (`�`, private-use, `?`, NUL). */
export function garble(text: string, r: Rng, count = 3): { text: string; hit: number } {
  const runs = figureRuns(text);
  if (runs.length === 0) return { text, hit: 0 };
  const chosen = new Set<number>();
  for (let k = 0; k < count; k++) chosen.add(Math.floor(r() * runs.length));
  let out = text;
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const run = runs[i];
    out = out.slice(0, run.start) + pick(r, GARBLE).repeat(run.end - run.start) + out.slice(run.end);
  }
  return { text: out, hit: chosen.size };
}

/** NUL bytes sprinkled through the text. */
export function nuls(text: string, r: Rng): string {
  return [...text].map((c) => (r() < 0.01 ? c + "\u0000" : c)).join("");
}

/** The text cut in the middle of a row of table 三. */
export function cutMidRow(text: string, r: Rng): string {
  const runs = figureRuns(text);
  if (runs.length === 0) return text;
  const run = runs[Math.floor(runs.length * (0.3 + 0.5 * r()))];
  return text.slice(0, run.end);
}
