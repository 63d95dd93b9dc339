// Table 二 in either format: which tables of the document carry it, and each item row read once.
import { labelKey } from "../../model";
import { gridText, type GridTable } from "./grid";

/**
 * Reads every item row of the tables that carry table 二 (its header words, or the rest of the
 * previous one after a page break), each item once; returns whether any table did.
 */
export function readItemTables<R extends { readonly items: readonly number[] }>(
  tables: readonly GridTable[],
  header: RegExp,
  rowsOf: (table: GridTable) => R[],
  readRow: (row: R) => void,
): boolean {
  const done = new Set<number>();
  let previous = -2;
  for (const table of tables) {
    const rows = rowsOf(table);
    // One item row alone is a table only as the rest of the previous one (after a page break);
    // a site's menu (行政许可 · 行政处罚 links) has the row words but none of the header's.
    const kinds = new Set(rows.map((r) => r.items[0])).size;
    const continues = kinds >= 1 && table.index === previous + 1;
    if (!continues && (kinds < 2 || !header.test(labelKey(gridText(table))))) continue;
    previous = table.index;
    for (const r of rows) {
      if (r.items.every((item) => done.has(item))) continue;
      readRow(r);
      for (const item of r.items) done.add(item);
    }
  }
  return done.size > 0;
}
