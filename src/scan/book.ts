// The reports of a whole workbook, as the project writes them and as people make them:
// - report sheets, by their defined names (XXGK_<key>_active/requests/appeals, ../layout/names.ts),
//   and by their labels when those names are gone or broken;
// - the rows of a combined sheet (合并表), by the labels of its three header rows, each row a report
//   unless a report sheet of the same agency and year is in the workbook (that sheet is read);
// - tables typed anywhere else, by their labels (./scan.ts).
// The 汇总 and 核对结果 of a combination are never read as reports. Pure: the sheets come as values.
import { agencyKey } from "../checks";
import { cellA1, cellsOf, parseRangeA1, rect, type Rect } from "../layout/geometry";
import { COMBINED_COLUMN, COMBINED_HEADER_ROWS } from "../layout/combined/combined-sheet";
import { COMBINE_MARKER_NAMES, markedCombineSheets } from "../layout/combined/workbook";
import { findReportKeys, reportName } from "../layout/names";
import { COMBINE_MESSAGES } from "../messages/combine";
import { RECHECK_MESSAGES } from "../messages/checks";
import { FIGURE_SLOTS, FIGURE_SLOTS_2019, appealIndex, emptyReport, emptyReport2019, labelKey, type Figure, type Report, type Report2019 } from "../model";
import { scanSheet, type ScannedReport, type SheetScan } from "./scan";
import { cellMatrix, cellText, type CellValue, type SheetCells } from "./sheet";

export interface WorkbookCells {
  readonly sheets: readonly SheetCells[];
  /** Defined names with what each refers to (`'Sheet'!$D$8:$F$9`), one entry per area. */
  readonly names: readonly { readonly name: string; readonly reference: string }[];
}

export function scanWorkbook(book: WorkbookCells): SheetScan[] {
  const marked = markedCombineSheets(book.names);
  const combinedMarked = markedCombineSheets(book.names.filter((n) => n.name.toUpperCase() === COMBINE_MARKER_NAMES.combined));
  const byName = new Map(book.sheets.map((s) => [s.name, s]));
  const scans = new Map<string, SheetScan>();
  const add = (sheet: string, report: ScannedReport) => {
    const scan = scans.get(sheet) ?? { sheet, reports: [], rejected: [] };
    scan.reports.push(report);
    scans.set(sheet, scan);
  };

  // Report sheets by their names.
  const named = new Set<string>();
  for (const key of findReportKeys(book.names.map((n) => n.name)).keys()) {
    const read = readNamedReport(key, book, byName);
    if (!read || marked.has(read.sheet)) continue;
    named.add(read.sheet);
    add(read.sheet, read);
  }
  // Everything else that is not a combination's own sheet, by its labels.
  const combinedSheets = book.sheets.filter((s) => !named.has(s.name) && (combinedMarked.has(s.name) || (!marked.has(s.name) && looksCombined(s))));
  for (const sheet of book.sheets) {
    if (named.has(sheet.name) || marked.has(sheet.name) || combinedSheets.includes(sheet)) continue;
    const scan = scanSheet(sheet);
    if (scan.reports.length > 0 || scan.rejected.length > 0) scans.set(sheet.name, scan);
  }
  // Last, the 合并表 rows of reports not found on a sheet of their own.
  const own = [...scans.values()].flatMap((s) => s.reports);
  for (const sheet of combinedSheets) for (const row of readCombinedRows(sheet)) if (!own.some((r) => sameReport(r.report, row.report))) add(sheet.name, row);
  // In the workbook's sheet order.
  return book.sheets.flatMap((s) => (scans.has(s.name) ? [scans.get(s.name)!] : []));
}

const sameReport = (a: Pick<Report, "agency" | "year">, b: Pick<Report, "agency" | "year">) => a.year === b.year && !!a.agency && !!b.agency && agencyKey(a.agency) === agencyKey(b.agency);

function parseReference(reference: string): { sheet: string; area: Rect } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(reference.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area: parseRangeA1(m[3].replace(/\$/g, "")) };
}

const valueAt = (sheet: SheetCells, row: number, col: number): CellValue => sheet.values[row - 1]?.[col - 1] ?? null;

/** A figure cell: a number, else null (blank: not read; text: not a figure). */
function figureOf(v: CellValue): Figure {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

/** One report sheet through its names; null when a name is missing, broken or off its sheet. */
function readNamedReport(key: string, book: WorkbookCells, sheets: Map<string, SheetCells>): ScannedReport | null {
  const areas = (part: Parameters<typeof reportName>[1]) =>
    book.names.filter((n) => n.name.toUpperCase() === reportName(key, part).toUpperCase()).map((n) => parseReference(n.reference));
  const parts = { active: areas("active"), requests: areas("requests"), appeals: areas("appeals") };
  const all = [...parts.active, ...parts.requests, ...parts.appeals];
  if (all.length === 0 || all.some((a) => a === null)) return null;
  const sheetName = all[0]!.sheet;
  const sheet = sheets.get(sheetName);
  if (!sheet || all.some((a) => a!.sheet !== sheetName)) return null;
  const cells = all.flatMap((a) => cellsOf(a!.area));
  // 200 figures: a 2021 sheet; 198: a sheet in the 2019 layout (../layout/report/active2019.ts).
  const old = cells.length === FIGURE_SLOTS_2019.length;
  if (cells.length !== FIGURE_SLOTS.length && !old) return null;
  const figures = cells.map((c) => figureOf(valueAt(sheet, c.row, c.col)));
  const report: Report | Report2019 = old ? emptyReport2019() : emptyReport();
  (old ? FIGURE_SLOTS_2019 : FIGURE_SLOTS).forEach((s, i) => {
    if (s.table === "active") report.active[s.item! - 1] = figures[i];
    else if (s.table === "appeals") report.appeals[appealIndex(s.group!, s.col!)] = figures[i];
    else report.requests[s.row! - 1][s.col! - 1] = figures[i];
  });
  const single = (part: "agency" | "year" | "file") => {
    const a = areas(part)[0];
    return a && a.sheet === sheetName ? valueAt(sheet, a.area.top, a.area.left) : null;
  };
  const agency = cellText(single("agency") ?? undefined).trim();
  const year = figureOf(single("year"));
  const file = cellText(single("file") ?? undefined).trim();
  report.agency = agency === "" || agency === COMBINE_MESSAGES.unknownAgency.zh ? null : agency;
  report.year = year !== null && Number.isInteger(year) ? year : null;
  if (file) report.file = file;
  const said = narrativeOf(sheet);
  if (said !== null) report.narrative_new = said;
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return {
    sheet: sheetName,
    report,
    cells: cells.map((c) => cellA1(c.row, c.col)),
    area: rect(Math.min(...rows), Math.min(...cols), Math.max(...rows), Math.max(...cols)),
  };
}

/** The prose's number on a report sheet: the number right of its label (../layout/report/findings.ts). */
function narrativeOf(sheet: SheetCells): number | null {
  const label = labelKey(RECHECK_MESSAGES.narrativeLabel.zh);
  for (const row of sheet.values) {
    const at = row.findIndex((v) => typeof v === "string" && labelKey(v) === label);
    if (at < 0) continue;
    for (let c = at + 1; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === "") continue;
      return figureOf(v);
    }
    return null;
  }
  return null;
}

/** Header triple (table · row · column) of each figure, normalised, → its slot index. */
const SLOT_BY_HEADERS = new Map(FIGURE_SLOTS.map((s) => [s.headers.map(labelKey).join("|"), s.index]));
const FIXED_HEADERS = {
  agency: COMBINE_MESSAGES.columnAgency.zh,
  year: COMBINE_MESSAGES.columnYear.zh,
  file: COMBINE_MESSAGES.columnFile.zh,
  sheet: COMBINE_MESSAGES.columnSheet.zh,
} as const;

interface CombinedColumns {
  readonly fixed: Partial<Record<keyof typeof FIXED_HEADERS, number>>;
  /** Slot index → 1-based column. */
  readonly figures: Map<number, number>;
}

/** The columns of a 合并表 found by the labels of its header rows. */
function combinedColumns(sheet: SheetCells): CombinedColumns {
  const { cells, width } = cellMatrix({ ...sheet, values: sheet.values.slice(0, COMBINED_HEADER_ROWS) });
  const header = (r: number, c: number) => labelKey(cells[r]?.[c]?.text ?? "");
  const fixed: CombinedColumns["fixed"] = {};
  const figures = new Map<number, number>();
  for (let c = 0; c < width; c++) {
    for (const [k, text] of Object.entries(FIXED_HEADERS)) if (header(0, c) === labelKey(text)) fixed[k as keyof typeof FIXED_HEADERS] ??= c + 1;
    const slot = SLOT_BY_HEADERS.get([0, 1, 2].map((r) => header(r, c)).join("|"));
    if (slot !== undefined && !figures.has(slot)) figures.set(slot, c + 1);
  }
  return { fixed, figures };
}

/** A sheet whose header rows name the agency column and most figure columns: a combined sheet. */
function looksCombined(sheet: SheetCells): boolean {
  const head = cellText(valueAt(sheet, 1, COMBINED_COLUMN.agency) ?? undefined);
  if (labelKey(head) !== labelKey(FIXED_HEADERS.agency)) return false;
  return combinedColumns(sheet).figures.size >= FIGURE_SLOTS.length * 0.9;
}

/** Each row under the headers that names an agency or holds a figure, as a report with its cells. */
function readCombinedRows(sheet: SheetCells): ScannedReport[] {
  const { fixed, figures } = combinedColumns(sheet);
  if (figures.size < FIGURE_SLOTS.length * 0.9) return [];
  const out: ScannedReport[] = [];
  for (let row = COMBINED_HEADER_ROWS + 1; row <= sheet.values.length; row++) {
    const text = (col: number | undefined) => (col === undefined ? "" : cellText(valueAt(sheet, row, col) ?? undefined).trim());
    const values = FIGURE_SLOTS.map((s) => {
      const col = figures.get(s.index);
      return col === undefined ? null : figureOf(valueAt(sheet, row, col));
    });
    const agency = text(fixed.agency);
    if (agency === "" && values.every((v) => v === null)) continue;
    const report: Report = emptyReport();
    FIGURE_SLOTS.forEach((s, i) => {
      if (s.table === "active") report.active[s.item! - 1] = values[i];
      else if (s.table === "appeals") report.appeals[appealIndex(s.group!, s.col!)] = values[i];
      else report.requests[s.row! - 1][s.col! - 1] = values[i];
    });
    const year = figureOf(valueAt(sheet, row, fixed.year ?? 0));
    report.agency = agency === "" || agency === COMBINE_MESSAGES.unknownAgency.zh ? null : agency;
    report.year = year !== null && Number.isInteger(year) ? year : null;
    if (text(fixed.file)) report.file = text(fixed.file);
    const cols = [...figures.values()];
    out.push({
      sheet: sheet.name,
      report,
      cells: FIGURE_SLOTS.map((s) => (figures.has(s.index) ? cellA1(row, figures.get(s.index)!) : null)),
      area: rect(row, 1, row, Math.max(...cols)),
    });
  }
  return out;
}
