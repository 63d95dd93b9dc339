// Stored results of a combination's workbook: the combined sheet as a source read straight from
// the rows (it may be streamed, never held as cells), the 汇总, 核对结果 and any report sheets as plans.
import type { CellContent, SheetPlan } from "../plan";
import { WorkbookResults, type SheetSource } from "../results";
import { COMBINED_COLUMN, COMBINED_LAST_COLUMN, combinedRowCells } from "./combined-sheet";
import type { CombinedWorkbook } from "./workbook";

function combinedSource(book: CombinedWorkbook): SheetSource {
  const { plan, firstRow } = book.combined;
  const fixed = new Map<number, CellContent>();
  for (const c of plan.cells) fixed.set(c.row * 100_000 + c.col, c.content);
  let cached: { row: number; cells: Map<number, CellContent> } | null = null;
  return {
    name: plan.name,
    content(row, col) {
      const index = row - firstRow;
      const r = index >= 0 ? book.rows[index] : undefined;
      if (!r) return fixed.get(row * 100_000 + col);
      // A 2019 row's 不适用 cells and the columns after the 200 come from the row's own cells.
      if (col >= COMBINED_COLUMN.firstFigure && col <= COMBINED_LAST_COLUMN && r.format !== "2019") {
        const f = r.figures[col - COMBINED_COLUMN.firstFigure];
        return f === null || f === undefined ? undefined : { kind: "number", value: f };
      }
      if (cached?.row !== row) cached = { row, cells: new Map(combinedRowCells(r, row).map((c) => [c.col, c.content])) };
      return cached.cells.get(col);
    },
  };
}

export function combinedResults(book: CombinedWorkbook, reportSheets: readonly SheetPlan[] = []): WorkbookResults {
  return WorkbookResults.of([book.summary, ...book.yearSummaries, book.findingsSheet, ...reportSheets], [combinedSource(book)]);
}
