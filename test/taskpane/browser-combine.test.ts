// The 汇总与校验 tab in a plain browser: the same agency and year twice is asked about (the first
// kept unless another is chosen), several years are totalled one at a time, and the workbook is
// the one `xxgk combine` writes: 合并表, 汇总, 核对结果 and each report's sheet.
import { flattenFigures, type Report } from "../../src/model";
import { chosenReports, combinedFileName, combinedWorkbookBytes, combinePlan, type PaneReport } from "../../src/taskpane/combine";
import { loadWorkbook } from "../hosts/xlsx-reader";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";

const as = (id: number, name: string, report: Report): PaneReport => ({ id, name, report });
const other = (): Report => ({ ...consistentReport(), agency: "另一机关", year: 2023 });

test("finds the same agency and year twice, copies or versions, and keeps the one chosen", () => {
  const reports = [as(1, "a/report.pdf", consistentReport()), as(2, "b/report.pdf", consistentReport()), as(3, "改过的.docx", { ...brokenTotalReport(), agency: consistentReport().agency })];
  const plan = combinePlan(reports);
  expect(plan.duplicates).toHaveLength(1);
  expect(plan.duplicates[0].entries.map((e) => e.name)).toEqual(["a/report.pdf", "b/report.pdf", "改过的.docx"]);
  expect(plan.duplicates[0].identical).toBe(false);
  expect(chosenReports(reports, plan, { keep: new Map(), year: null }).reports.map((r) => r.id)).toEqual([1]);
  const chosen = chosenReports(reports, plan, { keep: new Map([[1, 3]]), year: null });
  expect([chosen.reports.map((r) => r.id), chosen.duplicatesLeft]).toEqual([[3], 2]);
});

test("reports of several years: the commonest year first, and only the chosen year totalled", () => {
  const reports = [as(1, "x.pdf", consistentReport()), as(2, "y.pdf", { ...consistentReport(), agency: "乙" }), as(3, "z.pdf", other())];
  const plan = combinePlan(reports);
  expect(plan.years).toEqual([2024, 2023]);
  expect(chosenReports(reports, plan, { keep: new Map(), year: 2024 })).toMatchObject({ otherYears: 1 });
  expect(chosenReports(reports, plan, { keep: new Map(), year: 2023 }).reports.map((r) => r.id)).toEqual([3]);
  expect(combinedFileName([consistentReport()], "zh", new Date(2026, 0, 5))).toBe("政府信息公开年度报告汇总-2024-20260105.xlsx");
});

test("the downloaded workbook holds 合并表, 汇总, 核对结果 and one sheet per report, with stored totals", async () => {
  const a = consistentReport();
  const b = { ...brokenTotalReport(), agency: "乙机关" };
  const wb = await loadWorkbook(await combinedWorkbookBytes([a, b]));
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["合并表", "汇总", "核对结果", "攀枝花市仁和区人民政府2024", "乙机关2024"]);
  // 合并表 names each report's sheet; 核对结果 lists the broken total.
  expect([wb.getWorksheet("合并表")!.getCell("D4").value, wb.getWorksheet("合并表")!.getCell("D5").value]).toEqual(["攀枝花市仁和区人民政府2024", "乙机关2024"]);
  expect(wb.getWorksheet("核对结果")!.getCell("A1").value).toMatch(/核对结果/);
  expect(wb.getWorksheet("核对结果")!.rowCount).toBeGreaterThan(2);
  // The first figure of table 三 in 汇总 (row 1, 自然人): the stored SUBTOTAL is the two reports' sum.
  const summary = wb.getWorksheet("汇总")!;
  const cell = summary.getCell("D26");
  expect(String((cell.value as { formula: string }).formula)).toMatch(/^SUBTOTAL\(9,'合并表'!\$R\$4:\$R\$5\)$/);
  expect(cell.result).toBe((flattenFigures(a)[10] ?? 0) + (flattenFigures(b)[10] ?? 0));
});
