// The 汇总与校验 tab's calls: the pane's unwritten reports go to combineInWorkbook, only failed
// findings are listed, and an exception becomes a message that says what to do.
jest.mock("../../src/hosts/excel/combine", () => ({ combineInWorkbook: jest.fn() }));
jest.mock("../../src/hosts/excel/validate", () => ({ validateWorkbookInExcel: jest.fn(), selectCell: jest.fn() }));

import { combineInWorkbook } from "../../src/hosts/excel/combine";
import { selectCell, validateWorkbookInExcel } from "../../src/hosts/excel/validate";
import { combineFromPane, goToCell, validateFromPane } from "../../src/taskpane/combine";
import type { RunInExcel } from "../../src/taskpane/write";
import { consistentReport } from "../layout/report-fixtures";

const context = { marker: "context" } as unknown as Excel.RequestContext;
const run: RunInExcel = (batch) => batch(context);

test("combining passes the pane's reports and the language, and returns the host's message and findings", async () => {
  const finding = { sheet: "合并表", cell: "D5", severity: "error", message: "总计应为3，实为4", agency: "甲", year: 2024, rule: "row-total" };
  jest.mocked(combineInWorkbook).mockResolvedValue({ status: "combined", message: "已合并 2 份报告", findings: [finding] } as never);
  const report = consistentReport();
  const outcome = await combineFromPane(run, [report], "zh");
  expect(combineInWorkbook).toHaveBeenCalledWith(context, { reports: [report], lang: "zh" });
  expect(outcome).toEqual({ ok: true, message: "已合并 2 份报告", findings: [finding] });
});

test("validation lists failed findings only, in the pane's language", async () => {
  jest.mocked(validateWorkbookInExcel).mockResolvedValue({
    message: "Found 1 report",
    findings: [
      { sheet: "Sheet1", cell: "J9", status: "failed", severity: "error", message: "总计应为1", message_en: "Total should be 1" },
      { sheet: "Sheet1", cell: "C4", status: "uncheckable", severity: "info", message: "无法核对" },
    ],
  } as never);
  const outcome = await validateFromPane(run, { highlight: true, findingsSheet: false }, "en");
  expect(validateWorkbookInExcel).toHaveBeenCalledWith(context, { highlight: true, findingsSheet: false, lang: "en" });
  expect(outcome.findings).toEqual([{ sheet: "Sheet1", cell: "J9", severity: "error", message: "Total should be 1" }]);
});

test("an exception becomes a message; jumping to a deleted sheet is silent", async () => {
  jest.mocked(combineInWorkbook).mockRejectedValue(new Error("GeneralException"));
  const outcome = await combineFromPane(run, [], "zh");
  expect(outcome).toEqual({ ok: false, message: "操作未完成（GeneralException）。工作簿中已有的内容未被删除；请关闭正在编辑的单元格后再试。", findings: [] });
  jest.mocked(selectCell).mockRejectedValue(new Error("ItemNotFound"));
  await expect(goToCell(run, "已删除", "A1")).resolves.toBeUndefined();
});
