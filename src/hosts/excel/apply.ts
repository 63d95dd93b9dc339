// Queues one sheet plan on an Excel worksheet through Office.js, without syncing: the caller
// decides when the batch goes (see ./insert.ts). Whole-range 2-D arrays wherever Office.js has them.
import { cellA1, columnLetters, rangeA1, rect, sheetRangeA1, usedRect, type CellStyle, type PlanCell, type SheetPlan } from "../../layout";

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Office.js widths are in points; a plan's are in characters of the default font. */
export const POINTS_PER_CHARACTER = 5.6;

/**
 * What goes into `range.formulas` for one cell. Text starting with = + - @ gets the apostrophe
 * prefix, so that even without the cell's text format (`@`, set first) it can never be a formula.
 */
export function formulaCellValue(cell: PlanCell): string | number {
  switch (cell.content.kind) {
    case "text":
      return /^[=+\-@]/.test(cell.content.text) ? `'${cell.content.text}` : cell.content.text;
    case "number":
      return cell.content.value;
    case "formula":
      return cell.content.formula;
    case "blank":
      return "";
  }
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = `#${style.fontColor}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.horizontal) f.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) f.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border)
    for (const edge of BORDERS) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#808080";
    }
}

export interface ApplyOptions {
  /** Notes need ExcelApi 1.18; without them the amber highlight still marks unreadable figures. */
  readonly notes: boolean;
}

export function queuePlan(sheet: Excel.Worksheet, names: Excel.NamedItemCollection, plan: SheetPlan, options: ApplyOptions): void {
  const used = usedRect(plan);
  const rows = used.bottom;
  const cols = used.right;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of plan.cells) {
    formulas[c.row - 1][c.col - 1] = formulaCellValue(c);
    if (c.numberFormat) formats[c.row - 1][c.col - 1] = c.numberFormat;
  }
  const all = sheet.getRange(rangeA1(used));
  // Formats first: a text cell must already be text (`@`) when its value arrives.
  all.numberFormat = formats;
  all.formulas = formulas;

  for (const { col, width } of plan.columnWidths) {
    const letters = columnLetters(col);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  }
  for (const { row, height } of plan.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const { range, style } of plan.styles) applyStyle(sheet.getRange(rangeA1(range)), style);
  for (const m of plan.merges) sheet.getRange(rangeA1(m)).merge(false);
  for (const f of plan.conditionalFormats) {
    const cf = sheet.getRange(rangeA1(f.range)).conditionalFormats.add("Custom");
    cf.custom.rule.formula = f.formula;
    if (f.style.fill) cf.custom.format.fill.color = `#${f.style.fill}`;
    if (f.style.fontColor) cf.custom.format.font.color = `#${f.style.fontColor}`;
    if (f.style.bold) cf.custom.format.font.bold = true;
  }
  if (options.notes) for (const c of plan.cells) if (c.note) sheet.notes.add(cellA1(c.row, c.col), c.note);
  if (plan.freeze) {
    const { rows: fr, cols: fc } = plan.freeze;
    if (fr > 0 && fc > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeA1(rect(1, 1, fr, fc))));
    else if (fr > 0) sheet.freezePanes.freezeRows(fr);
    else if (fc > 0) sheet.freezePanes.freezeColumns(fc);
  }
  if (plan.print) {
    const p = sheet.pageLayout;
    p.paperSize = "A4";
    p.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    p.zoom = { horizontalFitToPages: plan.print.fitToWidth };
    p.centerHorizontally = true;
    p.setPrintArea(rangeA1(plan.print.area));
    if (plan.print.titleRows) p.setPrintTitleRows(`$${plan.print.titleRows.first}:$${plan.print.titleRows.last}`);
  }
  // Names last: if anything above fails, the batch stops before any name exists.
  for (const n of plan.names) {
    const item = names.add(n.name, `=${n.areas.map((a) => sheetRangeA1(plan.name, a)).join(",")}`, n.comment);
    item.visible = false;
  }
}
