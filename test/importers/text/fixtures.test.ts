// One report (test/fixtures/text/truth.json) in the shapes real reports take and the corpus lacks,
// one fixture per hazard (written by test/fixtures/text/generate.ts).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importText } from "../../../src/importers/text";
import type { Report } from "../../../src/model";
import { type Truth, compare } from "./corpus-helpers";
import { only2021 } from "../../support/report";

const DIR = resolve(__dirname, "../../fixtures/text");
const truth = JSON.parse(readFileSync(join(DIR, "truth.json"), "utf8")) as Truth;

function read(name: string): Report {
  const result = importText(readFileSync(join(DIR, name), "utf8"));
  if (!result.ok) throw new Error(`${name}: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return only2021(result.report);
}

describe("text shapes the corpus lacks", () => {
  it.each([
    "labels-broken-per-char.txt",
    "page-number-splits-label.txt",
    "full-width-digits.txt",
    "enumerators-dun-and-dot.txt",
    "cells-own-line-blank-lines.txt",
    "header-repeated-total-heji.txt",
    "units-in-cells.txt",
    "web-furniture-title-comma-variants.txt",
    "whole-table-figures-one-line.txt",
    "cells-run-together.txt",
    "header-ordinals-spaced.txt",
    "zeros-as-blank-cells-tabbed.txt",
    "markdown-pipe-table.txt",
  ])("%s: all 200 figures, agency and year", (name) => {
    const report = read(name);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    const c = compare(report, truth);
    expect(c.wrong).toEqual([]);
    expect(c.exact).toBe(200);
  });

  it("splits cells run together only where the row total leaves one reading", () => {
    const report = read("cells-run-together.txt");
    expect(report.requests[0]).toEqual(truth.requests[0]);
    const source = report.sources!.requests[0][6]!;
    expect(source.text).toBe(String(truth.requests[0][6]));
  });

  it("converts a fee written in 元 to 万元 and says so", () => {
    const report = read("units-in-cells.txt");
    expect(report.active[9]).toBe(1419.8);
    expect(report.diagnostics!.find((d) => d.code === "fee-in-yuan")!.message).toContain("14198000元");
  });

  it("reads none-marks (- — / 无) as 0: names up to three cells of a table, sums up more", () => {
    const report = read("cell-placeholders.txt");
    expect(report.requests[5]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const marks = report.diagnostics!.filter((d) => d.code === "cell-none-mark");
    expect(marks.map((d) => [d.table, d.row ?? d.item, d.col ?? null])).toEqual([["active", 9, null]]);
    // Table 三 has four such cells (row 6, columns 1–4): one warning for the table.
    const summary = report.diagnostics!.filter((d) => d.code === "cells-none-marks");
    expect(summary.map((d) => [d.table, d.message])).toEqual([
      ["requests", "表三中有 4 个单元格写的是“-”、“—”、“/”、“无”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
    ]);
    // `— 2 1 0 4`: the group total says the mark hides a 1, so it is not read as 0.
    expect([report.active[8], report.appeals[0]]).toEqual([0, null]);
    const placeholders = report.diagnostics!.filter((d) => d.code === "cell-placeholder");
    expect(placeholders.map((d) => [d.table, d.group, d.message])).toEqual([
      ["appeals", 1, "复议诉讼表第1组第1列：格子里写的是“—”而不是数字，记为无法读取。"],
    ]);
    // The shared truth has 56 where this fixture writes “/” (a none-mark, so 0 by the policy).
    const c = compare({ ...report, active: report.active.map((v, i) => (i === 8 ? truth.active[8] : v)) }, truth);
    expect([c.wrong, c.unexplained, c.nulls]).toEqual([[], [], 1]);
  });

  it("the older single （六）其他处理 row of zeros gives three zero sub-rows", () => {
    const report = read("older-single-other-row-zeros.txt");
    expect(report.requests.slice(20, 23)).toEqual([Array(7).fill(0), Array(7).fill(0), Array(7).fill(0)]);
    expect(report.requests[23]).toEqual(truth.requests[23]);
    expect(report.diagnostics!.map((d) => d.code)).toContain("other-handling-merged-zero");
  });

  it("the older single （六）其他处理 row with figures leaves its sub-rows unreadable and gives the row", () => {
    const report = read("older-single-other-row-nonzero.txt");
    expect(report.requests.slice(20, 23)).toEqual([Array(7).fill(null), Array(7).fill(null), Array(7).fill(null)]);
    const notes = report.diagnostics!.filter((d) => d.code === "other-handling-merged");
    expect(notes.map((d) => d.row)).toEqual([21, 22, 23]);
    expect(notes[0].message).toContain("4、1、0、0、0、1、6");
    const c = compare(report, truth);
    expect([c.exact, c.wrong.length, c.unexplained.length]).toEqual([179, 0, 0]);
  });

  it.each(["zeros-as-blank-cells-spaced.txt", "zeros-as-blank-cells-per-char.txt"])(
    "%s: blank cells lost with the spaces; no figure is wrong, each unread one is explained, every row total is read",
    (name) => {
      const report = read(name);
      const c = compare(report, truth);
      expect([c.wrong, c.unexplained]).toEqual([[], []]);
      expect(report.requests.map((row) => row[6])).toEqual(truth.requests.map((row) => row[6]));
      // Rows printed with no figure at all are blank rows: zeros, certain.
      expect(report.requests[5]).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(c.exact).toBeGreaterThanOrEqual(86);
    },
  );
});
