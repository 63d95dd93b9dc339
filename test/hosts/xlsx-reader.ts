// Reads an .xlsx written by the xlsx host back with exceljs, through the defined names.
import ExcelJS from "exceljs";
import { parseRangeA1, parseReportName, cellsOf, type ReportNamePart } from "../../src/layout";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Keys of the report sheets in the workbook, from its defined names. */
export function reportKeys(wb: ExcelJS.Workbook): string[] {
  const keys = new Set<string>();
  wb.definedNames.model.forEach((n: { name: string }) => {
    const parsed = parseReportName(n.name);
    if (parsed) keys.add(parsed.key);
  });
  return [...keys];
}

/** The cells a name refers to, in reading order (row by row), as the naming convention reads them. */
export function namedCellsIn(wb: ExcelJS.Workbook, key: string, part: ReportNamePart): ExcelJS.Cell[] {
  const { ranges } = wb.definedNames.getRanges(`XXGK_${key}_${part}`);
  const cells: { sheet: string; row: number; col: number }[] = [];
  for (const r of ranges as string[]) {
    const bang = r.lastIndexOf("!");
    const sheet = r.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    for (const c of cellsOf(parseRangeA1(r.slice(bang + 1)))) cells.push({ sheet, ...c });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return cells.map((c) => wb.getWorksheet(c.sheet)!.getCell(c.row, c.col));
}
