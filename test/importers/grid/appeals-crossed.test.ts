// Table 四 printed crosswise: one labelled row per group under one header of the five results
// (holdout-2 reports h005 — also as a ruled PDF — and h000, as .html and .docx), and the transposed shape built by hand.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importBytes } from "../../../src/importers";
import { gridToReport, placeCells, type SourceCell } from "../../../src/importers/grid";
import { differences, readTruth, reportOf } from "./fixtures";

const VARIETY = join(__dirname, "../../fixtures/variety/files");
const cell = (text: string, extra: Partial<SourceCell> = {}): SourceCell => ({ text, ...extra });
const RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

async function read(dir: string, file: string) {
  const truth = readTruth(join(VARIETY, dir, "truth.json"));
  const report = reportOf(await importBytes(new Uint8Array(readFileSync(join(VARIETY, dir, file))), file));
  return { truth, report };
}

describe("table 四 with one row per group (行政复议 · 未经复议直接起诉 · 复议后起诉)", () => {
  test.each(["report.html", "report.docx", "report.pdf"])("%s: its 15 figures under their groups, all 200 right", async (file) => {
    const { truth, report } = await read("appeals-one-row-per-group", file);
    expect(report.appeals).toEqual([22, 4, 4, 7, 37, 3, 0, 1, 1, 5, 19, 9, 5, 2, 35]);
    expect(differences(report, truth)).toEqual([]);
    expect(report.diagnostics?.filter((d) => d.table === "appeals") ?? []).toEqual([]);
  });

  test.each(["report.html", "report.docx"])("%s written with “-” for every zero: all zeros, one warning per table", async (file) => {
    const { truth, report } = await read("appeals-one-row-per-group-dashes-for-zeros", file);
    expect(report.appeals).toEqual(Array(15).fill(0));
    expect(differences(report, truth)).toEqual([]);
    expect(report.diagnostics!.map((d) => [d.code, d.table, d.message])).toEqual([
      ["cells-none-marks", "active", "表二中有 6 个单元格写的是“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
      ["cells-none-marks", "requests", "表三中有 159 个单元格写的是“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
      ["cells-none-marks", "appeals", "表四中有 15 个单元格写的是“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
    ]);
    expect(report.diagnostics![1].message_en).toBe(
      "Table 3 has 159 cells written as “-” or similar marks; all are read as 0. If the original does not mean 0 there, check them.",
    );
  });

  test("report-lo.pdf (borderless, read as text): one warning per table, naming the marks", async () => {
    const { report } = await read("appeals-one-row-per-group-dashes-for-zeros", "report-lo.pdf");
    const marks = report.diagnostics!.filter((d) => d.code.includes("none-mark"));
    expect(marks.map((d) => [d.code, d.table, d.message])).toEqual([
      ["cells-none-marks", "active", "表二中有 6 个单元格写的是“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
      ["cells-none-marks", "appeals", "表四中有 15 个单元格写的是“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
      ["cells-none-marks", "requests", "表三中有 159 个单元格写的是“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
    ]);
  });

  test("transposed: the groups as columns, the results as rows", () => {
    const table = placeCells(0, [
      [cell("", { rowSpan: 2 }), cell("行政复议", { rowSpan: 2 }), cell("行政诉讼", { colSpan: 2 })],
      [cell("未经复议直接起诉"), cell("复议后起诉")],
      ...RESULTS.map((label, r) => [cell(label), cell(String(r + 1)), cell(String(10 + r + 1)), cell(String(20 + r + 1))]),
    ]);
    const result = gridToReport({ tables: [table], preamble: "" });
    expect(result.ok && result.report.appeals).toEqual([1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 21, 22, 23, 24, 25]);
  });

  test("a group named twice is not guessed between: no figure is taken", () => {
    const table = placeCells(0, [
      [cell("", { colSpan: 2 }), ...RESULTS.map((t) => cell(t))],
      [cell("行政复议", { colSpan: 2 }), ...["1", "2", "3", "4", "10"].map((t) => cell(t))],
      [cell("行政复议", { colSpan: 2 }), ...["5", "6", "7", "8", "26"].map((t) => cell(t))],
      [cell("行政诉讼", { rowSpan: 2 }), cell("未经复议直接起诉"), ...["0", "0", "0", "0", "0"].map((t) => cell(t))],
      [cell("复议后起诉"), ...["0", "0", "0", "0", "0"].map((t) => cell(t))],
    ]);
    const result = gridToReport({ tables: [table], preamble: "" });
    // The only table of this document, so nothing at all is read: a failure saying so, no figure.
    expect(result.ok ? result.report.appeals : result.diagnostics.map((d) => d.code)).toEqual(["no-tables"]);
  });
});

describe("none-marks: named cell by cell when few, one warning per table when many", () => {
  const header = [cell("", { colSpan: 2 }), ...RESULTS.map((t) => cell(t))];
  const groupRows = (figures: string[]) => [
    [cell("行政复议", { colSpan: 2 }), ...figures.slice(0, 5).map((t) => cell(t))],
    [cell("行政诉讼", { rowSpan: 2 }), cell("未经复议直接起诉"), ...figures.slice(5, 10).map((t) => cell(t))],
    [cell("复议后起诉"), ...figures.slice(10).map((t) => cell(t))],
  ];

  test("three marks in a table: three warnings, each naming its cell", () => {
    const figures = ["/", "—", "-", ...Array(12).fill("0")];
    const result = gridToReport({ tables: [placeCells(0, [header, ...groupRows(figures)])], preamble: "" });
    const marks = result.ok ? result.report.diagnostics!.filter((d) => d.code === "cell-none-mark") : [];
    expect(marks.map((d) => d.message)).toEqual([
      "表四“行政复议·结果维持”：单元格写的是“/”，按 0 读入。如原文不是表示 0，请在表中改正。",
      "表四“行政复议·结果纠正”：单元格写的是“—”，按 0 读入。如原文不是表示 0，请在表中改正。",
      "表四“行政复议·其他结果”：单元格写的是“-”，按 0 读入。如原文不是表示 0，请在表中改正。",
    ]);
  });

  test("four marks of two kinds: one warning with the count and both marks", () => {
    const figures = ["/", "—", "-", "/", ...Array(11).fill("0")];
    const result = gridToReport({ tables: [placeCells(0, [header, ...groupRows(figures)])], preamble: "" });
    const report = result.ok ? result.report : null;
    expect(report!.appeals.slice(0, 4)).toEqual([0, 0, 0, 0]);
    const marks = report!.diagnostics!.filter((d) => d.code.includes("none-mark"));
    expect(marks.map((d) => [d.code, d.severity, d.table, d.message])).toEqual([
      ["cells-none-marks", "warning", "appeals", "表四中有 4 个单元格写的是“/”、“—”、“-”等符号，均按 0 读入；如原表不是表示 0，请核对。"],
    ]);
  });
});
