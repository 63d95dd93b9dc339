// Which preview cells to mark, and why: unreadable figures (null) and the cells failed checks point
// at. A finding names a rule's place (FORMAT.md "Findings"); here that place becomes cells.
import type { Lang } from "../messages";
import {
  APPEAL_COLUMN_COUNT,
  APPEAL_TOTAL_COL,
  REQUEST_TOTAL_COL,
  shapeOf,
  type AnyReport,
  type Finding,
  type Location,
  type ReportFormat,
} from "../model";

export interface CellMark {
  readonly unreadable: boolean;
  /** The failed checks that involve this cell, as the person reads them. */
  readonly failed: string[];
  /** The likely wrong figure when several checks point at it. */
  readonly culprit: boolean;
}

export type CellMarks = ReadonlyMap<string, CellMark>;

export const activeKey = (item: number) => `active:${item}`;
export const requestKey = (row: number, col: number) => `requests:${row}:${col}`;
export const appealKey = (group: number, col: number) => `appeals:${group}:${col}`;

function keyOfLocation(table: Location["table"], place: Omit<Location, "table">): string | null {
  if (table === "active" && place.item) return activeKey(place.item);
  if (table === "requests" && place.row && place.col) return requestKey(place.row, place.col);
  if (table === "appeals" && place.group && place.col) return appealKey(place.group, place.col);
  return null;
}

/** The cells a failed finding is about, in the rows of the report's format (table 三 has 23 rows in 2019). */
export function cellsOfFinding(finding: Finding, format: ReportFormat = "2021"): string[] {
  const rows = shapeOf(format).requests;
  if (finding.culprit) {
    const key = keyOfLocation(finding.culprit.table ?? (typeof finding.table === "string" ? finding.table : undefined), finding.culprit);
    if (key) return [key];
  }
  switch (finding.rule) {
    case "row-total":
      return finding.row ? [requestKey(finding.row, REQUEST_TOTAL_COL)] : [];
    case "results-total":
      return finding.col ? [requestKey(rows.resultsTotalRow, finding.col)] : [];
    case "balance":
      return finding.col ? [rows.newRow, rows.carriedInRow, rows.resultsTotalRow, rows.carriedOutRow].map((row) => requestKey(row, finding.col!)) : [];
    case "appeal-total":
      return finding.group ? [appealKey(finding.group, APPEAL_TOTAL_COL)] : [];
    case "narrative-requests":
      return [requestKey(rows.newRow, REQUEST_TOTAL_COL)];
    default: {
      const table = typeof finding.table === "string" ? finding.table : undefined;
      const key = keyOfLocation(table, finding);
      return key ? [key] : [];
    }
  }
}

export const findingText = (finding: Finding, lang: Lang) => (lang === "en" ? (finding.message_en ?? finding.message) : finding.message);

export function cellMarks(report: AnyReport, findings: readonly Finding[], lang: Lang): CellMarks {
  const marks = new Map<string, CellMark>();
  const mark = (key: string) => {
    let m = marks.get(key);
    if (!m) marks.set(key, (m = { unreadable: false, failed: [], culprit: false }));
    return m as { unreadable: boolean; failed: string[]; culprit: boolean };
  };
  (report.active ?? []).forEach((figure, i) => figure === null && (mark(activeKey(i + 1)).unreadable = true));
  report.requests.forEach((row, r) => row.forEach((figure, c) => figure === null && (mark(requestKey(r + 1, c + 1)).unreadable = true)));
  report.appeals.forEach((figure, i) => figure === null && (mark(appealKey(Math.floor(i / APPEAL_COLUMN_COUNT) + 1, (i % APPEAL_COLUMN_COUNT) + 1)).unreadable = true));
  for (const finding of findings) {
    if (finding.status !== "failed") continue;
    for (const key of cellsOfFinding(finding, report.format)) {
      const m = mark(key);
      m.failed.push(findingText(finding, lang));
      if (finding.culprit) m.culprit = true;
    }
  }
  return marks;
}
