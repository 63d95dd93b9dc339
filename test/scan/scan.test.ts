// Workbooks this add-in did not write: the tables are found by their labels wherever they stand,
// every figure is read with its cell, and a deliberate error is found at its cell and nowhere else.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../src/cli/commands/check";
import { readXlsxSheets } from "../../src/hosts/xlsx/read";
import { writeXlsx } from "../../src/hosts/xlsx";
import { cellsOf, parseReportName, planWorkbook, columnLetters } from "../../src/layout";
import { flattenFigures, type Report } from "../../src/model";
import { validateSheets } from "../../src/scan";
import { corpusTruthReports } from "../combine/helpers";
import { FIXTURES, FIXTURE_DIR, consistentPair } from "./workbooks";

const WRONG_TOTAL = 10 + 3 * 7 + 6; // table 三 row 4, 总计

async function validateFixture(name: string) {
  return validateSheets(await readXlsxSheets(new Uint8Array(readFileSync(join(FIXTURE_DIR, `${name}.xlsx`)))));
}

describe("validating workbooks typed by hand", () => {
  it("odd positions, one wrong total: both broken rules point at that one cell, nothing else is flagged", async () => {
    const v = await validateFixture("odd-position-one-wrong-total");
    const { placed } = FIXTURES["odd-position-one-wrong-total"]();
    expect(v.reports).toEqual([{ sheet: "填报表", agency: "攀枝花市人民政府办公室", year: 2024, area: "A7:Q57" }]);
    expect(v.findings.map((f) => [f.rule, f.status, f.sheet, f.cell])).toEqual([
      ["row-total", "failed", "填报表", placed[0].get(WRONG_TOTAL)],
      ["results-total", "failed", "填报表", placed[0].get(WRONG_TOTAL)],
    ]);
    expect(placed[0].get(WRONG_TOTAL)).toBe("L30");
    expect(v.findings[0].message).toBe("「部分公开」行（第4行）：总计应为1，实为2（最可能出错的是表三「部分公开」行「总计」列）");
    expect(v.message).toBe("检查了1张工作表，找到1份报告的统计表，发现2处问题。");
  });

  it.each(["figures-as-text-no-merges", "extra-blank-rows-and-columns", "blank-column-between-labels-and-figures"])("%s: all 200 figures read, each from the cell it was typed in", async (name) => {
    const v = await validateFixture(name);
    const { placed } = FIXTURES[name]();
    expect(v.scanned).toHaveLength(1);
    expect(flattenFigures(v.scanned[0].report)).toEqual(flattenFigures(consistentPair().current));
    expect(v.scanned[0].cells).toEqual(Array.from({ length: 200 }, (_, i) => placed[0].get(i)));
    expect(v.findings).toEqual([]);
  });

  it("a sheet without a title takes agency and year from the sheet's name", async () => {
    const v = await validateFixture("blank-column-between-labels-and-figures");
    expect(v.reports.map((r) => [r.agency, r.year])).toEqual([["市政府办公室", 2024]]);
  });

  it("two reports side by side: both read, and paired across the years with the carry-over holding", async () => {
    const v = await validateFixture("two-reports-side-by-side");
    const { placed } = FIXTURES["two-reports-side-by-side"]();
    const { previous, current } = consistentPair();
    expect(v.scanned.map((s) => [s.report.year, s.cells[0]])).toEqual([
      [2023, placed[0].get(0)],
      [2024, placed[1].get(0)],
    ]);
    expect(flattenFigures(v.scanned[0].report)).toEqual(flattenFigures(previous));
    expect(flattenFigures(v.scanned[1].report)).toEqual(flattenFigures(current));
    expect(v.findings).toEqual([]);
  });

  it("a broken carry-over between the side-by-side years is found at this year's 上年结转 cell", async () => {
    const { wb, placed } = FIXTURES["two-reports-side-by-side"]();
    const carriedIn自然人 = 10 + 1 * 7; // table 三 row 2, column 1
    const address = placed[1].get(carriedIn自然人)!;
    const ws = wb.getWorksheet("两年对比")!;
    ws.getCell(address).value = Number(ws.getCell(address).value) + 3;
    // Keep 2024 itself consistent: the same 3 more in its row total and its carried-out row.
    for (const index of [10 + 1 * 7 + 6, 10 + 24 * 7, 10 + 24 * 7 + 6]) ws.getCell(placed[1].get(index)!).value = Number(ws.getCell(placed[1].get(index)!).value) + 3;
    const v = validateSheets(await readXlsxSheets(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
    const failed = v.findings.filter((f) => f.status === "failed");
    // 自然人 and 总计 of 上年结转 changed: two columns break, each at its own cell.
    expect(failed.map((f) => [f.rule, f.col, f.cell, f.year])).toEqual([
      ["carry-over", 1, address, 2024],
      ["carry-over", 7, placed[1].get(10 + 1 * 7 + 6), 2024],
    ]);
  });
});

describe("validating the add-in's own sheets as any workbook", () => {
  it("finds each report sheet's 200 figures at the cells its defined names mark", async () => {
    const reports: Report[] = corpusTruthReports().slice(0, 5);
    const plans = planWorkbook(reports, { index: true });
    const v = validateSheets(await readXlsxSheets(await writeXlsx(plans)));
    expect(v.scanned).toHaveLength(5);
    v.scanned.forEach((s, i) => {
      const plan = plans[i + 1];
      const named = (["active", "requests", "appeals"] as const).flatMap((part) => {
        const n = plan.names.find((x) => parseReportName(x.name)?.part === part)!;
        return n.areas.flatMap((a) => cellsOf(a)).map((c) => `${columnLetters(c.col)}${c.row}`);
      });
      expect(s.sheet).toBe(plan.name);
      expect(s.cells).toEqual(named);
      expect(flattenFigures(s.report)).toEqual(flattenFigures(reports[i]));
    });
  });
});

describe("xxgk check book.xlsx", () => {
  async function run(args: string[]) {
    const out: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
    try {
      return { code: await runCheck(args), out };
    } finally {
      log.mockRestore();
    }
  }

  it("prints each finding with its sheet and cell, as JSON and as text, and exits 1", async () => {
    const file = join(FIXTURE_DIR, "odd-position-one-wrong-total.xlsx");
    const json = await run([file, "--json"]);
    expect(json.code).toBe(1);
    expect(json.out).toHaveLength(1);
    const line = JSON.parse(json.out[0]);
    expect(line).toMatchObject({ file, sheet: "填报表", area: "A7:Q57", agency: "攀枝花市人民政府办公室", year: 2024 });
    expect(line.findings.map((f: { rule: string; sheet: string; cell: string }) => [f.rule, f.sheet, f.cell])).toEqual([
      ["row-total", "填报表", "L30"],
      ["results-total", "填报表", "L30"],
    ]);
    const text = await run([file]);
    expect(text.out.join("\n")).toContain("[错误] 填报表!L30  「部分公开」行（第4行）：总计应为1，实为2");
  });

  it("exits 0 on a consistent workbook, and says where no tables are", async () => {
    expect((await run([join(FIXTURE_DIR, "figures-as-text-no-merges.xlsx"), "--json"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("通讯录").getCell("B2").value = "办公室 电话 12345";
    const empty = join(mkdtempSync(join(tmpdir(), "xxgk-scan-")), "no-tables.xlsx");
    writeFileSync(empty, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const none = await run([empty]);
    expect(none.code).toBe(1);
    expect(none.out.join("\n")).toContain("没有找到年度报告的统计表");
  });
});
