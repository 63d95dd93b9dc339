// Every figure but the fee is a whole number ≥ 0; the fee is a number ≥ 0. In the 2019 format,
// 本年增/减 is a whole number that may be negative, and 采购总金额 is the decimal.
import { FIGURE_SLOTS, FIGURE_SLOTS_2019, FIGURE_SLOTS_MIXED, SHAPE_2019, SHAPE_2021, type Finding, type FigureSlot, type Location, type ReportFormat, type TablesShape } from "../model";
import { failed, uncheckable, type Value } from "./finding";
import { describeCell } from "./where";

// Each slot's location keys, built once: this rule visits 200 figures per report.
const locations = (slots: readonly FigureSlot[]): readonly Location[] =>
  slots.map((slot) => {
    const loc: Location = { table: slot.table };
    if (slot.item !== undefined) loc.item = slot.item;
    if (slot.row !== undefined) loc.row = slot.row;
    if (slot.group !== undefined) loc.group = slot.group;
    if (slot.col !== undefined) loc.col = slot.col;
    return loc;
  });

interface SlotSet {
  readonly slots: readonly FigureSlot[];
  readonly locations: readonly Location[];
  readonly shape: TablesShape;
}
const SETS: Record<ReportFormat, SlotSet> = {
  "2021": { slots: FIGURE_SLOTS, locations: locations(FIGURE_SLOTS), shape: SHAPE_2021 },
  "2019": { slots: FIGURE_SLOTS_2019, locations: locations(FIGURE_SLOTS_2019), shape: SHAPE_2019 },
  mixed: { slots: FIGURE_SLOTS_MIXED, locations: locations(FIGURE_SLOTS_MIXED), shape: SHAPE_2021 },
};

/**
 * `figures` are the figures in the format's slot order (200 for 2021, 198 for 2019, 190 for mixed:
 * flattenAny), undefined for a table not given.
 */
export function checkIntegers(figures: readonly (Value | undefined)[], out: Finding[], format: ReportFormat = "2021"): number {
  const { slots: SLOTS, locations: SLOT_LOCATIONS, shape } = SETS[format];
  const where = (loc: Location) => ({ where: describeCell(loc, "zh", shape), whereEn: describeCell(loc, "en", shape) });
  let checked = 0;
  for (let i = 0; i < SLOTS.length; i++) {
    const slot = SLOTS[i];
    const value = figures[i];
    if (value === undefined) continue;
    checked++;
    if (value !== null && (value >= 0 || slot.signed) && (slot.decimal || Number.isInteger(value))) continue;
    const loc = SLOT_LOCATIONS[i];
    if (value === null) out.push(uncheckable({ rule: "integer", ...loc, expected: null, actual: null }, "integer-uncheckable", where(loc)));
    else out.push(failed({ rule: "integer", ...loc, expected: null, actual: value }, "error", slot.decimal ? "integer-fee" : slot.signed ? "integer-signed" : "integer", where(loc)));
  }
  return checked;
}
