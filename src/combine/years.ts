// Across years: two reports of one agency (names compared as the checks compare them) in
// consecutive years get the carry-over and in-force rules.
import { agencyKey, checkTwoYears } from "../checks";
import { FIGURE_SLOTS, type Figure, type Finding } from "../model";
import type { CombineEntry } from "./entries";

export interface YearPair<E extends CombineEntry = CombineEntry> {
  readonly previous: E;
  readonly current: E;
  readonly findings: Finding[];
}

/** The three arrays of a report back from its 200 figures. */
export function tablesOf(figures: readonly Figure[]): { active: Figure[]; requests: Figure[][]; appeals: Figure[] } {
  const active: Figure[] = [];
  const requests: Figure[][] = [];
  const appeals: Figure[] = [];
  for (const slot of FIGURE_SLOTS) {
    const f = figures[slot.index];
    if (slot.table === "active") active.push(f);
    else if (slot.table === "appeals") appeals.push(f);
    else (requests[slot.row! - 1] ??= [])[slot.col! - 1] = f;
  }
  return { active, requests, appeals };
}

/** Every pair of consecutive years of one agency, with the findings of the two-year rules. */
export function pairAcrossYears<E extends CombineEntry>(entries: readonly E[]): YearPair<E>[] {
  const byAgencyYear = new Map<string, E>();
  for (const e of entries) {
    const key = agencyKey(e.agency ?? "");
    if (key !== "" && e.year !== null && !byAgencyYear.has(`${key}|${e.year}`)) byAgencyYear.set(`${key}|${e.year}`, e);
  }
  const pairs: YearPair<E>[] = [];
  for (const current of byAgencyYear.values()) {
    const previous = byAgencyYear.get(`${agencyKey(current.agency!)}|${current.year! - 1}`);
    if (!previous) continue;
    const { findings } = checkTwoYears(tablesOf(previous.figures), tablesOf(current.figures), { year: current.year!, prevYear: current.year! - 1 });
    pairs.push({ previous, current, findings });
  }
  return pairs;
}

