import type { Finding } from "../model";

/**
 * What the engine checks: any of the three tables (a custom function may hold just one), and the
 * prose's number of new requests. Figures that are not finite numbers count as unreadable.
 */
export interface CheckInput {
  readonly active?: readonly unknown[];
  readonly requests?: readonly (readonly unknown[])[];
  readonly appeals?: readonly unknown[];
  readonly narrative_new?: number | null;
}

export interface CheckResult {
  readonly findings: Finding[];
  /** How many rule instances were evaluated (sums, balances, the narrative, two-year rules); the integer rule counts once per table. */
  readonly checked: number;
}
