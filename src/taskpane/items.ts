// The pane's list of sources (pasted texts, chosen files) and what became of each, as plain data.
// React holds an array of these; every change goes through the functions here, so the logic is
// tested without a DOM.
import { checkTables, type CheckResult } from "../checks";
import { sheetNameFor } from "../layout";
import { unsupportedFormat, type Lang } from "../messages";
import type { ImportResult, Report } from "../model";

export type ItemStatus = "waiting" | "reading" | "done" | "failed";

export type WriteState =
  | { readonly state: "writing" }
  | { readonly state: "written"; readonly sheet: string }
  | { readonly state: "cancelled"; readonly wanted: string }
  | { readonly state: "failed"; readonly message: string };

export interface PaneItem {
  readonly id: number;
  /** The file's name, or "粘贴的文字 2" for a paste. */
  readonly name: string;
  readonly status: ItemStatus;
  readonly result?: ImportResult;
  /** The agency and year as the person edits them; the import result keeps what was read. */
  readonly agency: string;
  readonly year: string;
  readonly write?: WriteState;
}

export function waitingItem(id: number, name: string): PaneItem {
  return { id, name, status: "waiting", agency: "", year: "" };
}

/** An item once its import is over: the agency and year fields start from what was read. */
export function finishedItem(item: PaneItem, result: ImportResult): PaneItem {
  const read = result.ok ? result.report : result;
  return {
    ...item,
    status: result.ok ? "done" : "failed",
    result,
    agency: read.agency ?? "",
    year: read.year === null ? "" : String(read.year),
    write: undefined,
  };
}

export function updateItem(items: readonly PaneItem[], id: number, change: (item: PaneItem) => PaneItem): PaneItem[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

/** A year the person typed: four digits, or null (blank or not a year). */
export function parseYear(text: string): number | null {
  const trimmed = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^(19|20)\d\d$/.test(trimmed) ? Number(trimmed) : null;
}

export function yearIsInvalid(text: string): boolean {
  return text.trim() !== "" && parseYear(text) === null;
}

/** The report to check and write: the imported figures under the edited agency and year. */
export function reportOf(item: PaneItem): Report | null {
  // The pane previews, checks and writes the 2021 shape only, for now: see formatNote.
  if (!item.result?.ok || item.result.report.format !== "2021") return null;
  const agency = item.agency.trim();
  return { ...item.result.report, agency: agency === "" ? null : agency, year: parseYear(item.year), file: item.result.report.file ?? fileNameOf(item) };
}

/** Why a report that was read is not shown: its format (2019, mixed) is not taken by the pane yet. */
export function formatNote(item: PaneItem, lang: Lang): string | null {
  if (!item.result?.ok || item.result.report.format === "2021") return null;
  return unsupportedFormat(item.name, item.result.report.format, "what-preview", lang);
}

function fileNameOf(item: PaneItem): string | undefined {
  return /\.[a-z0-9]{2,5}$/i.test(item.name) ? item.name : undefined;
}

export function readyReports(items: readonly PaneItem[]): { item: PaneItem; report: Report }[] {
  return items.flatMap((item) => {
    const report = reportOf(item);
    return report ? [{ item, report }] : [];
  });
}

const checked = new WeakMap<object, CheckResult>();

/** The check engine's findings for an item's figures (cached per import: edits never change figures). */
export function checksOf(report: Report): CheckResult {
  const key = report.requests;
  let result = checked.get(key);
  if (!result) {
    result = checkTables(report);
    checked.set(key, result);
  }
  return result;
}

/**
 * The sheet names the reports will get, in order, as a workbook (or the downloaded file) would
 * name them: later reports of the same agency and year get " (2)", " (3)"….
 */
export function plannedSheetNames(reports: readonly Report[], existing: readonly string[] = []): string[] {
  const taken = [...existing];
  return reports.map((report) => {
    const name = sheetNameFor(report.agency, report.year, taken);
    taken.push(name);
    return name;
  });
}

export function countUnreadable(report: Report): number {
  return [...report.active, ...report.requests.flat(), ...report.appeals].filter((figure) => figure === null).length;
}
