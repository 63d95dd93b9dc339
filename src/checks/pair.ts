// Rules across two consecutive years of one agency: carry-over and in-force. Across formats (a 2020
// report in the 2019 format before a 2021 one) only figures that mean the same are compared:
// 结转下年度 (2019 row 23, 2021 row 25) against 上年结转 (row 2 in both); 现行有效 exists only in 2021.
import { CARRIED_IN_ROW, REQUEST_COLUMN_COUNT, shapeOf, type Finding } from "../model";
import { asValue, failed, sum, uncheckable } from "./finding";
import { requestColName } from "./where";
import type { CheckInput } from "./types";

/** 现行有效 items of table 二 and the 本年制发 / 本年废止 items that move them. */
const IN_FORCE = [
  { item: 3, issued: 1, repealed: 2, label: "规章", labelEn: "Rules" },
  { item: 6, issued: 4, repealed: 5, label: "行政规范性文件", labelEn: "Normative documents" },
];

export function checkPair(previous: CheckInput, current: CheckInput, years: { year: number; prevYear: number }, out: Finding[]): number {
  let checked = 0;
  if (previous.requests && current.requests) {
    for (let col = 1; col <= REQUEST_COLUMN_COUNT; col++) {
      checked++;
      const expected = asValue(previous.requests[shapeOf(previous.format).requests.carriedOutRow - 1]?.[col - 1]);
      const actual = asValue(current.requests[CARRIED_IN_ROW - 1]?.[col - 1]);
      const facts = { rule: "carry-over" as const, table: "requests" as const, row: CARRIED_IN_ROW, col, expected, actual };
      const params = { ...years, col: requestColName(col), colEn: requestColName(col, "en") };
      if (expected === null || actual === null) out.push(uncheckable(facts, "carry-over-uncheckable", params));
      else if (expected !== actual) out.push(failed(facts, "error", "carry-over", params));
    }
  }
  const inForce = (f: CheckInput) => (f.format ?? "2021") === "2021";
  if (previous.active && current.active && inForce(previous) && inForce(current)) {
    for (const f of IN_FORCE) {
      checked++;
      const prev = asValue(previous.active[f.item - 1]);
      const issued = asValue(current.active[f.issued - 1]);
      const repealed = asValue(current.active[f.repealed - 1]);
      const actual = asValue(current.active[f.item - 1]);
      const expected = prev === null || issued === null || repealed === null ? null : sum([prev, issued, -repealed]);
      const facts = { rule: "in-force" as const, table: "active" as const, item: f.item, expected, actual };
      const params = { ...years, label: f.label, labelEn: f.labelEn, previous: prev, issued, repealed };
      if (expected === null || actual === null) out.push(uncheckable(facts, "in-force-uncheckable", params));
      else if (expected !== actual) out.push(failed(facts, "warning", "in-force", params));
    }
  }
  return checked;
}
