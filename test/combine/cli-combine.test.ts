// `xxgk combine`: report JSON and a hand-typed workbook in, one workbook of three sheets out.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCombine } from "../../src/cli/commands/combine";
import { COMBINED_COLUMN, COMBINED_FIRST_ROW } from "../../src/layout/combined";
import { FIXTURE_DIR, consistentPair } from "../scan/workbooks";
import { corpusTruthReports } from "./helpers";

async function run(args: string[]) {
  const err: string[] = [];
  const spy = jest.spyOn(console, "error").mockImplementation((s: unknown) => void err.push(String(s)));
  try {
    return { code: await runCombine(args), err };
  } finally {
    spy.mockRestore();
  }
}

test("combines JSON reports and the tables found in a workbook, pairs the years, writes three sheets and the reports' own", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-combine-"));
  const json = join(dir, "reports.jsonl");
  writeFileSync(json, corpusTruthReports().slice(2, 4).map((r) => JSON.stringify(r)).join("\n"));
  const out = join(dir, "out.xlsx");
  const { code, err } = await run([json, join(FIXTURE_DIR, "two-reports-side-by-side.xlsx"), "-o", out]);
  expect(err).toEqual([
    "报告分属3个年度（2023、2024、2025）：“汇总”是各年度相加；在“合并表”按“年度”筛选即为该年度的汇总，或加 --by-year 为每个年度各写一张汇总表。",
    "已写入“out.xlsx”：4份报告（合并表、汇总、核对结果），跨年度问题0处。",
  ]);
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["合并表", "汇总", "核对结果"]);
  // Then one report sheet per report, named as `parse --xlsx` names them.
  expect(wb.worksheets).toHaveLength(3 + 4);
  // Marked as ours, for the add-in to refresh them later.
  expect(wb.definedNames.getRanges("XXGK_SUMMARY").ranges).toEqual(["'汇总'!$A$1"]);
  const ws = wb.getWorksheet("合并表")!;
  expect(ws.autoFilter).toBe("A3:GY7");
  const rows = [0, 1, 2, 3].map((i) => [ws.getCell(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.agency).value, ws.getCell(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.year).value, ws.getCell(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.sheet).value]);
  const { current } = consistentPair();
  expect(rows).toContainEqual([current.agency, 2023, "两年对比"]);
  expect(rows).toContainEqual([current.agency, 2024, "两年对比"]);
  // The status counts failed rules over the row's own cells: first, table 三 row 1's 总计 (X) against 自然人…其他 (R:W).
  expect(ws.getCell(COMBINED_FIRST_ROW, COMBINED_COLUMN.failed).formula).toMatch(/^\(X4<>SUM\(R4:W4\)\)\+/);
});

test("reads its own workbook back as its reports — the report sheet once, never 合并表 or 汇总 as more — and a person's sheet called 汇总", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-combine-"));
  const json = join(dir, "one.json");
  writeFileSync(json, JSON.stringify(corpusTruthReports()[1]));
  const first = join(dir, "first.xlsx");
  expect((await run([json, "-o", first])).code).toBe(0);
  const again = await run([first, "-o", join(dir, "again.xlsx")]);
  expect(again.err).toEqual(["已写入“again.xlsx”：1份报告（合并表、汇总、核对结果），跨年度问题0处。"]);
  const theirs = new ExcelJS.Workbook();
  await theirs.xlsx.load(new Uint8Array(readFileSync(join(FIXTURE_DIR, "figures-as-text-no-merges.xlsx"))).buffer);
  theirs.getWorksheet("Sheet1")!.name = "汇总";
  const own = join(dir, "own-summary.xlsx");
  writeFileSync(own, new Uint8Array((await theirs.xlsx.writeBuffer()) as ArrayBuffer));
  expect((await run([own, "-o", join(dir, "out.xlsx")])).err).toEqual(["已写入“out.xlsx”：1份报告（合并表、汇总、核对结果），跨年度问题0处。"]);
});

test("says how to use it, and what it skipped", async () => {
  expect((await run(["a.json"])).err[0]).toMatch(/^用法：xxgk combine/);
  const dir = mkdtempSync(join(tmpdir(), "xxgk-combine-"));
  const bad = join(dir, "bad.jsonl");
  writeFileSync(bad, "{not json\n");
  const { code, err } = await run([bad, "-o", join(dir, "out.xlsx")]);
  expect(code).toBe(1);
  expect(err[0]).toMatch(/^跳过“.*bad.jsonl”：#1:/);
  expect(err[1]).toBe("没有读到任何报告，未写出文件。");
});
