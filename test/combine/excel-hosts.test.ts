// The Office.js hosts over an in-memory workbook (office-addin-mock context): combining the report
// sheets found by their defined names, refreshing in place, and validating a hand-typed workbook.
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { insertReportSheet } from "../../src/hosts/excel";
import { combineInWorkbook, WRITE_BYTES_PER_SYNC } from "../../src/hosts/excel/combine";
import { HIGHLIGHT_FILL, selectCell, validateWorkbookInExcel } from "../../src/hosts/excel/validate";
import { readXlsxSheets } from "../../src/hosts/xlsx/read";
import { parseReportName } from "../../src/layout";
import { COMBINED_COLUMN, COMBINED_FIRST_ROW, figureColumn } from "../../src/layout/combined";
import { FIGURE_SLOTS, flattenFigures, type Report } from "../../src/model";
import { FIXTURE_DIR } from "../scan/workbooks";
import { Book } from "./fake-office";
import { corpusTruthReports } from "./helpers";

async function bookWith(reports: readonly Report[]): Promise<Book> {
  const book = new Book();
  book.addSheet("Sheet1");
  for (const r of reports) await insertReportSheet(book.context(), r, { onSheetNameTaken: "suffix", notes: false });
  book.syncs = 0;
  book.bytesPerSync.length = 0;
  return book;
}

function rowFigures(book: Book, row: number): (number | null)[] {
  const sheet = book.sheet("合并表");
  return FIGURE_SLOTS.map((s) => {
    const v = sheet.value(row, figureColumn(s));
    return v === "" ? null : Number(v);
  });
}

const agencies = (book: Book, count: number) => Array.from({ length: count }, (_, i) => book.sheet("合并表").value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.agency));

describe("combineInWorkbook", () => {
  const reports = corpusTruthReports();

  it("combines every report sheet found by its names into one sorted, filtered sheet and a 汇总", async () => {
    const book = await bookWith(reports);
    const result = await combineInWorkbook(book.context());
    expect(result).toMatchObject({ status: "combined", reports: 17, kept: 0, sheets: { combined: "合并表", summary: "汇总", findings: "核对结果" } });
    expect(result.syncs).toBe(4);
    expect(result.message).toMatch(/^已合并17份报告到“合并表”，汇总在“汇总”/);
    const sheet = book.sheet("合并表");
    for (let i = 0; i < 17; i++) {
      const file = sheet.value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.file);
      expect(rowFigures(book, COMBINED_FIRST_ROW + i)).toEqual(flattenFigures(reports.find((r) => r.file === file)!));
      expect(sheet.value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.sheet)).not.toBe("");
    }
    const names = agencies(book, 17) as string[];
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-Hans-CN", { numeric: true }).compare));
    expect(book.sheet("合并表").filterAddress).toBe("A3:GY20");
    expect(book.sheet("汇总").value(26, 4)).toBe("=SUBTOTAL(9,'合并表'!$R$4:$R$20)");
    expect(book.active).toBe("合并表");
  });

  it("refreshes in place: same order, a report whose sheet is gone keeps its row, marked", async () => {
    const book = await bookWith(reports.slice(0, 4));
    await combineInWorkbook(book.context());
    const before = agencies(book, 4);
    const gone = book.sheets[2];
    book.sheets = book.sheets.filter((s) => s !== gone);
    for (const name of [...book.names.keys()]) if (book.names.get(name)!.includes(`'${gone.name}'!`)) book.names.delete(name);
    const imported = { ...reports[6], file: "导入的报告.pdf" };
    const result = await combineInWorkbook(book.context(), { reports: [imported] });
    expect(result).toMatchObject({ status: "combined", reports: 5, kept: 1 });
    expect(result.message).toContain("另有1份报告本次未找到，已保留在合并表中并标注。");
    const after = agencies(book, 5);
    expect(after.filter((a) => a !== imported.agency)).toEqual(before);
    const goneRow = COMBINED_FIRST_ROW + after.indexOf(gone.name.replace(/\d{4}$/, ""));
    expect(book.sheet("合并表").value(goneRow, COMBINED_COLUMN.note)).toMatch(/^本次未找到这份报告/);
    expect(rowFigures(book, goneRow)).toEqual(flattenFigures(reports.find((r) => r.agency === gone.name.replace(/\d{4}$/, ""))!));
    // Nothing left over from the first run below the rows.
    expect(book.sheet("合并表").value(COMBINED_FIRST_ROW + 5, COMBINED_COLUMN.agency)).toBe("");
  });

  it("writes 1,000 reports in a few syncs, each request under the byte budget", async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...reports[i % 17], agency: `${reports[i % 17].agency}${i}`, file: `r${i}.json` }));
    const book = await bookWith([]);
    const result = await combineInWorkbook(book.context(), { reports: many });
    expect(result.reports).toBe(1000);
    expect(result.syncs).toBeLessThanOrEqual(8);
    expect(Math.max(...book.bytesPerSync)).toBeLessThan(2 * WRITE_BYTES_PER_SYNC);
    expect(rowFigures(book, COMBINED_FIRST_ROW + 999).length).toBe(200);
  });

  it("never touches a sheet of the person's that is called 汇总: ours takes another name, and keeps it", async () => {
    const book = await bookWith(reports.slice(0, 2));
    book.addSheet("汇总").cell(1, 1).formula = "各科室报来的数";
    const first = await combineInWorkbook(book.context());
    expect(first.sheets).toEqual({ combined: "合并表", summary: "汇总 (2)", findings: "核对结果" });
    expect(book.sheet("汇总").value(1, 1)).toBe("各科室报来的数");
    expect(book.names.get("XXGK_SUMMARY")).toBe("='汇总 (2)'!$A$1");
    const again = await combineInWorkbook(book.context());
    expect(again.sheets).toEqual(first.sheets);
    expect(book.sheets.map((s) => s.name).filter((n) => /汇总|合并表|核对结果/.test(n))).toEqual(["汇总", "合并表", "汇总 (2)", "核对结果"]);
  });

  it("says so when there is nothing to combine", async () => {
    const result = await combineInWorkbook((await bookWith([])).context());
    expect(result).toMatchObject({ status: "nothing", reports: 0 });
    expect(result.message).toMatch(/^没有可合并的报告/);
  });
});

describe("validateWorkbookInExcel", () => {
  it("finds the one wrong total of a hand-typed sheet at its cell, fills only that cell, changes no value", async () => {
    const book = new Book();
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    const sheet = book.typeSheet(typed);
    const valuesBefore = JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.formula]));
    const result = await validateWorkbookInExcel(book.context());
    expect(result.reports).toEqual([{ sheet: "填报表", agency: "攀枝花市人民政府办公室", year: 2024, area: "A7:Q57" }]);
    expect(result.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["row-total", "填报表", "L30"],
      ["results-total", "填报表", "L30"],
    ]);
    expect(result.highlighted).toBe(1);
    expect([...sheet.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill])).toEqual([["30:12", HIGHLIGHT_FILL]]);
    expect(JSON.stringify([...sheet.cells].map(([k, c]) => [k, c.formula]))).toBe(valuesBefore);
    expect(result.message).toBe("检查了1张工作表，找到1份报告的统计表，发现2处问题。已将1个有问题的单元格标为红色底色（只改底色，不改数字）。");
    expect(result.syncs).toBe(4);
    await selectCell(book.context(), "填报表", "L30");
    expect(book.selected).toBe("填报表!L30");
  });

  it("reads side-by-side reports from merged cells, and writes a findings sheet with links when asked", async () => {
    const book = new Book();
    for (const s of await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "two-reports-side-by-side.xlsx"))))) book.typeSheet(s);
    const result = await validateWorkbookInExcel(book.context(), { findingsSheet: true });
    expect(result.reports.map((r) => [r.year, r.area])).toEqual([
      [2023, "A5:O55"],
      [2024, "R5:AF55"],
    ]);
    expect(result.findings).toEqual([]);
    expect(book.sheet("核对结果").value(3, 1)).toBe("未发现问题。");
  });

  it("scans the add-in's own report sheets like any other, and skips its combined sheets", async () => {
    const book = await bookWith(corpusTruthReports().slice(1, 3));
    // The sheets a combination wrote are marked as its own and not read as reports.
    await combineInWorkbook(book.context());
    const result = await validateWorkbookInExcel(book.context());
    expect(result.sheets).toBe(2);
    expect(result.reports).toHaveLength(2);
    expect(result.findings.filter((f) => f.status === "failed")).toEqual([]);
    expect([...book.names.keys()].filter((n) => parseReportName(n) === null)).toEqual(["XXGK_COMBINED", "XXGK_SUMMARY", "XXGK_FINDINGS"]);
  });
});
