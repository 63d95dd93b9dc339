// Every figure but the fee is a whole number ≥ 0; the fee is a number ≥ 0.
import { FIGURE_SLOTS, type Finding, type FigureSlot, type Location } from "../model";
import { failed, uncheckable, type Value } from "./finding";
import { describeCell } from "./where";

// Each slot's location keys, built once: this rule visits 200 figures per report.
const SLOT_LOCATIONS: readonly Location[] = FIGURE_SLOTS.map((slot) => {
  const loc: Location = { table: slot.table };
  if (slot.item !== undefined) loc.item = slot.item;
  if (slot.row !== undefined) loc.row = slot.row;
  if (slot.group !== undefined) loc.group = slot.group;
  if (slot.col !== undefined) loc.col = slot.col;
  return loc;
});

function where(loc: Location) {
  return { where: describeCell(loc), whereEn: describeCell(loc, "en") };
}

const SLOTS: readonly FigureSlot[] = FIGURE_SLOTS;

/** `figures` are the 200 figures in slot order (flattenFigures), undefined for a table not given. */
export function checkIntegers(figures: readonly (Value | undefined)[], out: Finding[]): number {
  let checked = 0;
  for (let i = 0; i < SLOTS.length; i++) {
    const slot = SLOTS[i];
    const value = figures[i];
    if (value === undefined) continue;
    checked++;
    if (value !== null && value >= 0 && (slot.decimal || Number.isInteger(value))) continue;
    const loc = SLOT_LOCATIONS[i];
    if (value === null) out.push(uncheckable({ rule: "integer", ...loc, expected: null, actual: null }, "integer-uncheckable", where(loc)));
    else out.push(failed({ rule: "integer", ...loc, expected: null, actual: value }, "error", slot.decimal ? "integer-fee" : "integer", where(loc)));
  }
  return checked;
}
