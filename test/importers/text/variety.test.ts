// Reports the corpus lacks: the corpus truths rendered through another HTML template
// (test/fixtures/variety/make_cases.py) and copied out as text five ways — pdftotext plain, -layout
// and -raw of Chromium's PDF, LibreOffice's PDF of the .docx with -layout (its table is cut at the
// right edge), and Chromium's innerText (a web copy). Zeros are written "0", left blank, or "-".
//
// Asserted for every text: agency and year right, no figure wrong, every unread figure named by a
// diagnostic. Where zeros are written "0", the shapes that keep each row's cells in order (web copy,
// -layout, -raw) are read whole; the others as far as the text shows (see EXACT_ZERO_WRITTEN).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importText } from "../../../src/importers/text";
import type { Report } from "../../../src/model";
import { type Truth, compare } from "./corpus-helpers";
import { only2021 } from "../../support/report";

const DIR = join(__dirname, "../../fixtures/variety/cases");
const INPUTS = ["text-pdf.txt", "text-pdf-layout.txt", "text-pdf-raw.txt", "text-web.txt", "text-lo-layout.txt"];

type VarietyTruth = Truth & { style: { zero: string } };

const cases = readdirSync(DIR).sort();
const truthOf = (id: string) => JSON.parse(readFileSync(join(DIR, id, "truth.json"), "utf8")) as VarietyTruth;

function read(id: string, input: string): Report {
  const result = importText(readFileSync(join(DIR, id, input), "utf8"));
  if (!result.ok) throw new Error(`${id}/${input}: ${JSON.stringify(result.diagnostics)}`);
  return only2021(result.report);
}

/**
 * Least exact figures (of 200) where zeros are written "0". Plain pdftotext prints table 四's
 * lawsuit groups after part 五 or column by column, so at least table 二 is read; LibreOffice's PDF
 * loses table 三's 总计 column (25) and table 四's last cell, with a few more left unread.
 */
const EXACT_ZERO_WRITTEN: Record<string, number> = {
  "text-web.txt": 200,
  "text-pdf-layout.txt": 200,
  "text-pdf-raw.txt": 200,
  "text-lo-layout.txt": 160,
  "text-pdf.txt": 10,
};

describe("text importer on report shapes the corpus lacks", () => {
  it("holds a dozen cases in each zero style", () => {
    const zeros = cases.map((id) => truthOf(id).style.zero);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(zeros)).toEqual(new Set(["0", "", "-"]));
  });

  describe.each(cases)("%s", (id) => {
    const truth = truthOf(id);
    it.each(INPUTS)("%s: title read, no figure wrong, every unread figure explained", (input) => {
      const report = read(id, input);
      expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
      const c = compare(report, truth);
      expect([c.wrong, c.unexplained]).toEqual([[], []]);
      if (truth.style.zero === "0") expect(c.exact).toBeGreaterThanOrEqual(EXACT_ZERO_WRITTEN[input]);
    });
  });

  it("places a blank-zero row by its tabs in a web copy, and leaves it unread in plain PDF text", () => {
    // `规章\t\t\t28`: two blank cells, then 现行有效件数.
    expect(read("h006", "text-web.txt").active.slice(0, 3)).toEqual([0, 0, 28]);
    const pdf = read("h006", "text-pdf.txt");
    expect(pdf.active.slice(0, 3)).toEqual([null, null, null]);
    expect(pdf.diagnostics!.filter((d) => d.table === "active" && d.item === 1).map((d) => d.code)).toEqual(["row-ambiguous"]);
  });

  it("does not trust a row whose figures PDF text split over lines when the table has blank cells", () => {
    // `规章 1` / `行政规范性文件 16` / `27` / `185`: 27 is 规章's.
    const report = read("h011", "text-pdf.txt");
    expect(report.active.slice(3, 6)).toEqual([null, null, null]);
    expect(report.diagnostics!.find((d) => d.code === "row-split-lines" && d.item === 4)?.message).toBe(
      "主动公开表第4项（行政规范性文件·本年制发件数）：这一行的数字（16、27、185）分在几行印出，而同一表中另一行有空白格子，其中的数字可能来自相邻的行，记为无法读取。请与原件核对。",
    );
  });

  it("leaves table 四 unread when PDF text prints part of its header after part 五", () => {
    const report = read("h004", "text-pdf.txt");
    expect(report.appeals).toEqual(Array(15).fill(null));
    expect(report.diagnostics!.filter((d) => d.table === "appeals").map((d) => d.code)).toEqual(["header-incomplete"]);
  });

  it("reads the six parts of each row when the page cut table 三's 总计 column off", () => {
    const report = read("h000", "text-lo-layout.txt");
    expect(report.requests[0]).toEqual([12, 0, 0, 0, 0, 0, null]);
    expect(report.diagnostics!.filter((d) => d.code === "total-column-cut").map((d) => d.table)).toEqual(["requests"]);
  });

  it("reads the rows of a web copy by their tabs, and table 四's one line of tabs as blank cells", () => {
    // `2．其他法律行政法规禁止公开\t\t\t1\t\t\t\t`: read as printed, though the report's total says 0.
    expect(read("h011", "text-web.txt").requests[5]).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(read("h026", "text-web.txt").appeals).toEqual(Array(15).fill(0));
  });

  it("reads “-” cells as 0, one warning per table, unless the row total says the mark hides a figure", () => {
    const report = read("h009", "text-web.txt");
    expect(compare(report, truthOf("h009")).exact).toBe(200);
    expect(report.diagnostics!.filter((d) => d.code === "cell-none-mark")).toEqual([]);
    expect(report.diagnostics!.filter((d) => d.code === "cells-none-marks").map((d) => d.table).sort()).toEqual(["active", "appeals", "requests"]);
    // Row 12 of h021 is `- - - - - - 1`: six marks cannot add up to the total 1.
    const h021 = read("h021", "text-web.txt");
    expect(h021.requests[11]).toEqual([null, null, null, null, null, null, 1]);
  });
});
