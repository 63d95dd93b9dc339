// 汇总与校验 › 校验工作簿: finds report tables on every sheet of the open workbook, whoever typed
// them, and checks them (src/scan).
//
// Contract for the task pane:
//   validateWorkbookInExcel(context, { highlight?, findingsSheet?, lang? }) → WorkbookCheckResult
//   - reads each sheet's used range (values + merged areas), in chunks of at most
//     READ_CELLS_PER_SYNC cells; the sheets a combination wrote (marked by hidden names, see
//     COMBINE_MARKER_NAMES) are skipped, a person's own sheet called 汇总 is not;
//   - `findings`: every finding with `sheet` and `cell` (A1) — give them to selectCell() to jump;
//   - highlight (default true): fills the cell of each failed finding red (#FFC7CE). Only the
//     fill changes, never a value; fills are not removed later (a fill the person made cannot be
//     told from ours), rerunning fills only what is still wrong;
//   - findingsSheet (default false): also writes a 核对结果 sheet whose links select each cell.
import type { Rect } from "../../layout";
import { buildFindingsSheetPlan, combineSheetNames, markedCombineSheets } from "../../layout/combined";
import { COMBINE_MESSAGES } from "../../messages/combine";
import { render, type Lang } from "../../messages/format";
import { validateSheets, type CellValue, type SheetCells, type SheetFinding } from "../../scan";
import { queuePlan } from "./apply";
import { parseNameFormula } from "./combine";
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

export async function validateWorkbookInExcel(context: Excel.RequestContext, options: ValidateOptions = {}): Promise<WorkbookCheckResult> {
  const lang = options.lang ?? "zh";
  const round = countSyncs(context);
  const sync = round.sync;
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,items/formula");
  await sync();
  const ours = markedCombineSheets(wb.names.items.map((n) => ({ name: n.name, reference: String(n.formula) })));
  const all = wb.worksheets.items.filter((s) => !ours.has(s.name));
  const used = all.map((s) => {
    const range = s.getUsedRangeOrNullObject(true);
    range.load("rowCount,columnCount");
    return { sheet: s, range };
  });
  await sync();

  const sheets: SheetCells[] = [];
  const present = used.filter((u) => !u.range.isNullObject);
  for (let i = 0; i < present.length; ) {
    const batch: { name: string; range: Excel.Range; merged: Excel.RangeAreas }[] = [];
    let cells = 0;
    for (; i < present.length && (batch.length === 0 || cells < READ_CELLS_PER_SYNC); i++) {
      const { sheet, range } = present[i];
      range.load("values,rowIndex,columnIndex");
      const merged = range.getMergedAreasOrNullObject();
      merged.load("address");
      batch.push({ name: sheet.name, range, merged });
      cells += range.rowCount * range.columnCount;
    }
    await sync();
    for (const b of batch) sheets.push(sheetCellsOf(b.name, b.range, b.merged));
  }

  const validation = validateSheets(sheets);
  const failed = validation.findings.filter((f) => f.status === "failed" && f.cell);
  const targets = [...new Set(failed.map((f) => `${f.sheet}\u0000${f.cell}`))];
  const highlight = options.highlight ?? true;
  if (highlight) for (const t of targets) {
    const [sheet, cell] = t.split("\u0000");
    wb.worksheets.getItem(sheet).getRange(cell).format.fill.color = HIGHLIGHT_FILL;
  }
  if (options.findingsSheet) {
    const name = combineSheetNames(wb.worksheets.items.map((s) => s.name)).findings;
    const plan = buildFindingsSheetPlan(
      name,
      validation.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, agency: f.agency, year: f.year, rule: f.rule, severity: f.severity, message: f.message })),
    );
    queuePlan(wb.worksheets.add(name), wb.names, plan, { notes: false });
  }
  if ((highlight && targets.length > 0) || options.findingsSheet) await sync();

  let message = lang === "zh" ? validation.message : validation.message_en;
  if (highlight && targets.length > 0) message += render(COMBINE_MESSAGES.highlighted, { count: targets.length }, lang);
  return { sheets: sheets.length, reports: validation.reports, findings: validation.findings, highlighted: highlight ? targets.length : 0, message, syncs: round.count };
}

/** Selects a finding's cell for the person (the pane's link). */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

function sheetCellsOf(name: string, range: Excel.Range, merged: Excel.RangeAreas): SheetCells {
  const top = range.rowIndex;
  const left = range.columnIndex;
  const values: CellValue[][] = Array.from({ length: top }, () => []);
  for (const row of range.values as unknown[][]) values.push([...Array<CellValue>(left).fill(null), ...row.map((v) => (v === "" ? null : (v as CellValue)))]);
  const merges: Rect[] = merged.isNullObject ? [] : parseNameFormula(merged.address).map((a) => a.range);
  return { name, values, merges };
}

