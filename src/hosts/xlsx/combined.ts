// The .xlsx of a combination — 合并表, 汇总, 核对结果, then (when given) the reports' own sheets —
// written with exceljs. No Node imports: the command line and the browser pane call the same
// function. The combined rows go out one by one from `combinedRowCells`, so with a streaming
// target (./stream.ts, Node only) 10,000 reports never sit in memory as cell objects.
import ExcelJS from "exceljs";
import { quoteSheetName, rangeA1, type SheetPlan } from "../../layout";
import { COMBINE_MARKER_NAMES, combinedResults, combinedRowCells, summaryPlans, yearSummaryMarker, type CombinedWorkbook } from "../../layout/combined";
import { addPlanToWorkbook, cellValueOf } from "./index";

/**
 * Where the sheets go: exceljs's in-memory workbook (the default, and all the browser has), or its
 * streaming WorkbookWriter, which shares every call used here and needs `commit()` on each row.
 */
export interface XlsxTarget {
  readonly workbook: ExcelJS.Workbook;
  /** Finishes the file and returns its bytes. */
  finish(): Promise<Uint8Array>;
}

export function inMemoryTarget(): XlsxTarget {
  const workbook = new ExcelJS.Workbook();
  return {
    workbook,
    finish: async () => new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
  };
}

export interface CombinedXlsxOptions {
  /** Sheets placed after the three of the combination (the reports' own sheets). */
  readonly reportSheets?: readonly SheetPlan[];
}

type Committable = { commit?: () => void };
const commit = (x: unknown) => (x as Committable).commit?.();

export async function writeCombinedXlsx(book: CombinedWorkbook, options: CombinedXlsxOptions = {}, target: XlsxTarget = inMemoryTarget()): Promise<Uint8Array> {
  const wb = target.workbook;
  wb.creator = "xxgk-sheets";
  wb.calcProperties = { fullCalcOnLoad: true };
  const reportSheets = options.reportSheets ?? [];
  const results = combinedResults(book, reportSheets);
  const header = { ...book.combined.plan, cells: book.combined.plan.cells.filter((c) => c.row < book.combined.firstRow) };
  const ws = addPlanToWorkbook(wb, header);
  ws.autoFilter = rangeA1(book.combined.filter);
  book.rows.forEach((r, i) => {
    const row = ws.getRow(book.combined.firstRow + i);
    for (const c of combinedRowCells(r, book.combined.firstRow + i)) {
      const cell = row.getCell(c.col);
      cell.value = cellValueOf(c.content, c.content.kind === "formula" ? results.resultAt(book.combined.plan.name, c.row, c.col) : undefined);
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    }
    commit(row);
  });
  commit(ws);
  for (const plan of [...summaryPlans(book), book.findingsSheet, ...reportSheets]) commit(addPlanToWorkbook(wb, plan, results));
  // Marked as ours: combining again in Excel refreshes these sheets instead of adding new ones.
  const marked = [book.combined.plan.name, book.summary.name, book.findingsSheet.name];
  (["combined", "summary", "findings"] as const).forEach((kind, i) => wb.definedNames.add(`${quoteSheetName(marked[i])}!$A$1`, COMBINE_MARKER_NAMES[kind]));
  book.yearSummaries.forEach((plan, i) => wb.definedNames.add(`${quoteSheetName(plan.name)}!$A$1`, yearSummaryMarker(i + 1)));
  return target.finish();
}
