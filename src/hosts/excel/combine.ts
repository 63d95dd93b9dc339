// 汇总与校验 › 合并: the combined sheet, its 汇总 and the findings, in the open workbook.
//
// Contract for the task pane:
//   combineInWorkbook(context, { reports?, lang? }) → CombineInWorkbookResult (plain data)
//   - reads every standardized report sheet, found by its defined names (src/layout/names.ts:
//     XXGK_<key>_active/requests/appeals/agency/year/file); a blank figure cell there is an
//     unreadable figure (null), as the report sheet writes it;
//   - adds `reports` (imported in the pane, not on a sheet) as further rows;
//   - writes 合并表 (one row per report, autofilter, status formulas), 汇总 (official layout, each
//     figure =SUBTOTAL(9, its column)) and 核对结果 (each failed check and cross-year rule, with a
//     link to the cell). The sheets an earlier run wrote (marked by hidden names, see
//     COMBINE_MARKER_NAMES; found even when renamed) are refreshed in place — cleared and
//     rewritten, so formulas elsewhere that point at them keep working; a person's own sheet that
//     happens to be called 汇总 is never touched (ours becomes 汇总 (2)). Rows are sorted by agency,
//     year, source; a report found last time but not now keeps its row with its last figures,
//     marked in 说明 — never dropped silently (`kept` counts them).
//   - Never a round trip per report: one sync reads the names, report sheets (and the old
//     combined sheet) are read in chunks of at most READ_CELLS_PER_SYNC cells, one sync writes
//     the headers, 汇总 and findings, and the combined rows go in chunks of at most
//     WRITE_BYTES_PER_SYNC bytes (Excel on the web refuses requests over ~5 MB). `syncs` and
//     `largestWrite` say how it went.
import { entryOf, type CombineEntry } from "../../combine";
import { cellsOf, parseRangeA1, quoteSheetName, rangeA1, rect, type PlanCell, type Rect, type SheetPlan } from "../../layout";
import { COMBINE_MARKER_NAMES, COMBINED_COLUMN, COMBINED_FIRST_ROW, COMBINED_LAST_COLUMN, combinedRowCells, combineSheetNames, planCombinedWorkbook, type LocatedFinding } from "../../layout/combined";
import { findReportKeys, reportName, type ReportNamePart } from "../../layout/names";
import { COMBINE_MESSAGES } from "../../messages/combine";
import { render, type Lang } from "../../messages/format";
import { FIGURE_COUNT, readFigureText, type Figure, type Report } from "../../model";
import { formulaCellValue, queuePlan } from "./apply";
import { countSyncs } from "./sync";

export const READ_CELLS_PER_SYNC = 150_000;
export const WRITE_BYTES_PER_SYNC = 1_000_000;

export interface CombineInWorkbookOptions {
  /** Reports imported in the pane that are not on a sheet. */
  readonly reports?: readonly Report[];
  readonly lang?: Lang;
}

export interface CombineInWorkbookResult {
  readonly status: "combined" | "nothing" | "failed";
  /** Rows written (reports found now, plus `kept`). */
  readonly reports: number;
  /** Rows kept from the last run whose report was not found this time. */
  readonly kept: number;
  /** Pairs of consecutive years of one agency that were checked. */
  readonly pairs: number;
  /** Failed checks and cross-year rules, each with the combined-sheet cell it is about. */
  readonly findings: readonly LocatedFinding[];
  readonly sheets: { readonly combined: string; readonly summary: string; readonly findings: string };
  readonly message: string;
  readonly syncs: number;
  /** Bytes of the largest write request (formulas and formats), for the ~5 MB limit. */
  readonly largestWrite: number;
}

type Values = (string | number | boolean)[][];

/** `='S 1'!$D$8,'S 1'!$E$8:$F$9` → its areas. */
export function parseNameFormula(formula: string): { sheet: string; range: Rect }[] {
  const out: { sheet: string; range: Rect }[] = [];
  const re = /(?:'((?:[^']|'')+)'|([^'!,=]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
    out.push({ sheet, range: parseRangeA1(m[3]) });
  }
  return out;
}

function figureOf(v: unknown): Figure {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const read = readFigureText(v);
  return read.kind === "number" ? read.value : null;
}

const textOf = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : typeof v === "number" ? String(v) : null);

interface ReportSheetRef {
  readonly sheet: string;
  readonly parts: Map<ReportNamePart, Rect[]>;
  readonly box: Rect;
}

function bounding(rects: Rect[]): Rect {
  return rect(
    Math.min(...rects.map((r) => r.top)),
    Math.min(...rects.map((r) => r.left)),
    Math.max(...rects.map((r) => r.bottom)),
    Math.max(...rects.map((r) => r.right)),
  );
}

/** The report sheets that the workbook's names mark, with their areas. */
function reportSheetsOf(names: { name: string; formula: string }[]): ReportSheetRef[] {
  const byName = new Map(names.map((n) => [n.name.toUpperCase(), n.formula]));
  const out: ReportSheetRef[] = [];
  for (const [key, parts] of findReportKeys(names.map((n) => n.name))) {
    if (!parts.has("requests")) continue;
    const areas = new Map<ReportNamePart, Rect[]>();
    let sheet: string | null = null;
    for (const part of ["active", "requests", "appeals", "agency", "year", "file"] as const) {
      const formula = byName.get(reportName(key, part).toUpperCase());
      if (!formula) continue;
      const parsed = parseNameFormula(formula);
      if (parsed.length === 0) continue;
      sheet ??= parsed[0].sheet;
      areas.set(part, parsed.map((p) => p.range));
    }
    if (sheet === null) continue;
    out.push({ sheet, parts: areas, box: bounding([...areas.values()].flat()) });
  }
  return out;
}

function entryFromValues(ref: ReportSheetRef, values: Values): CombineEntry {
  const at = (row: number, col: number) => values[row - ref.box.top]?.[col - ref.box.left];
  const cells = (part: ReportNamePart) => (ref.parts.get(part) ?? []).flatMap((r) => cellsOf(r)).map((c) => at(c.row, c.col));
  const figures = [...cells("active"), ...cells("requests"), ...cells("appeals")].map(figureOf);
  const year = figureOf(cells("year")[0]);
  return {
    agency: textOf(cells("agency")[0]),
    year: year !== null && Number.isInteger(year) ? year : null,
    file: textOf(cells("file")[0]),
    sheet: ref.sheet,
    figures: figures.length === FIGURE_COUNT ? figures : Array<Figure>(FIGURE_COUNT).fill(null),
  };
}

/** The sheets an earlier run wrote, found by their marker names (even when renamed since). */
function ownSheets(names: { name: string; formula: string }[], sheets: Set<string>): { combined?: string; summary?: string; findings?: string } {
  const out: { combined?: string; summary?: string; findings?: string } = {};
  for (const kind of ["combined", "summary", "findings"] as const) {
    const marker = names.find((n) => n.name.toUpperCase() === COMBINE_MARKER_NAMES[kind]);
    const sheet = marker ? parseNameFormula(marker.formula)[0]?.sheet : undefined;
    if (sheet !== undefined && sheets.has(sheet)) out[kind] = sheet;
  }
  return out;
}

/** The rows of an earlier combined sheet, for keeping reports that are gone. */
function previousEntries(values: Values, rowIndex: number, columnIndex: number): CombineEntry[] {
  const C = COMBINED_COLUMN;
  const out: CombineEntry[] = [];
  for (let r = COMBINED_FIRST_ROW - 1 - rowIndex; r < values.length; r++) {
    if (r < 0) continue;
    const at = (col: number) => values[r][col - 1 - columnIndex];
    const agency = textOf(at(C.agency));
    if (agency === null) continue;
    const year = figureOf(at(C.year));
    const figures = Array.from({ length: FIGURE_COUNT }, (_, i) => figureOf(at(C.firstFigure + i)));
    out.push({ agency, year, file: textOf(at(C.file)), sheet: textOf(at(C.sheet)), figures });
  }
  return out;
}

export async function combineInWorkbook(context: Excel.RequestContext, options: CombineInWorkbookOptions = {}): Promise<CombineInWorkbookResult> {
  const lang = options.lang ?? "zh";
  const m = COMBINE_MESSAGES;
  let largestWrite = 0;
  const round = countSyncs(context);
  const sync = round.sync;
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  await sync();

  const definedNames = wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const ours = ownSheets(definedNames, new Set(wb.worksheets.items.map((s) => s.name)));
  const names = combineSheetNames(wb.worksheets.items.map((s) => s.name), ours);
  const oldUsed = ours.combined ? wb.worksheets.getItem(ours.combined).getUsedRangeOrNullObject(true) : null;
  oldUsed?.load("values,rowIndex,columnIndex");
  const refs = reportSheetsOf(definedNames);
  const entries: CombineEntry[] = [];
  for (let i = 0; i < refs.length || (i === 0 && oldUsed); ) {
    const batch: { ref: ReportSheetRef; range: Excel.Range }[] = [];
    let cells = 0;
    for (; i < refs.length && (batch.length === 0 || cells < READ_CELLS_PER_SYNC); i++) {
      const ref = refs[i];
      const range = wb.worksheets.getItem(ref.sheet).getRange(rangeA1(ref.box));
      range.load("values");
      batch.push({ ref, range });
      cells += (ref.box.bottom - ref.box.top + 1) * (ref.box.right - ref.box.left + 1);
    }
    await sync();
    for (const { ref, range } of batch) entries.push(entryFromValues(ref, range.values as Values));
    if (refs.length === 0) break;
  }
  for (const report of options.reports ?? []) entries.push(entryOf(report));
  const previous = !oldUsed || oldUsed.isNullObject ? [] : previousEntries(oldUsed.values as Values, oldUsed.rowIndex, oldUsed.columnIndex);
  if (entries.length === 0 && previous.length === 0)
    return { status: "nothing", reports: 0, kept: 0, pairs: 0, findings: [], sheets: names, message: render(m.nothingToCombine, {}, lang), syncs: round.count, largestWrite };

  const book = planCombinedWorkbook(entries, previous, names, { withRows: false });
  try {
    // Only sheets marked as ours are refreshed; a sheet of the person's that happens to be called
    // 汇总 is never touched (ours then gets another name).
    const prepared = (kind: keyof typeof COMBINE_MARKER_NAMES): Excel.Worksheet => {
      const name = names[kind];
      if (ours[kind] === undefined) {
        const sheet = wb.worksheets.add(name);
        wb.names.add(COMBINE_MARKER_NAMES[kind], `=${quoteSheetName(name)}!$A$1`).visible = false;
        return sheet;
      }
      const sheet = wb.worksheets.getItem(name);
      sheet.autoFilter.remove();
      const all = sheet.getRange();
      all.unmerge();
      all.conditionalFormats.clearAll();
      all.clear("All");
      return sheet;
    };
    const combinedSheet = prepared("combined");
    const summarySheet = prepared("summary");
    const findingsSheet = prepared("findings");
    const header = book.combined.plan;
    queuePlan(combinedSheet, wb.names, header, { notes: false });
    queuePlan(summarySheet, wb.names, book.summary, { notes: false });
    queuePlan(findingsSheet, wb.names, book.findingsSheet, { notes: false });
    largestWrite = Math.max(largestWrite, planBytes(header) + planBytes(book.summary) + planBytes(book.findingsSheet));
    await sync();
    const rowCells = (i: number) => combinedRowCells(book.rows[i], book.combined.firstRow + i);
    const chunks = [...rowChunks(book.rows.length, book.combined.firstRow, rowCells, WRITE_BYTES_PER_SYNC)];
    for (const [i, chunk] of chunks.entries()) {
      const range = combinedSheet.getRange(rangeA1(chunk.range));
      range.numberFormat = chunk.formats;
      range.formulas = chunk.formulas;
      largestWrite = Math.max(largestWrite, chunk.bytes);
      if (i < chunks.length - 1) await sync();
    }
    // The filter goes on once every row is there, with the last rows.
    combinedSheet.autoFilter.apply(combinedSheet.getRange(rangeA1(book.combined.filter)));
    combinedSheet.activate();
    await sync();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { status: "failed", reports: 0, kept: 0, pairs: 0, findings: [], sheets: names, message: reason, syncs: round.count, largestWrite };
  }
  const kept = book.rows.filter((r) => !r.present).length;
  const crossYear = book.pairs.reduce((n, p) => n + p.findings.filter((f) => f.status === "failed").length, 0);
  let message = render(m.combined, { count: book.rows.length, sheet: names.combined, summary: names.summary, pairs: book.pairs.length, findings: crossYear }, lang);
  if (kept > 0) message += render(m.keptMissing, { count: kept }, lang);
  return { status: "combined", reports: book.rows.length, kept, pairs: book.pairs.length, findings: book.findings, sheets: names, message, syncs: round.count, largestWrite };
}

function planBytes(plan: SheetPlan): number {
  return plan.cells.reduce((n, c) => n + String(formulaCellValue(c)).length * 3 + 8, 0);
}

interface RowChunk {
  readonly range: Rect;
  readonly formulas: (string | number)[][];
  readonly formats: string[][];
  readonly bytes: number;
}

/** Data rows as 2-D arrays, cut so that each request stays under `budget` bytes (UTF-8, JSON). */
function* rowChunks(count: number, firstRow: number, cellsOf: (i: number) => PlanCell[], budget: number): Generator<RowChunk> {
  const width = COMBINED_LAST_COLUMN;
  const encoder = new TextEncoder();
  let formulas: (string | number)[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  let first = 0;
  const flush = (last: number): RowChunk => ({ range: rect(firstRow + first, 1, firstRow + last, width), formulas, formats, bytes });
  for (let i = 0; i < count; i++) {
    const f = Array<string | number>(width).fill("");
    const n = Array<string>(width).fill("General");
    for (const c of cellsOf(i)) {
      f[c.col - 1] = formulaCellValue(c);
      if (c.numberFormat) n[c.col - 1] = c.numberFormat;
    }
    const size = encoder.encode(JSON.stringify(f)).length + JSON.stringify(n).length;
    if (formulas.length > 0 && bytes + size > budget) {
      yield flush(i - 1);
      formulas = [];
      formats = [];
      bytes = 0;
      first = i;
    }
    formulas.push(f);
    formats.push(n);
    bytes += size;
  }
  if (formulas.length > 0) yield flush(count - 1);
}
