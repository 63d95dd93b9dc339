// Seed 000's "prose says 16, table says 17" is in the workbook of `parse --xlsx` (the report
// sheet's 核对结果) and of `combine` (核对结果 and the report sheet), in the words `xxgk check`
// prints, the rule named in Chinese; its 现状 cell follows the figures.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../src/cli/commands/check";
import { runCombine } from "../../src/cli/commands/combine";
import { runParse } from "../../src/cli/commands/parse";
import { evaluateFormula } from "../../src/layout/formula";
import { parseRangeA1 } from "../../src/layout";
import { SEEDS } from "../support/corpus";

const SEED = join(SEEDS, "000_bcfa5578fb71ac8f.txt");
const OTHER = join(SEEDS, "001_1033e8c8c2361b7e.txt");
const PROSE = "一、总体情况中说本年收到申请16件，但表三第一项“本年新收”总计为17件";

async function quiet<T>(run: () => Promise<T>): Promise<{ value: T; out: string[] }> {
  const out: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
  const err = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return { value: await run(), out };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  return wb;
}

const text = (c: ExcelJS.Cell) => {
  const v = c.value as unknown;
  return typeof v === "string" ? v : v && typeof v === "object" && "richText" in v ? (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("") : v;
};

/** Rows of a sheet whose cells (merged ones once) hold `needle`, as their distinct texts. */
function rowsWith(ws: ExcelJS.Worksheet, needle: string): { row: number; texts: unknown[] }[] {
  const out: { row: number; texts: unknown[] }[] = [];
  ws.eachRow((row, r) => {
    const texts: unknown[] = [];
    row.eachCell((c) => {
      if (c.isMerged && c.master !== c) return;
      texts.push(text(c));
    });
    if (texts.includes(needle)) out.push({ row: r, texts });
  });
  return out;
}

/** A formula's value over the workbook's cells (as Excel recalculates it after an edit). */
function evaluate(wb: ExcelJS.Workbook, sheet: string, formula: string) {
  return evaluateFormula(`=${formula}`, {
    sheet,
    value: (s, r, c) => {
      const v = wb.getWorksheet(s)!.getCell(r, c).value as unknown;
      return v === null || v === undefined ? null : typeof v === "object" ? ((v as { result?: unknown }).result as never) : (v as never);
    },
    name: (n) => {
      const ranges = wb.definedNames.getRanges(n).ranges;
      return ranges.map((r) => {
        const [s, a] = r.split("!");
        return { sheet: s.replace(/^'|'$/g, ""), rect: parseRangeA1(a.replace(/\$/g, "")) };
      });
    },
  });
}

test("xxgk check says it in these words", async () => {
  const { out } = await quiet(() => runCheck([SEED]));
  expect(out.join("\n")).toContain(`[注意] ${PROSE}`);
});

test("parse --xlsx: the report sheet lists it — tag, Chinese rule name, same words — with a live 现状", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "xxgk-prose-")), "report.xlsx");
  expect((await quiet(() => runParse([SEED, "--xlsx", file]))).value).toBe(0);
  const wb = await load(file);
  const ws = wb.getWorksheet("攀枝花市仁和区人民政府2024")!;
  const [hit] = rowsWith(ws, PROSE);
  expect(hit.texts.slice(0, 3)).toEqual(["注意", "正文与表格一致", PROSE]);
  // The prose's number stands in its own cell, beside its label; the 现状 formula reads it and table 三.
  const [label] = rowsWith(ws, "正文所述本年新收申请（件）");
  const saidCell = ws.getRow(label.row).getCell(4);
  expect(saidCell.value).toBe(16);
  const status = ws.getRow(hit.row).getCell(16).value as ExcelJS.CellFormulaValue;
  expect(status.result).toBe("仍不符");
  expect(evaluate(wb, ws.name, status.formula)).toBe("仍不符");
  // The person corrects the prose's number to the table's: 现状 turns 已相符.
  saidCell.value = 17;
  expect(evaluate(wb, ws.name, status.formula)).toBe("已相符");
});

test("combine: 核对结果 lists it with the rule's Chinese name and a 现状 over the 合并表; the report sheet too", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "xxgk-prose-")), "combined.xlsx");
  expect((await quiet(() => runCombine([SEED, OTHER, "-o", file]))).value).toBe(0);
  const wb = await load(file);
  const findings = wb.getWorksheet("核对结果")!;
  const [hit] = rowsWith(findings, PROSE);
  const row = findings.getRow(hit.row);
  expect([2, 4, 5, 6, 7, 8].map((c) => text(row.getCell(c)))).toEqual(["合并表", "攀枝花市仁和区人民政府", 2024, "正文与表格一致", "注意", PROSE]);
  // No rule ids anywhere in the rule column.
  const rules: unknown[] = [];
  findings.eachRow((r, i) => i > 2 && rules.push(text(r.getCell(6))));
  expect(rules.filter((r) => /^[a-z-]+$/.test(String(r)))).toEqual([]);
  const status = row.getCell(9).value as ExcelJS.CellFormulaValue;
  expect(status.result).toBe("仍不符");
  // The link points at table 三 row 1's 总计 on the 合并表; correcting it there turns 现状 to 已相符.
  const link = (row.getCell(3).value as ExcelJS.CellFormulaValue).formula;
  const target = /#'合并表'!([A-Z]+\d+)/.exec(link)![1];
  const combined = wb.getWorksheet("合并表")!;
  expect(combined.getCell(target).value).toBe(17);
  combined.getCell(target).value = 16;
  expect(evaluate(wb, "核对结果", status.formula)).toBe("已相符");
  expect(rowsWith(wb.getWorksheet("攀枝花市仁和区人民政府2024")!, PROSE)).toHaveLength(1);
});
