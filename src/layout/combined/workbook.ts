// The three sheets of a combination, planned together: the combined sheet, the 汇总 over it, and
// the findings (each report's failed checks and the cross-year rules), linked to the combined
// sheet's cells.
import { checkTables, listFindings } from "../../checks";
import { combineRows, combinedColumnOf2019, entryTables, findingLocation, pairAcrossYears, type CombineEntry, type CombinedRow, type YearPair } from "../../combine";
import { COMBINE_MESSAGES } from "../../messages/combine";
import { fill } from "../../messages/format";
import type { Finding } from "../../model";
import { cellA1, quoteSheetName } from "../geometry";
import { recheckFormula, recheckPair } from "../recheck";
import type { SheetPlan } from "../plan";
import { sheetNameFor } from "../sheet-name";
import { buildCombinedSheetPlan, figureColumn, type CombinedSheet, type CombinedSheetOptions } from "./combined-sheet";
import { buildFindingsSheetPlan, type LocatedFinding } from "./findings-sheet";
import { buildSummarySheetPlan } from "./summary-sheet";

export interface CombinedWorkbook {
  readonly combined: CombinedSheet;
  readonly summary: SheetPlan;
  /**
   * Reports of several years, asked with `byYear`: one 汇总 per known year (汇总2023, 汇总2024, …),
   * each over its year's rows of the combined sheet (`summary` adds all years, and says so).
   */
  readonly yearSummaries: readonly SheetPlan[];
  readonly findingsSheet: SheetPlan;
  readonly rows: readonly CombinedRow[];
  readonly pairs: readonly YearPair<CombinedRow>[];
  readonly findings: readonly LocatedFinding[];
}

export interface CombineNames {
  readonly combined?: string;
  readonly summary?: string;
  readonly findings?: string;
}

/**
 * Hidden workbook names marking the sheets a combination wrote (each refers to the sheet's A1), so
 * that the next run refreshes those sheets, even renamed, and never a person's own sheet of the
 * same name. Not of the XXGK_<key>_<part> form of report sheets (../names.ts).
 */
export const COMBINE_MARKER_NAMES = { combined: "XXGK_COMBINED", summary: "XXGK_SUMMARY", findings: "XXGK_FINDINGS" } as const;

/** The marker of the n-th year's 汇总 (1-based): XXGK_SUMMARY_1, XXGK_SUMMARY_2, …. */
export const yearSummaryMarker = (n: number) => `${COMBINE_MARKER_NAMES.summary}_${n}`;
const isYearSummaryMarker = (name: string) => new RegExp(`^${COMBINE_MARKER_NAMES.summary}_\\d+$`, "i").test(name);

/** Default sheet names, made unique against `taken` unless given. */
export function combineSheetNames(taken: Iterable<string> = [], given: CombineNames = {}): Required<CombineNames> {
  const names = [...taken];
  const pick = (wanted: string | undefined, fallback: string) => {
    const name = wanted ?? sheetNameFor(fallback, null, names);
    names.push(name);
    return name;
  };
  const m = COMBINE_MESSAGES;
  return { combined: pick(given.combined, m.combinedSheetName.zh), summary: pick(given.summary, m.summarySheetName.zh), findings: pick(given.findings, m.findingsSheetName.zh) };
}

export interface CombineOptions extends CombinedSheetOptions {
  /** Reports of several years: also one 汇总 per year (`yearSummaries`). */
  readonly byYear?: boolean;
}

export function planCombinedWorkbook(current: readonly CombineEntry[], previous: readonly CombineEntry[] = [], names: CombineNames = {}, options: CombineOptions = {}): CombinedWorkbook {
  const sheetNames = combineSheetNames([], names);
  const rows = combineRows(current, previous);
  const combined = buildCombinedSheetPlan(sheetNames.combined, rows, options);
  const yearSummaries = options.byYear ? planYearSummaries(combined, rows, [sheetNames.combined, sheetNames.summary, sheetNames.findings]) : [];
  const summary = buildSummarySheetPlan(sheetNames.summary, combined, rows.length, rows.map((r) => r.year), {}, yearSummaries.map((p) => p.name), rows.map((r) => r.format ?? "2021"));
  const rowOf = new Map(rows.map((r, i) => [r, combined.firstRow + i]));
  // A figure of a row (a slot of the row's own format), as the 核对结果's 现状 formulas reference it.
  const column = (r: CombinedRow, index: number) => figureColumn({ index: r.format === "2019" ? combinedColumnOf2019(index) : index });
  const cellOf = (r: CombinedRow) => (index: number) => `${quoteSheetName(combined.plan.name)}!${cellA1(rowOf.get(r)!, column(r, index))}`;
  const locate = (r: CombinedRow, f: Finding, recheck: string | null): LocatedFinding => {
    const slot = findingLocation(f, r.format ?? "2021");
    return {
      sheet: combined.plan.name,
      cell: slot ? cellA1(rowOf.get(r)!, column(r, slot.index)) : null,
      agency: r.agency,
      year: r.year,
      rule: f.rule,
      severity: f.severity,
      status: f.status,
      message: f.message,
      message_en: f.message_en,
      ...(recheck && { recheck }),
    };
  };
  // Every report's findings as listFindings orders them (the pane and `xxgk check` list the same).
  const findings: LocatedFinding[] = [];
  for (const r of rows)
    for (const { finding } of listFindings(checkTables({ ...entryTables(r), narrative_new: r.narrative ?? null }).findings))
      findings.push(locate(r, finding, recheckFormula(finding, cellOf(r), undefined, r.format ?? "2021")));
  const pairs = pairAcrossYears(rows);
  for (const p of pairs)
    for (const { finding } of listFindings(p.findings))
      findings.push(locate(p.current, finding, recheckPair(finding, cellOf(p.previous), cellOf(p.current), { previous: p.previous.format ?? "2021", current: p.current.format ?? "2021" })));
  const findingsSheet = buildFindingsSheetPlan(sheetNames.findings, findings);
  return { combined, summary, yearSummaries, findingsSheet, rows, pairs, findings };
}

/**
 * The sheets that marker names point at (`names`: each name with what it refers to, such as
 * `='汇总 (2)'!$A$1`): a combination's own sheets, which no scan reads as reports.
 */
export function markedCombineSheets(names: readonly { readonly name: string; readonly reference: string }[]): Set<string> {
  const markers = new Set<string>(Object.values(COMBINE_MARKER_NAMES));
  const out = new Set<string>();
  for (const n of names) {
    if (!markers.has(n.name.toUpperCase()) && !isYearSummaryMarker(n.name)) continue;
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(n.reference.trim());
    if (m) out.add(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  }
  return out;
}

/** Every 汇总 of a combination: the one over all rows, then one per year when there are several. */
export function summaryPlans(book: Pick<CombinedWorkbook, "summary" | "yearSummaries">): SheetPlan[] {
  return [book.summary, ...book.yearSummaries];
}

/** One 汇总 per known year, each figure summing that year's rows of the combined sheet. */
function planYearSummaries(combined: CombinedSheet, rows: readonly CombinedRow[], taken: readonly string[]): SheetPlan[] {
  const years = [...new Set(rows.map((r) => r.year))];
  if (years.length < 2) return [];
  const m = COMBINE_MESSAGES;
  const names = [...taken];
  return years
    .filter((y): y is number => y !== null)
    .sort((a, b) => a - b)
    .map((year) => {
      const name = sheetNameFor(fill(m.yearSummarySheetName.zh, { year }), null, names);
      names.push(name);
      const own = rows.filter((r) => r.year === year);
      return buildSummarySheetPlan(name, combined, own.length, [year], { year }, [], own.map((r) => r.format ?? "2021"));
    });
}
