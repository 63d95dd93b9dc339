// Table 三's three sum rules: row-total, results-total and balance (the header's 勾稽关系).
// The passing path only adds numbers; findings and their words are made only when a rule fails.
import * as model from "../model";
import type { Finding, RequestsShape } from "../model";
import { failed, uncheckable, type Value } from "./finding";
import { requestColName, requestRowName } from "./where";

export type RequestGrid = readonly (readonly Value[])[];

// Local copies: these loops run 39 times per report. Rows come from the format's shape (25 or 23).
const COLS = model.REQUEST_COLUMN_COUNT;
const TOTAL_COL = model.REQUEST_TOTAL_COL;
const SHAPE_2021 = model.SHAPE_2021.requests;
const balanceRows = (s: RequestsShape) => [s.newRow, s.carriedInRow, s.resultsTotalRow, s.carriedOutRow];

const cents = (n: number) => Math.round(n * 100) / 100;

function unreadRows(grid: RequestGrid, rows: readonly number[], col: number): string {
  return rows.filter((r) => grid[r - 1][col - 1] === null).join("、");
}

/** 总计 = the sum of the six applicant columns, in each of the 25 rows (2019: 23). */
export function checkRowTotals(grid: RequestGrid, out: Finding[], shape: RequestsShape = SHAPE_2021): number {
  const ROWS = shape.rowCount;
  for (let row = 1; row <= ROWS; row++) {
    const line = grid[row - 1];
    let expected: number | null = 0;
    for (let c = 0; c < TOTAL_COL - 1; c++) {
      const v = line[c];
      if (v === null) {
        expected = null;
        break;
      }
      expected += v;
    }
    const actual = line[TOTAL_COL - 1];
    if (expected !== null && actual !== null && cents(expected) === actual) continue;
    const facts = { rule: "row-total" as const, table: "requests" as const, row, col: TOTAL_COL };
    const names = { row: requestRowName(row, "zh", shape), rowEn: requestRowName(row, "en", shape), rowNo: row };
    if (expected === null || actual === null) {
      const unread = line.map((v, i) => (v === null ? i + 1 : 0)).filter((c) => c > 0);
      const cols = unread.map((c) => requestColName(c)).join("、");
      const colsEn = unread.map((c) => requestColName(c, "en")).join(", ");
      out.push(uncheckable({ ...facts, expected: expected === null ? null : cents(expected), actual }, "row-total-uncheckable", { ...names, cols, colsEn }));
    } else out.push(failed({ ...facts, expected: cents(expected), actual }, "error", "row-total", names));
  }
  return ROWS;
}

/** （七）总计 = the sum of rows 3–23 (2019: row 22 = rows 3–21), in each of the 7 columns. */
export function checkResultsTotals(grid: RequestGrid, out: Finding[], shape: RequestsShape = SHAPE_2021): number {
  const FIRST = shape.resultsFirst;
  const LAST = shape.resultsLast;
  const TOTAL_ROW = shape.resultsTotalRow;
  for (let col = 1; col <= COLS; col++) {
    let expected: number | null = 0;
    for (let r = FIRST; r <= LAST; r++) {
      const v = grid[r - 1][col - 1];
      if (v === null) {
        expected = null;
        break;
      }
      expected += v;
    }
    const actual = grid[TOTAL_ROW - 1][col - 1];
    if (expected !== null && actual !== null && cents(expected) === actual) continue;
    const facts = { rule: "results-total" as const, table: "requests" as const, row: TOTAL_ROW, col };
    const names = { col: requestColName(col), colEn: requestColName(col, "en") };
    if (expected === null || actual === null) {
      const rows = Array.from({ length: TOTAL_ROW - FIRST + 1 }, (_, i) => FIRST + i);
      out.push(uncheckable({ ...facts, expected, actual }, "results-total-uncheckable", { ...names, rows: unreadRows(grid, rows, col) }));
    } else out.push(failed({ ...facts, expected: cents(expected), actual }, "error", "results-total", { ...names, last: LAST }));
  }
  return COLS;
}

/** Row 1 + row 2 = row 24 + row 25 (2019: rows 22 + 23), in each column: `expected` is the intake, `actual` what became of it. */
export function checkBalance(grid: RequestGrid, out: Finding[], shape: RequestsShape = SHAPE_2021): number {
  const BALANCE_ROWS = balanceRows(shape);
  const [fresh, carriedIn, results, carriedOut] = BALANCE_ROWS.map((r) => grid[r - 1]);
  for (let col = 1; col <= COLS; col++) {
    const c = col - 1;
    const expected = fresh[c] === null || carriedIn[c] === null ? null : cents(fresh[c]! + carriedIn[c]!);
    const actual = results[c] === null || carriedOut[c] === null ? null : cents(results[c]! + carriedOut[c]!);
    if (expected !== null && expected === actual) continue;
    const facts = { rule: "balance" as const, table: "requests" as const, col, expected, actual };
    const names = { col: requestColName(col), colEn: requestColName(col, "en") };
    if (expected === null || actual === null)
      out.push(uncheckable(facts, "balance-uncheckable", { ...names, rows: unreadRows(grid, BALANCE_ROWS, col) }));
    else out.push(failed(facts, "error", "balance", names));
  }
  return COLS;
}
