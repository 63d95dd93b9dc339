// Reports for the layout and host tests, built from truth files (the expected arrays of a real report).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/model";

export function reportFromTruth(file: string): Report {
  const t = JSON.parse(readFileSync(file, "utf8"));
  return { format: "2021", agency: t.agency, year: t.year, active: t.active, requests: t.requests, appeals: t.appeals, file: "报告原文.pdf" };
}

/** 攀枝花市仁和区人民政府 2024 (seed 000): every sum holds. */
export const consistentReport = (): Report => reportFromTruth(join(__dirname, "../fixtures/layout/consistent-report.truth.json"));

/** The same report with requests row 4 (部分公开) 总计 one too high: breaks row 4 and column 7. */
export function brokenTotalReport(): Report {
  const r = consistentReport();
  r.requests[3][6] = (r.requests[3][6] ?? 0) + 1;
  r.agency = "总计有误的机关";
  return r;
}
