import type { Finding, ReportFormat } from "../model";

/**
 * What the engine checks: any of the three tables (a custom function may hold just one), and the
 * prose's number of new requests. Figures that are not finite numbers count as unreadable.
 */
export interface CheckInput {
  /** The tables' shape: 2021 when absent; "2019" has a 22-figure table 二 and a 23-row table 三; "mixed" no table 二. */
  readonly format?: ReportFormat;
  readonly active?: readonly unknown[] | null;
  readonly requests?: readonly (readonly unknown[])[];
  readonly appeals?: readonly unknown[];
  readonly narrative_new?: number | null;
}

export interface CheckResult {
  readonly findings: Finding[];
  /** How many rule instances were evaluated (sums, balances, the narrative, two-year rules); the integer rule counts once per table. */
  readonly checked: number;
}
