// Table 二 of the older 2019 format from a grid: rows by their labels (规章, 规范性文件, 行政许可,
// 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费, 政府集中采购); each block's columns by the
// header row above it (本年新制作数量 …, 上一年项目数量 · 本年增/减 · 处理决定数量, 采购项目数量 ·
// 采购总金额), else by position after the label.
import { labelKey, matchActiveColumn2019, matchActiveRow2019, PROCUREMENT_AMOUNT_ITEM } from "../../model";
import { fileDiagnostic } from "./diagnostics";
import { distinctCells, type GridCell, type GridTable } from "./grid";
import { readItemTables } from "./item-tables";
import { setFigure, type Reading2019 } from "./reading";

/** Words of the 2019 table 二's headers. */
const ACTIVE_HEADER_2019 = /第二十条|新制作|新公开|公开总数|上一年|增\/?减|处理决定|采购/;

interface Row2019 {
  table: GridTable;
  row: readonly (GridCell | null)[];
  label: GridCell;
  items: readonly number[];
  /** Grid column of each position (0-based k) from the nearest header row above. */
  header: Map<number, number> | null;
  /** The header said the amount is in 元. */
  yuan: boolean;
}

export function readActive2019(tables: readonly GridTable[], reading: Reading2019): boolean {
  return readItemTables(tables, ACTIVE_HEADER_2019, activeRows, (r) => readRow(r, reading));
}

function activeRows(table: GridTable): Row2019[] {
  const out: Row2019[] = [];
  let header: Map<number, number> | null = null;
  let yuan = false;
  for (const row of table.rows) {
    const cells = distinctCells(row);
    const columns = headerColumns(cells);
    if (columns) {
      header = columns.map;
      yuan = columns.yuan;
      continue;
    }
    const label = cells.find((cell) => matchActiveRow2019(cell.text));
    if (label) out.push({ table, row, label, items: matchActiveRow2019(label.text)!.items, header, yuan });
  }
  return out;
}

/** A header row naming at least two columns of one block: grid column of each position. */
function headerColumns(cells: readonly GridCell[]): { map: Map<number, number>; yuan: boolean } | null {
  const map = new Map<number, number>();
  let yuan = false;
  for (const cell of cells) {
    const col = matchActiveColumn2019(cell.text);
    if (!col || map.has(col.k)) continue;
    map.set(col.k, cell.col);
    if (col.kind === "procurement" && col.k === 1) yuan = /[(（]?(单位[:：])?元[)）]?$/.test(labelKey(cell.text)) && !labelKey(cell.text).includes("万元");
  }
  return map.size >= 2 ? { map, yuan } : null;
}

function readRow(r: Row2019, reading: Reading2019): void {
  const after = distinctCells(r.row).filter((c) => c.col > r.label.col);
  const cells = r.items.map((_, k) => {
    const col = r.header?.get(k);
    return col !== undefined && r.row[col] && r.row[col] !== r.label ? r.row[col] : (after[k] ?? null);
  });
  r.items.forEach((item, k) => setFigure(reading, r.table, cells[k], { table: "active", item }));
  const amount = reading.report.active[PROCUREMENT_AMOUNT_ITEM - 1];
  // The header gives the amount in 元 and the cell holds a bare number: converted, and said.
  if (r.yuan && r.items.includes(PROCUREMENT_AMOUNT_ITEM) && amount !== null && !/元/.test(cells[1]?.text ?? "")) {
    const value = Math.round(amount) / 10000;
    reading.report.active[PROCUREMENT_AMOUNT_ITEM - 1] = value;
    reading.diagnostics.push(fileDiagnostic("amount-unit-yuan", "info", { value }, { table: "active", item: PROCUREMENT_AMOUNT_ITEM }));
  }
}
