// One row of the combined sheet per report, keyed by agency + year + source so that re-running
// the combination finds each report's row again; rows keep a stable, sorted order.
import { agencyKey } from "../checks";
import { FIGURE_COUNT, flattenFigures, type Figure, type Report } from "../model";

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
}

export interface CombinedRow extends CombineEntry {
  readonly key: string;
  /** False for a row kept from the last run whose report was not found this time. */
  readonly present: boolean;
}

export function entryOf(report: Pick<Report, "agency" | "year" | "file" | "active" | "requests" | "appeals" | "narrative_new">, sheet: string | null = null): CombineEntry {
  return { agency: report.agency, year: report.year, file: report.file ?? null, sheet, figures: flattenFigures(report), narrative: report.narrative_new ?? null };
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
  return rows.sort(compareRows);
}
