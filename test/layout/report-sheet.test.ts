import { buildReportSheetPlan, cellsOf, findReportKeys, parseReportName, REPORT_NAME_PARTS, reportKeyFor, reportName, usedRect } from "../../src/layout";
import { FIGURE_COUNT, flattenFigures } from "../../src/model";
import { brokenTotalReport, consistentReport } from "./report-fixtures";
import { namedCells, namedFigures } from "./plan-reader";

const plan = buildReportSheetPlan(consistentReport(), { sheetName: "攀枝花市仁和区人民政府2024", key: "0000ABCD" });
const cellAt = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);

describe("the report sheet plan", () => {
  it("puts all 200 figures in the cells its defined names point at", () => {
    const report = consistentReport();
    const active = namedFigures(plan, "active");
    const requests = namedFigures(plan, "requests");
    const appeals = namedFigures(plan, "appeals");
    expect(active).toEqual(report.active);
    expect(requests).toEqual(report.requests.flat());
    expect(appeals).toEqual(report.appeals);
    expect([...active, ...requests, ...appeals]).toHaveLength(FIGURE_COUNT);
    expect([...active, ...requests, ...appeals]).toEqual(flattenFigures(report));
  });

  it("names every part under one key, in the convention's form", () => {
    expect(plan.names.map((n) => n.name).sort()).toEqual(REPORT_NAME_PARTS.map((p) => reportName("0000ABCD", p)).sort());
    expect(parseReportName("XXGK_0000ABCD_requests")).toEqual({ key: "0000ABCD", part: "requests" });
    expect(parseReportName("XXGK_0000ABCD_nonsense")).toBeNull();
    expect(parseReportName("Print_Area")).toBeNull();
    const found = findReportKeys(["Print_Area", ...plan.names.map((n) => n.name), "XXGK_12345678_requests"]);
    expect([...found.keys()]).toEqual(["0000ABCD", "12345678"]);
    expect(found.get("0000ABCD")!.size).toBe(REPORT_NAME_PARTS.length);
  });

  it("gives the fee two decimals and counts none", () => {
    const [fee] = namedCells(plan, "active").slice(-1);
    expect(fee?.numberFormat).toBe("0.00");
    expect(namedCells(plan, "requests").every((c) => c?.numberFormat === "0")).toBe(true);
  });

  it("writes the agency, year and file header through their names", () => {
    expect(namedCells(plan, "agency")[0]?.content).toEqual({ kind: "text", text: "攀枝花市仁和区人民政府" });
    expect(namedCells(plan, "year")[0]?.content).toEqual({ kind: "number", value: 2024 });
    expect(namedCells(plan, "file")[0]?.content).toEqual({ kind: "text", text: "报告原文.pdf" });
  });

  it("checks row 4 of table 三 with a plain formula beside its 总计", () => {
    const [firstFigure] = namedCells(plan, "requests");
    const row4 = firstFigure!.row + 3;
    expect(cellAt(row4, 11)?.content).toEqual({ kind: "formula", formula: `=IF(COUNT(J${row4},D${row4}:I${row4})<7,"无法核对",J${row4}-SUM(D${row4}:I${row4}))` });
  });

  it("gives each table a plain verdict, and no cell an XXGK.* function (it would show #NAME? in Chinese Excel, WPS, or without the add-in)", () => {
    const verdict = namedCells(plan, "requests_verdict")[0]!;
    expect(verdict.content.kind === "formula" && verdict.content.formula).toMatch(/^=IF\(AND\(.*"无问题".*"处不符".*"处无法核对"/);
    expect(plan.cells.filter((c) => c.content.kind === "formula" && /XXGK\./i.test(c.content.formula))).toEqual([]);
    expect(plan.conditionalFormats.filter((f) => /XXGK\./i.test(f.formula))).toEqual([]);
  });

  it("highlights with rules that follow edits: blank figures, broken checks, the 总计 a row difference blames", () => {
    const formulas = plan.conditionalFormats.map((f) => f.formula);
    const [first] = namedCells(plan, "requests");
    expect(formulas).toContain(`=ISBLANK(D${first!.row})`);
    expect(formulas).toContain(`=AND(ISNUMBER($K${first!.row}),$K${first!.row}<>0)`);
    expect(plan.conditionalFormats.find((f) => f.formula === `=AND(ISNUMBER($K${first!.row}),$K${first!.row}<>0)`)?.range).toEqual({ top: first!.row, left: 10, bottom: first!.row + 24, right: 10 });
  });

  it("leaves an unreadable figure blank, with a note, and still in its named cell", () => {
    const report = brokenTotalReport();
    report.requests[0][0] = null;
    report.active[9] = null;
    const p = buildReportSheetPlan(report, { sheetName: "x", key: "00000001" });
    const cell = namedCells(p, "requests")[0]!;
    expect(cell.content).toEqual({ kind: "blank" });
    expect(cell.note).toBe("未能读取：原文中这个数无法确定，请对照原文填写。");
    expect(namedCells(p, "active")[9]).toMatchObject({ content: { kind: "blank" }, numberFormat: "0.00" });
  });

  it("freezes the header, prints on A4 one page wide, and keeps every merge inside the print area", () => {
    expect(plan.freeze).toEqual({ rows: 3, cols: 3 });
    expect(plan.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1 });
    const used = usedRect(plan);
    expect(plan.print!.area).toEqual(used);
    const seen = new Set<string>();
    for (const m of plan.merges)
      for (const c of cellsOf(m)) {
        expect(seen.has(`${c.row}:${c.col}`)).toBe(false);
        seen.add(`${c.row}:${c.col}`);
      }
  });

  it("keys a new sheet away from the keys already in the workbook", () => {
    const key = reportKeyFor("Sheet", []);
    const other = reportKeyFor("Sheet", [reportName(key, "requests"), "Other"]);
    expect(key).toMatch(/^[0-9A-F]{8}$/);
    expect(other).not.toBe(key);
  });
});

describe("the importer's notes", () => {
  it("are listed under the tables as text, inside the print area", () => {
    const report = consistentReport();
    report.diagnostics = [{ code: "x", severity: "warning", message: "=第（六）项只有一行，已按零处理" }];
    const p = buildReportSheetPlan(report, { sheetName: "x", key: "00000001" });
    const note = p.cells.find((c) => c.content.kind === "text" && c.content.text.startsWith("［注意］"))!;
    expect(note.content).toEqual({ kind: "text", text: "［注意］=第（六）项只有一行，已按零处理" });
    expect(p.print!.area.bottom).toBe(note.row);
  });
});
