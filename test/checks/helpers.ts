// A consistent report (committed copy of a corpus case) and small ways to break it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/model";

export function consistentReport(): Report {
  return JSON.parse(readFileSync(join(__dirname, "../fixtures/checks/consistent-report.json"), "utf-8")) as Report;
}

/** rule and location keys of the error/warning findings, as check_findings.py compares them. */
export function keysOf(findings: readonly { rule: string; severity: string; [k: string]: unknown }[]): string[] {
  return findings
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, ...["row", "col", "group", "item", "said"].filter((k) => f[k] !== undefined).map((k) => `${k}=${f[k]}`)].join(" "))
    .sort();
}
