// Which tables of a document are the report's, told by their cells: a short cell naming a row or
// column of the three tables. Nav bars and layout tables (long prose in cells) never do.
import { matchActiveRow, matchAppealColumn, matchRequestColumn, matchRequestRow } from "../../model";
import { distinctCells, type GridTable } from "./grid";

const SHORT_CELL = 60;

export function looksLikeReportTable(table: GridTable): boolean {
  let hits = 0;
  for (const row of table.rows)
    for (const cell of distinctCells(row)) {
      if (cell.text.length > SHORT_CELL) continue;
      if (matchActiveRow(cell.text) || matchRequestColumn(cell.text) || matchAppealColumn(cell.text) || matchRequestRow(cell.text)) hits++;
      if (hits >= 3) return true;
    }
  return false;
}
