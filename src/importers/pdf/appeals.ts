// Table 四 of a borderless PDF from its text positions: its fifteen column names (结果维持 … 总计,
// three times) stand on two header lines and some may be cut off the page; the one data row's
// figures are placed under the names they line up with, blank cells are zeros. As for table 三,
// only figures the text reading left null are taken, and only if both readings agree elsewhere.
import { APPEAL_COLUMNS, APPEAL_COLUMN_COUNT, APPEAL_COUNT, APPEAL_GROUPS, labelKey, matchAppealColumn, readFigureText, type ImportResult, type Report } from "../../model";
import { fileDiagnostic } from "../grid";
import { ALIGN, EDGES, stackBlocks, zeroBox, type Block, type PageLine } from "./columns";
import type { TextBox } from "./page";

/** Lines between the 行政复议 · 行政诉讼 line and the column names. */
const HEADER_LINES = 6;

export function withBorderlessAppeals(result: ImportResult, lines: readonly PageLine[], pageNumbers: readonly PageLine[] = []): ImportResult {
  // Only the 2021 shape: the 2019 tables are read by the grid reader alone.
  if (!result.ok || result.report.format !== "2021") return result;
  const read = readAppeals(lines, pageNumbers);
  if (!read) return result;
  const own = result.report.appeals;
  // Placed differently by the two readings: one of them put a figure in the wrong column.
  const disagree = own.some((v, i) => v !== null && read.figures[i] !== null && v !== read.figures[i]);
  if (!disagree && !own.some((v, i) => v === null && read.figures[i] !== null)) return result;
  const report: Report = { ...result.report, appeals: disagree ? own.map(() => null) : own.map((v, i) => v ?? read.figures[i]) };
  const kept = (result.report.diagnostics ?? []).filter((d) => d.table !== "appeals");
  const cut = read.found < APPEAL_COUNT ? [cutOff(read.found)] : [];
  const list = (row: readonly (number | null)[]) => row.map((v) => (v === null ? "?" : String(v))).join("、");
  const params = { where: "表四", where_en: "Table 4", by_position: list(read.figures), by_order: list(own) };
  const differ = disagree ? [fileDiagnostic("readings-disagree", "warning", params, { table: "appeals" })] : [];
  report.diagnostics = [...kept, ...differ, ...cut];
  if (report.diagnostics.length === 0) delete report.diagnostics;
  return { ...result, report };
}

function cutOff(found: number) {
  const names = Array.from({ length: APPEAL_COUNT - found }, (_, k) => {
    const i = found + k;
    const group = APPEAL_GROUPS[Math.floor(i / APPEAL_COLUMN_COUNT)];
    return `${group.label}·${APPEAL_COLUMNS[i % APPEAL_COLUMN_COUNT].label}`;
  });
  return fileDiagnostic("appeals-columns-cut-off", "warning", { columns: names.join("、") }, { table: "appeals" });
}

interface AppealsLayout {
  columns: Block[];
  /** The line after the header: the figures' row when it holds figures. */
  data: number;
}

/** Table 四's column names (all fifteen, or the first ones when the rest is cut off) and where its figures' row is. */
function appealsLayout(lines: readonly PageLine[]): AppealsLayout | null {
  const start = lines.findIndex((l) => l.boxes.some((b) => labelKey(b.str).includes("行政复议")) && /行政诉讼/.test(labelKey(l.boxes.map((b) => b.str).join(""))));
  if (start < 0) return null;
  const words: TextBox[] = [];
  let i = start + 1;
  for (; i < lines.length && i <= start + HEADER_LINES; i++) {
    const boxes = lines[i].boxes;
    if (boxes.some((b) => isFigure(b.str))) break;
    words.push(...boxes);
  }
  // Names wrapped in narrow cells (结果维 / 持) are one name again.
  const columns = stackBlocks(words)
    .filter((b) => matchAppealColumn(b.text) !== null)
    .sort((a, b) => a.x0 - b.x0);
  // The names in order: 结果维持 … 总计 for each group in turn (some of the last ones may be cut off).
  if (columns.length < APPEAL_COLUMN_COUNT * 2 || columns.some((b, k) => matchAppealColumn(b.text) !== (k % APPEAL_COLUMN_COUNT) + 1)) return null;
  if (columns.some((b, k) => k > 0 && b.x0 - columns[k - 1].x0 <= ALIGN)) return null;
  return { columns, data: i };
}

/** The figures of the data line by column, or null when it is not one line lining up with the names. */
function placeFigures(lines: readonly PageLine[], layout: AppealsLayout): { placed: Map<number, TextBox>; edge: (b: { x0: number; x1: number }) => number } | null {
  const data = lines[layout.data];
  const rest = lines[layout.data + 1];
  if (!data || !data.boxes.every((b) => isFigure(b.str))) return null;
  // One data row; a second line of figures is something else.
  if (rest && rest.boxes.some((b) => isFigure(b.str))) return null;
  const { columns } = layout;
  const edge = EDGES.find((at) => data.boxes.every((b) => columns.filter((c) => Math.abs(at(c) - at(b)) <= ALIGN).length === 1));
  if (!edge) return null;
  const placed = new Map<number, TextBox>();
  for (const b of data.boxes) {
    const k = columns.findIndex((c) => Math.abs(edge(c) - edge(b)) <= ALIGN);
    if (placed.has(k)) return null;
    placed.set(k, b);
  }
  return { placed, edge };
}

/** Table 四's blank cells written out as 0 in its figures' line, as fillBlankCells does for 二 and 三. */
export function fillBlankAppeals(lines: readonly PageLine[]): PageLine[] {
  const layout = appealsLayout(lines);
  const figures = layout && placeFigures(lines, layout);
  if (!layout || !figures) return [...lines];
  const line = lines[layout.data];
  const like = line.boxes[0];
  const zeros = layout.columns.filter((_, k) => !figures.placed.has(k)).map((block) => zeroBox(block, figures.edge, like));
  const out = [...lines];
  out[layout.data] = { page: line.page, boxes: [...line.boxes, ...zeros].sort((a, b) => a.x0 - b.x0) };
  return out;
}

function readAppeals(lines: readonly PageLine[], pageNumbers: readonly PageLine[]): { figures: (number | null)[]; found: number } | null {
  const layout = appealsLayout(lines);
  if (!layout) return null;
  const { columns } = layout;
  const figures: (number | null)[] = Array(APPEAL_COUNT).fill(null);
  const data = lines[layout.data];
  if (data && data.boxes.some((b) => isFigure(b.str))) {
    const placed = placeFigures(lines, layout);
    if (!placed) return null;
    columns.forEach((_, k) => (figures[k] = figureOf(placed.placed.get(k)?.str ?? "")));
  } else {
    // No line of figures: the row is all blank, unless a figure of it was taken for a page number.
    const page = lines[layout.data - 1].page;
    const aligned = (b: TextBox) => columns.some((c) => EDGES.some((at) => Math.abs(at(c) - at(b)) <= ALIGN));
    if (pageNumbers.some((l) => l.page >= page && l.page <= page + 1 && l.boxes.some(aligned))) return null;
    columns.forEach((_, k) => (figures[k] = 0));
  }
  return { figures, found: columns.length };
}

function isFigure(str: string): boolean {
  const kind = readFigureText(str).kind;
  return kind === "number" || kind === "none-mark";
}

function figureOf(text: string): number | null {
  const read = readFigureText(text);
  return read.kind === "empty" || read.kind === "none-mark" ? 0 : read.kind === "number" ? read.value : null;
}
