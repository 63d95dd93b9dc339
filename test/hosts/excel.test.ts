// Writing one report sheet, on the strict stand-in for Excel (test/support/strict-excel).
import { insertReportSheet } from "../../src/hosts/excel";
import { formulaCellValue } from "../../src/hosts/excel/apply";
import { parseReportName, planReportSheet, rangeA1, reportKeyFor } from "../../src/layout";
import { flattenFigures } from "../../src/model";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";
import { StrictWorkbook as FakeWorkbook } from "../support/strict-excel";

const SHEET = "攀枝花市仁和区人民政府2024";
const newBook = (names: Record<string, string> = {}, sheets = ["Sheet1"]) => new FakeWorkbook(sheets, names);

function keyOf(book: FakeWorkbook): string {
  const keys = [...book.names.keys()].map(parseReportName).filter((p) => p !== null);
  return keys[keys.length - 1]!.key;
}

describe("the Office.js host", () => {
  it("writes one report in at most 3 syncs, and the names lead back to all 200 figures", async () => {
    const book = newBook();
    const report = consistentReport();
    const result = await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: true });
    expect(result).toMatchObject({ status: "inserted", sheetName: SHEET });
    expect(book.syncs).toBeLessThanOrEqual(3);
    expect(book.syncs).toBe(2);
    const key = keyOf(book);
    const figures = (["active", "requests", "appeals"] as const).flatMap((p) => book.namedCells(`XXGK_${key}_${p}`).map((c) => c.formula));
    expect(figures).toEqual(flattenFigures(report));
    expect(book.name(`XXGK_${key}_requests`)).toMatchObject({ formula: `='${SHEET}'!$D$26:$J$50`, visible: false });
    // Each request well under Excel's 5 MB.
    expect(Math.max(...book.requestBytes)).toBeLessThan(1_000_000);
  });

  it("writes plain-formula verdicts and no XXGK.* function (no cell it writes can show #NAME?)", async () => {
    const book = newBook();
    await insertReportSheet(book.context(), brokenTotalReport(), { onSheetNameTaken: "suffix", notes: false });
    const formulas = [...book.sheets[1].cells.values()].map((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(200);
    expect(formulas.filter((f) => typeof f === "string" && /XXGK\./i.test(f))).toEqual([]);
    expect(formulas.filter((f) => typeof f === "string" && f.startsWith("=IF(AND("))).toHaveLength(3);
  });

  it("prints as the .xlsx does: A4 landscape, one page wide, the plan's margins, header rows repeated, a page per table", async () => {
    const book = newBook();
    const report = consistentReport();
    await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: false });
    const print = planReportSheet(report, { sheetNames: [], definedNames: [] }).plan.print!;
    const sheet = book.sheets[1];
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      leftMargin: 36,
      topMargin: expect.closeTo(43.2, 6),
      printTitleRows: `$${print.titleRows!.first}:$${print.titleRows!.last}`,
    });
    expect(print.rowBreaks!.length).toBeGreaterThan(0);
    expect(sheet.rowBreaks).toEqual(print.rowBreaks!.map((r: number) => `A${r + 1}`));
    expect(book.syncs).toBe(2);
  });

  it("gives the highlight rules the plan's priority order, as the .xlsx host does (Excel adds each new rule on top)", async () => {
    const book = newBook();
    const report = consistentReport();
    await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: false });
    const plan = planReportSheet(report, { sheetNames: ["Sheet1"], definedNames: [] }).plan;
    expect(book.sheet(SHEET).conditionalFormats.map((f) => [f.address, f.formula])).toEqual(plan.conditionalFormats.map((f) => [rangeA1(f.range), f.formula]));
  });

  it("keeps a formula-looking agency as text: text format and the apostrophe prefix", async () => {
    const book = newBook();
    const report = consistentReport();
    report.agency = "=HYPERLINK(\"http://x\",\"点此\")";
    report.file = "@SUM(A1).pdf";
    await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: false });
    const key = keyOf(book);
    expect(book.namedCells(`XXGK_${key}_agency`)[0]).toMatchObject({ formula: "'=HYPERLINK(\"http://x\",\"点此\")", numberFormat: "@" });
    expect(book.namedCells(`XXGK_${key}_file`)[0]).toMatchObject({ formula: "'@SUM(A1).pdf", numberFormat: "@" });
    expect(formulaCellValue({ row: 1, col: 1, content: { kind: "text", text: "-1" } })).toBe("'-1");
    expect(formulaCellValue({ row: 1, col: 1, content: { kind: "text", text: "规章" } })).toBe("规章");
  });

  it("notes an unreadable figure as 未能读取 and leaves it blank", async () => {
    const book = newBook();
    const report = consistentReport();
    report.appeals[4] = null;
    await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: true });
    expect(book.namedCells(`XXGK_${keyOf(book)}_appeals`)[4]).toMatchObject({ formula: "", numberFormat: "0", note: "未能读取：原文中这个数无法确定，请对照原文填写。" });
  });

  it("never touches a sheet or name that exists: suffix policy", async () => {
    const book = new FakeWorkbook(["Sheet1", SHEET], { XXGK_00000000_requests: "=Sheet1!$A$1" });
    book.sheet(SHEET)!.cell(1, 1).formula = "原有内容";
    const result = await insertReportSheet(book.context(), consistentReport(), { onSheetNameTaken: "suffix", notes: false });
    expect(result).toMatchObject({ status: "inserted", sheetName: `${SHEET} (2)` });
    expect(book.sheet(SHEET)!.cells.get("1:1")).toEqual({ formula: "原有内容" });
    expect(book.sheet(SHEET)!.cells.size).toBe(1);
    expect(book.name("XXGK_00000000_requests")).toMatchObject({ formula: "=Sheet1!$A$1", visible: true });
  });

  it("an agency name Excel would refuse as a sheet name (too long, / [ ] : * ?) still gets a sheet Excel accepts", async () => {
    const book = newBook();
    const report = consistentReport();
    report.agency = "某某市/区人民政府办公室[试点]:信息*公开?工作领导小组办公室（政务公开科）";
    const result = await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: false });
    expect(result.status).toBe("inserted");
    const name = result.status === "inserted" ? result.sheetName : "";
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(book.namedCells(`XXGK_${keyOf(book)}_agency`)[0].formula).toBe(report.agency);
  });

  it("asks before using another name: ask policy changes nothing", async () => {
    const book = new FakeWorkbook([SHEET]);
    const result = await insertReportSheet(book.context(), consistentReport(), { onSheetNameTaken: "ask" });
    expect(result).toEqual({
      status: "name-taken",
      wanted: SHEET,
      suggestion: `${SHEET} (2)`,
      message: `工作簿中已有名为“${SHEET}”的工作表。可改用“${SHEET} (2)”，原工作表不会改动。`,
      syncs: 1,
    });
    expect(book.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(book.names.size).toBe(0);
  });

  it("without ExcelApi 1.18 (no notes) the older path writes the same sheet, blank figure amber, no note", async () => {
    const book = new FakeWorkbook(["Sheet1"], {}, { excelApi: "1.9" });
    const report = consistentReport();
    report.appeals[4] = null;
    const result = await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix" });
    expect(result).toMatchObject({ status: "inserted", syncs: 2 });
    expect(book.namedCells(`XXGK_${keyOf(book)}_appeals`)[4].note).toBeUndefined();
    // With notes asked for by force, the strict stand-in refuses as such an Excel would.
    const forced = await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: true });
    expect(forced.status).toBe("failed");
  });

  it("rolls back when the write fails: no sheet, no name left behind", async () => {
    const book = new FakeWorkbook(["Sheet1"], { Existing: "=Sheet1!$A$1" });
    // Midway through the write: Excel keeps what the batch did before the failing call.
    book.failAt = { sync: 2, afterCalls: 400 };
    const result = await insertReportSheet(book.context(), consistentReport(), { onSheetNameTaken: "suffix", notes: false });
    expect(result).toMatchObject({ status: "failed", rolledBack: true, sheetName: SHEET });
    expect(result.status === "failed" && result.message).toBe(
      `写入工作表“${SHEET}”时出错：模拟的同步失败 / simulated sync failure。已撤销，工作簿保持原样。`,
    );
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect([...book.names.keys()]).toEqual(["Existing"]);
    expect(book.syncs).toBe(3); // no name had got through: nothing more to delete
  });

  it("rolls back a batch that failed at its names, after the cells and 5 names went in: no sheet, no name left", async () => {
    const probe = newBook();
    await insertReportSheet(probe.context(), consistentReport(), { onSheetNameTaken: "suffix", notes: false });
    const calls = probe.callsPerSync[1];
    const book = newBook();
    // The batch's last 9 calls are the names (add + visible each): fail at the 6th name.
    book.failAt = { sync: 2, afterCalls: calls - 8 };
    const result = await insertReportSheet(book.context(), consistentReport(), { onSheetNameTaken: "suffix", notes: false });
    expect(result).toMatchObject({ status: "failed", rolledBack: true });
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(book.names.size).toBe(0);
    expect(book.syncs).toBe(4);
  });

  it("keeps to 3 syncs for every report of a series, each under its own sheet and names", async () => {
    const book = newBook();
    const results = [];
    for (const report of [consistentReport(), brokenTotalReport(), consistentReport()]) {
      const before = book.syncs;
      const result = await insertReportSheet(book.context(), report, { onSheetNameTaken: "suffix", notes: false });
      results.push([result.status, book.syncs - before]);
    }
    expect(results).toEqual([["inserted", 2], ["inserted", 2], ["inserted", 2]]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET, "总计有误的机关2024", `${SHEET} (2)`]);
    expect(book.names.size).toBe(27);
    expect(Math.max(...book.requestBytes)).toBeLessThan(1_000_000);
  });

  it("leaves names of a deleted report sheet alone and picks a fresh key", async () => {
    const staleKey = reportKeyFor(SHEET, []);
    const book = new FakeWorkbook(["Sheet1"], { [`XXGK_${staleKey}_requests`]: "=#REF!$D$26:$J$50" });
    await insertReportSheet(book.context(), consistentReport(), { onSheetNameTaken: "suffix", notes: false });
    expect(book.name(`XXGK_${staleKey}_requests`)).toMatchObject({ formula: "=#REF!$D$26:$J$50", visible: true });
    expect(keyOf(book)).not.toBe(staleKey);
    expect(book.namedCells(`XXGK_${keyOf(book)}_requests`)).toHaveLength(175);
  });
});
