// Plain pdftotext (no -layout) puts header words and figures in column blocks. Tables 二 and 四 are
// read from such blocks only where every figure's cell is certain; each fixture holds one hazard.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readActive } from "../../../src/importers/text/active";
import { readAppealBlocks } from "../../../src/importers/text/appealBlocks";
import { settleNone, splitLines, tokenize } from "../../../src/importers/text/tokens";

const DIR = resolve(__dirname, "../../fixtures/text");

function appeals(name: string): (number | null)[] | null {
  const lines = splitLines(readFileSync(join(DIR, name), "utf8"));
  const heading = lines.findIndex((l) => l.text.startsWith("四、"));
  const closing = lines.findIndex((l) => l.text.startsWith("五、"));
  return readAppealBlocks(lines, heading, closing)?.map((c) => c.value) ?? null;
}

function active(name: string): (number | null)[] {
  const lines = splitLines(readFileSync(join(DIR, name), "utf8"));
  const tokens = tokenize(lines.slice(1));
  settleNone(tokens);
  return readActive(tokens, 0, tokens.length).cells.map((c) => c?.value ?? null);
}

describe("table 四 in plain pdftotext column blocks", () => {
  it("reads 复议后起诉 from before the heading and its 尚未审结/总计 from after part 五's heading", () => {
    expect(appeals("plain-pdf-appeals-group-before-heading.txt")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
  });

  it("reads two groups named over one header block when all their figures are equal", () => {
    expect(appeals("plain-pdf-appeals-two-groups-one-header.txt")).toEqual(Array(15).fill(0));
  });

  it("refuses a block of different figures: pdftotext printed 纠正's 5 last (`26 7 2 40 5`)", () => {
    expect(appeals("plain-pdf-appeals-block-out-of-order.txt")).toBeNull();
  });

  it("refuses `6 2 3` under the interleaved characters of 维持 纠正 其他", () => {
    expect(appeals("plain-pdf-appeals-unequal-figures-one-block.txt")).toBeNull();
  });

  it("refuses a block of figures broken by a line of other words", () => {
    expect(appeals("plain-pdf-appeals-note-inside-block.txt")).toBeNull();
  });

  it("refuses blocks whose group total is not the sum of its four columns", () => {
    expect(appeals("plain-pdf-appeals-group-total-broken.txt")).toBeNull();
  });
});

describe("table 二 in plain pdftotext column blocks", () => {
  it("gives a header that stood without figures the run that comes after the row labels", () => {
    // 本年处理决定数量 (行政许可) is followed by 现行有效件数; its 5 comes after 行政事业性收费.
    expect(active("plain-pdf-active-header-figures-later.txt")).toEqual([0, 0, 0, 3, 14, 338, 5, 18280, 0, 889]);
  });

  it("finishes a column cut by a page break with the figure after the row labels", () => {
    // The second 本年处理决定数量 holds 21 (行政处罚); 行政强制's 184 comes after the labels.
    expect(active("plain-pdf-active-column-cut-by-page.txt")).toEqual([0, 1, 27, 16, 0, 185, 0, 21, 184, 3078.24]);
  });

  it("puts a third column printed last (`现行有效件数 0 330`) into the rows read by their labels", () => {
    expect(active("plain-pdf-active-third-column-last.txt")).toEqual([0, 0, 0, 57, 26, 330, 147, 1336, 14, 0]);
  });
});
