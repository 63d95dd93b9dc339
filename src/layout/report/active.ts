// Table 二 — 主动公开, in the official shape: one block per article of 第二十条, each with its
// own 信息内容 header row; 规章 and 行政规范性文件 take three columns, the others one merged figure.
import { ACTIVE_ITEMS, TABLES, type ActiveItem } from "../../model";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { cellA1, rect, type Rect } from "../geometry";
import { badFiguresFormula, notWholeRule } from "./checks";
import { closeItemTable, putFigure, type PlacedTable, type TableContext } from "./common";
import { COLUMN, MARK, STYLE } from "./style";

const BLOCK_WIDTH = 3;
/** The check sits right beside the table's three figure columns. */
const CHECK = COLUMN.firstFigure + BLOCK_WIDTH;

function byArticle(): ActiveItem[][] {
  const blocks: ActiveItem[][] = [];
  for (const it of ACTIVE_ITEMS) {
    const last = blocks[blocks.length - 1];
    if (last && last[0].article === it.article) last.push(it);
    else blocks.push([it]);
  }
  return blocks;
}

const unique = (xs: string[]) => [...new Set(xs)];

export function placeActive({ b, report, top }: TableContext): PlacedTable {
  const m = LAYOUT_MESSAGES;
  const F = COLUMN.firstFigure;
  b.mergedText(rect(top, COLUMN.group, top, COLUMN.check), TABLES[0].title, STYLE.tableTitle);
  let row = top + 1;
  const cellOfItem = new Map<number, Rect>();
  const checks: Rect[] = [];
  for (const block of byArticle()) {
    b.mergedText(rect(row, COLUMN.group, row, F + BLOCK_WIDTH - 1), block[0].article, STYLE.header);
    row++;
    const columns = unique(block.map((it) => it.column));
    b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), m.infoContent.zh, STYLE.header);
    if (columns.length === 1) b.mergedText(rect(row, F, row, F + BLOCK_WIDTH - 1), columns[0], STYLE.header);
    else columns.forEach((c, i) => b.mergedText(rect(row, F + i, row, F + i), c, STYLE.header));
    b.mergedText(rect(row, CHECK), m.checkHeader.zh, STYLE.header).height(row, 30);
    row++;
    for (const label of unique(block.map((it) => it.label))) {
      const items = block.filter((it) => it.label === label);
      b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), label, STYLE.label);
      items.forEach((it, i) => {
        const col = F + columns.indexOf(it.column);
        putFigure(b, row, col, report.active[it.item - 1], it.decimal);
        cellOfItem.set(it.item, rect(row, col));
      });
      const figures = rect(row, F, row, F + items.length - 1);
      if (columns.length === 1) b.merge(rect(row, F, row, F + BLOCK_WIDTH - 1));
      b.style(rect(row, F, row, F + BLOCK_WIDTH - 1), STYLE.figure);
      const decimal = items.some((it) => it.decimal);
      b.formula(row, CHECK, badFiguresFormula(figures, decimal)).style(rect(row, CHECK), STYLE.check);
      const first = cellA1(row, F);
      const rule = decimal ? `=AND(ISNUMBER(${first}),${first}<0)` : notWholeRule(first);
      b.highlight({ range: figures, formula: rule, style: MARK.broken });
      checks.push(rect(row, CHECK));
      row++;
    }
  }
  const figures = ACTIVE_ITEMS.map((it) => cellOfItem.get(it.item)!);
  return closeItemTable(b, figures, checks, { top: top + 1, next: row }, BLOCK_WIDTH);
}
