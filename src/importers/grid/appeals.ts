// Table 四 (复议诉讼) from a grid: each grid column takes its group (行政复议 · 未经复议直接起诉 ·
// 复议后起诉) and its column (结果维持 … 总计) from the header cells over it; the figures are the
// row under the header. A row of exactly fifteen cells is read by position when the header is odd.
// Tables laid out crosswise (one row per group) are read by appeals-crossed.ts.
import {
  APPEAL_COLUMN_COUNT,
  APPEAL_COUNT,
  APPEAL_GROUP_COUNT,
  appealIndex,
  labelKey,
  matchAppealColumn,
} from "../../model";
import { appealGroupOf, readCrossedAppeals } from "./appeals-crossed";
import { fileDiagnostic } from "./diagnostics";
import { cellsMoved, distinctCells, gridText, withRaggedRow, type GridCell, type GridTable } from "./grid";
import { setFigure, type AnyReading } from "./reading";

const HEADER_WORDS = /维持|纠正|其他结果|审结|总计|合计|行政复议|行政诉讼|直接起诉|复议后起诉/;

export function readAppeals(tables: readonly GridTable[], reading: AnyReading): boolean {
  for (const table of tables) {
    const text = labelKey(gridText(table));
    if (!text.includes("行政复议") || !/维持|纠正/.test(text)) continue;
    if (readCrossedAppeals(table, reading)) return true;
    const headerEnd = lastHeaderRow(table) + 1;
    const data = dataRow(table, headerEnd);
    if (!data) continue;
    const places = figurePlaces(table, headerEnd);
    const cells = distinctCells(data);
    const byPosition = places.size < APPEAL_COUNT && cells.length === APPEAL_COUNT;
    const dataRowIndex = table.rows.indexOf(data);
    const moved = table.tagged === true && !byPosition && dataRowIndex >= 0 && cellsMoved(data, places.values());
    const read = moved ? withRaggedRow(table, dataRowIndex) : table;
    for (let g = 1; g <= APPEAL_GROUP_COUNT; g++) {
      for (let c = 1; c <= APPEAL_COLUMN_COUNT; c++) {
        const i = appealIndex(g, c);
        const gridCol = places.get(i);
        if (!byPosition && gridCol === undefined) continue;
        const cell: GridCell | null = byPosition ? cells[i] : data[gridCol!];
        setFigure(reading, read, cell, { table: "appeals", group: g, col: c });
      }
    }
    if (!byPosition && places.size < APPEAL_COUNT)
      reading.diagnostics.push(fileDiagnostic("appeals-unplaced", "error", { found: places.size }, { table: "appeals" }));
    return true;
  }
  return false;
}

/**
 * The row of figures under the header. A row cut by a page break is two grid rows, one of them
 * empty (the header's last row continued at the top of the next page, or the figures' row begun at
 * the foot of the page): the part with text is the row.
 */
function dataRow(table: GridTable, headerEnd: number): GridTable["rows"][number] | undefined {
  const cut = table.pageBreaks?.includes(headerEnd) || table.pageBreaks?.includes(headerEnd + 1);
  const candidates = cut ? table.rows.slice(headerEnd, headerEnd + 2) : table.rows.slice(headerEnd, headerEnd + 1);
  return candidates.find((row) => row.some((cell) => cell && cell.text.trim() !== "")) ?? candidates[0];
}

function lastHeaderRow(table: GridTable): number {
  let last = -1;
  table.rows.forEach((row, r) => {
    if (distinctCells(row).some((c) => HEADER_WORDS.test(labelKey(c.text)))) last = r;
  });
  return last;
}

/** Index into `appeals` → the grid column holding that figure, from the header cells. */
function figurePlaces(table: GridTable, headerEnd: number): Map<number, number> {
  const places = new Map<number, number>();
  const width = table.rows[0]?.length ?? 0;
  for (let gridCol = 0; gridCol < width; gridCol++) {
    let group: number | null = null;
    let col: number | null = null;
    for (let r = 0; r < headerEnd; r++) {
      if (table.raggedRows?.includes(r)) continue; // a damaged header row names the wrong columns
      const cell = table.rows[r][gridCol];
      if (!cell) continue;
      group = appealGroupOf(cell.text) ?? group;
      col = matchAppealColumn(cell.text) ?? col;
    }
    if (group === null || col === null) continue;
    const i = appealIndex(group, col);
    if (!places.has(i)) places.set(i, gridCol);
  }
  return places;
}
