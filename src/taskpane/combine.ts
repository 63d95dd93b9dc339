// ── 汇总与校验 ── the pane's side of issue 7: runs combineInWorkbook() and
// validateWorkbookInExcel() (src/hosts/excel/{combine,validate}.ts) and turns any exception into a
// message. What they do to the workbook is theirs. In a plain browser: the combined workbook as a
// download (below).
import { entryOf, findDuplicateReports, type DuplicateGroup } from "../combine";
import { combineInWorkbook } from "../hosts/excel/combine";
import { writeCombinedXlsx } from "../hosts/xlsx/combined";
import { planWorkbook } from "../layout";
import { combineSheetNames, planCombinedWorkbook } from "../layout/combined";
import { selectCell, validateWorkbookInExcel } from "../hosts/excel/validate";
import { PANE_MESSAGES, render, type Lang } from "../messages";
import { flattenAny, type AnyReport as Report } from "../model";
import type { RunInExcel } from "./write";

/** A finding the person can jump to. */
export interface CellFinding {
  readonly sheet: string;
  readonly cell: string | null;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
}

export interface WorkbookOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly findings: readonly CellFinding[];
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const failure = (err: unknown, lang: Lang): WorkbookOutcome => ({
  ok: false,
  message: render(PANE_MESSAGES.combineError, { reason: reasonOf(err) }, lang),
  findings: [],
});

export async function combineFromPane(run: RunInExcel, reports: readonly Report[], lang: Lang): Promise<WorkbookOutcome> {
  try {
    const result = await run((context) => combineInWorkbook(context, { reports, lang }));
    return { ok: result.status !== "failed", message: result.message, findings: result.findings };
  } catch (err) {
    return failure(err, lang);
  }
}

export async function validateFromPane(
  run: RunInExcel,
  options: { highlight: boolean; findingsSheet: boolean },
  lang: Lang,
): Promise<WorkbookOutcome> {
  try {
    const result = await run((context) => validateWorkbookInExcel(context, { ...options, lang }));
    const findings = result.findings
      .filter((f) => f.status === "failed")
      .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: lang === "en" ? (f.message_en ?? f.message) : f.message }));
    return { ok: true, message: result.message, findings };
  } catch (err) {
    return failure(err, lang);
  }
}

export async function goToCell(run: RunInExcel, sheet: string, cell: string): Promise<void> {
  try {
    await run((context) => selectCell(context, sheet, cell));
  } catch {
    // The sheet may have been renamed or deleted since; the finding's text still says where.
  }
}

// ── 汇总与校验 in a plain browser ── the workbook `xxgk combine` writes (合并表, 汇总, 核对结果 and
// each report's sheet), made from the reports imported in the pane and downloaded.

/** A report the pane holds, with the name it is shown under. */
export interface PaneReport {
  readonly id: number;
  readonly name: string;
  readonly report: Report;
}

/** What the person chose: which of each same-agency-and-year group to keep, and which year to total. */
export interface CombineChoice {
  /** Per duplicate group (keyed by its first report's id): the id kept. */
  readonly keep: ReadonlyMap<number, number>;
  /** The year totalled when the reports span several; null: they do not. */
  readonly year: number | null;
}

export interface CombinePlan {
  readonly duplicates: readonly DuplicateGroup<PaneReport>[];
  /** Years of the reports, the commonest first (ties: the latest). */
  readonly years: readonly number[];
}

export function combinePlan(reports: readonly PaneReport[]): CombinePlan {
  const duplicates = findDuplicateReports(
    reports.map((r) => ({ ...r, agency: r.report.agency, year: r.report.year, file: r.name })),
    (r) => flattenAny(r.report),
  ).map((g) => ({ ...g, entries: g.entries.map((e) => reports.find((r) => r.id === e.id)!) }));
  const counts = new Map<number, number>();
  for (const r of reports) if (r.report.year !== null) counts.set(r.report.year, (counts.get(r.report.year) ?? 0) + 1);
  const years = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
  return { duplicates, years };
}

/** The reports that go into the workbook, and what was left out (said to the person). */
export function chosenReports(reports: readonly PaneReport[], plan: CombinePlan, choice: CombineChoice): { reports: PaneReport[]; duplicatesLeft: number; otherYears: number } {
  const dropped = new Set<number>();
  for (const g of plan.duplicates) {
    const kept = choice.keep.get(g.entries[0].id) ?? g.entries[0].id;
    for (const e of g.entries) if (e.id !== kept) dropped.add(e.id);
  }
  const year = plan.years.length > 1 ? choice.year : null;
  const distinct = reports.filter((r) => !dropped.has(r.id));
  const inYear = year === null ? distinct : distinct.filter((r) => r.report.year === year);
  return { reports: inYear, duplicatesLeft: dropped.size, otherYears: distinct.length - inYear.length };
}

/** The combined workbook's bytes: the same sheets, in the same order, as `xxgk combine` writes. */
export async function combinedWorkbookBytes(reports: readonly Report[]): Promise<Uint8Array> {
  const names = combineSheetNames();
  const sheets = planWorkbook(reports, { index: false }, { sheetNames: [names.combined, names.summary, names.findings], definedNames: [] });
  const book = planCombinedWorkbook(reports.map((r, i) => entryOf(r, sheets[i].name)), [], names);
  return writeCombinedXlsx(book, { reportSheets: sheets });
}

export function combinedFileName(reports: readonly Report[], lang: Lang, today = new Date()): string {
  const date = `${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, "0")}${String(today.getDate()).padStart(2, "0")}`;
  const years = [...new Set(reports.map((r) => r.year).filter((y) => y !== null))];
  return `${PANE_MESSAGES.combinedFileName[lang]}${years.length === 1 ? `-${years[0]}` : ""}-${date}.xlsx`;
}
