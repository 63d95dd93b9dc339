// One row of the combined sheet per report, keyed by agency + year + source so that re-running
// the combination finds each report's row again; rows keep a stable, sorted order.
import { agencyKey } from "../checks";
import { ACTIVE_COUNT, FIGURE_COUNT, flattenAny, flattenFigures, type AnyReport, type Figure, type Report } from "../model";
import { placed2019 } from "./formats";

export interface CombineEntry {
  readonly agency: string | null;
  readonly year: number | null;
  /** The file the report was read from. */
  readonly file: string | null;
  /** The workbook sheet the report stands on, when it came from one. */
  readonly sheet: string | null;
  /** The 200 figures in interchange order (FIGURE_SLOTS). */
  readonly figures: readonly Figure[];
  /** New requests as the report's prose states them (narrative_new), checked against table 三. */
  readonly narrative?: number | null;
  /**
   * "2019": a report in the older format. `figures` then holds only what means the same as a 2021
   * figure (in that figure's place; the rest null, shown 不适用), `own` its 198 figures in its own
   * order, `extra` the combined sheet's columns after the 200 (./formats.ts).
   */
  readonly format?: "2019";
  readonly own?: readonly Figure[];
  readonly extra?: readonly Figure[];
}

export interface CombinedRow extends CombineEntry {
  readonly key: string;
  /** False for a row kept from the last run whose report was not found this time. */
  readonly present: boolean;
  /** The combination holds a 2019 report: every row has the columns after the 200 (./formats.ts). */
  readonly wide?: boolean;
}

type EntrySource = Pick<Report, "agency" | "year" | "file" | "active" | "requests" | "appeals" | "narrative_new"> | AnyReport;

/** A report's row: a 2019 one keeps its own figures (see `format`); a mixed one's table 二 is blank. */
export function entryOf(report: EntrySource, sheet: string | null = null): CombineEntry {
  const base = { agency: report.agency, year: report.year, file: report.file ?? null, sheet, narrative: report.narrative_new ?? null };
  if ("format" in report && report.format === "2019") {
    const own = flattenAny(report);
    return { ...base, format: "2019", own, ...placed2019(own) };
  }
  const active = report.active ?? Array<Figure>(ACTIVE_COUNT).fill(null);
  return { ...base, figures: flattenFigures({ active, requests: report.requests, appeals: report.appeals }) };
}

/** Agency (normalised as the checks compare agencies), year and source: how a row is found again. */
export function rowKey(e: Pick<CombineEntry, "agency" | "year" | "file">): string {
  return `${agencyKey(e.agency ?? "")}|${e.year ?? ""}|${e.file ?? ""}`;
}

const collator = new Intl.Collator("zh-Hans-CN", { numeric: true });

function compareRows(a: CombineEntry, b: CombineEntry): number {
  return (
    collator.compare(a.agency ?? "", b.agency ?? "") ||
    (a.year ?? 0) - (b.year ?? 0) ||
    collator.compare(a.file ?? "", b.file ?? "") ||
    collator.compare(a.sheet ?? "", b.sheet ?? "")
  );
}

/**
 * The rows of the combined sheet: this run's reports, plus the rows of the last run whose report
 * is gone (kept with their last figures and marked, never dropped silently). Two reports with one
 * key both stay (the second key gets `#2`). Sorted by agency, year, source: the same inputs give
 * the same order on every run.
 */
export function combineRows(current: readonly CombineEntry[], previous: readonly CombineEntry[] = []): CombinedRow[] {
  const rows: CombinedRow[] = [];
  const seen = new Map<string, number>();
  const keyed = (e: CombineEntry) => {
    const base = rowKey(e);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
  for (const e of [...current].sort(compareRows)) {
    if (e.figures.length !== FIGURE_COUNT) throw new Error(`a report has ${e.figures.length} figures, not ${FIGURE_COUNT}`);
    rows.push({ ...e, key: keyed(e), present: true });
  }
  const presentKeys = new Set(rows.map((r) => rowKey(r)));
  for (const e of previous) if (!presentKeys.has(rowKey(e))) rows.push({ ...e, key: keyed(e), present: false });
  if (rows.some((r) => r.format === "2019")) return rows.map((r) => ({ ...r, wide: true })).sort(compareRows);
  return rows.sort(compareRows);
}
