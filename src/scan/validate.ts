// Validates the tables found in a workbook: every rule of the checks over each report found, the
// two-year rules between reports of one agency, each finding tied to the sheet cell it is about.
import { checkTables } from "../checks";
import { findingLocation, pairAcrossYears, entryOf, type CombineEntry } from "../combine";
import { COMBINE_MESSAGES } from "../messages/combine";
import { render } from "../messages/format";
import { rangeA1 } from "../layout/geometry";
import type { Finding } from "../model";
import { scanWorkbook, type WorkbookCells } from "./book";
import { scanSheets, type ScannedReport, type SheetScan } from "./scan";
import type { SheetCells } from "./sheet";

export interface SheetFinding extends Finding {
  readonly sheet: string;
  /** A1 address of the cell the finding points at (null when it has no single cell). */
  readonly cell: string | null;
  readonly agency: string | null;
  readonly year: number | null;
}

export interface WorkbookValidation {
  readonly sheets: number;
  readonly reports: readonly { readonly sheet: string; readonly agency: string | null; readonly year: number | null; readonly area: string }[];
  readonly scanned: readonly ScannedReport[];
  readonly findings: readonly SheetFinding[];
  /** One sentence for the person, in Chinese (`message_en`: English). */
  readonly message: string;
  readonly message_en: string;
}

export function validateSheets(sheets: readonly SheetCells[]): WorkbookValidation {
  return validateScans(scanSheets(sheets), sheets.length);
}

/** A whole workbook: report sheets by their names, 合并表 rows, tables typed anywhere (./book.ts). */
export function validateWorkbook(book: WorkbookCells): WorkbookValidation {
  return validateScans(scanWorkbook(book), book.sheets.length);
}

export function validateScans(scans: readonly SheetScan[], sheetCount: number): WorkbookValidation {
  const scanned = scans.flatMap((s) => s.reports);
  const findings: SheetFinding[] = [];
  const tie = (s: ScannedReport, f: Finding): SheetFinding => {
    const slot = findingLocation(f, s.report.format);
    return { ...f, sheet: s.sheet, cell: slot ? s.cells[slot.index] : null, agency: s.report.agency, year: s.report.year };
  };
  for (const s of scanned) for (const f of checkTables(s.report).findings) findings.push(tie(s, f));
  const entries: (CombineEntry & { scan: ScannedReport })[] = scanned.map((s) => ({ ...entryOf(s.report, s.sheet), scan: s }));
  for (const pair of pairAcrossYears(entries)) for (const f of pair.findings) findings.push(tie(pair.current.scan, f));
  const m = COMBINE_MESSAGES;
  const params = { sheets: sheetCount, tables: scanned.length, findings: findings.filter((f) => f.status === "failed").length };
  const text = scanned.length === 0 ? m.noTablesFound : m.validated;
  return {
    sheets: sheetCount,
    reports: scanned.map((s) => ({ sheet: s.sheet, agency: s.report.agency, year: s.report.year, area: rangeA1(s.area) })),
    scanned,
    findings,
    message: render(text, params),
    message_en: render(text, params, "en"),
  };
}
