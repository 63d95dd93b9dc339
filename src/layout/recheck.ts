// A finding's rule again, as a formula over the cells that now hold its figures: where a finding
// is listed on a sheet (核对结果, a report sheet's list), its 现状 cell follows the figures, so a
// corrected figure shows 已相符 without combining again. Only functions every reader evaluates
// (IF, COUNT, SUM, OR, AND, INT) and that ./formula.ts computes for the stored result.
import { RECHECK_MESSAGES } from "../messages/checks";
import { LAYOUT_MESSAGES } from "../messages/layout";
import {
  APPEAL_COLUMN_COUNT,
  APPEAL_TOTAL_COL,
  CARRIED_IN_ROW,
  NEW_REQUESTS_ROW,
  REQUEST_TOTAL_COL,
  RESULT_ROWS_FIRST,
  figureSlotsOf,
  shapeOf,
  type Finding,
  type ReportFormat,
} from "../model";

/**
 * Where a figure stands now: slot index (the interchange order of the report's format, 2021 unless
 * said) → an A1 reference, sheet included when needed.
 */
export type CellOf = (slot: number) => string | null;

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
const slotIn = (format: ReportFormat) => (table: "active" | "requests" | "appeals", a: number, b?: number) =>
  figureSlotsOf(format).findIndex((s) => s.table === table && (table === "active" ? s.item === a : table === "requests" ? s.row === a && s.col === b : s.group === a && s.col === b));

/** `plus − minus` over slots: the difference a sum rule must bring to 0. */
interface Difference {
  readonly plus: readonly number[];
  readonly minus: readonly number[];
}

function differenceOf(f: Finding, format: ReportFormat): Difference | null {
  const slot = slotIn(format);
  const { resultsLast: RESULT_ROWS_LAST, resultsTotalRow: RESULTS_TOTAL_ROW, carriedOutRow: CARRIED_OUT_ROW } = shapeOf(format).requests;
  switch (f.rule) {
    case "row-total": {
      const parts = Array.from({ length: REQUEST_TOTAL_COL - 1 }, (_, i) => slot("requests", f.row!, i + 1));
      return { plus: [slot("requests", f.row!, REQUEST_TOTAL_COL)], minus: parts };
    }
    case "results-total": {
      const parts = Array.from({ length: RESULT_ROWS_LAST - RESULT_ROWS_FIRST + 1 }, (_, i) => slot("requests", RESULT_ROWS_FIRST + i, f.col!));
      return { plus: [slot("requests", RESULTS_TOTAL_ROW, f.col!)], minus: parts };
    }
    case "balance":
      return {
        plus: [slot("requests", NEW_REQUESTS_ROW, f.col!), slot("requests", CARRIED_IN_ROW, f.col!)],
        minus: [slot("requests", RESULTS_TOTAL_ROW, f.col!), slot("requests", CARRIED_OUT_ROW, f.col!)],
      };
    case "appeal-total": {
      const parts = Array.from({ length: APPEAL_COLUMN_COUNT }, (_, i) => i + 1).filter((c) => c !== APPEAL_TOTAL_COL);
      return { plus: [slot("appeals", f.group!, APPEAL_TOTAL_COL)], minus: parts.map((c) => slot("appeals", f.group!, c)) };
    }
    default:
      return null;
  }
}

function status(refs: readonly string[], ok: string): string {
  const m = RECHECK_MESSAGES;
  return `=IF(COUNT(${refs.join(",")})<${refs.length},${q(LAYOUT_MESSAGES.uncheckable.zh)},IF(${ok},${q(m.ok.zh)},${q(m.still.zh)}))`;
}

/**
 * The 现状 formula of a finding of one report, or null when its figures are not all on hand
 * (`cellOf` gives null) or the rule spans two reports (carry-over, in-force: see `recheckPair`).
 */
export function recheckFormula(f: Finding, cellOf: CellOf, saidCell?: string, format: ReportFormat = "2021"): string | null {
  const slot = slotIn(format);
  const FIGURE_SLOTS = figureSlotsOf(format);
  if (f.rule === "narrative-requests") {
    // The prose's number: a cell of the sheet that states it, else (the combined sheet has no
    // such column) the number itself.
    const said = saidCell ?? (typeof f.said === "number" ? String(f.said) : null);
    const fresh = cellOf(slot("requests", NEW_REQUESTS_ROW, REQUEST_TOTAL_COL));
    const carried = cellOf(slot("requests", CARRIED_IN_ROW, REQUEST_TOTAL_COL));
    if (!fresh || !carried || said === null) return null;
    return status(saidCell ? [saidCell, fresh, carried] : [fresh, carried], `OR(${fresh}=${said},${fresh}+${carried}=${said})`);
  }
  if (f.rule === "integer") {
    const index = FIGURE_SLOTS.findIndex((s) => s.table === f.table && s.item === f.item && s.row === f.row && s.group === f.group && s.col === f.col);
    const at = index >= 0 ? cellOf(index) : null;
    if (!at) return null;
    const s = FIGURE_SLOTS[index];
    return status([at], s.decimal ? `${at}>=0` : s.signed ? `${at}=INT(${at})` : `AND(${at}>=0,${at}=INT(${at}))`);
  }
  const d = differenceOf(f, format);
  if (!d) return null;
  const plus = d.plus.map(cellOf);
  const minus = d.minus.map(cellOf);
  if ([...plus, ...minus].some((c) => c === null)) return null;
  const all = [...plus, ...minus] as string[];
  return status(all, `SUM(${plus.join(",")})-SUM(${minus.join(",")})=0`);
}

/**
 * The 现状 formula of a two-year finding, over the earlier report's cells and the later one's
 * (each in its own format's slots: a 2020 report may be in the 2019 format).
 */
export function recheckPair(f: Finding, previous: CellOf, current: CellOf, formats: { previous: ReportFormat; current: ReportFormat } = { previous: "2021", current: "2021" }): string | null {
  const slot = slotIn(formats.current);
  if (f.rule === "carry-over") {
    const before = previous(slotIn(formats.previous)("requests", shapeOf(formats.previous).requests.carriedOutRow, f.col!));
    const now = current(slot("requests", CARRIED_IN_ROW, f.col!));
    return before && now ? status([before, now], `${before}=${now}`) : null;
  }
  if (f.rule === "in-force") {
    const item = f.item!;
    // 规章 (3) moves with items 1 and 2, 行政规范性文件 (6) with 4 and 5 (src/checks/pair.ts).
    const [issued, repealed] = item === 3 ? [1, 2] : [4, 5];
    const refs = [previous(slot("active", item)), current(slot("active", issued)), current(slot("active", repealed)), current(slot("active", item))];
    if (refs.some((r) => r === null)) return null;
    const [prev, up, down, now] = refs as string[];
    return status(refs as string[], `${prev}+${up}-${down}=${now}`);
  }
  return null;
}
