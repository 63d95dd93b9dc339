// ── 汇总与校验 ── the pane's side of issue 7: runs combineInWorkbook() and
// validateWorkbookInExcel() (src/hosts/excel/{combine,validate}.ts) and turns any exception into a
// message. What they do to the workbook is theirs.
import { combineInWorkbook } from "../hosts/excel/combine";
import { selectCell, validateWorkbookInExcel } from "../hosts/excel/validate";
import { PANE_MESSAGES, render, type Lang } from "../messages";
import type { Report } from "../model";
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
