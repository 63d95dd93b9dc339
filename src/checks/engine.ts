// Runs every single-report rule over the tables it is given, and the two-year rules over a pair.
import { APPEAL_COUNT, REQUEST_COLUMN_COUNT, shapeOf, type Finding } from "../model";
import { checkAppealTotals } from "./appeals";
import { markCulprits } from "./culprit";
import { asValue, type Value } from "./finding";
import { checkIntegers } from "./integer";
import { checkNarrative } from "./narrative";
import { checkPair } from "./pair";
import { checkBalance, checkResultsTotals, checkRowTotals } from "./requests";
import type { CheckInput, CheckResult } from "./types";

function fixed<T>(length: number, get: (i: number) => T): T[] {
  const out = new Array<T>(length);
  for (let i = 0; i < length; i++) out[i] = get(i);
  return out;
}

/** Checks the tables present in `input` (and the prose's number, when table 三 is there). */
export function checkTables(input: CheckInput): CheckResult {
  const findings: Finding[] = [];
  let checked = 0;
  const format = input.format ?? "2021";
  const shape = shapeOf(format);
  const REQUEST_ROW_COUNT = shape.requests.rowCount;
  const ACTIVE_COUNT = format === "mixed" ? 0 : shape.activeItems.length;
  const requests = input.requests
    ? fixed(REQUEST_ROW_COUNT, (r) => fixed(REQUEST_COLUMN_COUNT, (c) => asValue(input.requests![r]?.[c])))
    : undefined;
  const appeals = input.appeals ? fixed(APPEAL_COUNT, (i) => asValue(input.appeals![i])) : undefined;
  const active = input.active && format !== "mixed" ? fixed(ACTIVE_COUNT, (i) => asValue(input.active![i])) : undefined;
  if (requests) {
    checked += checkRowTotals(requests, findings, shape.requests);
    checked += checkResultsTotals(requests, findings, shape.requests);
    checked += checkBalance(requests, findings, shape.requests);
    markCulprits(findings, shape);
  }
  if (appeals) checked += checkAppealTotals(appeals, findings);
  const figures: (Value | undefined)[] = [
    ...(active ?? Array<undefined>(ACTIVE_COUNT)),
    ...(requests ? requests.flat() : Array<undefined>(REQUEST_ROW_COUNT * REQUEST_COLUMN_COUNT)),
    ...(appeals ?? Array<undefined>(APPEAL_COUNT)),
  ];
  checkIntegers(figures, findings, format);
  // The integer rule counts once per table in the verdict ("全部 46 项"), not once per figure.
  checked += [requests, appeals, active].filter(Boolean).length;
  if (requests && typeof input.narrative_new === "number") checked += checkNarrative(input.narrative_new, requests, findings);
  return { findings, checked };
}

/** The two-year rules alone: `previous` is the report of `years.prevYear`, `current` of `years.year`. */
export function checkTwoYears(previous: CheckInput, current: CheckInput, years: { year: number; prevYear: number }): CheckResult {
  const findings: Finding[] = [];
  const checked = checkPair(previous, current, years, findings);
  return { findings, checked };
}
