// Queues one sheet plan on an Excel worksheet through Office.js, without syncing: the caller
// decides when the batch goes (see ./insert.ts). Whole-range 2-D arrays wherever Office.js has them.
import { cellA1, columnLetters, MARGINS, rangeA1, rect, sheetRangeA1, usedRect, type CellStyle, type PlanCell, type SheetPlan } from "../../layout";

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

/** One part of a plan's writing, with the bytes its calls put into the request (measured, UTF-8). */
export interface PlanStep {
  readonly bytes: number;
  queue(sheet: Excel.Worksheet, names: Excel.NamedItemCollection): void;
}

/** What Office.js adds to each call besides its arguments (object ids, types); generous on purpose. */
export const CALL_OVERHEAD_BYTES = 120;
const encoder = new TextEncoder();
/** Bytes of `value` as JSON in UTF-8: what it weighs in the request. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? "").length;
const callBytes = (...args: unknown[]) => CALL_OVERHEAD_BYTES + jsonBytes(args);

/**
 * The plan as steps: its cells in row bands of at most `cellBytes` each (formats first, then
 * formulas, one whole-range array each), then widths, heights, styles, merges, highlights, notes,
 * panes, print setup, and its names last (if anything before fails, the batch stops before any
 * name exists).
 */
export function planSteps(plan: SheetPlan, options: ApplyOptions, cellBytes = Infinity): PlanStep[] {
  const steps: PlanStep[] = [];
  const used = usedRect(plan);
  const rows = used.bottom;
  const cols = used.right;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of plan.cells) {
    formulas[c.row - 1][c.col - 1] = formulaCellValue(c);
    if (c.numberFormat) formats[c.row - 1][c.col - 1] = c.numberFormat;
  }
  for (let first = 0; first < rows; ) {
    let bytes = 2 * CALL_OVERHEAD_BYTES;
    let last = first;
    for (; last < rows; last++) {
      const size = jsonBytes(formulas[last]) + jsonBytes(formats[last]) + 2;
      if (last > first && bytes + size > cellBytes) break;
      bytes += size;
    }
    const band = rect(first + 1, 1, last, cols);
    const f = formulas.slice(first, last);
    const n = formats.slice(first, last);
    steps.push({
      bytes,
      queue(sheet) {
        const range = sheet.getRange(rangeA1(band));
        // Formats first: a text cell must already be text (`@`) when its value arrives.
        range.numberFormat = n;
        range.formulas = f;
      },
    });
    first = last;
  }
  for (const { col, width } of plan.columnWidths) {
    const letters = columnLetters(col);
    steps.push({ bytes: callBytes(letters, width), queue: (sheet) => void (sheet.getRange(`${letters}:${letters}`).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER)) });
  }
  for (const { row, height } of plan.rowHeights) steps.push({ bytes: callBytes(row, height), queue: (sheet) => void (sheet.getRange(`${row}:${row}`).format.rowHeight = height) });
  for (const { range, style } of plan.styles) {
    const calls = Object.keys(style).length + (style.border ? 2 * BORDERS.length : 0);
    steps.push({ bytes: calls * CALL_OVERHEAD_BYTES + jsonBytes([range, style]), queue: (sheet) => applyStyle(sheet.getRange(rangeA1(range)), style) });
  }
  for (const m of plan.merges) steps.push({ bytes: callBytes(m), queue: (sheet) => sheet.getRange(rangeA1(m)).merge(false) });
  // Excel puts each added rule on top (priority 0); the .xlsx host gives the plan's first rule the
  // top priority. Added last-first here, the first rule ends on top in both.
  for (const f of [...plan.conditionalFormats].reverse())
    steps.push({
      bytes: 5 * CALL_OVERHEAD_BYTES + jsonBytes(f),
      queue(sheet) {
        const cf = sheet.getRange(rangeA1(f.range)).conditionalFormats.add("Custom");
        cf.custom.rule.formula = f.formula;
        if (f.style.fill) cf.custom.format.fill.color = `#${f.style.fill}`;
        if (f.style.fontColor) cf.custom.format.font.color = `#${f.style.fontColor}`;
        if (f.style.bold) cf.custom.format.font.bold = true;
      },
    });
  if (options.notes) for (const c of plan.cells) if (c.note) steps.push({ bytes: callBytes(c.row, c.col, c.note), queue: (sheet) => void sheet.notes.add(cellA1(c.row, c.col), c.note!) });
  if (plan.freeze) {
    const { rows: fr, cols: fc } = plan.freeze;
    steps.push({
      bytes: callBytes(fr, fc),
      queue(sheet) {
        if (fr > 0 && fc > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeA1(rect(1, 1, fr, fc))));
        else if (fr > 0) sheet.freezePanes.freezeRows(fr);
        else if (fc > 0) sheet.freezePanes.freezeColumns(fc);
      },
    });
  }
  const print = plan.print;
  if (print)
    steps.push({
      bytes: (14 + (print.rowBreaks?.length ?? 0)) * CALL_OVERHEAD_BYTES + jsonBytes(print),
      queue(sheet) {
        const p = sheet.pageLayout;
        p.paperSize = "A4";
        p.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        // Pages down are left free (verticalFitToPages unset), as in the .xlsx host.
        p.zoom = { horizontalFitToPages: print.fitToWidth };
        p.centerHorizontally = true;
        // Office.js takes margins in points; the plan's are in inches, as in the .xlsx host.
        p.leftMargin = MARGINS.left * 72;
        p.rightMargin = MARGINS.right * 72;
        p.topMargin = MARGINS.top * 72;
        p.bottomMargin = MARGINS.bottom * 72;
        p.headerMargin = MARGINS.header * 72;
        p.footerMargin = MARGINS.footer * 72;
        p.setPrintArea(rangeA1(print.area));
        if (print.titleRows) p.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
        if (print.titleColumns) p.setPrintTitleColumns(`$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`);
        // A break is added before the cell named: after row r is before row r + 1.
        for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
      },
    });
  // Names last: if anything above fails, the batch stops before any name exists.
  for (const n of plan.names)
    steps.push({
      bytes: 2 * CALL_OVERHEAD_BYTES + jsonBytes(n),
      queue(_sheet, names) {
        const item = names.add(n.name, `=${n.areas.map((a) => sheetRangeA1(plan.name, a)).join(",")}`, n.comment);
        item.visible = false;
      },
    });
  return steps;
}

/** Queues the whole plan on `sheet` without syncing: the caller decides when the batch goes. */
export function queuePlan(sheet: Excel.Worksheet, names: Excel.NamedItemCollection, plan: SheetPlan, options: ApplyOptions): void {
  for (const step of planSteps(plan, options)) step.queue(sheet, names);
}

/** The bytes a plan puts into requests. */
export const planBytes = (plan: SheetPlan, options: ApplyOptions): number => planSteps(plan, options).reduce((n, s) => n + s.bytes, 0);

/**
 * Queues calls and syncs before a request would pass `limit` bytes (Excel on the web refuses
 * requests over 5 MB): a large write goes in several requests, a small one in one.
 */
export class WriteBudget {
  private pending = 0;
  /** Bytes of the largest request so far. */
  largest = 0;
  constructor(
    private readonly sync: () => Promise<void>,
    readonly limit: number,
  ) {}

  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.flush();
    queue();
    this.pending += bytes;
    this.largest = Math.max(this.largest, this.pending);
  }

  async addPlan(sheet: Excel.Worksheet, names: Excel.NamedItemCollection, plan: SheetPlan, options: ApplyOptions): Promise<void> {
    for (const step of planSteps(plan, options, this.limit / 2)) await this.add(step.bytes, () => step.queue(sheet, names));
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    await this.sync();
  }
}
