// Table 四 — 复议诉讼, in the official shape: one row of fifteen figures under 行政复议 (5) and
// 行政诉讼 (10: 未经复议直接起诉 · 复议后起诉), with each group's 总计 check underneath.
import { APPEAL_COLUMNS, APPEAL_COUNT, APPEAL_GROUPS, APPEAL_TOTAL_COL, TABLES, appealIndex } from "../../model";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { cellA1, rect, type Rect } from "../geometry";
import { brokenByRule, differenceFormula } from "./checks";
import { markBlanks, markChecks, putFigure, putVerdictRow, putWholeNumbersRow, type PlacedTable, type TableContext } from "./common";
import { COLUMN, MARK, STYLE } from "./style";

export function placeAppeals({ b, report, top }: TableContext): PlacedTable {
  const m = LAYOUT_MESSAGES;
  const F = COLUMN.firstFigure;
  const width = APPEAL_COLUMNS.length;
  const last = F + APPEAL_COUNT - 1;
  b.mergedText(rect(top, COLUMN.group, top, last), TABLES[2].title, STYLE.tableTitle);
  const h = top + 1;
  const figuresRow = h + 3;
  b.mergedText(rect(h, COLUMN.group, h + 2, COLUMN.label), "", STYLE.header);
  b.mergedText(rect(figuresRow, COLUMN.group, figuresRow, COLUMN.label), m.appealsRowLabel.zh, STYLE.label);

  // Groups without a parent take the parent row too (行政复议 spans two header rows).
  const parents = new Map<string, number[]>();
  for (const g of APPEAL_GROUPS) {
    const left = F + (g.group - 1) * width;
    if (g.parent === null) {
      b.mergedText(rect(h, left, h, left + width - 1), g.label, STYLE.header);
      APPEAL_COLUMNS.forEach((c, i) => b.mergedText(rect(h + 1, left + i, h + 2, left + i), c.label, STYLE.header));
    } else {
      parents.set(g.parent, [...(parents.get(g.parent) ?? []), left]);
      b.mergedText(rect(h + 1, left, h + 1, left + width - 1), g.label, STYLE.header);
      APPEAL_COLUMNS.forEach((c, i) => b.mergedText(rect(h + 2, left + i, h + 2, left + i), c.label, STYLE.header));
    }
  }
  for (const [parent, lefts] of parents) b.mergedText(rect(h, Math.min(...lefts), h, Math.max(...lefts) + width - 1), parent, STYLE.header);

  for (const g of APPEAL_GROUPS)
    for (const c of APPEAL_COLUMNS) putFigure(b, figuresRow, F + appealIndex(g.group, c.col), report.appeals[appealIndex(g.group, c.col)], false);
  const figures = rect(figuresRow, F, figuresRow, last);
  b.style(figures, STYLE.figure);

  const diffRow = figuresRow + 1;
  b.mergedText(rect(diffRow, COLUMN.group, diffRow, COLUMN.label), m.appealsDiffLabel.zh, STYLE.label);
  b.style(rect(diffRow, F, diffRow, last), STYLE.check);
  const checks: Rect[] = [];
  for (const g of APPEAL_GROUPS) {
    const left = F + appealIndex(g.group, 1);
    const total = F + appealIndex(g.group, APPEAL_TOTAL_COL);
    b.formula(diffRow, total, differenceFormula(rect(figuresRow, total), [rect(figuresRow, left, figuresRow, total - 1)], width));
    b.highlight({ range: rect(figuresRow, total), formula: brokenByRule(cellA1(diffRow, total)), style: MARK.broken });
    checks.push(rect(diffRow, total));
  }
  markBlanks(b, [figures]);
  markChecks(b, checks);
  const whole = putWholeNumbersRow(b, diffRow + 1, figures);
  markChecks(b, [whole]);
  const verdict = putVerdictRow(b, diffRow + 2, [rect(diffRow, F, diffRow, last), whole], figures);
  return { figures: [figures], verdict, next: diffRow + 4 };
}
