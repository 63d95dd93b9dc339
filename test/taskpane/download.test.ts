// The browser mode's .xlsx: the same plans as the Excel host, read back through the defined names.
import { flattenFigures } from "../../src/model";
import { downloadFileName, workbookBytes } from "../../src/taskpane/download";
import { loadWorkbook, namedCellsIn, reportKeys } from "../hosts/xlsx-reader";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";

test("two reports: an index sheet, then one sheet each holding all 200 figures", async () => {
  const reports = [consistentReport(), brokenTotalReport()];
  const wb = await loadWorkbook(await workbookBytes(reports));
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["目录", "攀枝花市仁和区人民政府2024", "总计有误的机关2024"]);
  const keys = reportKeys(wb);
  expect(keys).toHaveLength(2);
  const byAgency = new Map(
    keys.map((key) => [
      namedCellsIn(wb, key, "agency")[0].value,
      (["active", "requests", "appeals"] as const).flatMap((part) => namedCellsIn(wb, key, part).map((c) => c.value)),
    ]),
  );
  for (const report of reports) expect(byAgency.get(report.agency)).toEqual(flattenFigures(report));
});

test("the file's name says what it holds and when it was made", () => {
  const day = new Date(2025, 2, 7);
  expect(downloadFileName([consistentReport()], "zh", day)).toBe("政府信息公开年度报告-2024-20250307.xlsx");
  expect(downloadFileName([], "en", day)).toBe("information-disclosure-reports-20250307.xlsx");
});
