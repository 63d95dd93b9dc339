// The three sheets of a combination, planned together: the combined sheet, the 汇总 over it, and
// the findings (each report's failed checks and the cross-year rules), linked to the combined
// sheet's cells.
import { checkTables, listFindings } from "../../checks";
import { combineRows, combinedColumnOf2019, entryTables, findingLocation, pairAcrossYears, type CombineEntry, type CombinedRow, type YearPair } from "../../combine";
import { COMBINE_MESSAGES } from "../../messages/combine";
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

export function planCombinedWorkbook(current: readonly CombineEntry[], previous: readonly CombineEntry[] = [], names: CombineNames = {}, options: CombinedSheetOptions = {}): CombinedWorkbook {
  const sheetNames = combineSheetNames([], names);
  const rows = combineRows(current, previous);
  const combined = buildCombinedSheetPlan(sheetNames.combined, rows, options);
  const summary = buildSummarySheetPlan(sheetNames.summary, combined, rows.length, rows.map((r) => r.year), rows.map((r) => r.format ?? "2021"));
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
  return { combined, summary, findingsSheet, rows, pairs, findings };
}

/**
 * The sheets that marker names point at (`names`: each name with what it refers to, such as
 * `='汇总 (2)'!$A$1`): a combination's own sheets, which no scan reads as reports.
 */
export function markedCombineSheets(names: readonly { readonly name: string; readonly reference: string }[]): Set<string> {
  const markers = new Set<string>(Object.values(COMBINE_MARKER_NAMES));
  const out = new Set<string>();
  for (const n of names) {
    if (!markers.has(n.name.toUpperCase())) continue;
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(n.reference.trim());
    if (m) out.add(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  }
  return out;
}
