// Table 二 of the older 2019 format, in its official shape: one block per article of 第二十条, each
// with its own 信息内容 header row of two or three columns (本年新制作数量 · 本年新公开数量 · 对外公开总数量;
// 上一年项目数量 · 本年增/减 · 处理决定数量; 采购项目数量 · 采购总金额). 本年增/减 may be negative: its
// check asks only for a whole number. Its own table, never the 2021 table 二's cells.
import { ACTIVE_BLOCKS_2019, ACTIVE_ITEMS_2019, TABLES, type ActiveItem } from "../../model";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { cellA1, rect, type Rect } from "../geometry";
import { notWholeRule } from "./checks";
import { closeItemTable, putFigure, type PlacedTable, type TableContext } from "./common";
import { COLUMN, MARK, STYLE } from "./style";

const BLOCK_WIDTH = 3;
const CHECK = COLUMN.firstFigure + BLOCK_WIDTH;
const UNCHECKABLE = `"${LAYOUT_MESSAGES.uncheckable.zh}"`;

/** Whether a figure breaks its item's kind: a count ≥ 0 and whole, 本年增/减 whole, the amount ≥ 0. */
function badCondition(it: ActiveItem, at: string): string {
  if (it.signed) return `${at}<>INT(${at})`;
  if (it.decimal) return `${at}<0`;
  return `OR(${at}<0,${at}<>INT(${at}))`;
}

function highlightRule(it: ActiveItem, at: string): string {
  if (it.signed) return `=AND(ISNUMBER(${at}),${at}<>INT(${at}))`;
  if (it.decimal) return `=AND(ISNUMBER(${at}),${at}<0)`;
  return notWholeRule(at);
}

export function placeActive2019({ b, report, top }: TableContext): PlacedTable {
  const m = LAYOUT_MESSAGES;
  const F = COLUMN.firstFigure;
  b.mergedText(rect(top, COLUMN.group, top, COLUMN.check), TABLES[0].title, STYLE.tableTitle);
  let row = top + 1;
  const cellOfItem = new Map<number, Rect>();
  const checks: Rect[] = [];
  for (const block of ACTIVE_BLOCKS_2019) {
    const items = block.items.map((i) => ACTIVE_ITEMS_2019[i - 1]);
    const columns = [...new Set(items.map((it) => it.column))];
    // Two columns: the second spans the last two, as the template prints it.
    const span = (k: number) => (columns.length === 2 && k === 1 ? rect(0, F + 1, 0, F + 2) : rect(0, F + k, 0, F + k));
    const at = (r: number, k: number) => ({ ...span(k), top: r, bottom: r });
    b.mergedText(rect(row, COLUMN.group, row, F + BLOCK_WIDTH - 1), block.article, STYLE.header);
    row++;
    b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), m.infoContent.zh, STYLE.header);
    columns.forEach((c, k) => b.mergedText(at(row, k), c, STYLE.header));
    b.mergedText(rect(row, CHECK), m.checkHeader.zh, STYLE.header).height(row, 30);
    row++;
    for (const label of [...new Set(items.map((it) => it.label))]) {
      const own = items.filter((it) => it.label === label);
      b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), label, STYLE.label);
      b.style(rect(row, F, row, F + BLOCK_WIDTH - 1), STYLE.figure);
      const conditions: string[] = [];
      own.forEach((it, k) => {
        const area = at(row, k);
        putFigure(b, row, area.left, report.active[it.item - 1], it.decimal);
        if (area.right > area.left) b.merge(area);
        const a1 = cellA1(row, area.left);
        cellOfItem.set(it.item, rect(row, area.left));
        conditions.push(`IF(${badCondition(it, a1)},1,0)`);
        b.highlight({ range: rect(row, area.left), formula: highlightRule(it, a1), style: MARK.broken });
      });
      const cells = own.map((it) => cellA1(row, cellOfItem.get(it.item)!.left)).join(",");
      b.formula(row, CHECK, `=IF(COUNT(${cells})<${own.length},${UNCHECKABLE},${conditions.join("+")})`).style(rect(row, CHECK), STYLE.check);
      checks.push(rect(row, CHECK));
      row++;
    }
  }
  const figures = ACTIVE_ITEMS_2019.map((it) => cellOfItem.get(it.item)!);
  return closeItemTable(b, figures, checks, { top: top + 1, next: row }, BLOCK_WIDTH);
}
