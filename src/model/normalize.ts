// Text normalisation shared by every importer and by the workbook scanner: full-width forms,
// look-alike ideographs (Kangxi radicals), spaces inside labels, and the reading of one cell's
// text as a figure.

/**
 * Full-width ASCII (！ to ～) and the ideographic space become their half-width forms; look-alike
 * ideographs become the ideograph they stand for (see foldLookalike). Char for char: offsets into
 * the result are offsets into the input.
 */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (code >= 0x2e80 && code <= 0x2fd5) out += foldLookalike(text[i]);
    else if (code >= 0xf900 && code <= 0xfaff) out += foldLookalike(text[i]);
    else out += text[i];
  }
  return out;
}

// CJK Radicals Supplement forms that are whole characters in running text (not components such
// as 讠 or 钅): PDF fonts map simplified glyphs to them. Unicode gives no mapping for most of them.
const RADICAL_FORMS: Record<string, string> = {
  "⺁": "厂", "⺟": "母", "⺠": "民", "⺩": "王", "⺝": "月", "⻄": "西", "⻅": "见",
  "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长", "⻔": "门", "⻘": "青", "⻙": "韦",
  "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻡": "首", "⻢": "马", "⻣": "骨",
  "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾",
  "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟",
};

/**
 * One look-alike ideograph as the ideograph it shows: Kangxi radicals (U+2F00–U+2FD5, `⾏` for
 * `行`) and CJK compatibility ideographs (U+F900–U+FAFF) by their standard (NFKC) mapping, the
 * radical forms above by hand. Only one-unit results are taken, so text keeps its length.
 */
export function foldLookalike(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x2e80 && code <= 0x2eff) return RADICAL_FORMS[char] ?? char;
  const folded = char.normalize("NFKC");
  return folded.length === 1 ? folded : char;
}

/** A text with every look-alike ideograph folded (see foldLookalike), char for char. */
export function foldLookalikes(text: string): string {
  return /[⺀-⿕豈-﫿]/.test(text) ? text.replace(/[⺀-⿕豈-﫿]/g, foldLookalike) : text;
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/**
 * A label reduced to what identifies it: half-width, no spaces at all, brackets and quotes unified.
 * `（三）不予 公开` and `(三)不予公开` both become `(三)不予公开`.
 */
export function labelKey(text: string): string {
  return toHalfWidth(text)
    .replace(SPACES, "")
    .replace(/[“”"‘’']/g, "")
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(/[、．。·]/g, ".");
}

/** What one cell's text says as a figure. */
export type FigureText =
  | { kind: "number"; value: number }
  /** Nothing at all: an empty cell (a zero in a structured table). */
  | { kind: "empty" }
  /**
   * A mark that says "none" in a count table: `-`, `—`, `/`, `无`. Publishers write it for zero, so
   * importers read it as 0 — and say so in a diagnostic, so a person can see the cell.
   */
  | { kind: "none-mark"; text: string }
  /** A mark that holds no figure and does not say which (`*`, `x`, `…`): unreadable. */
  | { kind: "placeholder"; text: string }
  /** Text that is not a figure. */
  | { kind: "text"; text: string };

const NONE_MARKS = new Set(["-", "--", "—", "——", "–", "―", "/", "\\", "无", "空"]);
const PLACEHOLDERS = new Set(["x", "X", "×", "*", "…", "...", "_"]);
// A number: optional thousands separators, optional decimals; units that staff write after it.
const NUMBER = /^([+]?\d{1,3}(?:,\d{3})+|[+]?\d+)(\.\d+)?(件|个|条|项|人|次|万元|元)?$/;

/**
 * Reads a cell's text as a figure. Full-width digits and thousands separators are accepted; a unit
 * after the number (`12件`) is dropped, except `元` on the fee, which the caller converts (see
 * `unit`). Never guesses: anything else is `text`.
 */
export function readFigureText(raw: string): FigureText & { unit?: string } {
  const spaced = toHalfWidth(raw).replace(/&nbsp;?/gi, " ").replace(SPACES, " ").trim();
  // Figures broken by a space or a line (`1 2`, two paragraphs in one cell) are not one number;
  // only digits grouped by thousands (`26 640`) may be spaced.
  if (/\d\s+\d/.test(spaced) && !/^\d{1,3}(\s\d{3})+(\.\d+)?\S*$/.test(spaced)) return { kind: "text", text: raw.trim() };
  const text = spaced.replace(SPACES, "");
  if (text === "") return { kind: "empty" };
  if (NONE_MARKS.has(text)) return { kind: "none-mark", text: raw.trim() };
  if (PLACEHOLDERS.has(text)) return { kind: "placeholder", text: raw.trim() };
  const m = NUMBER.exec(text);
  if (!m) return { kind: "text", text: raw.trim() };
  const value = Number(m[1].replace(/[+,]/g, "") + (m[2] ?? ""));
  if (!Number.isFinite(value)) return { kind: "text", text: raw.trim() };
  return m[3] ? { kind: "number", value, unit: m[3] } : { kind: "number", value };
}

/**
 * Reads a 2019 本年增/减 cell: a signed whole number. `+7`, `7`, `-1` (also `−1`, `－1`), `减少2`,
 * `减2`, `增加3`, `增3`; anything else is read as by readFigureText (a none-mark is 0).
 */
export function readSignedFigureText(raw: string): FigureText & { unit?: string } {
  const text = toHalfWidth(raw).replace(/&nbsp;?/gi, "").replace(SPACES, "").replace(/[−–]/g, "-");
  const m = /^(增加|增|减少|减|\+|-)?(\d+)(件|个|项|条)?$/.exec(text);
  if (!m || (m[1] === "-" && m[2] === "")) return readFigureText(raw);
  const value = Number(m[2]);
  const negative = m[1] === "-" || m[1] === "减少" || m[1] === "减";
  return { kind: "number", value: negative ? -value : value };
}
