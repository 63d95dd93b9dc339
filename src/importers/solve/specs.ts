// The tables of FORMAT.md as solver specs: their cells and their rules (see ./index.ts).
import { type CellKind, type Rule, type TableSpec, balanceRule, sumRule } from "./index";

export interface RequestsLayout {
  /** Rows of the table (2021: 25; 2019: 23). */
  readonly rows: number;
  /** Columns (7: six applicant columns, then 总计). */
  readonly cols?: number;
  /** 1-based rows summed by the results total (2021: 3–23; 2019: 3–21). */
  readonly resultsFirst: number;
  readonly resultsLast: number;
  /** 1-based row of （七）总计 (2021: 24; 2019: 22). */
  readonly totalRow: number;
  /** 1-based row of 结转下年度继续办理 (2021: 25; 2019: 23). */
  readonly carriedOutRow: number;
  /** 1-based rows of 本年新收 and 上年结转 (1 and 2 in both formats). */
  readonly newRow?: number;
  readonly carriedInRow?: number;
}

export const REQUESTS_2021_LAYOUT: RequestsLayout = { rows: 25, resultsFirst: 3, resultsLast: 23, totalRow: 24, carriedOutRow: 25 };
export const REQUESTS_2019_LAYOUT: RequestsLayout = { rows: 23, resultsFirst: 3, resultsLast: 21, totalRow: 22, carriedOutRow: 23 };

/** Cell index of (1-based) row and column in a table of `cols` columns. */
export const gridCell = (row: number, col: number, cols = 7) => (row - 1) * cols + (col - 1);

/** Table 三: row-total in every row, results-total and balance in every column. */
export function requestsSpec(layout: RequestsLayout, id = "requests"): TableSpec {
  const cols = layout.cols ?? 7;
  const at = (r: number, c: number) => gridCell(r, c, cols);
  const rules: Rule[] = [];
  const parts = Array.from({ length: cols - 1 }, (_, i) => i + 1);
  for (let r = 1; r <= layout.rows; r++)
    rules.push(
      sumRule(
        "row-total",
        at(r, cols),
        parts.map((c) => at(r, c)),
        `row ${r}`,
      ),
    );
  const newRow = layout.newRow ?? 1;
  const carriedIn = layout.carriedInRow ?? 2;
  for (let c = 1; c <= cols; c++) {
    const results: number[] = [];
    for (let r = layout.resultsFirst; r <= layout.resultsLast; r++) results.push(at(r, c));
    rules.push(sumRule("results-total", at(layout.totalRow, c), results, `col ${c}`));
    rules.push(balanceRule("balance", [at(newRow, c), at(carriedIn, c)], [at(layout.totalRow, c), at(layout.carriedOutRow, c)], `col ${c}`));
  }
  return { id, size: layout.rows * cols, rules };
}

/** Table 四: three groups of five, 总计 = the four results (both formats). */
export function appealsSpec(): TableSpec {
  const rules = [0, 1, 2].map((g) => sumRule("appeal-total", g * 5 + 4, [g * 5, g * 5 + 1, g * 5 + 2, g * 5 + 3], `group ${g + 1}`));
  return { id: "appeals", size: 15, rules };
}

/** Table 二 (2021): ten figures, no rule inside one report; the fee (item 10) may have decimals. */
export function active2021Spec(): TableSpec {
  const kinds: CellKind[] = Array<CellKind>(10).fill("count");
  kinds[9] = "amount";
  return { id: "active", size: 10, rules: [], kinds };
}

/** Table 二 (2019): 22 figures, no rule; 本年增/减 (items 8, 11, 14, 17, 20) signed; 采购总金额 (22) an amount. */
export function active2019Spec(): TableSpec {
  const kinds: CellKind[] = Array<CellKind>(22).fill("count");
  for (const item of [8, 11, 14, 17, 20]) kinds[item - 1] = "signed";
  kinds[21] = "amount";
  return { id: "active", size: 22, rules: [], kinds };
}

export const REQUESTS_2021 = requestsSpec(REQUESTS_2021_LAYOUT);
export const REQUESTS_2019 = requestsSpec(REQUESTS_2019_LAYOUT);
export const APPEALS = appealsSpec();
export const ACTIVE_2021 = active2021Spec();
export const ACTIVE_2019 = active2019Spec();
