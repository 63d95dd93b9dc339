// Tables drawn without rulings (a .docx whose borders were lost, printed by LibreOffice): a blank
// cell prints nothing, so in plain lines a row's figures lose their columns ("规章 28": 制发, 废止 or
// 现行有效?). Where the header names the columns and every figure under it lines up with one of
// those names (all by left edge, or all by centre, or all by right edge), each blank cell of a row
// that has figures is written out as 0: a blank cell in these tables is a zero. A table whose
// figures do not all line up is left as it was; no figure is ever put under a header it is not under.
import { labelKey, matchActiveRow, matchRequestColumn, readFigureText } from "../../model";
import type { TextBox } from "./page";

export interface PageLine {
  readonly page: number;
  readonly boxes: readonly TextBox[];
}

/** How far (pt) a figure's edge may be from its header's and still line up. */
export const ALIGN = 2;
/** Header words of one table lie within this height (pt) of the first one. */
const HEADER_HEIGHT = 40;
export const EDGES: ((b: { x0: number; x1: number }) => number)[] = [(b) => b.x0, (b) => (b.x0 + b.x1) / 2, (b) => b.x1];
/** Lines that begin table 四 or the prose after the tables: a borderless table ends before them. */
const AFTER_TABLE = /行政复议|行政诉讼|存在的主要问题|其他需要报告/;
/** Table 二's three document columns, in order. */
const DOCUMENT_COLUMNS = [/制发|新制/, /废止/, /有效/];

export interface Block {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
  boxes: TextBox[];
}

interface Header {
  /** The header's column blocks, left to right, for table columns 1, 2, … */
  columns: Block[];
  /** Index of the header's last line. */
  end: number;
}

/** A table found under a header naming its columns, with its figures placed in those columns. */
export interface AlignedTable {
  readonly kind: "requests" | "documents";
  /** The header's column blocks, for table columns 1, 2, …; columns cut off the page are missing. */
  readonly columns: readonly Block[];
  /** Index of the header's last line and of the first line after the table. */
  readonly headerEnd: number;
  readonly end: number;
  /** Lines holding figures, each figure by its 0-based column. */
  readonly rows: readonly { index: number; figures: ReadonlyMap<number, TextBox> }[];
  readonly edge: (b: { x0: number; x1: number }) => number;
}

/** The borderless tables whose figures all line up with their header. */
export function alignedTables(lines: readonly PageLine[]): AlignedTable[] {
  const tables: AlignedTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const request = requestHeader(lines, i);
    const header = request ?? documentHeader(lines, i);
    if (!header) continue;
    const table = alignTable(lines, header, request ? "requests" : "documents");
    if (typeof table === "number") i = Math.max(i, table - 1);
    else {
      tables.push(table);
      i = Math.max(i, table.end - 1);
    }
  }
  return tables;
}

export function fillBlankCells(lines: readonly PageLine[]): PageLine[] {
  const out = lines.map((l) => ({ page: l.page, boxes: [...l.boxes] }));
  for (const table of alignedTables(lines)) {
    for (const r of table.rows) {
      const like = r.figures.values().next().value!;
      const zeros = table.columns.filter((_, k) => !r.figures.has(k)).map((block) => zeroBox(block, table.edge, like));
      out[r.index] = { page: lines[r.index].page, boxes: [...lines[r.index].boxes, ...zeros].sort((a, b) => a.x0 - b.x0) };
    }
  }
  return out;
}

/** A "0" standing where a blank cell under `block` is, on the line of `like`. */
export function zeroBox(block: Block, edge: (b: { x0: number; x1: number }) => number, like: TextBox): TextBox {
  const width = like.size * 0.5;
  const x = edge(block);
  const x0 = edge === EDGES[0] ? x : edge === EDGES[1] ? x - width / 2 : x - width;
  return { str: "0", x0, x1: x0 + width, y0: like.y0, y1: like.y1, size: like.size };
}

/**
 * Table 三's header: 自然人 … 总计, the words of one cell possibly over several lines (科研机 / 构),
 * found from the line where the 自然人 cell's text begins.
 */
function requestHeader(lines: readonly PageLine[], i: number): Header | null {
  const top = lines[i];
  const y = top.boxes[0].y0;
  const near: TextBox[] = [];
  const lineOf = new Map<TextBox, number>();
  for (let j = Math.max(0, i - 3); j < lines.length && j <= i + 6; j++) {
    const dy = lines[j].boxes[0].y0 - y;
    if (lines[j].page !== top.page || dy > HEADER_HEIGHT || dy < -HEADER_HEIGHT / 2) continue;
    for (const b of lines[j].boxes.filter((b) => !isFigure(b.str))) {
      near.push(b);
      lineOf.set(b, j);
    }
  }
  const blocks = stackBlocks(near).sort((a, b) => a.x0 - b.x0);
  const first = blocks.find((block) => matchRequestColumn(block.text) === 1);
  if (!first || lineOf.get(first.boxes[0]) !== i) return null;
  const columns: Block[] = [];
  let end = i;
  for (const block of blocks.filter((block) => block.x0 >= first.x0 - ALIGN)) {
    const col = matchRequestColumn(block.text);
    if (col === null) continue;
    if (col !== columns.length + 1) return null;
    columns.push(block);
    for (const b of block.boxes) end = Math.max(end, lineOf.get(b)!);
  }
  return columns.length >= 2 ? { columns, end } : null;
}

/** Table 二's header line: 本年制发件数 · 本年废止件数 · 现行有效件数. */
function documentHeader(lines: readonly PageLine[], i: number): Header | null {
  const columns: Block[] = [];
  for (const box of lines[i].boxes) {
    const k = DOCUMENT_COLUMNS.findIndex((re) => re.test(labelKey(box.str)));
    if (k < 0) continue;
    if (k !== columns.length) return null;
    columns.push({ ...box, text: box.str, boxes: [box] });
  }
  return columns.length === DOCUMENT_COLUMNS.length ? { columns, end: i } : null;
}

/** Boxes stacked in one cell (same column, consecutive lines) joined top to bottom. */
export function stackBlocks(boxes: readonly TextBox[]): Block[] {
  const blocks: Block[] = [];
  for (const box of [...boxes].sort((a, b) => a.y0 - b.y0)) {
    // Wrapped words of one cell share an edge (left, centre or right), and follow line after line.
    const above = blocks.find(
      (b) =>
        EDGES.some((at) => Math.abs(at(b.boxes[b.boxes.length - 1]) - at(box)) <= ALIGN) &&
        box.y0 - b.y1 < box.size * 0.8 &&
        box.y0 >= b.y1 - box.size * 0.5,
    );
    if (above) {
      Object.assign(above, { x0: Math.min(above.x0, box.x0), x1: Math.max(above.x1, box.x1), y1: box.y1, text: above.text + box.str });
      above.boxes.push(box);
    } else blocks.push({ x0: box.x0, x1: box.x1, y0: box.y0, y1: box.y1, text: box.str, boxes: [box] });
  }
  return blocks;
}

function isFigure(str: string): boolean {
  const kind = readFigureText(str).kind;
  return kind === "number" || kind === "none-mark";
}

/** The table under a header, or the index of the first line after it when its figures do not line up. */
function alignTable(lines: readonly PageLine[], header: Header, kind: AlignedTable["kind"]): AlignedTable | number {
  const start = header.columns[0].x0 - ALIGN;
  const found: { index: number; figures: TextBox[] }[] = [];
  let end = header.end + 1;
  for (; end < lines.length; end++) {
    const boxes = lines[end].boxes;
    const inArea = boxes.filter((b) => (b.x0 + b.x1) / 2 >= start);
    const labels = boxes.filter((b) => (b.x0 + b.x1) / 2 < start);
    const label = labels.map((b) => b.str).join("");
    if (AFTER_TABLE.test(labelKey(label))) break;
    if (inArea.some((b) => !isFigure(b.str))) break;
    if (kind === "documents") {
      // Under table 二's three columns only 规章 and 行政规范性文件 have three figures; a 行政许可
      // row's one figure centred in a merged cell would line up with the middle column.
      const items = matchActiveRow(label)?.items.length;
      if (items === 1) break;
      if (items !== 3) continue;
    }
    if (inArea.length) found.push({ index: end, figures: inArea });
  }
  const edge = EDGES.find((at) => found.every((r) => lineUp(r.figures, header.columns, at) !== null));
  if (!edge || found.length === 0) return end;
  const rows = found.map((r) => ({ index: r.index, figures: lineUp(r.figures, header.columns, edge)! }));
  return { kind, columns: header.columns, headerEnd: header.end, end, rows, edge };
}

/** The header column of each figure (by one edge), or null if one lines up with none or two share one. */
function lineUp(
  figures: readonly TextBox[],
  columns: readonly Block[],
  edge: (b: { x0: number; x1: number }) => number,
): Map<number, TextBox> | null {
  const taken = new Map<number, TextBox>();
  for (const f of figures) {
    const k = columns.findIndex((c) => Math.abs(edge(c) - edge(f)) <= ALIGN);
    if (k < 0 || taken.has(k)) return null;
    taken.set(k, f);
  }
  return taken;
}
