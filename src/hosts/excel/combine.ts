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
//   - Never a round trip per report: one sync reads the names (one more the old combined sheet's
//     extent, when refreshing), report sheets and the old combined sheet are read in requests of
//     at most READ_CELLS_PER_SYNC cells (./read.ts), and everything is written in requests of at
//     most WRITE_BYTES_PER_SYNC bytes, measured (Excel on the web refuses requests over 5 MB):
//     3 syncs for a few reports, a handful for 1,000. `syncs` and `largestWrite` say how it went.
//   - What people do to workbooks: a report name whose sheet was deleted (#REF!) is skipped and,
//     being ours, removed, as is a marker left by a deleted 合并表 (Excel refuses to add a name
//     that exists); a name pointing at a missing sheet is skipped; the message says so. If a write
//     fails midway, the sheets this run added are deleted again (Excel's batches keep what they
//     did before the failing call) and the message says what happened (EXCEL_HOST_MESSAGES); a
//     sheet of ours the person protected is reported before anything is read or changed.
import { entryOf, type CombineEntry } from "../../combine";
import { cellsOf, parseRangeA1, quoteSheetName, rangeA1, rect, type PlanCell, type Rect } from "../../layout";
import { COMBINE_MARKER_NAMES, COMBINED_COLUMN, COMBINED_FIRST_ROW, COMBINED_LAST_COLUMN, combinedRowCells, lastColumnOf, combineSheetNames, planCombinedWorkbook, type LocatedFinding } from "../../layout/combined";
import { findReportKeys, parseReportName, reportName, type ReportNamePart } from "../../layout/names";
import { COMBINE_MESSAGES } from "../../messages/combine";
import { render, type Lang } from "../../messages/format";
import { FIGURE_COUNT, readFigureText, type AnyReport, type Figure } from "../../model";
import { EXCEL_HOST_MESSAGES } from "../../messages/excel-host";
import { CALL_OVERHEAD_BYTES, formulaCellValue, jsonBytes, WriteBudget } from "./apply";
import { READ_LIMITS, readRegions } from "./read";
import { countSyncs } from "./sync";

/** Cells per read request: figures and short texts, about 1.5–3 MB of answer (Excel sends at most 5 MB). */
export const READ_CELLS_PER_SYNC = 400_000;
/** Rows of an old combined sheet read back at most (its table is one row per report). */
export const MAX_OLD_ROWS = 100_000;
/** Measured request bytes per sync: half of the 5 MB Excel on the web takes, for what the estimate misses. */
export const WRITE_BYTES_PER_SYNC = 2_500_000;

export interface CombineInWorkbookOptions {
  /** Reports imported in the pane that are not on a sheet. */
  readonly reports?: readonly AnyReport[];
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
    out.push({ sheet, parts: areas });
  }
  return out;
}

/** The distinct areas of a report's names: what is read of its sheet (not the box around them). */
function areasToRead(ref: ReportSheetRef): Rect[] {
  const seen = new Map<string, Rect>();
  for (const r of [...ref.parts.values()].flat()) seen.set(rangeA1(r), r);
  return [...seen.values()];
}

/** The report's entry from the values of its areas (in the order of areasToRead). */
function entryFromAreas(ref: ReportSheetRef, areas: readonly Rect[], values: readonly Values[]): CombineEntry {
  const cell = new Map<string, unknown>();
  areas.forEach((a, i) => values[i].forEach((row, r) => row.forEach((v, c) => cell.set(`${a.top + r}:${a.left + c}`, v))));
  return entryFromValues(ref, (row, col) => cell.get(`${row}:${col}`));
}

function entryFromValues(ref: ReportSheetRef, at: (row: number, col: number) => unknown): CombineEntry {
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

/** A name that points at a deleted sheet reads `=#REF!$D$26:$J$50` (or `=#REF!`). */
const isStale = (formula: string) => /#REF!/i.test(formula);

export async function combineInWorkbook(context: Excel.RequestContext, options: CombineInWorkbookOptions = {}): Promise<CombineInWorkbookResult> {
  const lang = options.lang ?? "zh";
  const m = COMBINE_MESSAGES;
  const h = EXCEL_HOST_MESSAGES;
  const round = countSyncs(context);
  const sync = round.sync;
  const wb = context.workbook;
  wb.worksheets.load("items/name,items/protection/protected");
  wb.names.load("items/name,items/formula");
  await sync();

  const sheetList = wb.worksheets.items.map((s) => s.name);
  const sheetSet = new Set(sheetList.map((n) => n.toLowerCase()));
  const allNames = wb.names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  // Names of deleted sheets (#REF!) are skipped and, when they are ours, removed below.
  const staleOurs = allNames.filter((n) => isStale(n.formula) && (parseReportName(n.name) !== null || Object.values<string>(COMBINE_MARKER_NAMES).includes(n.name.toUpperCase())));
  const definedNames = allNames.filter((n) => !isStale(n.formula));
  const ours = ownSheets(definedNames, new Set(sheetList));
  const names = combineSheetNames(sheetList, ours);
  // A sheet of ours the person protected cannot be refreshed: say so before reading or changing anything.
  const locked = wb.worksheets.items.filter((s) => s.protection.protected && Object.values(ours).includes(s.name)).map((s) => s.name);
  if (locked.length > 0)
    return { status: "failed", reports: 0, kept: 0, pairs: 0, findings: [], sheets: names, message: render(h.combineProtected, { sheets: locked.join("、") }, lang), syncs: round.count, largestWrite: 0 };
  const found = reportSheetsOf(definedNames);
  const refs = found.filter((r) => sheetSet.has(r.sheet.toLowerCase()));
  const missing = found.filter((r) => !sheetSet.has(r.sheet.toLowerCase()));
  const staleReports = new Set(staleOurs.map((n) => parseReportName(n.name)?.key).filter((k) => k !== undefined)).size;

  // Refreshing: the old combined sheet's rows are read with the reports. Its marker names the
  // table's extent (Excel keeps it right when rows are inserted or deleted); a marker of one cell
  // (an older run, or the .xlsx host) costs one more round trip, for its agency column.
  const markerArea = ours.combined ? parseNameFormula(definedNames.find((n) => n.name.toUpperCase() === COMBINE_MARKER_NAMES.combined)?.formula ?? "")[0]?.range : undefined;
  let oldRect: Rect | null = markerArea && (markerArea.bottom > markerArea.top || markerArea.right > markerArea.left) ? markerArea : null;
  if (ours.combined && !oldRect) {
    // Its agency column says how far the rows go (bounded: a stray value far off is not a row).
    const column = wb.worksheets.getItem(ours.combined).getRange(rangeA1(rect(COMBINED_FIRST_ROW, COMBINED_COLUMN.agency, MAX_OLD_ROWS, COMBINED_COLUMN.agency)));
    column.load("values");
    await sync();
    const filled = (column.values as Values).map((row) => textOf(row[0]) !== null);
    const last = filled.lastIndexOf(true);
    if (last >= 0) oldRect = rect(1, 1, COMBINED_FIRST_ROW + last, COMBINED_LAST_COLUMN);
  }
  const areas = refs.map(areasToRead);
  const requests = [...refs.flatMap((ref, i) => areas[i].map((rect) => ({ sheet: ref.sheet, rect }))), ...(oldRect ? [{ sheet: ours.combined!, rect: oldRect }] : [])];
  const read = await readRegions(context, sync, requests, { ...READ_LIMITS, cellsPerSync: READ_CELLS_PER_SYNC });
  const entries: CombineEntry[] = [];
  let at = 0;
  refs.forEach((ref, i) => {
    entries.push(entryFromAreas(ref, areas[i], read.slice(at, at + areas[i].length).map((r) => r.values)));
    at += areas[i].length;
  });
  for (const report of options.reports ?? []) entries.push(entryOf(report));
  const previous = oldRect ? previousEntries(read[at].values, oldRect.top - 1, oldRect.left - 1) : [];

  let notes = "";
  if (staleReports > 0) notes += render(h.staleNames, { count: staleReports }, lang);
  if (missing.length > 0) notes += render(h.missingSheet, { count: missing.length, sheets: [...new Set(missing.map((r) => r.sheet))].join("、") }, lang);
  const base = { kept: 0, pairs: 0, findings: [] as LocatedFinding[], sheets: names };
  if (entries.length === 0 && previous.length === 0)
    return { ...base, status: "nothing", reports: 0, message: render(m.nothingToCombine, {}, lang) + notes, syncs: round.count, largestWrite: 0 };

  const book = planCombinedWorkbook(entries, previous, names, { withRows: false });
  const budget = new WriteBudget(sync, WRITE_BYTES_PER_SYNC);
  const added: (keyof typeof COMBINE_MARKER_NAMES)[] = [];
  try {
    // Stale names of ours go first: a deleted 合并表 leaves its marker behind, and Excel refuses
    // to add a name that exists.
    for (const n of staleOurs) await budget.add(CALL_OVERHEAD_BYTES, () => wb.names.getItem(n.name).delete());
    // Only sheets marked as ours are refreshed; a sheet of the person's that happens to be called
    // 汇总 is never touched (ours then gets another name).
    const prepared = async (kind: keyof typeof COMBINE_MARKER_NAMES): Promise<Excel.Worksheet> => {
      const name = names[kind];
      if (ours[kind] === undefined) {
        added.push(kind);
        let sheet!: Excel.Worksheet;
        await budget.add(3 * CALL_OVERHEAD_BYTES, () => {
          sheet = wb.worksheets.add(name);
          wb.names.add(COMBINE_MARKER_NAMES[kind], `=${quoteSheetName(name)}!$A$1`).visible = false;
        });
        return sheet;
      }
      const sheet = wb.worksheets.getItem(name);
      await budget.add(5 * CALL_OVERHEAD_BYTES, () => {
        sheet.autoFilter.remove();
        const all = sheet.getRange();
        all.unmerge();
        all.conditionalFormats.clearAll();
        all.clear("All");
      });
      return sheet;
    };
    const combinedSheet = await prepared("combined");
    const summarySheet = await prepared("summary");
    const findingsSheet = await prepared("findings");
    await budget.addPlan(combinedSheet, wb.names, book.combined.plan, { notes: false });
    await budget.addPlan(summarySheet, wb.names, book.summary, { notes: false });
    await budget.addPlan(findingsSheet, wb.names, book.findingsSheet, { notes: false });
    const rowCells = (i: number) => combinedRowCells(book.rows[i], book.combined.firstRow + i);
    // With a 2019 report among the rows, every row has the columns after the 200.
    const width = lastColumnOf(book.rows);
    for (const chunk of rowChunks(book.rows.length, book.combined.firstRow, width, rowCells, WRITE_BYTES_PER_SYNC / 2))
      await budget.add(chunk.bytes, () => {
        const range = combinedSheet.getRange(rangeA1(chunk.range));
        range.numberFormat = chunk.formats;
        range.formulas = chunk.formulas;
      });
    // The filter goes on once every row is there, with the last rows; the marker then names the
    // table's extent, for the next refresh.
    const extent = `=${quoteSheetName(names.combined)}!${rangeA1(rect(1, 1, book.combined.firstRow + book.rows.length - 1, width), true)}`;
    await budget.add(4 * CALL_OVERHEAD_BYTES, () => {
      combinedSheet.autoFilter.apply(combinedSheet.getRange(rangeA1(book.combined.filter)));
      combinedSheet.activate();
      wb.names.getItem(COMBINE_MARKER_NAMES.combined).formula = extent;
    });
    await budget.flush();
  } catch (err) {
    const message = render(h.combineFailed, { reason: reasonOf(err), cleanup: await rollBack(context, sync, names, added, ours, lang) }, lang);
    return { ...base, status: "failed", reports: 0, message, syncs: round.count, largestWrite: budget.largest };
  }
  const kept = book.rows.filter((r) => !r.present).length;
  const crossYear = book.pairs.reduce((n, p) => n + p.findings.filter((f) => f.status === "failed").length, 0);
  let message = render(m.combined, { count: book.rows.length, sheet: names.combined, summary: names.summary, pairs: book.pairs.length, findings: crossYear }, lang);
  if (kept > 0) message += render(m.keptMissing, { count: kept }, lang);
  message += notes;
  return { status: "combined", reports: book.rows.length, kept, pairs: book.pairs.length, findings: book.findings, sheets: names, message, syncs: round.count, largestWrite: budget.largest };
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * After a failure midway (Excel keeps what a batch did before the failing call): deletes the sheets
 * and markers this run added, so that a retry does not leave "合并表 (2)". Sheets refreshed in place
 * keep their marker, and the next run refreshes them again. Returns what to tell the person.
 */
async function rollBack(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  names: { combined: string; summary: string; findings: string },
  added: readonly (keyof typeof COMBINE_MARKER_NAMES)[],
  ours: { combined?: string; summary?: string; findings?: string },
  lang: Lang,
): Promise<string> {
  const h = EXCEL_HOST_MESSAGES;
  const refreshed = (["combined", "summary", "findings"] as const).filter((k) => ours[k] !== undefined).map((k) => names[k]);
  const half = refreshed.length > 0 ? render(h.combineRefreshHalf, { sheets: refreshed.join("、") }, lang) : "";
  if (added.length === 0) return half;
  try {
    const wb = context.workbook;
    const sheets = added.map((k) => wb.worksheets.getItemOrNullObject(names[k]));
    const markers = added.map((k) => wb.names.getItemOrNullObject(COMBINE_MARKER_NAMES[k]));
    for (const x of [...sheets, ...markers]) x.load("isNullObject");
    await sync();
    for (const x of [...sheets, ...markers]) if (!x.isNullObject) x.delete();
    await sync();
    return render(h.combineRolledBack, {}, lang) + half;
  } catch (err) {
    return render(h.combineRollbackFailed, { reason: reasonOf(err), sheets: added.map((k) => names[k]).join("、") }, lang) + half;
  }
}


interface RowChunk {
  readonly range: Rect;
  readonly formulas: (string | number)[][];
  readonly formats: string[][];
  readonly bytes: number;
}

/** Data rows as 2-D arrays, cut so that each request stays under `budget` bytes (UTF-8, JSON). */
function* rowChunks(count: number, firstRow: number, width: number, cellsOf: (i: number) => PlanCell[], budget: number): Generator<RowChunk> {
  let formulas: (string | number)[][] = [];
  let formats: string[][] = [];
  let bytes = 2 * CALL_OVERHEAD_BYTES;
  let first = 0;
  const flush = (last: number): RowChunk => ({ range: rect(firstRow + first, 1, firstRow + last, width), formulas, formats, bytes });
  for (let i = 0; i < count; i++) {
    const f = Array<string | number>(width).fill("");
    const n = Array<string>(width).fill("General");
    for (const c of cellsOf(i)) {
      f[c.col - 1] = formulaCellValue(c);
      if (c.numberFormat) n[c.col - 1] = c.numberFormat;
    }
    const size = jsonBytes(f) + jsonBytes(n) + 2;
    if (formulas.length > 0 && bytes + size > budget) {
      yield flush(i - 1);
      formulas = [];
      formats = [];
      bytes = 2 * CALL_OVERHEAD_BYTES;
      first = i;
    }
    formulas.push(f);
    formats.push(n);
    bytes += size;
  }
  if (formulas.length > 0) yield flush(count - 1);
}
