// Table 四 as plain pdftotext writes it: header words and figures in column blocks, each block of
// figures after the header words of its columns, one group's first columns even before the table's
// heading and its last ones after part 五's. The blocks are read only when every figure's cell is
// certain: a block's columns named by its header words, as many figures as columns, a block of
// several columns only when its figures are all equal (pdftotext may reorder them within a block),
// every cell read once, and every group total the sum of its four columns.
import { APPEAL_COLUMN_COUNT, APPEAL_COUNT, APPEAL_GROUPS } from "../../model";
import type { Cell } from "./placement";
import type { Line } from "./tokens";

// Each column by the characters only its header holds (结果 stands in three headers and names none).
const COLUMN_CHARS: readonly (readonly [string, string])[] = [
  ["维", "持"],
  ["纠", "正"],
  ["其", "他"],
  ["尚", "审"],
  ["总", "计"],
];
const HEADER_CHARS = new Set([...COLUMN_CHARS.flat(), "结", "果", "未"]);
// Group names as they stand alone on a line: 行政复议, 未经复议直接起诉, 复议后起诉.
const GROUP_LINES = APPEAL_GROUPS.map((g) => g.label.replace(/\s/g, ""));
/** The 行政诉讼 over groups 2 and 3: a header line that names no group of its own. */
const SUPER_HEADER = APPEAL_GROUPS.find((g) => g.parent !== null)!.parent!;
const HEADING = /^[四五][、.]/;
const FIGURES = /^\d+(?: +\d+)*$/;

type Kind = "figures" | "header" | "group" | "skip" | "other";

function kindOf(text: string): Kind {
  const t = text.trim();
  if (t === "" || HEADING.test(t)) return "skip";
  if (FIGURES.test(t)) return "figures";
  const bare = t.replace(/\s/g, "");
  if (GROUP_LINES.includes(bare)) return "group";
  if (bare === SUPER_HEADER) return "header";
  return [...bare].every((ch) => HEADER_CHARS.has(ch)) ? "header" : "other";
}

/**
 * The lines of table 四 in this shape: from a group name just above the heading (when pdftotext put
 * a block there) to the last header or figure line after part 五's heading.
 */
function zone(lines: readonly Line[], heading: number, closing: number): Line[] {
  let from = heading;
  for (let i = heading - 1; i >= 0; i--) {
    const k = kindOf(lines[i].text);
    if (k === "other" || (k === "skip" && HEADING.test(lines[i].text.trim()))) break;
    if (k === "group") from = i;
  }
  let to = closing;
  for (let i = closing; i < lines.length; i++) {
    const k = kindOf(lines[i].text);
    if (k === "other") break;
    to = i + 1;
  }
  return lines.slice(from, to);
}

/** Table 四's 15 cells from column-block text, or null when any cell is not certain. */
export function readAppealBlocks(lines: readonly Line[], heading: number, closing: number): Cell[] | null {
  if (heading < 0 || closing <= heading) return null;
  const cells: (Cell | null)[] = new Array(APPEAL_COUNT).fill(null);
  let group = -1;
  let header: string[] = [];
  let named: number[] = [];
  const body = zone(lines, heading, closing);
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    const kind = kindOf(line.text);
    if (kind === "other") return null;
    if (kind === "skip") continue;
    if (kind === "group") {
      group = GROUP_LINES.indexOf(line.text.replace(/\s/g, ""));
      named.push(group);
      continue;
    }
    if (kind === "header") {
      header.push(line.text.replace(/\s/g, ""));
      continue;
    }
    // A block of figures: every figure line up to the next line of words.
    const figures: Cell[] = [];
    let j = i;
    for (; j < body.length; j++) {
      const k = kindOf(body[j].text);
      if (k === "figures") figures.push(...figureCells(body[j]));
      else if (k !== "skip") break;
    }
    i = j - 1;
    const groups = named.length > 1 ? named : [groupFor(cells, group, columnsOf(header.join(""), 1) ?? [])];
    const columns = columnsOf(header.join(""), groups.length);
    if (!columns || columns.length * groups.length !== figures.length) return null;
    if (figures.length > 1 && figures.some((f) => f.value !== figures[0].value)) return null;
    // Several groups named over one block: each must be named once and get every column.
    if (groups.length > 1 && (columns.length !== APPEAL_COLUMN_COUNT || new Set(groups).size !== groups.length)) return null;
    for (const g of groups) {
      if (g < 0 || columns.some((c) => cells[g * APPEAL_COLUMN_COUNT + c] !== null)) return null;
      columns.forEach((c) => (cells[g * APPEAL_COLUMN_COUNT + c] = figures.shift()!));
    }
    header = [];
    named = [];
  }
  if (cells.some((c) => c === null)) return null;
  for (let g = 0; g < APPEAL_GROUPS.length; g++) {
    const row = cells.slice(g * APPEAL_COLUMN_COUNT, (g + 1) * APPEAL_COLUMN_COUNT).map((c) => c!.value!);
    const parts = row.slice(0, -1).reduce((a, b) => a + b, 0);
    if (parts !== row[row.length - 1]) return null;
  }
  return cells as Cell[];
}

/**
 * The columns a header names, left to right, each named `times` times (once per group over the
 * block); null when a header character names no whole column.
 */
function columnsOf(header: string, times: number): number[] | null {
  const chars = [...header.replaceAll(SUPER_HEADER, "")];
  const count = (ch: string) => chars.filter((x) => x === ch).length;
  const columns: number[] = [];
  for (const [c, [a, b]] of COLUMN_CHARS.entries()) {
    const n = count(a);
    if (n !== count(b) || (n !== 0 && n !== times)) return null;
    if (n > 0) columns.push(c);
  }
  return columns.length > 0 ? columns : null;
}

/** The block's group: the one last named, or (for blocks after part 五, named by none) the first group still lacking these columns. */
function groupFor(cells: readonly (Cell | null)[], named: number, columns: readonly number[]): number {
  const lacks = (g: number) => columns.every((c) => cells[g * APPEAL_COLUMN_COUNT + c] === null);
  if (named >= 0 && lacks(named)) return named;
  for (let g = 0; g < APPEAL_GROUPS.length; g++) if (lacks(g)) return g;
  return -1;
}

function figureCells(line: Line): Cell[] {
  const out: Cell[] = [];
  for (const m of line.text.matchAll(/\d+/g)) {
    const start = line.start + m.index!;
    const value = Number(m[0]);
    out.push({ value, token: { kind: "num", value, digits: m[0], text: m[0], line: line.number, start, end: start + m[0].length, col: m.index! } });
  }
  return out;
}
