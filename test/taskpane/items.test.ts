// The pane's list: edits of agency and year rename the sheet and never touch the imported figures.
import { importText } from "../../src/importers";
import { flattenAny, flattenFigures } from "../../src/model";
import { displayNames, finishedItem, parseYear, plannedSheetNames, readState, readyReports, reportOf, waitingItem, yearIsInvalid } from "../../src/taskpane/items";
import { consistentReport } from "../layout/report-fixtures";

const imported = () => finishedItem(waitingItem(1, "报告.pdf"), { ok: true, report: consistentReport() });

test("an imported item starts from the agency and year that were read", () => {
  const item = imported();
  expect(item).toMatchObject({ status: "done", agency: "攀枝花市仁和区人民政府", year: "2024" });
  expect(reportOf(item)!.file).toBe("报告原文.pdf");
});

test("editing the agency and year changes the report's naming, not its figures", () => {
  const item = { ...imported(), agency: "  仁和区人民政府办公室 ", year: "２０２３" };
  const report = reportOf(item)!;
  expect([report.agency, report.year]).toEqual(["仁和区人民政府办公室", 2023]);
  expect(flattenAny(report)).toEqual(flattenFigures(consistentReport()));
  expect(plannedSheetNames([report])).toEqual(["仁和区人民政府办公室2023"]);
});

test("a blank or impossible year becomes null and is flagged while typed", () => {
  expect([parseYear(""), parseYear("24"), parseYear("2024年"), parseYear(" 2024 ")]).toEqual([null, null, null, 2024]);
  expect([yearIsInvalid(""), yearIsInvalid("20x4"), yearIsInvalid("2024")]).toEqual([false, true, false]);
  expect(reportOf({ ...imported(), agency: "", year: "" })).toMatchObject({ agency: null, year: null });
});

test("reports of one agency and year get distinct sheet names, after the index sheet", () => {
  const a = reportOf(imported())!;
  expect(plannedSheetNames([a, a], ["目录"])).toEqual(["攀枝花市仁和区人民政府2024", "攀枝花市仁和区人民政府2024 (2)"]);
});

test("a failed import keeps its message and gives no report", () => {
  const item = finishedItem(waitingItem(2, "粘贴的文字 1"), importText(""));
  expect(item.status).toBe("failed");
  expect(reportOf(item)).toBeNull();
  expect(readyReports([item, imported()]).map((r) => r.item.id)).toEqual([1]);
  expect(item.result!.ok ? "" : item.result!.diagnostics[0].message).toContain("输入为空");
});

test("files of one name are told apart: by their folder when they have one, else numbered", () => {
  const items = [waitingItem(3, "report.pdf"), waitingItem(2, "report.pdf", "区县/乙/report.pdf"), waitingItem(1, "report.pdf")];
  expect([...displayNames(items).values()].sort()).toEqual(["report.pdf（第 1 个）", "report.pdf（第 2 个）", "区县/乙/report.pdf"].sort());
  expect(displayNames(items).get(1)).toBe("report.pdf（第 1 个）");
  expect(displayNames([waitingItem(1, "甲.pdf"), waitingItem(2, "乙.pdf")]).get(1)).toBe("甲.pdf");
});

test("a report whose 200 figures are all unknown is 'nothing read', never counted as ready", () => {
  const empty = consistentReport();
  empty.active = empty.active.map(() => null);
  empty.requests = empty.requests.map((row) => row.map(() => null));
  empty.appeals = empty.appeals.map(() => null);
  const item = finishedItem(waitingItem(1, "空表.pdf"), { ok: true, report: empty });
  expect(readState(item)).toBe("empty");
  expect(readyReports([item])).toEqual([]);
  const partial = consistentReport();
  partial.active[0] = null;
  expect(readState(finishedItem(waitingItem(2, "缺一个.pdf"), { ok: true, report: partial }))).toBe("partial");
  expect(readState(imported())).toBe("read");
  expect(readState(finishedItem(waitingItem(3, "坏.pdf"), { ok: false, agency: null, year: null, diagnostics: [] }))).toBe("failed");
});
