import JSZip from "jszip";
import { planWorkbook } from "../../src/layout";
import { writeXlsx } from "../../src/hosts/xlsx";
import { flattenFigures } from "../../src/model";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";
import { loadWorkbook, namedCellsIn, reportKeys } from "./xlsx-reader";

const INJECTION = "=cmd|' /C calc'!A0";

describe("the .xlsx host", () => {
  it("writes a workbook whose defined names lead back to all 200 figures", async () => {
    const report = consistentReport();
    const wb = await loadWorkbook(await writeXlsx(planWorkbook([report], { index: false })));
    const [key] = reportKeys(wb);
    const figures = (["active", "requests", "appeals"] as const).flatMap((part) => namedCellsIn(wb, key, part).map((c) => c.value));
    expect(figures).toHaveLength(200);
    expect(figures).toEqual(flattenFigures(report));
    expect(namedCellsIn(wb, key, "active")[9].numFmt).toBe("0.00");
  });

  it("keeps a label that looks like a formula as text", async () => {
    const report = consistentReport();
    report.agency = INJECTION;
    report.file = "+SUM(1,2)@evil.pdf";
    const bytes = await writeXlsx(planWorkbook([report], { index: false }));
    const wb = await loadWorkbook(bytes);
    const [key] = reportKeys(wb);
    const agency = namedCellsIn(wb, key, "agency")[0];
    expect(agency.value).toBe(INJECTION);
    expect(agency.type).toBe(ExcelTypeString);
    expect(namedCellsIn(wb, key, "file")[0].value).toBe("+SUM(1,2)@evil.pdf");
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet")).map((f) => zip.file(f)!.async("string")));
    expect(sheetXml).toHaveLength(1);
    expect(sheetXml[0]).not.toMatch(/<f>[^<]*cmd/);
  });

  it("keeps it text on the index sheet too, where the sheet name sits inside a quoted HYPERLINK", async () => {
    const report = consistentReport();
    report.agency = INJECTION;
    const wb = await loadWorkbook(await writeXlsx(planWorkbook([report], { index: true })));
    const index = wb.worksheets[0];
    expect(index.getCell(3, 2).value).toBe(INJECTION);
    expect(index.getCell(3, 5).formula).toBe(`HYPERLINK("#'=cmd|'' ／C calc''!A02024'!A1","=cmd|' ／C calc'!A02024")`);
  });

  it("leaves the XXGK checks out and keeps the plain ones, with highlights and print setup", async () => {
    const wb = await loadWorkbook(await writeXlsx(planWorkbook([brokenTotalReport()], { index: false })));
    const ws = wb.worksheets[0];
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.some((f) => f.includes("XXGK."))).toBe(false);
    expect(formulas.filter((f) => f.startsWith("IF(AND("))).toHaveLength(3);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 3 });
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((f) => f.rules[0].formulae[0])).toContain("AND(ISNUMBER($K26),$K26<>0)");
  });

  it("marks an unreadable figure with a blank cell and a note", async () => {
    const report = consistentReport();
    report.requests[5][2] = null;
    const wb = await loadWorkbook(await writeXlsx(planWorkbook([report], { index: false })));
    const cell = namedCellsIn(wb, reportKeys(wb)[0], "requests")[5 * 7 + 2];
    expect(cell.value).toBeNull();
    expect(cell.note).toBe("未能读取：原文中这个数无法确定，请对照原文填写。");
  });
});

// exceljs's ValueType.String, without importing its enum for one number.
const ExcelTypeString = 3;
