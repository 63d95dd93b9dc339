// The XXGK custom functions: a thin declared surface over the check engine. Excel reads the JSDoc
// tags below to build functions.json (ids stay stable and UPPERCASE; Chinese names and descriptions
// come from ./localization.ts). Every function takes a range of one table, bare or with labels.
import { balanceDiffs, checkRange, colDiffs, findingRows, rowDiffs, verdictOf } from "./results";

const addressOf = (invocation?: CustomFunctions.Invocation) => invocation?.parameterAddresses?.[0];

/**
 * Checks the sums of one table (table 3, 2 or 4) and returns a short verdict.
 * @customfunction CHECK
 * @param range The table: its figures only (25×7; 1×10 or 2×5; 3×5 or 1×15), or with row labels and headers.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns A verdict such as "All 39 checks passed" or the first discrepancy.
 */
export function check(range: any[][], invocation?: CustomFunctions.Invocation): string {
  return verdictOf(checkRange(range, addressOf(invocation)));
}

/**
 * Lists every finding of one table: rule, cell, expected, actual, message (spills).
 * @customfunction FINDINGS
 * @param range The table: its figures only, or with row labels and headers.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns One row per finding, under a header row.
 */
export function findings(range: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return findingRows(checkRange(range, addressOf(invocation)));
}

/**
 * For each row of table 3 (or group of table 4): the total minus the sum of its parts; 0 when they agree (spills).
 * @customfunction ROWDIFF
 * @param range Table 3 or table 4: its figures only, or with row labels and headers.
 * @returns One value per row.
 */
export function rowdiff(range: any[][]): any[][] {
  return rowDiffs(checkRange(range));
}

/**
 * For each column of table 3: (7) total minus the sum of rows 3–23; 0 when they agree (spills).
 * @customfunction COLDIFF
 * @param range Table 3: 25×7 figures, or with row labels and headers.
 * @returns One value per column.
 */
export function coldiff(range: any[][]): any[][] {
  return colDiffs(checkRange(range));
}

/**
 * For each column of table 3: (item 1 + item 2) minus (item 3 total + item 4); 0 when balanced (spills).
 * @customfunction BALANCE
 * @param range Table 3: 25×7 figures, or with row labels and headers.
 * @returns One value per column.
 */
export function balance(range: any[][]): any[][] {
  return balanceDiffs(checkRange(range));
}

/** Every function by its id, as registered in the shared runtime. */
export const FUNCTIONS_BY_ID = { CHECK: check, FINDINGS: findings, ROWDIFF: rowdiff, COLDIFF: coldiff, BALANCE: balance } as const;

// The metadata plugin (webpack) appends `CustomFunctions.associate(id, fn)` for every function to
// this module. Outside Excel (the pane in a plain browser) there is no global CustomFunctions, so
// those calls reach this stand-in, which ignores them, instead of throwing.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const CustomFunctions: { associate(id: string, fn: (...args: never[]) => unknown): void } =
  (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions ?? { associate: () => undefined };
