// `xxgk combine` given one report three times (twice the same file, once under another name):
// said on stderr with the files named, counted once; --keep-duplicates counts them all.
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCombine } from "../../src/cli/commands/combine";
import { sumFigures, entryOf } from "../../src/combine";
import { parseRangeA1 } from "../../src/layout";
import { COMBINED_COLUMN, COMBINED_FIRST_ROW } from "../../src/layout/combined";
import { SEEDS } from "../support/corpus";
import { corpusTruthReports } from "./helpers";

async function run(args: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const e = jest.spyOn(console, "error").mockImplementation((s: unknown) => void err.push(String(s)));
  const o = jest.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
  try {
    return { code: await runCombine(args), err, out };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

/** Each 汇总 figure as its SUBTOTAL computes it over the 合并表's cells (slot → value). */
async function summaryTotals(file: string): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  const combined = wb.getWorksheet("合并表")!;
  const totals: number[] = [];
  wb.getWorksheet("汇总")!.eachRow((row) =>
    row.eachCell((cell) => {
      const f = (cell.value as { formula?: string } | null)?.formula;
      const m = f && /^SUBTOTAL\(9,'合并表'!(.+)\)$/.exec(f);
      if (!m) return;
      const r = parseRangeA1(m[1].replace(/\$/g, ""));
      let sum = 0;
      for (let i = r.top; i <= r.bottom; i++) sum += Number(combined.getCell(i, r.left).value ?? 0);
      totals[r.left - COMBINED_COLUMN.firstFigure] = Math.round(sum * 1e6) / 1e6;
    }),
  );
  return totals;
}

const seed = (id: string) => join(SEEDS, `${id}.txt`);
const truth = (id: string) => corpusTruthReports().find((r) => r.file === `${id}.truth.json`)!;

test("one report three times: said on stderr with the files, counted once; 汇总 is the distinct reports' sum", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-dup-"));
  const a = seed("001_1033e8c8c2361b7e");
  const renamed = join(dir, "另一个名字.txt");
  copyFileSync(a, renamed);
  const b = seed("002_bf456f32f04c5c07");
  const out = join(dir, "out.xlsx");
  const { code, err, out: stdout } = await run([a, b, a, renamed, "-o", out]);
  expect(code).toBe(0);
  expect(stdout).toEqual([]);
  const t = truth("001_1033e8c8c2361b7e");
  expect(err[0]).toBe(
    `同一份报告出现了3次（${t.agency}，${t.year}年）：“001_1033e8c8c2361b7e.txt”、“001_1033e8c8c2361b7e.txt”、“另一个名字.txt”。只计入第一份“001_1033e8c8c2361b7e.txt”；如确需全部计入，请加 --keep-duplicates。`,
  );
  expect(err[err.length - 1]).toMatch(/^已写入“out\.xlsx”：2份报告/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  const ws = wb.getWorksheet("合并表")!;
  expect(ws.getCell(COMBINED_FIRST_ROW + 2, COMBINED_COLUMN.agency).value).toBeNull();
  const distinct = sumFigures([entryOf(t), entryOf(truth("002_bf456f32f04c5c07"))]);
  expect(await summaryTotals(out)).toEqual(distinct);
});

test("--keep-duplicates counts every copy, and says so", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-dup-"));
  const a = seed("001_1033e8c8c2361b7e");
  const out = join(dir, "out.xlsx");
  const { code, err } = await run([a, a, "--keep-duplicates", "-o", out]);
  expect(code).toBe(0);
  expect(err[0]).toMatch(/^同一份报告出现了2次（.*）：.*。按 --keep-duplicates 全部计入。$/);
  const t = truth("001_1033e8c8c2361b7e");
  expect(await summaryTotals(out)).toEqual(sumFigures([entryOf(t), entryOf(t)]));
});

test("a report given as a file and again inside a downloaded combined workbook: said with both named, counted once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-dup-"));
  const a = seed("001_1033e8c8c2361b7e");
  const b = seed("002_bf456f32f04c5c07");
  const downloaded = join(dir, "下载的汇总.xlsx");
  expect((await run([a, b, "-o", downloaded])).code).toBe(0);
  const out = join(dir, "out.xlsx");
  const { code, err } = await run([a, downloaded, "-o", out]);
  expect(code).toBe(0);
  const t = truth("001_1033e8c8c2361b7e");
  expect(err[0]).toMatch(new RegExp(`^同一份报告出现了2次（${t.agency}，${t.year}年）：“001_1033e8c8c2361b7e\\.txt”、“下载的汇总\\.xlsx（工作表“${t.agency}${t.year}”）”。只计入第一份“001_1033e8c8c2361b7e\\.txt”；`));
  expect(err[err.length - 1]).toMatch(/^已写入“out\.xlsx”：2份报告/);
  expect(await summaryTotals(out)).toEqual(sumFigures([entryOf(t), entryOf(truth("002_bf456f32f04c5c07"))]));
});
