// The standardized sheet of a 2019 report, in the 2019 official layout: its own table 二 (22
// figures), table 三 of 23 rows, table 四; the plain check formulas recalculated by LibreOffice.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runParse } from "../../src/cli/commands/parse";
import { buildReportSheetPlan, planWorkbook, reportKeyFor } from "../../src/layout";
import { writeXlsx } from "../../src/hosts/xlsx";
import { ACTIVE_ITEMS_2019, REQUEST_ROWS_2019, flattenAny, type Report2019 } from "../../src/model";
import { computeWithLibreOffice } from "../combine/helpers";
import { namedFigures } from "../layout/plan-reader";
import { consistent2019 } from "./helpers";

const CASES = join(__dirname, "../fixtures/format2019/cases");

describe("the 2019 sheet plan", () => {
  const report = consistent2019(11, "示例县人民政府", 2019);
  const plan = buildReportSheetPlan(report, { sheetName: "示例县人民政府2019", key: reportKeyFor("示例县人民政府2019", []) });
  const text = (s: string) => plan.cells.some((c) => c.content.kind === "text" && c.content.text === s);

  test("holds all 198 figures under their own names, in interchange order", () => {
    expect(namedFigures(plan, "active")).toEqual(report.active);
    expect(namedFigures(plan, "requests")).toEqual(report.requests.flat());
    expect(namedFigures(plan, "appeals")).toEqual(report.appeals);
    expect(namedFigures(plan, "active").length + namedFigures(plan, "requests").length + namedFigures(plan, "appeals").length).toBe(198);
  });

  test("prints the 2019 labels and columns, never the 2021 ones", () => {
    for (const it of ACTIVE_ITEMS_2019) expect([it.label, text(it.label)]).toEqual([it.label, true]);
    for (const c of ["本年新制作数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额（单位：万元）", "第二十条第（九）项"]) expect([c, text(c)]).toEqual([c, true]);
    for (const r of REQUEST_ROWS_2019) expect([r.label, text(r.label)]).toEqual([r.label, true]);
    for (const c of ["本年制发件数", "现行有效件数", "行政规范性文件", "3.其他", "本年收费金额（单位：万元）"]) expect([c, text(c)]).toEqual([c, false]);
    expect(text("2019年版格式（旧格式）")).toBe(true);
  });
});

describe("xxgk parse --xlsx with a 2019 report, recalculated by LibreOffice", () => {
  let dir: string;
  let sheets: Map<string, string[][]>;
  const truth = JSON.parse(readFileSync(join(CASES, "o19b", "truth.json"), "utf8")) as Report2019;
  const broken: Report2019 = consistent2019(12, "有误的旧格式机关", 2020);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-2019-"));
    jest.spyOn(console, "log").mockImplementation(() => undefined);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const out = join(dir, "out.xlsx");
    expect(await runParse([join(CASES, "o19b", "report.html"), "--xlsx", out])).toBe(0);
    jest.restoreAllMocks();
    broken.requests[21][0] = broken.requests[21][0]! + 1; // （七）总计 of 自然人
    broken.active[7] = -4; // 本年增/减: negative is fine
    broken.active[8] = 2.5; // 处理决定数量: not whole
    const both = await writeXlsx(planWorkbook([broken], { index: false }));
    sheets = new Map([...computeWithLibreOffice(new Uint8Array(readFileSync(out))), ...computeWithLibreOffice(both)]);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const verdicts = (rows: string[][]) => rows.filter((r) => r[0] === "本表核对结论（公式）").map((r) => r[3]);
  const rowOf = (rows: string[][], label: string) => rows.find((r) => r.includes(label))!;

  test("the sheet holds all 198 figures and every check formula computes without error", () => {
    const rows = sheets.get("东湖县市场监督管理局2020")!;
    expect(rows).toBeDefined();
    const all = rows.flat();
    expect(all.filter((v) => /^(Err:|#)/.test(v))).toEqual([]);
    expect(verdicts(rows)).toEqual(["无问题", "无问题", "无问题"]);
    const num = (v: string) => Number(v.replace(/,/g, ""));
    for (const r of REQUEST_ROWS_2019) {
      const line = rowOf(rows, r.label);
      expect([r.label, line.slice(3, 10).map(num), num(line[10])]).toEqual([r.label, truth.requests[r.row - 1], 0]);
    }
    const got: number[] = [];
    for (const label of [...new Set(ACTIVE_ITEMS_2019.map((it) => it.label))]) {
      const line = rowOf(rows, label);
      const n = ACTIVE_ITEMS_2019.filter((it) => it.label === label).length;
      got.push(...line.slice(3, 3 + n + (n === 2 ? 1 : 0)).filter((v) => v !== "").map(num));
      expect([label, line[6]]).toEqual([label, "0"]);
    }
    expect(got).toEqual(truth.active);
    expect(flattenAny(truth).length).toBe(198);
  });

  test("a broken 2019 sheet: row 22's total and a fraction are found, a negative 本年增/减 is not", () => {
    const rows = sheets.get("有误的旧格式机关2020")!;
    expect(rows.flat().filter((v) => /^(Err:|#)/.test(v))).toEqual([]);
    expect(rowOf(rows, "行政许可")[6]).toBe("1");
    expect(rowOf(rows, "（七）总计")[10]).toBe("-1");
    expect(verdicts(rows)).toEqual(["有1处不符", "有3处不符", "无问题"]);
  });
});
