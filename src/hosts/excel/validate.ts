// 汇总与校验 › 校验工作簿: finds report tables on every sheet of the open workbook, whoever typed
// them, and checks them (src/scan).
//
// Contract for the task pane:
//   validateWorkbookInExcel(context, { highlight?, findingsSheet?, lang? }) → WorkbookCheckResult
//   - reads each sheet's used range (values + merged areas), bounded (MAX_SCAN_CELLS, a note when
//     cut), in requests of at most READ_CELLS_PER_SYNC cells and merges in bands (./read.ts); the
//     sheets a combination wrote (marked by hidden names, see COMBINE_MARKER_NAMES) are skipped,
//     a person's own sheet called 汇总 is not; merged areas need ExcelApi 1.13 (without it the
//     sheets are read as unmerged, and the message says so);
//   - `findings`: every finding with `sheet` and `cell` (A1) — give them to selectCell() to jump;
//   - highlight (default true): fills the cell of each failed finding red (#FFC7CE). Only the
//     fill changes, never a value; fills are not removed later (a fill the person made cannot be
//     told from ours), rerunning fills only what is still wrong; a protected sheet gets no fill
//     (its findings are still listed, the message says so), and a failed fill loses no finding;
//   - findingsSheet (default false): also writes a 核对结果 sheet whose links select each cell.
import { rect, type Rect } from "../../layout";
import { buildFindingsSheetPlan, combineSheetNames, markedCombineSheets } from "../../layout/combined";
import { COMBINE_MESSAGES } from "../../messages/combine";
import { render, type Lang } from "../../messages/format";
import { validateSheets, type CellValue, type SheetCells, type SheetFinding } from "../../scan";
import { EXCEL_HOST_MESSAGES } from "../../messages/excel-host";
import { CALL_OVERHEAD_BYTES, jsonBytes, WriteBudget } from "./apply";
import { WRITE_BYTES_PER_SYNC } from "./combine";
import { READ_LIMITS, readRegions, type CellValues } from "./read";
import { MERGED_AREAS_API, supports } from "./requirements";
import { countSyncs } from "./sync";

export const READ_CELLS_PER_SYNC = 150_000;
export const HIGHLIGHT_FILL = "#FFC7CE";

export interface ValidateOptions {
  readonly highlight?: boolean;
  readonly findingsSheet?: boolean;
  readonly lang?: Lang;
}

export interface WorkbookCheckResult {
  readonly sheets: number;
  readonly reports: readonly { readonly sheet: string; readonly agency: string | null; readonly year: number | null; readonly area: string }[];
  readonly findings: readonly SheetFinding[];
  /** Cells filled red. */
  readonly highlighted: number;
  readonly message: string;
  readonly syncs: number;
}

/** The bounded region read of one sheet: a stray cell far away must not make a read of billions. */
export const MAX_SCAN_COLUMNS = 256;
export const MAX_SCAN_CELLS = 1_000_000;

export async function validateWorkbookInExcel(context: Excel.RequestContext, options: ValidateOptions = {}): Promise<WorkbookCheckResult> {
  const lang = options.lang ?? "zh";
  const h = EXCEL_HOST_MESSAGES;
  const round = countSyncs(context);
  const sync = round.sync;
  const wb = context.workbook;
  wb.worksheets.load("items/name,items/protection/protected");
  wb.names.load("items/name,items/formula");
  await sync();
  const ours = markedCombineSheets(wb.names.items.map((n) => ({ name: n.name, reference: String(n.formula) })));
  const all = wb.worksheets.items.filter((s) => !ours.has(s.name));
  const isProtected = new Set(wb.worksheets.items.filter((s) => s.protection.protected).map((s) => s.name));
  const used = all.map((s) => {
    const range = s.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: s.name, range };
  });
  await sync();

  let notes = "";
  const present = used.filter((u) => !u.range.isNullObject);
  const withMerges = supports("ExcelApi", MERGED_AREAS_API);
  if (!withMerges && present.length > 0) notes += render(h.mergesUnsupported, {}, lang);
  const regions = present.map(({ name, range }) => {
    const cols = Math.min(range.columnCount, MAX_SCAN_COLUMNS);
    const rows = Math.min(range.rowCount, Math.floor(MAX_SCAN_CELLS / cols));
    if (rows < range.rowCount || cols < range.columnCount)
      notes += render(h.sheetTruncated, { sheet: name, rows: range.rowCount, cols: range.columnCount, readRows: rows, readCols: cols }, lang);
    const top = range.rowIndex + 1;
    const left = range.columnIndex + 1;
    return { sheet: name, rect: rect(top, left, top + rows - 1, left + cols - 1), merges: withMerges };
  });
  const read = await readRegions(context, sync, regions, { ...READ_LIMITS, cellsPerSync: READ_CELLS_PER_SYNC });
  const sheets: SheetCells[] = regions.map((region, i) => {
    if (read[i].mergeError) notes += render(h.mergesUnread, { sheet: region.sheet, reason: read[i].mergeError }, lang);
    return sheetCellsOf(region.sheet, region.rect, read[i].values, read[i].merges);
  });

  const validation = validateSheets(sheets);
  const failed = validation.findings.filter((f) => f.status === "failed" && f.cell);
  const targets = [...new Set(failed.map((f) => `${f.sheet}\u0000${f.cell}`))].map((t) => t.split("\u0000") as [string, string]);
  const highlight = options.highlight ?? true;
  let highlighted = 0;
  if (highlight) {
    // A protected sheet refuses the fill: its findings are still listed, and the message says so.
    const skipped = [...new Set(targets.filter(([sheet]) => isProtected.has(sheet)).map(([sheet]) => sheet))];
    const open = targets.filter(([sheet]) => !isProtected.has(sheet));
    if (skipped.length > 0) notes += render(h.protectedSkipped, { sheets: skipped.join("、") }, lang);
    if (open.length > 0) {
      const budget = new WriteBudget(sync, WRITE_BYTES_PER_SYNC);
      try {
        for (const [sheet, cell] of open) await budget.add(CALL_OVERHEAD_BYTES + jsonBytes([sheet, cell, HIGHLIGHT_FILL]), () => void (wb.worksheets.getItem(sheet).getRange(cell).format.fill.color = HIGHLIGHT_FILL));
        await budget.flush();
        highlighted = open.length;
      } catch (err) {
        notes += render(h.highlightFailed, { reason: reasonOf(err) }, lang);
      }
    }
  }
  if (options.findingsSheet) {
    const name = combineSheetNames(wb.worksheets.items.map((s) => s.name)).findings;
    const plan = buildFindingsSheetPlan(
      name,
      validation.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, agency: f.agency, year: f.year, rule: f.rule, severity: f.severity, message: f.message })),
    );
    const budget = new WriteBudget(sync, WRITE_BYTES_PER_SYNC);
    try {
      let sheet!: Excel.Worksheet;
      await budget.add(CALL_OVERHEAD_BYTES, () => void (sheet = wb.worksheets.add(name)));
      await budget.addPlan(sheet, wb.names, plan, { notes: false });
      await budget.flush();
    } catch (err) {
      notes += render(h.findingsSheetFailed, { reason: reasonOf(err) }, lang);
      try {
        const left = wb.worksheets.getItemOrNullObject(name);
        left.load("isNullObject");
        await sync();
        if (!left.isNullObject) {
          left.delete();
          await sync();
        }
      } catch {
        // the message already says it failed
      }
    }
  }

  let message = lang === "zh" ? validation.message : validation.message_en;
  if (highlighted > 0) message += render(COMBINE_MESSAGES.highlighted, { count: highlighted }, lang);
  message += notes;
  return { sheets: sheets.length, reports: validation.reports, findings: validation.findings, highlighted, message, syncs: round.count };
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Selects a finding's cell for the person (the pane's link). */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

function sheetCellsOf(name: string, region: Rect, rows: CellValues, merged: Rect[]): SheetCells {
  const values: CellValue[][] = Array.from({ length: region.top - 1 }, () => []);
  for (const row of rows) values.push([...Array<CellValue>(region.left - 1).fill(null), ...row.map((v) => (v === "" ? null : (v as CellValue)))]);
  return { name, values, merges: merged };
}
