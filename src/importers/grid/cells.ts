// One grid cell read as one figure: in a structured table an empty cell is a zero, a number is
// itself, anything else is unreadable (null) and gets a diagnostic saying where.
import { FILE_PLACES, render, type MessageText } from "../../messages";
import { FILE_GARBLED } from "../../messages/files";
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  FEE_ITEM,
  PROCUREMENT_AMOUNT_ITEM,
  REQUEST_COLUMNS,
  SHAPE_2021,
  readFigureText,
  readSignedFigureText,
  toHalfWidth,
  type TablesShape,
  type Diagnostic,
  type Figure,
  type Location,
  type SourceRef,
} from "../../model";
import { fileDiagnostic } from "./diagnostics";
import type { GridCell, GridTable } from "./grid";

export interface CellFigure {
  figure: Figure;
  source: SourceRef | null;
  diagnostic?: Diagnostic;
}

/** Reads the cell at a figure's place; `cell` null means the grid row has no cell there. */
export function readCellFigure(cell: GridCell | null, table: GridTable, location: Location, shape: TablesShape = SHAPE_2021): CellFigure {
  const place = placeNames(location, shape);
  const signed = location.table === "active" && shape.activeItems[location.item! - 1]?.signed === true;
  if (!cell) return { figure: null, source: null, diagnostic: fileDiagnostic("cell-absent", "warning", place, location) };
  const source: SourceRef = { kind: "cell", table: table.index, row: cell.row, col: cell.col, text: cell.text };
  if (cell.page !== undefined) source.page = cell.page;
  if (table.raggedRows?.includes(cell.row))
    return { figure: null, source, diagnostic: fileDiagnostic("cell-row-ragged", "warning", { ...place, text: visible(cell.text) }, location) };
  // Figures on two lines of one cell (`1<br>2`, two paragraphs) are two numbers, not 12.
  const figureLines = cell.text.split("\n").filter((line) => /\d/.test(toHalfWidth(line)));
  const read = figureLines.length > 1 ? ({ kind: "text", text: cell.text } as const) : signed ? readSignedFigureText(cell.text) : readFigureText(cell.text);
  switch (read.kind) {
    case "empty":
      if (cell.blankLines) return { figure: null, source, diagnostic: fileDiagnostic("cell-blank-lines", "warning", place, location) };
      return { figure: 0, source };
    case "number": {
      const amount = shape.format === "2019" && location.table === "active" && location.item === PROCUREMENT_AMOUNT_ITEM;
      if (amount && read.unit === "元") {
        // 采购总金额 is in 万元; a cell in 元 is converted, and said.
        const figure = Math.round(read.value) / 10000;
        return { figure, source, diagnostic: fileDiagnostic("amount-in-yuan", "info", { ...place, text: cell.text.trim(), value: figure }, location) };
      }
      return { figure: inUnitOf(read.value, read.unit, location, shape), source };
    }
    case "none-mark":
      return {
        figure: 0,
        source,
        diagnostic: fileDiagnostic("cell-none-mark", "warning", { ...place, text: read.text }, location),
      };
    case "placeholder":
      return {
        figure: null,
        source,
        diagnostic: fileDiagnostic("cell-placeholder", "warning", { ...place, text: read.text }, location),
      };
    case "text": {
      const garbled = garbledKind(read.text);
      const text = visible(read.text);
      return {
        figure: null,
        source,
        diagnostic: garbled
          ? fileDiagnostic("cell-garbled", "warning", { ...place, text, kind: garbled.zh, kind_en: garbled.en }, location)
          : fileDiagnostic("cell-not-number", "warning", { ...place, text }, location),
      };
    }
  }
}

/**
 * What makes a cell's text garbled rather than words: characters a decoder could not read (U+FFFD),
 * private-use characters (a PDF font without a Unicode map), control characters, or question
 * marks where characters were lost in a conversion.
 */
function garbledKind(text: string): MessageText | null {
  if (text.includes("\uFFFD")) return FILE_GARBLED.replacement;
  if (/[\ue000-\uf8ff]/.test(text)) return FILE_GARBLED.privateUse;
  if (/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(text)) return FILE_GARBLED.control;
  if (/^[?？\s]+$/.test(text) || /[?？]\d|\d[?？]/.test(text)) return FILE_GARBLED.questionMarks;
  return null;
}

/** The cell's text as a message can show it: control characters as their symbols (␀ for NUL). */
function visible(text: string): string {
  return text
    .replace(/[\u0000-\u001f]/g, (c) => (c === "\n" ? " " : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(/[\ue000-\uf8ff]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The fee is in 万元: a fee written in 元 is converted; every other unit is only a word. */
function inUnitOf(value: number, unit: string | undefined, location: Location, shape: TablesShape): number {
  if (shape.format === "2021" && location.table === "active" && location.item === FEE_ITEM && unit === "元") return Math.round(value) / 10000;
  return value;
}

function placeNames(location: Location, shape: TablesShape): { where: string; where_en: string } {
  let params: Record<string, string> = {};
  let kind: keyof typeof FILE_PLACES = "active";
  if (location.table === "active" && location.item) {
    const it = shape.activeItems[location.item - 1];
    params = { label: it.label, column: it.column };
  } else if (location.table === "requests" && location.row && location.col) {
    kind = "requests";
    params = { row: shape.requests.rows[location.row - 1].short, column: REQUEST_COLUMNS[location.col - 1].label };
  } else if (location.table === "appeals" && location.group && location.col) {
    kind = "appeals";
    params = { group: APPEAL_GROUPS[location.group - 1].label, column: APPEAL_COLUMNS[location.col - 1].label };
  }
  return { where: render(FILE_PLACES[kind], params), where_en: render(FILE_PLACES[kind], params, "en") };
}
