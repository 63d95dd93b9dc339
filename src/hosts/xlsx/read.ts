// Reads an .xlsx file with exceljs into plain sheets (cell values + merged ranges) for src/scan.
// A formula cell gives its cached result; one saved without a result (never opened in Excel)
// gives its formula text, which no figure reader takes for a number.
import ExcelJS from "exceljs";
import { parseRangeA1 } from "../../layout/geometry";
import type { CellValue, SheetCells } from "../../scan";

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return `=${(v as ExcelJS.CellFormulaValue).formula ?? ""}`;
      return typeof result === "object" ? ("error" in result ? String(result.error) : null) : (result as CellValue);
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

export function sheetOf(ws: ExcelJS.Worksheet): SheetCells {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Cells inside a merge repeat the master's value in exceljs: only the master holds it.
      if (cell.isMerged && cell.master !== cell) return;
      line[c - 1] = valueOf(cell.value);
    });
    values[r - 1] = Array.from(line, (v) => v ?? null);
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m));
  return { name: ws.name, values, merges };
}

export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetCells[]> {
  return (await readXlsxBook(bytes)).sheets;
}

/** The sheets, and the workbook's defined names with what each refers to (`'汇总'!$A$1`). */
export async function readXlsxBook(bytes: Uint8Array): Promise<{ sheets: SheetCells[]; names: { name: string; reference: string }[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  const names = model.flatMap((n) => n.ranges.map((reference) => ({ name: n.name, reference })));
  return { sheets: wb.worksheets.map(sheetOf), names };
}
