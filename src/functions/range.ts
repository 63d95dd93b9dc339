// The one adapter from Excel's 2-D arrays to the engine's figures, shared by every XXGK function.
// A range holds either the bare figures of one table (25×7; 1×10 or 2×5; 3×5 or 1×15) or the table
// with its row labels and headers, in which case rows are found by their labels (./layout.ts). A
// blank cell is a zero; text where a figure belongs becomes an unreadable figure, named in the result.
import type { CheckInput } from "../checks";
import { ACTIVE_COUNT, ACTIVE_COUNT_2019, APPEAL_COUNT, REQUEST_COLUMN_COUNT, REQUEST_ROW_COUNT, REQUEST_ROW_COUNT_2019, REQUEST_ROWS, REQUEST_ROWS_2019, appealIndex, type Location, type TableId } from "../model";
import { FUNCTION_MESSAGES, render } from "../messages";
import { cellName, parseOrigin, type RangeOrigin } from "./address";
import { findLayout, readCell, shapeError, type Position } from "./layout";

export type { Position } from "./layout";

export interface Note {
  readonly message: string;
  readonly message_en: string;
  /** The figure the note is about, when it is about one. */
  readonly loc?: Location;
}

export interface TableRange {
  readonly table: TableId;
  /** Only `table` is set: the engine checks what the range holds. */
  readonly input: CheckInput;
  /** Where each figure sits in the range, by `locationKey`. */
  readonly positions: ReadonlyMap<string, Position>;
  readonly origin: RangeOrigin | undefined;
  readonly notes: readonly Note[];
}

export function locationKey(loc: Location): string {
  return [loc.table, loc.item, loc.row, loc.group, loc.col].map((v) => v ?? "").join(":");
}

/** Reads a range as one table, or throws an Excel #VALUE! error saying which shapes are expected. */
export function readTableRange(values: unknown[][], address?: string): TableRange {
  if (!Array.isArray(values) || values.length === 0 || !values.every(Array.isArray)) shapeError([]);
  const layout = findLayout(values);
  const origin = parseOrigin(address);
  const positions = new Map<string, Position>();
  const notes: Note[] = [];
  const figure = (loc: Location, [r, c]: Position): number | null => {
    positions.set(locationKey(loc), [r, c]);
    const cell = readCell(values[r]?.[c]);
    if (cell.kind === "value") return cell.value;
    const params = { cell: cellName(r, c, origin), text: cell.text };
    notes.push({ message: render(FUNCTION_MESSAGES["text-in-cell"], params), message_en: render(FUNCTION_MESSAGES["text-in-cell"], params, "en"), loc });
    return null;
  };
  let input: CheckInput;
  const old = layout.format === "2019";
  const format = old ? ({ format: "2019" } as const) : {};
  if (layout.table === "requests") {
    const grid = Array.from({ length: old ? REQUEST_ROW_COUNT_2019 : REQUEST_ROW_COUNT }, () => Array<number | null>(REQUEST_COLUMN_COUNT).fill(null));
    for (const [loc, pos] of layout.places) grid[loc.row! - 1][loc.col! - 1] = figure(loc, pos);
    input = { ...format, requests: grid };
  } else if (layout.table === "active") {
    const active = Array<number | null>(old ? ACTIVE_COUNT_2019 : ACTIVE_COUNT).fill(null);
    for (const [loc, pos] of layout.places) active[loc.item! - 1] = figure(loc, pos);
    input = { ...format, active };
  } else {
    const appeals = Array<number | null>(APPEAL_COUNT).fill(null);
    for (const [loc, pos] of layout.places) appeals[appealIndex(loc.group!, loc.col!)] = figure(loc, pos);
    input = { appeals };
  }
  if (layout.missingRows?.length) {
    const names = old ? REQUEST_ROWS_2019 : REQUEST_ROWS;
    const params = { rows: layout.missingRows.map((r) => names[r - 1].short).join("、") };
    const paramsEn = { rows: layout.missingRows.map((r) => names[r - 1].id).join(", ") };
    notes.push({ message: render(FUNCTION_MESSAGES["rows-missing"], params), message_en: render(FUNCTION_MESSAGES["rows-missing"], paramsEn, "en") });
  }
  return { table: layout.table, input, positions, origin, notes };
}
