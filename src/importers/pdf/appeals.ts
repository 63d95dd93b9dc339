// Table 四 of a borderless PDF from its text positions: its fifteen column names (结果维持 … 总计,
// three times) stand on two header lines and some may be cut off the page; the one data row's
// figures are placed under the names they line up with, blank cells are zeros. As for table 三,
// only figures the text reading left null are taken, and only if both readings agree elsewhere.
import { APPEAL_COLUMNS, APPEAL_COLUMN_COUNT, APPEAL_COUNT, APPEAL_GROUPS, labelKey, matchAppealColumn, readFigureText, type ImportResult, type Report } from "../../model";
import { fileDiagnostic } from "../grid";
import { ALIGN, EDGES, type PageLine } from "./columns";
import type { TextBox } from "./page";

/** Lines between the 行政复议 · 行政诉讼 line and the column names. */
const HEADER_LINES = 4;

export function withBorderlessAppeals(result: ImportResult, lines: readonly PageLine[], pageNumbers: readonly PageLine[] = []): ImportResult {
  if (!result.ok || result.report.appeals.every((v) => v !== null)) return result;
  const read = readAppeals(lines, pageNumbers);
  if (!read) return result;
  const own = result.report.appeals;
  if (own.some((v, i) => v !== null && read.figures[i] !== null && v !== read.figures[i])) return result;
  if (!own.some((v, i) => v === null && read.figures[i] !== null)) return result;
  const report: Report = { ...result.report, appeals: own.map((v, i) => v ?? read.figures[i]) };
  const kept = (result.report.diagnostics ?? []).filter((d) => d.table !== "appeals");
  const cut = read.found < APPEAL_COUNT ? [cutOff(read.found)] : [];
  report.diagnostics = [...kept, ...cut];
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

function readAppeals(lines: readonly PageLine[], pageNumbers: readonly PageLine[]): { figures: (number | null)[]; found: number } | null {
  const start = lines.findIndex((l) => l.boxes.some((b) => labelKey(b.str).includes("行政复议")) && /行政诉讼/.test(labelKey(l.boxes.map((b) => b.str).join(""))));
  if (start < 0) return null;
  const names: TextBox[] = [];
  let i = start + 1;
  for (; i < lines.length && i <= start + HEADER_LINES; i++) {
    const boxes = lines[i].boxes;
    if (boxes.some((b) => isFigure(b.str))) break;
    names.push(...boxes.filter((b) => matchAppealColumn(b.str) !== null));
  }
  const columns = [...names].sort((a, b) => a.x0 - b.x0);
  // The names in order: 结果维持 … 总计 for each group in turn (some of the last ones may be cut off).
  if (columns.length < APPEAL_COLUMN_COUNT * 2 || columns.some((b, k) => matchAppealColumn(b.str) !== (k % APPEAL_COLUMN_COUNT) + 1)) return null;
  if (columns.some((b, k) => k > 0 && b.x0 - columns[k - 1].x0 <= ALIGN)) return null;
  const data = lines[i];
  const rest = lines[i + 1];
  const figures: (number | null)[] = Array(APPEAL_COUNT).fill(null);
  if (data && data.boxes.every((b) => isFigure(b.str))) {
    // One data row; a second line of figures is something else.
    if (rest && rest.boxes.some((b) => isFigure(b.str))) return null;
    const edge = EDGES.find((at) => data.boxes.every((b) => columns.filter((c) => Math.abs(at(c) - at(b)) <= ALIGN).length === 1));
    if (!edge) return null;
    const placed = new Map<number, string>();
    for (const b of data.boxes) {
      const k = columns.findIndex((c) => Math.abs(edge(c) - edge(b)) <= ALIGN);
      if (placed.has(k)) return null;
      placed.set(k, b.str);
    }
    columns.forEach((_, k) => (figures[k] = figureOf(placed.get(k) ?? "")));
  } else {
    // No line of figures: the row is all blank, unless a figure of it was taken for a page number.
    const page = lines[i - 1].page;
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
