// Across years: two reports of one agency (names compared as the checks compare them) in
// consecutive years get the carry-over and in-force rules.
import { agencyKey, checkTwoYears } from "../checks";
import { FIGURE_SLOTS, FIGURE_SLOTS_2019, type Figure, type FigureSlot, type Finding } from "../model";
import type { CombineEntry } from "./entries";

export interface YearPair<E extends CombineEntry = CombineEntry> {
  readonly previous: E;
  readonly current: E;
  readonly findings: Finding[];
}

/** The three arrays of a report back from its 200 figures (198 with the 2019 slots). */
export function tablesOf(figures: readonly Figure[], slots: readonly FigureSlot[] = FIGURE_SLOTS): { active: Figure[]; requests: Figure[][]; appeals: Figure[] } {
  const active: Figure[] = [];
  const requests: Figure[][] = [];
  const appeals: Figure[] = [];
  for (const slot of slots) {
    const f = figures[slot.index];
    if (slot.table === "active") active.push(f);
    else if (slot.table === "appeals") appeals.push(f);
    else (requests[slot.row! - 1] ??= [])[slot.col! - 1] = f;
  }
  return { active, requests, appeals };
}

/** An entry's tables in its own format, as the checks take them. */
export function entryTables(e: Pick<CombineEntry, "figures" | "format" | "own">): ReturnType<typeof tablesOf> & { format: "2021" | "2019" } {
  return e.format === "2019" && e.own ? { ...tablesOf(e.own, FIGURE_SLOTS_2019), format: "2019" } : { ...tablesOf(e.figures), format: "2021" };
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
    const { findings } = checkTwoYears(entryTables(previous), entryTables(current), { year: current.year!, prevYear: current.year! - 1 });
    pairs.push({ previous, current, findings });
  }
  return pairs;
}

