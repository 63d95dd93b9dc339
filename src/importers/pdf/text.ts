// Text outside the tables as lines (title, prose, tables drawn without rulings), page numbers
// dropped; and whether a PDF's text is usable at all.
import type { TextBox } from "./page";

/** `- 8 -`, `—4—`, `第3页`, `第 3 页 共 9 页`, `3/9`, a bare page number. */
const PAGE_NUMBER = /^(?:(?:[-—–―－]{1,2} ?)?\d{1,4}(?: ?[-—–―－]{1,2})?|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** Runs this close (a share of the font size) are one word. */
const TOUCHING = 0.15;

/** The top and bottom tenth of a page, where running headers and footers sit. */
const MARGIN = 0.1;

/** A margin line's identity across pages: page numbers and dates differ from page to page. */
const furnitureKey = (line: string) => line.replace(/\d+/g, "#").replace(/\s+/g, "");

/**
 * Running headers and footers: margin lines that recur on two pages or more (a browser's date and
 * page title, a document's header), so they never pass for the report's title or text.
 */
export function runningLines(pages: readonly { texts: readonly TextBox[]; height: number }[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    // A line of figures alone (a table row at the top of two pages) is never a running header.
    const keys = new Set(marginLines(page.texts, page.height).filter((line) => /[^\d\s,.，．\-—–―－/]/.test(line)).map(furnitureKey));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, pagesWithIt]) => pagesWithIt >= 2).map(([key]) => key));
}

function marginLines(texts: readonly TextBox[], pageHeight: number): string[] {
  return lineBoxes(texts)
    .filter((line) => line[0].y1 < pageHeight * MARGIN || line[0].y0 > pageHeight * (1 - MARGIN))
    .map(lineText);
}

export function lineBoxes(texts: readonly TextBox[]): TextBox[][] {
  const sorted = [...texts].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines[lines.length - 1];
    const mid = (box.y0 + box.y1) / 2;
    if (line && Math.abs((line[0].y0 + line[0].y1) / 2 - mid) < Math.min(line[0].size, box.size) * 0.5) line.push(box);
    else lines.push([box]);
  }
  for (const line of lines) line.sort((a, b) => a.x0 - b.x0);
  return lines;
}

export function lineText(line: readonly TextBox[]): string {
  let text = "";
  line.forEach((box, i) => {
    const gap = i > 0 ? box.x0 - line[i - 1].x1 : 0;
    text += (gap > box.size * 2 ? "\t" : gap > box.size * 0.3 ? " " : "") + box.str;
  });
  return text.trim();
}

/**
 * The page's text as lines, top to bottom; cells of a line far apart are separated by a tab. Page
 * numbers and running lines in the margins are left out.
 */
export function pageLines(texts: readonly TextBox[], pageHeight: number, running: ReadonlySet<string> = new Set()): string[] {
  return pageLineBoxes(texts, pageHeight, running).map(lineText);
}

/** The boxes of each line pageLines keeps, each line left to right. */
export function pageLineBoxes(texts: readonly TextBox[], pageHeight: number, running: ReadonlySet<string> = new Set()): TextBox[][] {
  return sortPageLines(texts, pageHeight, running).kept;
}

/** The page's lines kept, and the lines dropped as page numbers (a figure may pass for one). */
export function sortPageLines(
  texts: readonly TextBox[],
  pageHeight: number,
  running: ReadonlySet<string> = new Set(),
): { kept: TextBox[][]; pageNumbers: TextBox[][] } {
  const lines = lineBoxes(texts);
  // A page number is above or below all the page's text; a figure alone on a line in a table is not.
  const outermost = (i: number) => i === 0 || i === lines.length - 1;
  const kept: TextBox[][] = [];
  const pageNumbers: TextBox[][] = [];
  lines.forEach((line, i) => {
    const text = lineText(line);
    const inMargin = line[0].y1 < pageHeight * MARGIN || line[0].y0 > pageHeight * (1 - MARGIN);
    if (!text || (inMargin && running.has(furnitureKey(text)))) return;
    if (inMargin && outermost(i) && PAGE_NUMBER.test(text)) pageNumbers.push(line);
    else kept.push(joinRuns(line));
  });
  return { kept, pageNumbers };
}

/** Writers cut a word or a number into touching runs (`行政复` `议`, `1` `9`): one box each. */
function joinRuns(line: readonly TextBox[]): TextBox[] {
  const out: TextBox[] = [];
  for (const box of line) {
    const last = out[out.length - 1];
    if (last && box.x0 - last.x1 <= Math.min(last.size, box.size) * TOUCHING && box.x0 >= last.x0)
      out[out.length - 1] = { ...last, str: last.str + box.str, x1: Math.max(last.x1, box.x1) };
    else out.push(box);
  }
  return out;
}

const CJK = /[\u3400-\u9fff]/g;
// Private-use code points, replacement characters and control characters: what fonts without a
// Unicode map come out as.
const BAD = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function textQuality(strings: readonly string[]): { characters: number; garbled: boolean } {
  const text = strings.join("").replace(/\s+/g, "");
  const characters = text.length;
  const bad = (text.match(BAD) ?? []).length;
  const cjk = (text.match(CJK) ?? []).length;
  // A Chinese report whose text has no Chinese characters at all was not extracted as text.
  const garbled = characters > 0 && (bad / characters > 0.2 || (characters >= 200 && cjk === 0));
  return { characters, garbled };
}
