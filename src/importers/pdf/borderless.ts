// Table 三 of a borderless PDF read as a grid from its text positions, for what the text reading
// leaves unreadable: when the table's right edge is cut off (a wide table printed on a narrow
// page), the rows lack their 总计 and the text reading cannot tell the columns apart, while the
// positions still say which figure stands under which header. Only figures the text reading left
// null are taken, and only if the two readings agree on every figure both have.
import { REQUEST_COLUMNS, REQUEST_ROWS, matchRequestRow, type Diagnostic, type ImportResult, type Report } from "../../model";
import { fileDiagnostic, placeCells, type GridTable, type SourceCell } from "../grid";
import { newReading } from "../grid/reading";
import { readRequests } from "../grid/requests";
import { ALIGN, alignedTables, type AlignedTable, type PageLine } from "./columns";
import type { TextBox } from "./page";
import { lineText } from "./text";

/** A row label's first line starts with its number: `1．`, `（二）`, `三、`. */
const NUMBERED = /^\s*[(（]?\s*[一二三四五六七八九十0-9０-９]{1,2}\s*[)）.．、]/;

/**
 * `pageNumbers`: the lines left out as page numbers. One that lines up with a column of the table
 * may be a figure alone on its line at a page's edge: then no row is taken as blank.
 */
export function withBorderlessRequests(result: ImportResult, lines: readonly PageLine[], pageNumbers: readonly PageLine[] = []): ImportResult {
  // Only the 2021 shape: the 2019 tables are read by the grid reader alone.
  if (!result.ok || result.report.format !== "2021") return result;
  const table = alignedTables(lines).find((t) => t.kind === "requests");
  if (!table) return result;
  const reading = newReading();
  if (!readRequests([requestGrid(table, lines, !mayHaveLostFigures(table, lines, pageNumbers))], reading)) return result;
  const own = result.report.requests;
  const mine = reading.report.requests;
  // A row the two readings place differently is unreadable: one of them put a figure in the wrong column.
  const disagree = own.map((row, r) => row.some((v, c) => v !== null && mine[r][c] !== null && v !== mine[r][c]));
  const filled = own.some((row, r) => row.some((v, c) => v === null && mine[r][c] !== null));
  if (!filled && !disagree.includes(true)) return result;

  const merged = own.map((row, r) => (disagree[r] ? row.map(() => null) : row.map((v, c) => v ?? mine[r][c])));
  const report: Report = { ...result.report, requests: merged };
  if (report.sources)
    report.sources = {
      ...report.sources,
      requests: report.sources.requests.map((row, r) => row.map((s, c) => (own[r][c] === null ? reading.sources.requests[r][c] : s))),
    };
  // The text reading's words on table 三 are about what this reading replaced, unless figures
  // other than the cut-off columns are still unreadable.
  const onlyCutOff = report.requests.every((row) => row.every((v, c) => v !== null || c >= table.columns.length));
  const kept = (result.report.diagnostics ?? []).filter((d) => d.table !== "requests" || !onlyCutOff);
  const mineSaid = summarized(reading.diagnostics, table).filter((d) => d.code !== "rows-missing");
  const differ = disagree.flatMap((d, r) => (d ? [disagreement(r, own[r], mine[r])] : []));
  report.diagnostics = [...kept, ...differ, ...mineSaid];
  if (report.diagnostics.length === 0) delete report.diagnostics;
  return { ...result, report };
}

function disagreement(r: number, byOrder: readonly (number | null)[], byPosition: readonly (number | null)[]): Diagnostic {
  const where = { zh: `表三“${REQUEST_ROWS[r].short}”行`, en: `Table 3, row “${REQUEST_ROWS[r].short}”` };
  const list = (row: readonly (number | null)[]) => row.map((v) => (v === null ? "?" : String(v))).join("、");
  return fileDiagnostic(
    "readings-disagree",
    "warning",
    { where: where.zh, where_en: where.en, by_position: list(byPosition), by_order: list(byOrder) },
    { table: "requests", row: r + 1 },
  );
}

/** One message per column cut off, instead of one per cell. */
function summarized(diagnostics: readonly Diagnostic[], table: AlignedTable): Diagnostic[] {
  const cut = REQUEST_COLUMNS.filter((c) => c.col > table.columns.length);
  const rest = diagnostics.filter((d) => !(d.code === "cell-absent" && d.col !== undefined && d.col > table.columns.length));
  if (cut.length === 0) return rest;
  const columns = cut.map((c) => c.label).join("、");
  return [fileDiagnostic("columns-cut-off", "warning", { columns }, { table: "requests" }), ...rest];
}

/**
 * The grid: a header row naming the seven columns, then one row per line with figures: its label
 * cells (each text run of the line left of the figures, then the wrapped label around the line
 * when the line's own label names no row), its figures under their columns, blank cells empty.
 * A numbered label line without figures is a row of blank cells, when every line with figures
 * found its row and none took this one. Columns cut off the page have no cell.
 */
function requestGrid(table: AlignedTable, lines: readonly PageLine[], blankRows: boolean): GridTable {
  const start = table.columns[0].x0 - 2;
  const labelsOf = (index: number) => lines[index].boxes.filter((b) => (b.x0 + b.x1) / 2 < start);
  const figureLines = new Set(table.rows.map((r) => r.index));
  const used = new Set<number>(figureLines);
  const claimed = new Set<number>();
  let allNamed = true;
  const rows: { own: string[]; around: string; figures: ReadonlyMap<number, TextBox>; page: number }[] = table.rows.map((r) => {
    const own = labelsOf(r.index).map((b) => b.str);
    const named = ownRow(own);
    const around = named === null ? wrappedLabel(r.index, table, figureLines, labelsOf) : { text: "", lines: [] };
    around.lines.forEach((i) => used.add(i));
    const row = named ?? matchRequestRow(around.text);
    if (row === null) allNamed = false;
    else claimed.add(row);
    return { own, around: around.text, figures: r.figures, page: lines[r.index].page };
  });
  if (allNamed && blankRows) {
    const blank = new Map<number, { own: string[]; page: number }[]>();
    for (let i = table.headerEnd + 1; i < table.end; i++) {
      if (used.has(i)) continue;
      const own = labelsOf(i).map((b) => b.str);
      const k = own.findIndex((_, j) => NUMBERED.test(own.slice(j).join("")) && matchRequestRow(own.slice(j).join("")) !== null);
      if (k < 0) continue;
      const row = matchRequestRow(own.slice(k).join(""))!;
      if (!claimed.has(row)) blank.set(row, [...(blank.get(row) ?? []), { own, page: lines[i].page }]);
    }
    for (const [, lines] of blank) if (lines.length === 1) rows.push({ ...lines[0], around: "", figures: new Map() });
  }
  const labelWidth = Math.max(...rows.map((r) => r.own.length)) + 1;
  const header: SourceCell[] = [{ text: "", colSpan: labelWidth }, ...REQUEST_COLUMNS.map((c) => ({ text: c.label }))];
  const source = rows.map((r): SourceCell[] => [
    ...r.own.map((text) => ({ text })),
    { text: r.around, colSpan: labelWidth - r.own.length },
    ...table.columns.map((_, k) => ({ text: r.figures.get(k)?.str ?? "", page: r.page })),
  ]);
  return placeCells(0, [header, ...source]);
}

function mayHaveLostFigures(table: AlignedTable, lines: readonly PageLine[], pageNumbers: readonly PageLine[]): boolean {
  const first = lines[table.headerEnd].page;
  const last = lines[table.end - 1].page + 1;
  return pageNumbers.some(
    (l) => l.page >= first && l.page <= last && l.boxes.some((b) => table.columns.some((c) => Math.abs(table.edge(c) - table.edge(b)) <= ALIGN)),
  );
}

/** The row a line's own label cells name (innermost first, as the grid reader tries them). */
function ownRow(own: readonly string[]): number | null {
  for (let i = own.length - 1; i >= 0; i--) {
    const row = matchRequestRow(own.slice(i).join(""));
    if (row !== null) return row;
  }
  return null;
}

/**
 * A label wrapped over lines with the figures on a line of their own (`（二）部分公开…不计其他情` ·
 * `144 9 1` · `形）`): from the nearest numbered label line above, down to the next numbered line
 * or line with figures.
 */
function wrappedLabel(
  index: number,
  table: AlignedTable,
  figureLines: ReadonlySet<number>,
  labelsOf: (i: number) => TextBox[],
): { text: string; lines: number[] } {
  const none = { text: "", lines: [] };
  let first = index;
  for (let i = index - 1; i > table.headerEnd && !figureLines.has(i); i--) {
    if (NUMBERED.test(lineText(labelsOf(i)))) {
      first = i;
      break;
    }
  }
  if (first === index) return none;
  const parts: string[] = [];
  const lines: number[] = [];
  for (let i = first; i < table.end; i++) {
    if (i === index) continue;
    if (i > index && (figureLines.has(i) || NUMBERED.test(lineText(labelsOf(i))))) break;
    parts.push(lineText(labelsOf(i)));
    lines.push(i);
  }
  return { text: parts.join(""), lines };
}
