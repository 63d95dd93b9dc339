// `xxgk check` and `xxgk combine` read back the workbooks the project writes: report sheets by
// their defined names (and by their labels when the names are gone), 合并表 rows by the labels of
// its header rows; never the 汇总 or 核对结果 as reports.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../src/cli/commands/check";
import { runCombine } from "../../src/cli/commands/combine";
import { runParse } from "../../src/cli/commands/parse";
import { flattenFigures } from "../../src/model";
import { corpusTruthReports } from "../combine/helpers";

async function run(command: (argv: string[]) => Promise<number>, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
  const error = jest.spyOn(console, "error").mockImplementation((s: unknown) => void err.push(String(s)));
  try {
    return { code: await command(args), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const truths = corpusTruthReports().slice(0, 3);
// Seed 000 states 16 new requests in its prose; the truth files leave the prose out.
truths[0] = { ...truths[0], narrative_new: 16 };
let dir: string;
let combined: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xxgk-readback-"));
  const json = join(dir, "three.jsonl");
  writeFileSync(json, truths.map((r) => JSON.stringify(r)).join("\n"));
  combined = join(dir, "combined.xlsx");
  expect((await run(runCombine, [json, "-o", combined])).code).toBe(0);
});

/** Each JSON line of `xxgk check --json` for a workbook: sheet, agency, year, the figures' rules. */
async function checked(file: string) {
  const { code, out } = await run(runCheck, [file, "--json"]);
  return { code, lines: out.map((l) => JSON.parse(l) as { sheet: string; agency: string; year: number; findings: { rule: string; cell: string; sheet: string }[] }) };
}

async function edit(change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(combined)).buffer);
  change(wb);
  const file = join(dir, `edited-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

const reportSheets = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => !["合并表", "汇总", "核对结果"].includes(w.name));

test("check of a combined workbook finds its reports on their sheets, the prose finding included", async () => {
  const { code, lines } = await checked(combined);
  expect(code).toBe(0);
  expect(lines.map((l) => [l.agency, l.year]).sort()).toEqual(truths.map((t) => [t.agency, t.year]).sort());
  expect(lines.every((l) => !["合并表", "汇总", "核对结果"].includes(l.sheet))).toBe(true);
  const seed = lines.find((l) => l.agency === truths[0].agency)!;
  expect(seed.findings.map((f) => [f.rule, f.sheet === seed.sheet, f.cell])).toEqual([["narrative-requests", true, "J26"]]);
});

test("without its report sheets, the 合并表's rows are the reports, each finding at its 合并表 cell", async () => {
  const file = await edit((wb) => reportSheets(wb).forEach((w) => wb.removeWorksheet(w.id)));
  const { lines } = await checked(file);
  expect(lines.map((l) => [l.sheet, l.agency, l.year]).sort()).toEqual(truths.map((t) => ["合并表", t.agency, t.year]).sort());
});

test("a 合并表 whose figures were corrected by hand: read from its cells", async () => {
  const file = await edit((wb) => {
    reportSheets(wb).forEach((w) => wb.removeWorksheet(w.id));
    // Row 4 is the first report; column X is table 三 row 1 总计: one more breaks its row total.
    const cell = wb.getWorksheet("合并表")!.getCell("X4");
    cell.value = Number(cell.value) + 1;
  });
  const { code, lines } = await checked(file);
  expect(code).toBe(1);
  const broken = lines.find((l) => l.findings.some((f) => f.rule === "row-total"))!;
  expect(broken.findings.find((f) => f.rule === "row-total")).toMatchObject({ sheet: "合并表", cell: "X4" });
});

test("report sheets whose names were deleted are still found, by their labels, with the same figures", async () => {
  const file = await edit((wb) => {
    const names = wb.definedNames as unknown as { model: { name: string }[] };
    names.model = names.model.filter((n) => !/^XXGK_[0-9A-F]{8}_/.test(n.name));
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  expect((wb.definedNames as unknown as { model: { name: string }[] }).model.filter((n) => /^XXGK_[0-9A-F]{8}_/.test(n.name))).toEqual([]);
  const { lines } = await checked(file);
  expect(lines.map((l) => [l.agency, l.year]).sort()).toEqual(truths.map((t) => [t.agency, t.year]).sort());
  // parse reads a workbook the same way: each report's 200 figures as written.
  const parsed = await run(runParse, ["--json", file]);
  expect(parsed.code).toBe(0);
  const reports = parsed.out.map((l) => JSON.parse(l));
  for (const t of truths) expect(flattenFigures(reports.find((r) => r.agency === t.agency))).toEqual(flattenFigures(t));
});

test("combine of a combined workbook counts each report once: its sheets, not also its 合并表 rows", async () => {
  const again = join(dir, "again.xlsx");
  const { code, err } = await run(runCombine, [combined, "-o", again]);
  expect(code).toBe(0);
  expect(err).toEqual(["已写入“again.xlsx”：3份报告（合并表、汇总、核对结果），跨年度问题0处。"]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(again)).buffer);
  const ws = wb.getWorksheet("合并表")!;
  const rows = [4, 5, 6].map((r) => ({ agency: ws.getCell(r, 1).value, figures: Array.from({ length: 200 }, (_, i) => ws.getCell(r, 8 + i).value ?? null) }));
  for (const t of truths) expect(rows.find((r) => r.agency === t.agency)!.figures).toEqual(flattenFigures(t));
});
