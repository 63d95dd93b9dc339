// The Office.js hosts on the strict stand-in for Excel (test/support/strict-excel): combining the
// report sheets found by their defined names, refreshing in place, validating a hand-typed
// workbook — and surviving what people do to workbooks (issue 11, points 4–7).
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
import { REQUEST_LIMIT_BYTES, RESPONSE_LIMIT_BYTES, StrictWorkbook as Book } from "../support/strict-excel";
import { corpusTruthReports } from "./helpers";
import { note } from "../support/note";

async function bookWith(reports: readonly Report[]): Promise<Book> {
  const book = new Book();
  book.addSheet("Sheet1");
  for (const r of reports) await insertReportSheet(book.context(), r, { onSheetNameTaken: "suffix", notes: false });
  book.resetCounters();
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
    // names, the 17 sheets (one read), one write: was 4 before the measured write budget.
    expect(result.syncs).toBe(3);
    expect(result.message).toMatch(/^已合并17份报告到“合并表”，汇总在“汇总”/);
    const sheet = book.sheet("合并表");
    for (let i = 0; i < 17; i++) {
      const file = sheet.value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.file);
      expect(rowFigures(book, COMBINED_FIRST_ROW + i)).toEqual(flattenFigures(reports.find((r) => r.file === file)!));
      expect(sheet.value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.sheet)).not.toBe("");
    }
    const names = agencies(book, 17) as string[];
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-Hans-CN", { numeric: true }).compare));
    expect(book.sheet("合并表").filter).toBe("A3:GY20");
    expect(book.sheet("汇总").value(26, 4)).toBe("=SUBTOTAL(9,'合并表'!$R$4:$R$20)");
    expect(book.active).toBe("合并表");
  });

  it("refreshes in place: same order, a report whose sheet is gone keeps its row, marked", async () => {
    const book = await bookWith(reports.slice(0, 4));
    await combineInWorkbook(book.context());
    const before = agencies(book, 4);
    const gone = book.sheets[2];
    book.deleteSheet(gone.name);
    const imported = { ...reports[6], file: "导入的报告.pdf" };
    const result = await combineInWorkbook(book.context(), { reports: [imported] });
    expect(result).toMatchObject({ status: "combined", reports: 5, kept: 1 });
    // Refreshing costs no more than the first run: the marker names the old table's extent.
    expect(result.syncs).toBe(3);
    expect(result.message).toContain("另有1份报告本次未找到，已保留在合并表中并标注。有1份报告的工作表已被删除（名称显示 #REF!），已跳过，并清理了这些失效的名称。");
    expect([...book.names.values()].filter((n) => n.formula.includes("#REF!"))).toEqual([]);
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
    expect(Math.max(...book.requestBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);
    note(`combine of 1,000 imported reports: ${result.syncs} syncs, largest request ${Math.max(...book.requestBytes)} bytes`);
    expect(Math.max(...book.requestBytes)).toBeLessThan(2 * WRITE_BYTES_PER_SYNC);
    expect(rowFigures(book, COMBINED_FIRST_ROW + 999).length).toBe(200);
  });

  it("never touches a sheet of the person's that is called 汇总: ours takes another name, and keeps it", async () => {
    const book = await bookWith(reports.slice(0, 2));
    book.addSheet("汇总").cell(1, 1).formula = "各科室报来的数";
    const first = await combineInWorkbook(book.context());
    expect(first.sheets).toEqual({ combined: "合并表", summary: "汇总 (2)", findings: "核对结果" });
    expect(book.sheet("汇总").value(1, 1)).toBe("各科室报来的数");
    expect(book.name("XXGK_SUMMARY")?.formula).toBe("='汇总 (2)'!$A$1");
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

const sheetNamesOf = (book: Book) => book.sheets.map((s) => s.name);

describe("combine and validate survive what people do to workbooks (strict stand-in)", () => {
  const reports = corpusTruthReports();

  it("4a. a report sheet deleted: its #REF! names are skipped and removed, the rest combines, and the message says so", async () => {
    const book = await bookWith(reports.slice(0, 3));
    const gone = book.sheets[2].name;
    book.deleteSheet(gone);
    expect([...book.names.values()].filter((n) => n.formula.startsWith("=#REF!$"))).toHaveLength(9);
    const result = await combineInWorkbook(book.context());
    expect(result).toMatchObject({ status: "combined", reports: 2, kept: 0 });
    expect(result.message).toBe(
      "已合并2份报告到“合并表”，汇总在“汇总”；跨年度核对0对，发现0处问题。有1份报告的工作表已被删除（名称显示 #REF!），已跳过，并清理了这些失效的名称。",
    );
    expect([...book.names.values()].filter((n) => n.formula.includes("#REF!"))).toEqual([]);
    expect(sheetNamesOf(book)).toEqual(["Sheet1", book.sheets[1].name, book.sheets[2].name, "合并表", "汇总", "核对结果"]);
    expect(agencies(book, 3)).toEqual([...agencies(book, 2), ""]);
  });

  it("4b. a report sheet renamed: Excel rewrites its names, and the combined row names the new sheet", async () => {
    const book = await bookWith(reports.slice(0, 2));
    const old = book.sheets[1].name;
    book.renameSheet(old, "改名后的报告");
    const result = await combineInWorkbook(book.context());
    expect(result).toMatchObject({ status: "combined", reports: 2 });
    const sheetColumn = [0, 1].map((i) => book.sheet("合并表").value(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.sheet));
    expect(sheetColumn).toContain("改名后的报告");
    expect(sheetColumn).not.toContain(old);
  });

  it("4c. 合并表 deleted by hand (its marker left behind): the next combine makes 合并表 again, not a refused name", async () => {
    const book = await bookWith(reports.slice(0, 2));
    await combineInWorkbook(book.context());
    book.deleteSheet("合并表");
    expect(book.name("XXGK_COMBINED")?.formula).toBe("=#REF!$A$1:$GY$5");
    book.resetCounters();
    const result = await combineInWorkbook(book.context());
    expect(result).toMatchObject({ status: "combined", reports: 2, sheets: { combined: "合并表", summary: "汇总", findings: "核对结果" } });
    expect(book.name("XXGK_COMBINED")?.formula).toBe("='合并表'!$A$1:$GY$5");
    expect(sheetNamesOf(book).filter((n) => /合并表|汇总|核对结果/.test(n))).toEqual(["汇总", "核对结果", "合并表"]);
    expect(result.syncs).toBe(3);
  });

  it("4c'. a marker of one cell (an older run, or a file the .xlsx host wrote): one more round trip for the old rows, nothing lost", async () => {
    const book = await bookWith(reports.slice(0, 3));
    await combineInWorkbook(book.context());
    book.name("XXGK_COMBINED")!.formula = "='合并表'!$A$1";
    book.deleteSheet(book.sheets[1].name);
    // A stray value far off: the old rows are read from a bounded region all the same.
    book.sheet("合并表").cell(1_000_000, 5000).formula = "x";
    const result = await combineInWorkbook(book.context());
    expect(result).toMatchObject({ status: "combined", reports: 3, kept: 1, syncs: 4 });
    expect(book.name("XXGK_COMBINED")?.formula).toBe("='合并表'!$A$1:$GY$6");
  });

  it("4d. a failure midway (Excel keeps what the batch did): no half-made sheet is left, the message says so, and a retry is clean", async () => {
    const book = await bookWith(reports.slice(0, 3));
    const before = sheetNamesOf(book);
    const namesBefore = [...book.names.keys()];
    // Sync 3 is the write: fail after its first 40 calls (sheets and markers added, some cells in).
    book.failAt = { sync: 3, afterCalls: 40, message: "模拟的写入失败" };
    const failed = await combineInWorkbook(book.context());
    expect(failed.status).toBe("failed");
    expect(failed.message).toBe("合并未完成：模拟的写入失败。本次新建的工作表已删除，工作簿保持原样。");
    expect(sheetNamesOf(book)).toEqual(before);
    expect([...book.names.keys()]).toEqual(namesBefore);
    book.failAt = undefined;
    const retry = await combineInWorkbook(book.context());
    expect(retry).toMatchObject({ status: "combined", reports: 3, sheets: { combined: "合并表", summary: "汇总", findings: "核对结果" } });
    expect(sheetNamesOf(book)).toEqual([...before, "合并表", "汇总", "核对结果"]);
  });

  it("7c. our own 合并表 protected by the person: refused before anything changes, saying how to unprotect", async () => {
    const book = await bookWith(reports.slice(0, 2));
    await combineInWorkbook(book.context());
    book.protect("合并表");
    const before = JSON.stringify([...book.sheet("合并表").cells]);
    book.resetCounters();
    const result = await combineInWorkbook(book.context());
    expect(result.status).toBe("failed");
    expect(result.message).toBe("“合并表”受保护，无法更新合并结果。请先撤销工作表保护（“审阅”→“撤消工作表保护”），再合并。工作簿未作任何改动。");
    expect(JSON.stringify([...book.sheet("合并表").cells])).toBe(before);
    expect(result.syncs).toBe(1);
  });

  it("4e. a name pointing at a sheet that does not exist is skipped with a note", async () => {
    const book = await bookWith(reports.slice(0, 1));
    const key = parseReportName([...book.names.keys()][0])!.key;
    for (const n of [...book.names.values()]) if (n.name.includes(key)) n.formula = n.formula.replace(/'[^']+'!/g, "'不存在的表'!");
    const result = await combineInWorkbook(book.context());
    expect(result.status).toBe("nothing");
    expect(result.message).toBe("没有可合并的报告：工作簿中没有规范报告工作表，也没有导入的报告。请先导入报告。有1份报告的名称指向不存在的工作表（不存在的表），已跳过。");
    expect(sheetNamesOf(book)).toEqual(["Sheet1", book.sheets[1].name]);
  });

  it("5a. 300 report sheets in the workbook: reads and writes under 5 MB each, syncs the same as for 100", async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...reports[i % 17], agency: `${reports[i % 17].agency}${i}`, file: `r${i}.json` }));
    const syncsFor = async (n: number) => {
      const book = await bookWith(many(n));
      const result = await combineInWorkbook(book.context());
      expect(result).toMatchObject({ status: "combined", reports: n });
      expect(Math.max(...book.requestBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(Math.max(...book.responseBytes)).toBeLessThan(RESPONSE_LIMIT_BYTES);
      expect(rowFigures(book, COMBINED_FIRST_ROW + n - 1).length).toBe(200);
      return result.syncs;
    };
    const [hundred, threeHundred] = [await syncsFor(100), await syncsFor(300)];
    note(`combine of report sheets: 100 → ${hundred} syncs, 300 → ${threeHundred} syncs`);
    expect(threeHundred).toBeLessThanOrEqual(hundred + 2);
  }, 120_000);

  it("5b. a findings sheet of thousands of rows goes in several requests, each under the budget", async () => {
    const broken = Array.from({ length: 1500 }, (_, i) => {
      const r = structuredClone(reports[i % 17]);
      r.agency = `${r.agency}${i}`;
      r.file = `b${i}.json`;
      r.requests[0][6] = (r.requests[0][6] ?? 0) + 1;
      return r;
    });
    const book = await bookWith([]);
    const result = await combineInWorkbook(book.context(), { reports: broken });
    expect(result.status).toBe("combined");
    expect(result.findings.length).toBeGreaterThan(1500);
    expect(book.requestBytes.length).toBeGreaterThan(2);
    expect(Math.max(...book.requestBytes)).toBeLessThan(1.2 * WRITE_BYTES_PER_SYNC);
    expect(book.sheet("核对结果").value(3, 1)).toBe(1);
    note(`combine with ${result.findings.length} findings: ${result.syncs} syncs, largest request ${Math.max(...book.requestBytes)} bytes`);
  }, 120_000);

  it("5c. a sheet whose used range is huge (a stray value at row 900,000): only the bounded region is read, the report still found, and the message says so", async () => {
    const book = new Book();
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    const sheet = book.typeSheet(typed);
    sheet.cell(900_000, 300).formula = "x";
    const result = await validateWorkbookInExcel(book.context(), { highlight: false });
    expect(result.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["row-total", "填报表", "L30"],
      ["results-total", "填报表", "L30"],
    ]);
    expect(result.message).toContain("工作表“填报表”的已用区域很大（900000行×300列），只检查了左上角3906行×256列。");
    expect(Math.max(...book.responseBytes)).toBeLessThan(RESPONSE_LIMIT_BYTES);
  }, 60_000);

  it("5d. long texts that would make a response over 5 MB: the read is split until each answer fits", async () => {
    const book = new Book();
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    book.typeSheet(typed);
    const notes = book.addSheet("备注");
    const long = "说明".repeat(40);
    for (let r = 1; r <= 600; r++) for (let c = 1; c <= 250; c++) notes.cell(r, c).formula = long;
    const result = await validateWorkbookInExcel(book.context(), { highlight: false });
    expect(result.findings).toHaveLength(2);
    expect(Math.max(...book.responseBytes)).toBeLessThan(RESPONSE_LIMIT_BYTES);
    expect(book.refusedResponses.length).toBeGreaterThan(0); // refused, then split
    note(`validate, 600×250 long texts: ${result.syncs} syncs, ${book.refusedResponses.length} responses refused (largest ${Math.max(...book.refusedResponses)} bytes), largest answer ${Math.max(...book.responseBytes)} bytes`);
  }, 60_000);

  it("6. a sheet with 3,000 merged areas: merges are read in bands (Excel fails above 512), the report is found", async () => {
    const book = new Book();
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    const sheet = book.typeSheet(typed);
    for (let r = 0; r < 1500; r++)
      for (const c of [20, 23]) {
        sheet.merges.push({ top: 100 + r, left: c, bottom: 100 + r, right: c + 1 });
        sheet.cell(100 + r, c).formula = "合并";
      }
    const result = await validateWorkbookInExcel(book.context());
    expect(result.reports).toHaveLength(1);
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["row-total", "L30"],
      ["results-total", "L30"],
    ]);
    expect(result.message).not.toContain("合并单元格未能读取");
    note(`validate, 3,000 merges: ${result.syncs} syncs`);
  });

  it("6b. an Excel without ExcelApi 1.13 (no merged areas): the older path reads the sheet unmerged and says so", async () => {
    const book = new Book([], {}, { excelApi: "1.12" });
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    book.typeSheet(typed);
    const result = await validateWorkbookInExcel(book.context());
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["row-total", "L30"],
      ["results-total", "L30"],
    ]);
    expect(result.message).toContain("此版本的 Excel 不能读取合并单元格（需要 ExcelApi 1.13），按未合并处理");
  });

  it("7. a protected sheet: every finding still listed, no fill there, and the message says why", async () => {
    const book = new Book();
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    const sheet = book.typeSheet(typed);
    book.protect("填报表");
    const result = await validateWorkbookInExcel(book.context(), { findingsSheet: true });
    expect(result.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["row-total", "填报表", "L30"],
      ["results-total", "填报表", "L30"],
    ]);
    expect(result.highlighted).toBe(0);
    expect([...sheet.cells.values()].filter((c) => c.fill)).toEqual([]);
    expect(result.message).toBe("检查了1张工作表，找到1份报告的统计表，发现2处问题。工作表“填报表”受保护，未标红色底色（问题已列在下面）。");
    expect(sheetNamesOf(book)).toEqual(["填报表", "核对结果"]);
  });

  it("7b. a highlight that fails for any other reason loses no finding", async () => {
    const book = new Book();
    const [typed] = await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx"))));
    book.typeSheet(typed);
    book.failAt = { sync: 4, afterCalls: 0, message: "模拟的标色失败" };
    const result = await validateWorkbookInExcel(book.context());
    expect(result.findings).toHaveLength(2);
    expect(result.highlighted).toBe(0);
    expect(result.message).toBe("检查了1张工作表，找到1份报告的统计表，发现2处问题。未能标红色底色（模拟的标色失败），问题已列在下面。");
  });
});
