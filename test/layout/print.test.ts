// Print-ready plans: every sheet A4; report sheets, 汇总, 核对结果 and 目录 one page wide with their
// header rows repeated; one table per page on report sheets; rows tall enough for wrapped text.
import { entryOf } from "../../src/combine";
import { pagesAcross, planWorkbook, printableSize, scaleToFitWidth, textWidth, type SheetPlan } from "../../src/layout";
import { buildFindingsSheetPlan, planCombinedWorkbook } from "../../src/layout/combined";
import { TABLES } from "../../src/model";
import { brokenTotalReport, consistentReport } from "./report-fixtures";

const reports = [consistentReport(), brokenTotalReport()];
const book = planCombinedWorkbook(reports.map((r) => entryOf(r)));
const [index, ...reportSheets] = planWorkbook(reports, { index: true });
const rowOfText = (plan: SheetPlan, text: string) => plan.cells.find((c) => c.content.kind === "text" && c.content.text === text)!.row;
const heightOf = (plan: SheetPlan, row: number) => plan.rowHeights.find((h) => h.row === row)?.height ?? 15;

describe("page setup of every planned sheet", () => {
  it("prints each sheet on A4 landscape; all but 合并表 one page wide, with their header rows on every page", () => {
    for (const plan of [index, ...reportSheets, book.summary, book.findingsSheet]) {
      expect([plan.name, plan.print]).toEqual([plan.name, expect.objectContaining({ paper: "A4", orientation: "landscape", fitToWidth: 1 })]);
      expect(plan.print!.titleRows!.first).toBe(1);
    }
    expect(reportSheets[0].print!.titleRows).toEqual({ first: 1, last: 3 });
    expect(book.summary.print!.titleRows).toEqual({ first: 1, last: 3 });
    expect(book.findingsSheet.print!.titleRows).toEqual({ first: 1, last: 2 });
    // 207 columns: the pages across they take at full size (never 0), each with the three heading
    // rows and the agency column.
    const widths = new Map(book.combined.plan.columnWidths.map((w) => [w.col, w.width]));
    const across = pagesAcross(widths, 1, 207, "landscape", { first: 1, last: 1 });
    expect(across).toBe(22);
    expect(book.combined.plan.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: across, titleRows: { first: 1, last: 3 }, titleColumns: { first: 1, last: 1 } });
  });

  it("starts tables 三 and 四 of a report sheet (and of 汇总) on a page of their own", () => {
    for (const plan of [reportSheets[0], book.summary]) {
      const three = rowOfText(plan, TABLES[1].title);
      const four = rowOfText(plan, TABLES[2].title);
      expect(plan.print!.rowBreaks).toEqual([three - 1, four - 1]);
    }
  });

  it("fits table 三 with its headings on one page at the zoom that fits the sheet's width", () => {
    const plan = reportSheets[0];
    const widths = new Map(plan.columnWidths.map((w) => [w.col, w.width]));
    const zoom = scaleToFitWidth(widths, 1, plan.print!.area.right, "landscape");
    expect(zoom).toBeGreaterThan(0.55);
    const [first, last] = plan.print!.rowBreaks!;
    let points = 0;
    for (let row = 1; row <= 3; row++) points += heightOf(plan, row);
    for (let row = first + 1; row <= last; row++) points += heightOf(plan, row);
    expect(points * zoom).toBeLessThan(printableSize("landscape").height);
  });

  it("gives a finding whose text wraps the lines it needs", () => {
    const message = "「部分公开」行（第4行）：总计应为0，实为1（最可能出错的是表三「部分公开」行「总计」列）".repeat(2);
    const plan = buildFindingsSheetPlan("核对结果", [{ sheet: "合并表", cell: "AS9", agency: "总计有误的机关", year: 2024, rule: "row-total", severity: "error", message }]);
    const messageWidth = plan.columnWidths.find((w) => w.col === 8)!.width;
    const lines = Math.ceil(textWidth(message) / (messageWidth - 1));
    expect(lines).toBeGreaterThan(1);
    expect(heightOf(plan, 3)).toBeGreaterThanOrEqual(lines * 15);
    // A short finding keeps the default height.
    const short = buildFindingsSheetPlan("核对结果", [{ sheet: "合并表", cell: "A4", agency: "甲", year: 2024, rule: "x", severity: "info", message: "短" }]);
    expect(heightOf(short, 3)).toBe(15);
  });
});
