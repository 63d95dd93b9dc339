// The plan of one worksheet as plain data: what goes in which cell, how it looks, what is merged,
// named, highlighted and printed. Builders (the report sheet, an index sheet, later the combined
// sheet) produce plans; hosts (src/hosts/xlsx, src/hosts/excel) apply them. Nothing here knows Office.
import type { Rect } from "./geometry";

/**
 * What a cell holds. Text is always text: a host must never let it become a formula, whatever it
 * starts with. Formulas are written with their leading `=`, in English function names.
 */
export type CellContent =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "formula"; readonly formula: string }
  /** Deliberately empty (an unreadable figure): the cell still carries its format and note. */
  | { readonly kind: "blank" };

export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
  /** Excel number format: `0` for counts, `0.00` for the fee, `@` for text. */
  readonly numberFormat?: string;
  /** A note (comment) attached to the cell. */
  readonly note?: string;
  /**
   * `office`: only where the add-in runs (the XXGK.* functions); a file for people without the
   * add-in leaves the cell out, its plain-formula twin beside it does the same check.
   */
  readonly host?: "office";
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  /** Colours as `RRGGBB`. */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** Thin lines around every cell of the range. */
  readonly border?: boolean;
}

export interface StyledRange {
  readonly range: Rect;
  readonly style: CellStyle;
}

/**
 * A highlight that follows the cells: `formula` is written for the range's top-left cell, with
 * relative references, as Excel's "use a formula to determine which cells to format".
 */
export interface ConditionalFormat {
  readonly range: Rect;
  readonly formula: string;
  readonly style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
  readonly host?: "office";
}

/** A workbook-scoped defined name; several areas make a union, read in the order given. */
export interface DefinedNamePlan {
  readonly name: string;
  readonly areas: readonly Rect[];
  readonly comment?: string;
}

/**
 * How a sheet prints. Hosts write: paper A4; the orientation; margins (./print.ts MARGINS);
 * centred horizontally; the print area; print titles (rows, and columns when given); fit to
 * `fitToWidth` pages wide and automatic pages down; `rowBreaks` as manual
 * page breaks (with "fit to N wide × automatic tall", Excel and LibreOffice keep manual breaks).
 */
export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Pages across (1: the width always fits; more for 合并表's 207 columns); pages down are left free. */
  readonly fitToWidth: number;
  /** A page break after each of these rows (a table never starts at a page's foot). */
  readonly rowBreaks?: readonly number[];
  readonly area: Rect;
  /** Rows repeated on every printed page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Columns repeated on every printed page (the agency beside 合并表's 200 figures). */
  readonly titleColumns?: { readonly first: number; readonly last: number };
}

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly PlanCell[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly Rect[];
  /** Widths in Excel's character units (the width of "0"; a Chinese character is about two). */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  /** Heights in points, only where a row needs more than the default. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly names: readonly DefinedNamePlan[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly print?: PrintSetup;
}

/** The smallest rectangle holding every cell of the plan (at least A1). */
export function usedRect(plan: Pick<SheetPlan, "cells" | "merges">): Rect {
  let bottom = 1;
  let right = 1;
  for (const c of plan.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  for (const m of plan.merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  return { top: 1, left: 1, bottom, right };
}
