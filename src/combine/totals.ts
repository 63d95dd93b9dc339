// The 汇总 figures computed in code: what the 汇总 sheet's formulas must show (tests, the CLI).
import { FIGURE_COUNT, type Figure } from "../model";
import type { CombineEntry } from "./entries";

/** Column sums over the entries, as Excel's SUM reads them: a blank (null) adds nothing. */
export function sumFigures(entries: readonly Pick<CombineEntry, "figures">[]): number[] {
  const sums = new Array<number>(FIGURE_COUNT).fill(0);
  for (const e of entries) e.figures.forEach((f: Figure, i) => (sums[i] += f ?? 0));
  // The fee has two decimals: keep float noise out of the totals.
  return sums.map((s) => Math.round(s * 1e6) / 1e6);
}
