// Reports in the older 2019 format, and mixed ones, in the pane: the card names the format, the
// preview shows each table in the report's own shape, marks follow that format's rules, and the
// download, the write and the combined workbook take them like 2021 reports.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importText } from "../../src/importers/text";
import { ACTIVE_COUNT, ACTIVE_ITEMS_2019, REQUEST_ROWS_2019, flattenAny, flattenFigures, type AnyReport, type Report2019 } from "../../src/model";
import { COMBINED_COLUMN, COMBINED_FIRST_ROW } from "../../src/layout/combined";
import { combinedWorkbookBytes, combineFromPane } from "../../src/taskpane/combine";
import { workbookBytes } from "../../src/taskpane/download";
import { checksOf, countUnreadable, finishedItem, formatNote, readState, readyReports, reportOf, waitingItem, type PaneItem } from "../../src/taskpane/items";
import { cellMarks, requestKey } from "../../src/taskpane/marks";
import { previewCells, previewTables } from "../../src/taskpane/preview";
import { writeReport } from "../../src/taskpane/write";
import { parseReportName } from "../../src/layout";
import { StrictWorkbook } from "../support/strict-excel";
import { loadWorkbook, namedCellsIn, reportKeys } from "../hosts/xlsx-reader";
import { consistentReport } from "../layout/report-fixtures";

const CASES = join(__dirname, "../fixtures/format2019/cases");
const truthOf = (id: string) => JSON.parse(readFileSync(join(CASES, id, "truth.json"), "utf8")) as AnyReport;

function imported(id: string, name = "report.docx"): PaneItem {
  const result = importText(readFileSync(join(CASES, id, "text-web.txt"), "utf8"));
  if (!result.ok) throw new Error(`${id}: not read`);
  return finishedItem(waitingItem(1, name), result);
}

const figuresOfBook = async (reports: readonly AnyReport[]) => {
  const wb = await loadWorkbook(await workbookBytes(reports));
  return { wb, figures: reportKeys(wb).map((key) => (["active", "requests", "appeals"] as const).flatMap((part) => namedCellsIn(wb, key, part).map((c) => c.value))) };
};

describe("a 2019 report", () => {
  const item = imported("o19a");
  const truth = truthOf("o19a");

  test("its card: read in full, in the 2019 format, checked by the 2019 rules, ready to write", () => {
    const report = reportOf(item)!;
    expect(report.format).toBe("2019");
    expect([readState(item), countUnreadable(report), flattenAny(report)]).toEqual(["read", 0, flattenAny(truth)]);
    expect(formatNote(item, "zh")).toBe("格式：2019年版格式（旧格式）");
    expect(formatNote(item, "en")).toBe("Format: 2019 format (older)");
    expect(checksOf(report).findings.filter((f) => f.status === "failed")).toEqual([]);
    expect(readyReports([item]).map((r) => r.report.format)).toEqual(["2019"]);
  });

  test("its preview: table 二 with 22 figures, table 三 with 23 rows, all 198 figures placed once", () => {
    const tables = previewTables(reportOf(item)!);
    if (tables.active.state !== "read") throw new Error("table 二 not shown");
    expect(tables.active.items.map((it) => it.label)).toEqual(ACTIVE_ITEMS_2019.map((it) => `${it.label} · ${it.column}`));
    expect(tables.active.items.map((it) => it.label).slice(0, 3)).toEqual(["规章 · 本年新制作数量", "规章 · 本年新公开数量", "规章 · 对外公开总数量"]);
    expect(tables.active.items[21]).toMatchObject({ label: "政府集中采购 · 采购总金额（单位：万元）", cell: { figure: 904.49 } });
    expect(tables.active.items[13].cell.figure).toBe(-1); // 行政处罚 本年增/减
    expect(tables.requests.rows.map((r) => r.label)).toEqual(REQUEST_ROWS_2019.map((r) => r.short));
    expect(tables.requests.rows[20]).toMatchObject({ key: 21, label: "其他处理", title: "三、本年度办理结果 · （六）其他处理" });
    expect(tables.appeals.rows).toHaveLength(3);
    const cells = previewCells(tables);
    expect(cells).toHaveLength(198);
    expect(new Set(cells.map((c) => c.key)).size).toBe(198);
    expect(cells.map((c) => c.figure)).toEqual(flattenAny(truth));
  });

  test("a broken 总计 is marked in the 2019 rows (22), not the 2021 ones", () => {
    const broken = reportOf(item)! as Report2019;
    const requests = broken.requests.map((row) => [...row]);
    requests[21][0] = (requests[21][0] ?? 0) + 1; // （七）总计, 自然人
    const report: Report2019 = { ...broken, requests };
    const marks = cellMarks(report, checksOf(report).findings, "zh");
    const failed = [...marks].filter(([, m]) => m.failed.length > 0).map(([key]) => key);
    expect(failed).toContain(requestKey(22, 1));
    expect(failed.every((key) => !key.startsWith("requests:24") && !key.startsWith("requests:25"))).toBe(true);
  });

  test("the downloaded workbook holds its 2019 sheet with all 198 figures, beside a 2021 report", async () => {
    const { wb, figures } = await figuresOfBook([consistentReport(), reportOf(item)!]);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["目录", "攀枝花市仁和区人民政府2024", "临川市河西区人民政府2019"]);
    expect(figures[0]).toEqual(flattenFigures(consistentReport()));
    expect(figures[1]).toHaveLength(198);
    expect(figures[1]).toEqual(flattenAny(truth));
  });

  test("written into Excel (写入工作簿): its 2019 sheet, all 198 figures in the named ranges", async () => {
    const book = new StrictWorkbook([]);
    const state = await writeReport((batch) => batch(book.context()), reportOf(item)!, null, "zh");
    expect(state).toEqual({ state: "written", sheet: "临川市河西区人民政府2019" });
    const key = [...book.names.keys()].map((name) => parseReportName(name)?.key).find(Boolean)!;
    const written = (["active", "requests", "appeals"] as const).flatMap((part) => book.namedCells(`XXGK_${key}_${part}`).map((c) => c.formula));
    expect(written).toEqual(flattenAny(truth));
  });

  test("汇总 inside Excel: the pane's unwritten 2019 report is combined with a 2021 one", async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    const outcome = await combineFromPane((batch) => batch(book.context()), [consistentReport(), reportOf(item)!], "zh");
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/^已合并2份报告/) });
    const agencies = [0, 1].map((i) => book.sheet("合并表")!.value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.agency));
    expect(agencies.sort()).toEqual(["临川市河西区人民政府", "攀枝花市仁和区人民政府"]);
    // the 2019 report written as a sheet, then combined again: the sheet is found, the rows refreshed in place
    expect(await writeReport((batch) => batch(book.context()), reportOf(item)!, null, "zh")).toMatchObject({ state: "written" });
    const again = await combineFromPane((batch) => batch(book.context()), [consistentReport()], "zh");
    expect(again).toMatchObject({ ok: true, message: expect.stringMatching(/^已合并2份报告/) });
  });

  test("the combined workbook takes it with a 2021 report", async () => {
    const wb = await loadWorkbook(await combinedWorkbookBytes([consistentReport(), reportOf(item)!]));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["合并表", "汇总", "核对结果", "攀枝花市仁和区人民政府2024", "临川市河西区人民政府2019"]);
    // 合并表 has a row for each, naming its sheet
    const combined = wb.getWorksheet("合并表")!;
    expect([combined.getCell("D4").value, combined.getCell("D5").value].sort()).toEqual(["临川市河西区人民政府2019", "攀枝花市仁和区人民政府2024"]);
  });
});

describe("a mixed report", () => {
  const item = imported("mix1", "mixed.docx");
  const truth = truthOf("mix1");

  test("its card: read (tables 三 and 四, 190 figures), the format named, table 二 shown as not read with the importer's word", () => {
    const report = reportOf(item)!;
    expect(report.format).toBe("mixed");
    expect([readState(item), countUnreadable(report), flattenAny(report)]).toEqual(["read", 0, flattenAny(truth)]);
    expect(formatNote(item, "zh")).toBe("格式：新旧格式混用");
    const tables = previewTables(report);
    expect(tables.active).toEqual({ state: "not-read", reason: expect.stringContaining("表二的栏目与两种格式都对不上，未读入") });
    expect(tables.requests.rows).toHaveLength(25);
    const cells = previewCells(tables);
    expect(cells).toHaveLength(190);
    expect(cells.map((c) => c.figure)).toEqual(flattenAny(truth));
  });

  test("the downloaded workbook holds its sheet: table 二 empty, tables 三 and 四 as read", async () => {
    const { figures } = await figuresOfBook([reportOf(item)!]);
    expect(figures[0].slice(0, ACTIVE_COUNT)).toEqual(Array(ACTIVE_COUNT).fill(null));
    expect(figures[0].slice(ACTIVE_COUNT)).toEqual(flattenAny(truth));
  });
});
