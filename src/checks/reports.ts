// Many reports at once: each gets its own findings, and a report whose agency also published the
// year before gets the two-year rules against that earlier report.
import { labelKey } from "../model";
import { checkTables, checkTwoYears } from "./engine";
import type { CheckInput, CheckResult } from "./types";

export interface DatedInput extends CheckInput {
  readonly agency?: string | null;
  readonly year?: number | null;
}

/** An agency's name with spaces and punctuation removed: how two reports are told to be one agency's. */
export function agencyKey(name: string): string {
  return labelKey(name).replace(/[\p{P}\p{S}]/gu, "");
}

export function sameAgency(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && agencyKey(a) !== "" && agencyKey(a) === agencyKey(b);
}

export function checkReports(inputs: readonly DatedInput[]): CheckResult[] {
  // Index by agency and year: a folder of thousands of reports must not compare every pair.
  const byAgencyYear = new Map<string, DatedInput>();
  for (const input of inputs) {
    const key = input.agency ? agencyKey(input.agency) : "";
    if (key !== "" && typeof input.year === "number" && !byAgencyYear.has(`${key}|${input.year}`)) byAgencyYear.set(`${key}|${input.year}`, input);
  }
  return inputs.map((input) => {
    const own = checkTables(input);
    const year = input.year;
    const key = input.agency ? agencyKey(input.agency) : "";
    if (typeof year !== "number" || key === "") return own;
    const previous = byAgencyYear.get(`${key}|${year - 1}`);
    if (!previous || previous === input) return own;
    const pair = checkTwoYears(previous, input, { year, prevYear: year - 1 });
    return { findings: [...own.findings, ...pair.findings], checked: own.checked + pair.checked };
  });
}
