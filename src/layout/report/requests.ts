// Table 三 — 申请办理, in the official shape: three label columns (三、本年度办理结果 spanning
// rows 3–24, the sub-groups （三）…（六） spanning theirs), a three-row applicant header, the
// 25×7 figures (2019: 23×7, （六）其他处理 one row), and beside and under them the row, column and balance differences.
import { BALANCE_NOTE, REQUEST_COLUMNS, REQUEST_TOTAL_COL, SHAPE_2021, TABLES } from "../../model";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { cellA1, mixedA1, rect } from "../geometry";
import { balanceFormula, brokenByRule, differenceFormula } from "./checks";
import { markBlanks, markChecks, putFigure, putVerdictRow, putWholeNumbersRow, type PlacedTable, type TableContext } from "./common";
import { COLUMN, MARK, STYLE, WIDTHS } from "./style";

const HEADER_ROWS = 3;

/** Points for a wrapped label: Chinese characters count two width units. */
function labelHeight(text: string, width: number): number {
  const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return Math.max(1, Math.ceil(units / (width - 1))) * 15;
}

export function placeRequests({ b, report, top, shape = SHAPE_2021 }: TableContext): PlacedTable {
  // 25 rows in the 2021 shape, 23 in the 2019 one (（六）其他处理 one row): rows from the shape.
  const { rows: REQUEST_ROWS, newRow: NEW_REQUESTS_ROW, carriedInRow: CARRIED_IN_ROW, carriedOutRow: CARRIED_OUT_ROW } = shape.requests;
  const { resultsFirst: RESULT_ROWS_FIRST, resultsLast: RESULT_ROWS_LAST, resultsTotalRow: RESULTS_TOTAL_ROW } = shape.requests;
  const m = LAYOUT_MESSAGES;
  const F = COLUMN.firstFigure;
  const T = F + REQUEST_TOTAL_COL - 1;
  const last = F + REQUEST_COLUMNS.length - 1;
  b.mergedText(rect(top, COLUMN.group, top, COLUMN.check), TABLES[1].title, STYLE.tableTitle);

  const h = top + 1;
  b.mergedText(rect(h, COLUMN.group, h + HEADER_ROWS - 1, COLUMN.label), `（${BALANCE_NOTE}）`, STYLE.header);
  b.mergedText(rect(h, F, h, last), m.applicants.zh, STYLE.header);
  for (const c of REQUEST_COLUMNS) {
    const col = F + c.col - 1;
    if (c.group === null) b.mergedText(rect(h + 1, col, h + 2, col), c.label, STYLE.header);
    else b.mergedText(rect(h + 2, col, h + 2, col), c.label, STYLE.header);
  }
  const groupCols = REQUEST_COLUMNS.filter((c) => c.group !== null).map((c) => F + c.col - 1);
  b.mergedText(rect(h + 1, Math.min(...groupCols), h + 1, Math.max(...groupCols)), REQUEST_COLUMNS[1].group!, STYLE.header);
  b.mergedText(rect(h, COLUMN.check, h + 2, COLUMN.check), m.rowDiffHeader.zh, STYLE.header);

  const first = h + HEADER_ROWS;
  const rowOf = (n: number) => first + n - 1;
  for (const r of REQUEST_ROWS) {
    const row = rowOf(r.row);
    const [outer, inner] = r.groups;
    const labelLeft = inner ? COLUMN.label : outer ? COLUMN.subgroup : COLUMN.group;
    b.mergedText(rect(row, labelLeft, row, COLUMN.label), r.label, STYLE.label);
    b.height(row, labelHeight(r.label, labelLeft === COLUMN.label ? WIDTHS.label : WIDTHS.label + WIDTHS.subgroup));
    r.row === RESULTS_TOTAL_ROW && b.style(rect(row, labelLeft, row, COLUMN.label), { bold: true });
    for (const c of REQUEST_COLUMNS) putFigure(b, row, F + c.col - 1, report.requests[r.row - 1][c.col - 1], false);
    b.formula(row, COLUMN.check, differenceFormula(rect(row, T), [rect(row, F, row, T - 1)], REQUEST_COLUMNS.length));
  }
  // Group labels span their rows: 三、本年度办理结果 over rows 3–24, each （三）…（六） over its own.
  const spans = new Map<string, { from: number; to: number; depth: number }>();
  for (const r of REQUEST_ROWS)
    r.groups.forEach((g, depth) => {
      const s = spans.get(g);
      spans.set(g, s ? { ...s, to: r.row } : { from: r.row, to: r.row, depth });
    });
  for (const [label, s] of spans) {
    const col = s.depth === 0 ? COLUMN.group : COLUMN.subgroup;
    b.mergedText(rect(rowOf(s.from), col, rowOf(s.to), col), label, STYLE.groupLabel);
  }
  const figures = rect(rowOf(1), F, rowOf(REQUEST_ROWS.length), last);
  b.style(figures, STYLE.figure);
  const rowChecks = rect(figures.top, COLUMN.check, figures.bottom, COLUMN.check);
  b.style(rowChecks, STYLE.check);

  const colDiff = figures.bottom + 1;
  const balance = colDiff + 1;
  b.mergedText(rect(colDiff, COLUMN.group, colDiff, COLUMN.label), m.columnDiffLabel.zh, STYLE.label);
  b.mergedText(rect(balance, COLUMN.group, balance, COLUMN.label), m.balanceDiffLabel.zh, STYLE.label);
  for (const c of REQUEST_COLUMNS) {
    const col = F + c.col - 1;
    const at = (n: number) => cellA1(rowOf(n), col);
    b.formula(colDiff, col, differenceFormula(rect(rowOf(RESULTS_TOTAL_ROW), col), [rect(rowOf(RESULT_ROWS_FIRST), col, rowOf(RESULT_ROWS_LAST), col)], RESULT_ROWS_LAST - RESULT_ROWS_FIRST + 2));
    b.formula(balance, col, balanceFormula(at(NEW_REQUESTS_ROW), at(CARRIED_IN_ROW), at(RESULTS_TOTAL_ROW), at(CARRIED_OUT_ROW)));
  }
  const colChecks = rect(colDiff, F, colDiff, last);
  const balanceChecks = rect(balance, F, balance, last);
  b.style(rect(colDiff, F, balance, last), STYLE.check);

  // The figure a broken rule points at turns red with its check cell.
  const totals = rect(figures.top, T, figures.bottom, T);
  b.highlight({ range: totals, formula: brokenByRule(mixedA1(figures.top, COLUMN.check, "col")), style: MARK.broken });
  const resultTotals = rect(rowOf(RESULTS_TOTAL_ROW), F, rowOf(RESULTS_TOTAL_ROW), last);
  b.highlight({ range: resultTotals, formula: brokenByRule(mixedA1(colDiff, F, "row")), style: MARK.broken });
  const carried = rect(rowOf(CARRIED_OUT_ROW), F, rowOf(CARRIED_OUT_ROW), last);
  b.highlight({ range: carried, formula: brokenByRule(mixedA1(balance, F, "row")), style: MARK.broken });
  markBlanks(b, [figures]);
  markChecks(b, [rowChecks, colChecks, balanceChecks]);

  const whole = putWholeNumbersRow(b, balance + 1, figures);
  markChecks(b, [whole]);
  const verdict = putVerdictRow(b, balance + 2, [rowChecks, colChecks, balanceChecks, whole], figures);
  return { figures: [figures], verdict, next: balance + 4 };
}
