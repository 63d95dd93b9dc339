// Applies sheet plans with exceljs and returns the .xlsx bytes. Used by the command line and by
// the task pane ("download as .xlsx"): webpack takes exceljs's `browser` build (dist/exceljs.min.js)
// through its package.json, so this file imports the package name only.
//
// The file is for people without the add-in: cells marked `host: "office"` (the XXGK.* checks)
// are left out; the plain-formula checks beside them do the same work in Excel, WPS and LibreOffice.
import ExcelJS from "exceljs";
import { cellsOf, columnLetters, MARGINS, rangeA1, sheetRangeA1, WorkbookResults, type CellStyle, type PlanCell, type SheetPlan, type StoredResult } from "../../layout";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };

function styleFor(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined)
    out.font = {
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
      ...(style.fontColor !== undefined && { color: { argb: argb(style.fontColor) } }),
    };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontal || style.vertical || style.wrap !== undefined)
    out.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}

/** Later styles of a plan add to earlier ones, property by property (a bold total over a bordered row). */
function mergedStyles(plan: SheetPlan): Map<string, CellStyle> {
  const byCell = new Map<string, CellStyle>();
  for (const { range, style } of plan.styles)
    for (const { row, col } of cellsOf(range)) byCell.set(`${row}:${col}`, { ...byCell.get(`${row}:${col}`), ...style });
  return byCell;
}

/** What exceljs is given for a planned cell's content (null: nothing written). */
export function cellValueOf(content: PlanCell["content"], result?: StoredResult): ExcelJS.CellValue {
  switch (content.kind) {
    // exceljs writes a JS string as a string cell, whatever it starts with: `=cmd` stays text.
    case "text":
      return content.text;
    case "number":
      return content.value;
    case "formula":
      // The computed value goes with the formula: readers that never calculate still show it.
      return { formula: content.formula.replace(/^=/, ""), ...(result !== undefined && { result }) } as ExcelJS.CellFormulaValue;
    case "blank":
      return null;
  }
}

/** Adds one planned sheet (and its defined names) to an exceljs workbook. */
export function addPlanToWorkbook(wb: ExcelJS.Workbook, plan: SheetPlan, results?: WorkbookResults): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name, {
    views: plan.freeze ? [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }] : [],
  });
  for (const { col, width } of plan.columnWidths) ws.getColumn(col).width = width;
  for (const { row, height } of plan.rowHeights) ws.getRow(row).height = height;

  for (const c of plan.cells) {
    if (c.host === "office") continue;
    const cell = ws.getCell(c.row, c.col);
    if (c.content.kind !== "blank") cell.value = cellValueOf(c.content, c.content.kind === "formula" ? results?.resultAt(plan.name, c.row, c.col) : undefined);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.note) cell.note = c.note;
  }
  for (const [key, style] of mergedStyles(plan)) {
    const [row, col] = key.split(":").map(Number);
    Object.assign(ws.getCell(row, col), styleFor(style));
  }
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);

  let priority = 1;
  for (const f of plan.conditionalFormats) {
    if (f.host === "office") continue;
    ws.addConditionalFormatting({
      ref: rangeA1(f.range),
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [f.formula.replace(/^=/, "")],
          style: {
            ...(f.style.fill && { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.style.fill) } } }),
            ...((f.style.fontColor || f.style.bold) && {
              font: { ...(f.style.fontColor && { color: { argb: argb(f.style.fontColor) } }), ...(f.style.bold && { bold: true }) },
            }),
          },
        },
      ],
    });
  }
  if (plan.print) {
    const p = plan.print;
    const fit = p.fitToWidth > 0;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      margins: { ...MARGINS },
      horizontalCentered: true,
      fitToPage: fit,
      ...(fit ? { fitToWidth: p.fitToWidth, fitToHeight: 0 } : { scale: 100 }),
      printArea: rangeA1(p.area),
      ...(p.titleRows && { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` }),
      ...(p.titleColumns && { printTitlesColumn: `${columnLetters(p.titleColumns.first)}:${columnLetters(p.titleColumns.last)}` }),
    };
    const breaks = (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
    for (const row of p.rowBreaks ?? []) breaks.push({ id: row, max: 16383, man: 1 });
  }
  for (const n of plan.names) for (const area of n.areas) wb.definedNames.add(sheetRangeA1(plan.name, area), n.name);
  return ws;
}

/** A new workbook holding the planned sheets, as .xlsx bytes. */
export async function writeXlsx(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "xxgk-sheets";
  // Results are stored for readers that never calculate; those that do recompute on opening.
  wb.calcProperties = { fullCalcOnLoad: true };
  const results = WorkbookResults.of(plans);
  for (const plan of plans) addPlanToWorkbook(wb, plan, results);
  const bytes = await wb.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}
