// Preview marks: unreadable figures and the cells failed checks point at.
import { checkTables } from "../../src/checks";
import { cellMarks, cellsOfFinding } from "../../src/taskpane/marks";
import type { Finding } from "../../src/model";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";

test("a consistent report has no marks", () => {
  const report = consistentReport();
  expect(cellMarks(report, checkTables(report).findings, "zh").size).toBe(0);
});

test("a wrong 总计 marks the cell the engine blames, with the check's Chinese message", () => {
  const report = brokenTotalReport();
  const marks = cellMarks(report, checkTables(report).findings, "zh");
  const failed = [...marks].filter(([, m]) => m.failed.length > 0);
  expect(failed.map(([key]) => key)).toEqual(["requests:4:7"]);
  expect(failed[0][1].failed.join("\n")).toContain("总计应为");
  expect(failed[0][1].culprit).toBe(true);
});

test("an unreadable figure is marked as such, and its rules are not shown as failed", () => {
  const report = consistentReport();
  report.requests[0][0] = null;
  report.appeals[7] = null;
  const marks = cellMarks(report, checkTables(report).findings, "en");
  expect(marks.get("requests:1:1")).toEqual({ unreadable: true, failed: [], culprit: false });
  expect(marks.get("appeals:2:3")?.unreadable).toBe(true);
  expect([...marks.values()].every((m) => m.failed.length === 0)).toBe(true);
});

test("each rule's place becomes cells (FORMAT.md Findings)", () => {
  const base = { status: "failed", severity: "error", message: "x" } as const;
  const of = (f: Partial<Finding>) => cellsOfFinding({ ...base, ...f } as Finding);
  expect(of({ rule: "row-total", table: "requests", row: 4, col: 7 })).toEqual(["requests:4:7"]);
  expect(of({ rule: "results-total", table: "requests", row: 24, col: 2 })).toEqual(["requests:24:2"]);
  expect(of({ rule: "balance", table: "requests", col: 3 })).toEqual(["requests:1:3", "requests:2:3", "requests:24:3", "requests:25:3"]);
  expect(of({ rule: "appeal-total", table: "appeals", group: 2 })).toEqual(["appeals:2:5"]);
  expect(of({ rule: "integer", table: "active", item: 10 })).toEqual(["active:10"]);
  expect(of({ rule: "narrative-requests", table: 17, said: 16 })).toEqual(["requests:1:7"]);
});
