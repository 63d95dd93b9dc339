// The check engine: every consistency rule of FORMAT.md over one report, or over two years of one
// agency. Pure (no Office, no Node): the CLI, the task pane and the custom functions share it.
export { checkTables, checkTwoYears } from "./engine";
export { checkReports, sameAgency, agencyKey, type DatedInput } from "./reports";
export { verdict } from "./verdict";
export { describeCell } from "./where";
export type { CheckInput, CheckResult } from "./types";
export { listFindings, ruleName, findingTag, type ListedFinding } from "./listing";
