// Finds the report tables in a sheet, wherever they stand and whoever typed them, and reads them
// with the importers' grid mapper. Every figure keeps the sheet address it was read from.
//
// As in any structured table, an empty figure cell reads as 0 (staff leave zeros blank); a cell
// with text that is not a number ("约20", "—") is unreadable (null) and said so.
import { gridToReport } from "../importers/grid";
import { readTitle } from "../importers/title";
import { cellA1, rect, type Rect } from "../layout/geometry";
import { unsupportedFormat } from "../messages";
import { figureSlotsOf, type Diagnostic, type Report, type Report2019, type SourceRef } from "../model";
import { placeGrid, type PlacedGrid } from "./grid";
import { bands, reportRegions, type ReportRegion } from "./regions";
import { cellMatrix, type ScanCell, type SheetCells } from "./sheet";

export interface ScannedReport {
  readonly sheet: string;
  /** A 2021 report, or a 2019 one in its own shape (a sheet in the 2019 layout); a mix is not taken. */
  readonly report: Report | Report2019;
  /** A1 address of each of the 200 figures (interchange order), null where none was read. */
  readonly cells: readonly (string | null)[];
  /** The area the report's tables cover, 1-based. */
  readonly area: Rect;
}

export interface SheetScan {
  readonly sheet: string;
  readonly reports: ScannedReport[];
  /** Regions that looked like tables but gave no report (the older format, …), with why. */
  readonly rejected: { readonly area: Rect; readonly diagnostics: Diagnostic[] }[];
}

export function scanSheet(sheet: SheetCells): SheetScan {
  const { cells, height, width } = cellMatrix(sheet);
  const out: SheetScan = { sheet: sheet.name, reports: [], rejected: [] };
  for (const columns of bands(cells, width))
    for (const region of reportRegions(cells, height, columns)) {
      const read = readRegion(sheet.name, cells, region);
      if ("report" in read) out.reports.push(read);
      else out.rejected.push(read);
    }
  return out;
}

export function scanSheets(sheets: readonly SheetCells[]): SheetScan[] {
  return sheets.map(scanSheet);
}

function readRegion(sheetName: string, cells: (ScanCell | null)[][], region: ReportRegion): ScannedReport | { area: Rect; diagnostics: Diagnostic[] } {
  const grids: PlacedGrid[] = region.tables.map((t, i) => placeGrid(cells, i, t.rows, region.columns, t.id === "appeals"));
  const first = region.tables[0].rows.first;
  const last = region.tables[region.tables.length - 1].rows.last;
  const area = rect(first + 1, region.columns.first + 1, last + 1, region.columns.last + 1);
  const preamble = region.preamble ? textOf(cells, region.preamble.first, region.preamble.last, region.columns) : "";
  const result = gridToReport({ tables: grids.map((g) => g.table), preamble });
  if (!result.ok) return { area, diagnostics: result.diagnostics };
  // A mixed region is rejected, said: its table 二 fits neither format.
  if (result.report.format === "mixed")
    return { area, diagnostics: [{ code: "format-unsupported", severity: "error", message: unsupportedFormat(sheetName, result.report.format, "what-sheet") }] };
  const report = { ...result.report };
  if (report.agency === null || report.year === null) {
    const fromName = titleFromSheetName(sheetName);
    report.agency ??= fromName.agency;
    report.year ??= fromName.year;
  }
  const sources = report.sources!;
  const refs: (SourceRef | null)[] = [...sources.active, ...sources.requests.flat(), ...sources.appeals];
  const addresses = figureSlotsOf(report.format).map((s) => {
    const ref = refs[s.index];
    if (!ref || ref.kind !== "cell") return null;
    const g = grids[ref.table];
    return cellA1(g.sheetRows[ref.row] + 1, g.sheetCols[ref.col] + 1);
  });
  return { sheet: sheetName, report, cells: addresses, area };
}

function textOf(cells: (ScanCell | null)[][], first: number, last: number, columns: { first: number; last: number }): string {
  const lines: string[] = [];
  for (let r = first; r <= last; r++) {
    const texts: string[] = [];
    for (let c = columns.first; c <= columns.last; c++) {
      const cell = cells[r][c];
      if (cell && cell.top === r && cell.left === c) texts.push(cell.text);
    }
    if (texts.length) lines.push(texts.join(" "));
  }
  return lines.join("\n");
}

/** A sheet named like `市财政局2023` or `2023年市财政局` gives its year, and its name as the agency. */
function titleFromSheetName(name: string): { agency: string | null; year: number | null } {
  const fromTitle = readTitle(name);
  if (fromTitle.agency !== null || fromTitle.year !== null) return fromTitle;
  const m = /(19|20)\d{2}/.exec(name);
  const agency = name.replace(/(19|20)\d{2}\s*年?(度)?/, "").replace(/^[\s_\-—]+|[\s_\-—]+$/g, "");
  return { agency: agency.length >= 2 && /[\u4e00-\u9fff]/.test(agency) ? agency : null, year: m ? Number(m[0]) : null };
}
