// Text outside the tables as lines (title, prose, tables drawn without rulings), page numbers
// dropped; and whether a PDF's text is usable at all.
import type { TextBox } from "./page";

/** `- 8 -`, `—4—`, `第3页`, `第 3 页 共 9 页`, `3/9`, a bare page number. */
const PAGE_NUMBER = /^(?:[-—–―－\s]*\d{1,4}[-—–―－\s]*|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** The page's text as lines, top to bottom; cells of a line far apart are separated by a tab. */
export function pageLines(texts: readonly TextBox[], pageHeight: number): string[] {
  const sorted = [...texts].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines[lines.length - 1];
    const mid = (box.y0 + box.y1) / 2;
    if (line && Math.abs((line[0].y0 + line[0].y1) / 2 - mid) < Math.min(line[0].size, box.size) * 0.5) line.push(box);
    else lines.push([box]);
  }
  const out: string[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0);
    let text = "";
    line.forEach((box, i) => {
      const gap = i > 0 ? box.x0 - line[i - 1].x1 : 0;
      text += (gap > box.size * 2 ? "\t" : gap > box.size * 0.3 ? " " : "") + box.str;
    });
    text = text.trim();
    const inMargin = line[0].y0 < pageHeight * 0.1 || line[0].y1 > pageHeight * 0.9;
    if (text && !(inMargin && PAGE_NUMBER.test(text))) out.push(text);
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
