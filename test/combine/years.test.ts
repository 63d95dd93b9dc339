// Reports of several years: said on stderr, the 汇总 titled as all years added; with --by-year a
// 汇总 per year, each figure the sum of that year's reports (stored result, as readers show it).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCombine } from "../../src/cli/commands/combine";
import { entryOf, sumFigures } from "../../src/combine";
import { COMBINED_COLUMN } from "../../src/layout/combined";
import { consistentPair } from "../scan/workbooks";
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

const { previous, current } = consistentPair();
const reports = [previous, current, ...corpusTruthReports().slice(2, 4)];

async function combine(extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-years-"));
  const json = join(dir, "reports.jsonl");
  writeFileSync(json, reports.map((r) => JSON.stringify(r)).join("\n"));
  const out = join(dir, "out.xlsx");
  const result = await run([json, "-o", out, ...extra]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  return { ...result, wb };
}

/** Each figure of a 汇总 sheet: slot → stored result, the slot read from the formula's column. */
function totals(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue;
      const m = v && typeof v === "object" && "formula" in v ? /\*'合并表'!\$([A-Z]+)\$\d+:/.exec(v.formula) ?? /^SUBTOTAL\(9,'合并表'!\$([A-Z]+)\$/.exec(v.formula) : null;
      if (!m) return;
      const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      // exceljs reads a stored <v>0</v> back as no result.
      out[col - COMBINED_COLUMN.firstFigure] = (v.result as number | undefined) ?? 0;
    }),
  );
  return out;
}

test("several years: said, and the 汇总's title says it adds them up and how to see one year", async () => {
  const years = [...new Set(reports.map((r) => r.year))].sort();
  expect(years.length).toBeGreaterThan(1);
  const { code, err, wb } = await combine([]);
  expect(code).toBe(0);
  expect(err[0]).toBe(`报告分属${years.length}个年度（${years.join("、")}）：“汇总”是各年度相加；在“合并表”按“年度”筛选即为该年度的汇总，或加 --by-year 为每个年度各写一张汇总表。`);
  expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["合并表", "汇总", "核对结果"]);
  expect(String(wb.getWorksheet("汇总")!.getCell("A1").value)).toContain(`各年度相加（4份报告，${years.join("、")}年）`);
});

test("--by-year: one 汇总 per year, each the sum of that year's reports; marked, never read back as a report", async () => {
  const { err, wb } = await combine(["--by-year"]);
  const years = [...new Set(reports.map((r) => r.year!))].sort();
  expect(err[0]).toBe(`报告分属${years.length}个年度（${years.join("、")}）：每个年度一张汇总表（${years.map((y) => `“汇总${y}”`).join("、")}），“汇总”是各年度相加。`);
  for (const year of years) {
    const ws = wb.getWorksheet(`汇总${year}`)!;
    expect(totals(ws)).toEqual(sumFigures(reports.filter((r) => r.year === year).map((r) => entryOf(r))));
  }
  expect(totals(wb.getWorksheet("汇总")!)).toEqual(sumFigures(reports.map((r) => entryOf(r))));
  const again = join(mkdtempSync(join(tmpdir(), "xxgk-years-")), "again.xlsx");
  const file = join(mkdtempSync(join(tmpdir(), "xxgk-years-")), "in.xlsx");
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect((await run([file, "-o", again])).err.pop()).toMatch(/：4份报告/);
});
