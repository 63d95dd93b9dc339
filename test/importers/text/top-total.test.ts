// The official Word template top-aligns its 总计 cells and centres the others: where a row's label
// wraps, pdftotext -layout prints the row's total a line above its other figures. Fixtures: table 三
// so styled and printed (test/fixtures/text/make_top_total.py). Every figure right or null, never
// another value; the row's total decides where the raised figure belongs.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importText } from "../../../src/importers/text";
import type { Report } from "../../../src/model";
import { type Truth, compare } from "./corpus-helpers";
import { only2021 } from "../../support/report";

const DIR = resolve(__dirname, "../../fixtures/text");

function read(name: string): { report: Report; truth: Truth } {
  const result = importText(readFileSync(join(DIR, `${name}.txt`), "utf8"));
  if (!result.ok) throw new Error(`${name}: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), "utf8")) as Truth;
  return { report: only2021(result.report), truth };
}

const EXACT = ["case000", "case001", "case002", "case003", "case004", "case005", "case006", "case007", "case008"];

describe("layout text of a template whose 总计 cells are top-aligned", () => {
  it.each(EXACT)("top-total-%s: every figure right", (c) => {
    const { report, truth } = read(`top-total-${c}`);
    const cmp = compare(report, truth);
    expect(cmp.wrong).toEqual([]);
    expect(cmp.nulls).toBe(0);
    expect(report.requests).toEqual(truth.requests);
  });

  it.each(EXACT)("top-total-tall-%s (rows taller than their labels: the total on a line of its own above the label): every figure right", (c) => {
    const { report, truth } = read(`top-total-tall-${c}`);
    const cmp = compare(report, truth);
    expect(cmp.wrong).toEqual([]);
    expect(cmp.nulls).toBe(0);
    expect(report.requests).toEqual(truth.requests);
  });

  it("moves a raised total to the end of its row (row 4: total 1 printed before 1 0 0 0 0 0)", () => {
    const { report } = read("top-total-case000");
    expect(report.requests[3]).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.requests[12]).toEqual([3, 0, 0, 0, 0, 0, 3]);
  });

  it("a total three label lines above its row's figures, read first or last both keeping the row's sum: placed by its column", () => {
    // Row 21 `1 / 0 0 0 0 0 1`: read first (1 0 0 0 0 0 1) or last (0 0 0 0 0 1 1), the sum holds.
    expect(read("top-total-case004").report.requests[20]).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(read("top-total-tall-case004").report.requests[20]).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it("a raised total lone on its line is no page number (every row shows all its cells)", () => {
    const { report } = read("top-total-tall-case007");
    expect(report.diagnostics!.filter((d) => d.code === "lone-number-line")).toEqual([]);
    expect(report.requests[0]).toEqual([343, 36, 5, 13, 20, 12, 429]);
  });

  it("a raised total in a row whose own sum is wrong in the source: read as printed, and the checks' business", () => {
    // Row 6 prints 0 / 0 0 1 0 0 0: the report's own row total (0) is wrong; the columns keep the cells.
    expect(read("top-total-case005").report.requests[5]).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(read("top-total-tall-case005").report.requests[5]).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it.each(["top-total-case009", "top-total-tall-case009"])("%s: blank zeros and raised totals: nothing wrong (what cannot be placed is null and said)", (name) => {
    const { report, truth } = read(name);
    const cmp = compare(report, truth);
    expect(cmp.wrong).toEqual([]);
    expect(cmp.unexplained).toEqual([]);
  });

  it("where another row lost a blank cell, the cell count places nothing: both orders go to the solver, and a row wrong in the source is null and said", () => {
    // top-total-case005 with row 5's blank 总计 (its last 0) left out.
    const { report, truth } = read("top-total-blank-cell-case005");
    const cmp = compare(report, truth);
    expect(cmp.wrong).toEqual([]);
    expect(cmp.unexplained).toEqual([]);
    expect(report.requests[4]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.requests[5]).toEqual([0, 0, null, null, 0, 0, 0]);
    expect(report.diagnostics!.find((d) => d.table === "requests" && d.row === 6)?.message).toBe(
      "申请办理表第6行（不予公开·法律法规禁止）：这一行的标签折行，最右边的数字（总计）印在其他数字的上一行（总计格顶端对齐）；无论把它读在行首还是行尾，本行合计关系都不成立（报告本身可能有误），2个格子记为无法读取：“科研机构”列可能是0或1；“社会公益组织”列可能是1或0。请与原件核对后补填。",
    );
  });
});
