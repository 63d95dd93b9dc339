// Plain Excel formulas that check a table over its own cells. Only functions that Excel, WPS and
// LibreOffice all evaluate (IF, COUNT, COUNTIF, SUM, SUMPRODUCT, INT, AND, OR): the sheet keeps
// checking itself when it travels without the add-in.
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { rangeA1, type Rect } from "../geometry";

const UNCHECKABLE = LAYOUT_MESSAGES.uncheckable.zh;
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * `stated − sum of parts`, or 无法核对 when a cell it needs is blank or not a number
 * (a blank must not pass as a zero).
 */
export function differenceFormula(stated: Rect, parts: Rect[], cellCount: number): string {
  const all = [rangeA1(stated), ...parts.map((p) => rangeA1(p))].join(",");
  const sum = parts.map((p) => rangeA1(p)).join(",");
  return `=IF(COUNT(${all})<${cellCount},${q(UNCHECKABLE)},${rangeA1(stated)}-SUM(${sum}))`;
}

/** The balance of one column: (row 1 + row 2) − (row 24 + row 25). */
export function balanceFormula(first: string, second: string, total: string, carried: string): string {
  return `=IF(COUNT(${first},${second},${total},${carried})<4,${q(UNCHECKABLE)},(${first}+${second})-(${total}+${carried}))`;
}

/** How many figures of `r` are negative or (unless `decimal`) not whole; 无法核对 when one is missing. */
export function badFiguresFormula(r: Rect, decimal: boolean): string {
  const a = rangeA1(r);
  const n = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  const bad = decimal ? `(${a}<0)` : `(((${a}<0)+(${a}<>INT(${a})))>0)`;
  return `=IF(COUNT(${a})<${n},${q(UNCHECKABLE)},SUMPRODUCT(--${bad}))`;
}

/**
 * How many figures of a large range are negative or not whole. Blanks count as fine here (the
 * sum checks already call them not checkable); text in a figure cell makes it 无法核对.
 */
export function wholeNumbersFormula(r: Rect): string {
  const a = rangeA1(r);
  return `=IFERROR(SUMPRODUCT(--(((${a}<0)+(${a}<>INT(${a})))>0)),${q(UNCHECKABLE)})`;
}

/** Highlight formula for a count figure (relative to `cell`) that is negative or not whole. */
export function notWholeRule(cell: string): string {
  return `=AND(ISNUMBER(${cell}),OR(${cell}<0,${cell}<>INT(${cell})))`;
}

/**
 * The table's verdict over its check cells (each 0 when fine, a difference or a count when not,
 * 无法核对 when it could not check): 无问题, or 有N处不符, or 有N处无法核对, or both.
 */
export function verdictFormula(checks: Rect[]): string {
  const m = LAYOUT_MESSAGES;
  const sum = (f: (a: string) => string) => checks.map((r) => f(rangeA1(r))).join("+");
  const bad = `(${sum((a) => `COUNTIF(${a},">0")+COUNTIF(${a},"<0")`)})`;
  const unk = `(${sum((a) => `COUNTIF(${a},${q(UNCHECKABLE)})`)})`;
  return (
    `=IF(AND(${bad}=0,${unk}=0),${q(m.verdictOk.zh)},${q(m.verdictHas.zh)}` +
    `&IF(${bad}>0,${bad}&${q(m.verdictMismatches.zh)},"")&IF(AND(${bad}>0,${unk}>0),"，","")` +
    `&IF(${unk}>0,${unk}&${q(m.verdictUncheckable.zh)},""))`
  );
}

/** Highlight formula for a check cell (relative to `cell`): anything but 0 or blank. */
export function brokenCheckRule(cell: string): string {
  return `=AND(${cell}<>"",${cell}<>0)`;
}

/** Highlight formula for a figure whose check cell `check` shows a numeric difference. */
export function brokenByRule(check: string): string {
  return `=AND(ISNUMBER(${check}),${check}<>0)`;
}
