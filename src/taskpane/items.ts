// The pane's list of sources (pasted texts, chosen files) and what became of each, as plain data.
// React holds an array of these; every change goes through the functions here, so the logic is
// tested without a DOM.
import { checkTables, type CheckResult } from "../checks";
import { sheetNameFor } from "../layout";
import { FORMAT_MESSAGES, PANE_MESSAGES, formatName, render, type Lang } from "../messages";
import { flattenAny, type AnyReport, type ImportResult } from "../model";

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
  /** The file's path inside a chosen folder (webkitRelativePath), when it came with one. */
  readonly path?: string;
  readonly status: ItemStatus;
  readonly result?: ImportResult;
  /** The agency and year as the person edits them; the import result keeps what was read. */
  readonly agency: string;
  readonly year: string;
  readonly write?: WriteState;
}

export function waitingItem(id: number, name: string, path?: string): PaneItem {
  return { id, name, ...(path && path !== name && { path }), status: "waiting", agency: "", year: "" };
}

/**
 * What each item is called on screen: its path in the chosen folder when it has one, its name
 * otherwise; names that still repeat (ten report.pdf chosen one by one) get "（第 n 个）".
 */
export function displayNames(items: readonly PaneItem[], lang: Lang = "zh"): Map<number, string> {
  const shown = items.map((item) => item.path ?? item.name);
  const total = new Map<string, number>();
  for (const name of shown) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<number, string>();
  // Numbered in the order they were added (ids grow), whatever order the list shows them in.
  const order = items.map((item, i) => ({ item, name: shown[i] })).sort((a, b) => a.item.id - b.item.id);
  for (const { item, name } of order) {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    out.set(item.id, total.get(name)! > 1 ? render(PANE_MESSAGES.sameNameNth, { name, n }, lang) : name);
  }
  return out;
}

/**
 * How a finished import went, for badges and the progress line: read in full, partly read (some
 * "?"), nothing read (a report whose 200 figures are all unknown), or failed.
 */
export type ReadState = "waiting" | "reading" | "read" | "partial" | "empty" | "failed";

export function readState(item: PaneItem): ReadState {
  if (item.status === "waiting" || item.status === "reading" || item.status === "failed") return item.status;
  if (!item.result?.ok) return "failed";
  const report = item.result.report;
  const unread = countUnreadable(report);
  // A mixed report's table 二 is absent, not unread: its 190 figures are the whole.
  return unread === 0 ? "read" : unread >= flattenAny(report).length ? "empty" : "partial";
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
export function reportOf(item: PaneItem): AnyReport | null {
  if (!item.result?.ok) return null;
  const agency = item.agency.trim();
  return { ...item.result.report, agency: agency === "" ? null : agency, year: parseYear(item.year), file: item.result.report.file ?? fileNameOf(item) };
}

/** The card's line naming the format of a report that is not in the 2021 one: 格式：2019年版格式（旧格式）. */
export function formatNote(item: PaneItem, lang: Lang): string | null {
  if (!item.result?.ok || item.result.report.format === "2021") return null;
  return render(FORMAT_MESSAGES["format-line"], { format: formatName(item.result.report.format, lang) }, lang);
}

function fileNameOf(item: PaneItem): string | undefined {
  return /\.[a-z0-9]{2,5}$/i.test(item.name) ? item.name : undefined;
}

/** Reports to preview, write and combine; one with nothing read is shown but never counted. */
export function readyReports(items: readonly PaneItem[]): { item: PaneItem; report: AnyReport }[] {
  return items.flatMap((item) => {
    const report = reportOf(item);
    return report && readState(item) !== "empty" ? [{ item, report }] : [];
  });
}

const checked = new WeakMap<object, CheckResult>();

/** The check engine's findings for an item's figures (cached per import: edits never change figures). */
export function checksOf(report: AnyReport): CheckResult {
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
export function plannedSheetNames(reports: readonly Pick<AnyReport, "agency" | "year">[], existing: readonly string[] = []): string[] {
  const taken = [...existing];
  return reports.map((report) => {
    const name = sheetNameFor(report.agency, report.year, taken);
    taken.push(name);
    return name;
  });
}

/** Figures not read, in the report's own shape (a mixed report's absent table 二 is not counted). */
export function countUnreadable(report: AnyReport): number {
  return flattenAny(report).filter((figure) => figure === null).length;
}
