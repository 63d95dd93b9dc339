// The pane's write flow against the strict stand-in for Excel (test/support/strict-excel): the default
// policy picks a new unique name, the "ask" policy puts the question, and nothing existing is overwritten.
import { PANE_MESSAGES, render } from "../../src/messages";
import { flattenFigures } from "../../src/model";
import { parseReportName } from "../../src/layout";
import { describeWrite, writeReport, type RunInExcel } from "../../src/taskpane/write";
import { StrictWorkbook as FakeWorkbook } from "../support/strict-excel";
import { consistentReport } from "../layout/report-fixtures";

const SHEET = "攀枝花市仁和区人民政府2024";
const runIn = (book: FakeWorkbook): RunInExcel => (batch) => batch(book.context());

function figuresOf(book: FakeWorkbook, sheetName: string): unknown[] {
  const keys = [...book.names.entries()].filter(([, n]) => n.formula.includes(`'${sheetName}'!`)).map(([name]) => parseReportName(name)!.key);
  const key = keys[0];
  return (["active", "requests", "appeals"] as const).flatMap((part) => book.namedCells(`XXGK_${key}_${part}`).map((c) => c.formula));
}

test("by default a taken name gets a new unique name, without a question, and the old sheet is untouched", async () => {
  const book = new FakeWorkbook([SHEET]);
  book.sheet(SHEET)!.cell(1, 1).formula = "原有内容";
  const ask = jest.fn();
  const state = await writeReport(runIn(book), consistentReport(), null, "zh");
  expect(state).toEqual({ state: "written", sheet: `${SHEET} (2)` });
  expect(ask).not.toHaveBeenCalled();
  expect(book.sheet(SHEET)!.cell(1, 1).formula).toBe("原有内容");
  expect(figuresOf(book, `${SHEET} (2)`)).toEqual(flattenFigures(consistentReport()));
  expect(describeWrite(state, "zh")).toBe(`已写入工作表“${SHEET} (2)”。`);
});

test("asked about a taken name, 新建副本 adds the copy under the suggested name", async () => {
  const book = new FakeWorkbook([SHEET]);
  const ask = jest.fn(async () => true);
  const state = await writeReport(runIn(book), consistentReport(), ask, "zh");
  expect(ask).toHaveBeenCalledWith(SHEET, `${SHEET} (2)`);
  expect(state).toEqual({ state: "written", sheet: `${SHEET} (2)` });
  expect(book.sheets.map((s) => s.name)).toEqual([SHEET, `${SHEET} (2)`]);
});

test("asked about a taken name, 取消 writes nothing and says so", async () => {
  const book = new FakeWorkbook([SHEET]);
  const state = await writeReport(runIn(book), consistentReport(), async () => false, "zh");
  expect(state).toEqual({ state: "cancelled", wanted: SHEET });
  expect(book.sheets.map((s) => s.name)).toEqual([SHEET]);
  expect(book.names.size).toBe(0);
  expect(describeWrite(state, "zh")).toBe(render(PANE_MESSAGES.writeCancelled, { wanted: SHEET }));
});

test("the question is not asked when the name is free", async () => {
  const book = new FakeWorkbook(["Sheet1"]);
  const ask = jest.fn(async () => false);
  expect(await writeReport(runIn(book), consistentReport(), ask, "zh")).toEqual({ state: "written", sheet: SHEET });
  expect(ask).not.toHaveBeenCalled();
});

test("a failed write is rolled back and the person reads why, in Chinese", async () => {
  const book = new FakeWorkbook(["Sheet1"]);
  book.failAt = { sync: 2, afterCalls: 300 };
  const state = await writeReport(runIn(book), consistentReport(), null, "zh");
  expect(state.state).toBe("failed");
  expect(describeWrite(state, "zh")).toMatch(/^写入失败：.*模拟的同步失败/);
  expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("Excel.run itself failing (a cell being edited) gives a message saying what to do", async () => {
  const run: RunInExcel = async () => {
    throw new Error("InvalidOperationInCellEditMode");
  };
  const state = await writeReport(run, consistentReport(), null, "zh");
  expect(describeWrite(state, "zh")).toBe(render(PANE_MESSAGES.writeError, { reason: "InvalidOperationInCellEditMode" }));
  expect(describeWrite(state, "zh")).toContain("请关闭正在编辑的单元格后再试");
});
