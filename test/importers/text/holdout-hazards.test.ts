// Plain PDF text (pdftotext without -layout) whose figures stand one per line: a row's figures may
// come from the neighbouring row, or its first figure print last. Such a row is read only when its
// own total and the table's column sums confirm it; anything else is unread and said. Also table 四
// laid out as three labelled rows under one header. Fixtures: texts of a second holdout set.
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

describe("plain PDF text: no figure unless the sums confirm its row", () => {
  it.each([
    "plain-pdf-rows-interleaved-blank-zeros",
    "plain-pdf-total-head-after-first-row",
    "plain-pdf-last-row-figure-moved",
    "appeal-rows-plain-pdf-first-figure-last",
  ])("%s: no wrong figure", (name) => {
    const { report, truth } = read(name);
    expect(compare(report, truth).wrong).toEqual([]);
  });

  it("leaves a stacked row of seven unread when its total fails and another row lost blanks", () => {
    // `一、本年新收… 25 4 32 9 2 1 2`: 9 2 … belong to row 3.
    const { report } = read("plain-pdf-rows-interleaved-blank-zeros");
    expect(report.requests[0]).toEqual([null, null, null, null, null, null, null]);
    expect(report.diagnostics!.find((d) => d.table === "requests" && d.row === 1)?.message).toBe(
      "申请办理表第1行（本年新收申请）：这一行的数字（25、4、32、9、2、1、2）分在几行印出，而同一表中另一行有空白格子，数字的顺序可能已乱；无论怎样排列本行合计关系都不成立，无法确认，7个格子记为无法读取。请与原件核对后补填。",
    );
  });

  it("does not take the 总计 column as cut off when its head follows the first row's figures", () => {
    const { report } = read("plain-pdf-total-head-after-first-row");
    expect(report.diagnostics!.some((d) => d.code === "total-column-cut")).toBe(false);
    expect(report.requests[0]).toEqual([null, null, null, null, null, null, null]);
  });

  it("reads a row that fails its own total as printed when one figure moved and the column sums fix where", () => {
    // Row 25 printed `0 3 0 0 1 5`, its `1` after the next heading: truth 0 1 3 0 0 1 5. Moving one
    // figure is an order the text leaves open; of those, only the truth keeps the balance of every column.
    const { report } = read("plain-pdf-last-row-figure-moved");
    expect(report.requests[24]).toEqual([0, 1, 3, 0, 0, 1, 5]);
    expect(report.requests[23]).toEqual([1323, 106, 16, 31, 91, 68, 1635]);
    expect(report.diagnostics!.some((x) => x.code === "row-sum-unconfirmed")).toBe(false);
  });

  it("reads of a per-group row of table 四 stacked one per line only what every order keeping its total gives (first figure printed last)", () => {
    // Printed `0 1 0 1 0` for 0 0 1 0 1: two rotations keep the total, 0 1 0 0 1 and 0 0 1 0 1.
    const { report } = read("appeal-rows-plain-pdf-first-figure-last");
    expect(report.appeals.slice(10)).toEqual([0, null, null, 0, 1]);
    const d = report.diagnostics!.find((x) => x.table === "appeals" && x.group === 3)!;
    expect(d.code).toBe("row-order-open");
    expect(d.message).toBe("复议诉讼表“复议后起诉”：文字中这一行的数字（0、1、0、1、0）顺序不确定（常见于从PDF复制的文字），有2种排列都符合合计，2个格子记为无法读取。");
  });
});

describe("table 四 as three labelled rows under one header", () => {
  it.each(["appeal-rows-layout", "appeal-rows-web"])("%s: the fifteen figures", (name) => {
    const { report, truth } = read(name);
    expect(report.appeals).toEqual(truth.appeals);
    expect(report.appeals.slice(5, 10)).toEqual([1, 0, 0, 0, 1]);
  });

  it("reads table 四 whose three rows are all blank as zeros, when its header and three labels show", () => {
    const { report } = read("appeal-rows-all-blank-layout");
    expect(report.appeals).toEqual(Array(15).fill(0));
  });
});

describe("table 四 with its header on several lines and 合计", () => {
  const truthAppeals = [1, 2, 1, 0, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1];
  const plain = (name: string) => {
    const result = importText(readFileSync(join(DIR, `${name}.txt`), "utf8"));
    if (!result.ok) throw new Error(name);
    return result.report;
  };

  it("reads the fifteen figures when zeros are written", () => {
    expect(plain("appeals-header-several-lines-heji").appeals).toEqual(truthAppeals);
  });

  it("with blank zeros reads only what each group's total fixes, and names the rest", () => {
    const report = plain("appeals-header-several-lines-heji-blank-zeros");
    expect(report.appeals).toEqual([null, null, null, null, 4, null, null, null, null, 2, null, null, null, null, 1]);
    expect(report.diagnostics!.filter((d) => d.table === "appeals").map((d) => [d.code, d.group])).toEqual([
      ["row-ambiguous", 1],
      ["row-ambiguous", 2],
      ["row-ambiguous", 3],
    ]);
  });
});

describe("layout text whose figures stand off their column heads", () => {
  it("places no figure by position when a whole row shows the heads are off (a narrow page)", () => {
    // Heads at 37 40 43 46 51 56 66, whole rows' figures at 37 43 48 52 57 62 66: `2 1 1 4` of row 5
    // (2 · 1 · 0 · 0 · 1 · 0 · 4) would be placed 2 · 0 · 1 · 0 · 0 · 1 · 4 by the heads.
    const { report, truth } = read("layout-narrow-page-figures-off-their-heads");
    expect(compare(report, truth).wrong).toEqual([]);
    expect(report.requests[4]).toEqual([null, null, null, null, null, null, 4]);
    expect(report.requests[0]).toEqual([343, 36, 5, 13, 20, 12, 429]);
  });
});
