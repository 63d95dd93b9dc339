// Combining across formats: a 2020 report in the 2019 format and a 2021 report of one agency. Only
// what means the same is added and compared; the rest stands per format, marked 不适用.
import { combinedColumnOf2019, entryOf, EXTRA_COLUMNS } from "../../src/combine";
import { writeCombinedXlsx } from "../../src/hosts/xlsx/combined";
import { COMBINED_COLUMN, planCombinedWorkbook } from "../../src/layout/combined";
import { columnLetters } from "../../src/layout";
import { FIGURE_SLOTS, REQUEST_ROWS_2019, type Report, type Report2019 } from "../../src/model";
import { consistentReport } from "../checks/helpers";
import { computeWithLibreOffice } from "../combine/helpers";
import { consistent2019 } from "./helpers";

const AGENCY = "示例市示例区人民政府";

function reports(): { old: Report2019; current: Report } {
  const old = consistent2019(21, AGENCY, 2020);
  old.file = "2020年报告.html";
  const current = consistentReport();
  current.agency = AGENCY;
  current.year = 2021;
  current.file = "2021年报告.pdf";
  // Carried in = the 2020 report's 结转 (its row 23), but for one column: row 1 moves with it.
  const carried = old.requests[22].map((v) => v!);
  carried[2] += 1;
  carried[6] += 1;
  for (let c = 0; c < 7; c++) {
    const delta = carried[c] - current.requests[1][c]!;
    current.requests[1][c] = carried[c];
    current.requests[0][c] = current.requests[0][c]! - delta;
  }
  current.narrative_new = current.requests[0][6];
  return { old, current };
}

describe("a combination of a 2020 (2019 format) and a 2021 report of one agency", () => {
  const { old, current } = reports();
  const book = planCombinedWorkbook([entryOf(old), entryOf(current)]);

  test("the carry-over is checked across formats: 2020 row 23 against 2021 row 2", () => {
    expect(book.pairs.length).toBe(1);
    const f = book.pairs[0].findings.filter((x) => x.rule === "carry-over");
    expect(f.map((x) => [x.col, x.expected, x.actual])).toEqual([
      [3, old.requests[22][2], old.requests[22][2]! + 1],
      [7, old.requests[22][6], old.requests[22][6]! + 1],
    ]);
    expect(book.pairs[0].findings.some((x) => x.rule === "in-force")).toBe(false);
    const listed = book.findings.filter((x) => x.rule === "carry-over");
    expect(listed.map((x) => [x.year, x.cell])).toEqual([
      [2021, `${columnLetters(COMBINED_COLUMN.firstFigure + 10 + 7 + 2)}5`],
      [2021, `${columnLetters(COMBINED_COLUMN.firstFigure + 10 + 7 + 6)}5`],
    ]);
  });

  test("each report's own rules hold in its own format: no other finding", () => {
    expect(book.findings.filter((x) => x.rule !== "carry-over" && x.status === "failed")).toEqual([]);
  });

  describe("recalculated by LibreOffice", () => {
    let sheets: Map<string, string[][]>;
    beforeAll(async () => {
      sheets = computeWithLibreOffice(await writeCombinedXlsx(book));
    }, 200_000);

    const num = (v: string) => Number(v.replace(/,/g, ""));
    const rowOf = (rows: string[][], label: string) => rows.find((r) => r.includes(label))!;

    test("合并表: comparable figures share columns; the rest 不适用 in the other format; both rows pass", () => {
      const rows = sheets.get("合并表")!;
      const oldRow = rows[3];
      const newRow = rows[4];
      expect([oldRow[0], oldRow[1], newRow[1]]).toEqual([AGENCY, "2020", "2021"]);
      expect([oldRow[COMBINED_COLUMN.failed - 1], newRow[COMBINED_COLUMN.failed - 1]]).toEqual(["0", "0"]);
      const at = (row: string[], index: number) => row[COMBINED_COLUMN.firstFigure - 1 + index];
      // 规章 本年制发 (2021) is not 本年新制作 (2019): 不适用 for the 2020 report, and the other way round.
      expect(at(oldRow, 0)).toBe("不适用");
      expect(at(oldRow, 9)).toBe("不适用");
      expect(at(newRow, 200 + 7)).toBe("不适用");
      expect(at(oldRow, 200 + 7)).toBe(String(old.active[0]));
      // 行政许可 处理决定数量 means the same: one column.
      expect(num(at(oldRow, 6))).toBe(old.active[8]);
      expect(num(at(newRow, 6))).toBe(current.active[6]);
      // （六）其他处理: the 2021 rows 21–23 together, beside the 2019 row 21.
      for (let c = 0; c < 7; c++) {
        expect(num(at(oldRow, 200 + c))).toBe(old.requests[20][c]);
        expect(num(at(newRow, 200 + c))).toBe(current.requests[20][c]! + current.requests[21][c]! + current.requests[22][c]!);
      }
      expect(rows.flat().filter((v) => /^(Err:|#)/.test(v))).toEqual([]);
    });

    test("汇总 adds only the comparable figures, in the shape both share; the rest is marked 不适用", () => {
      const rows = sheets.get("汇总")!;
      expect(rows.flat().filter((v) => /^(Err:|#)/.test(v))).toEqual([]);
      const sum2021Row = (r: number) => current.requests[r - 1].map((v) => v!);
      const expected = (r: number): number[] => {
        const mine = old.requests[r - 1].map((v) => v!);
        const theirs = r <= 20 ? sum2021Row(r) : r === 21 ? [0, 1, 2, 3, 4, 5, 6].map((c) => current.requests[20][c]! + current.requests[21][c]! + current.requests[22][c]!) : sum2021Row(r + 2);
        return mine.map((v, c) => v + theirs[c]);
      };
      for (const r of REQUEST_ROWS_2019) {
        const line = rowOf(rows, r.label);
        expect([r.row, line.slice(3, 10).map(num)]).toEqual([r.row, expected(r.row)]);
      }
      const licensing = rowOf(rows, "行政许可");
      expect(licensing.slice(3, 6)).toEqual(["不适用", "不适用", String(old.active[8]! + current.active[6]!)]);
      const procurement = rowOf(rows, "政府集中采购");
      expect(procurement.slice(3, 5)).toEqual(["不适用", "不适用"]);
      const verdicts = rows.filter((r) => r[0] === "本表核对结论（公式）").map((r) => r[3]);
      expect(verdicts.slice(1)).toEqual(["无问题", "无问题"]);
      expect(rows.flat().some((v) => v.includes("含2019年版格式报告1份、2021年版格式报告1份"))).toBe(true);
    });

    test("核对结果 lists the carry-over between the two formats", () => {
      const rows = sheets.get("核对结果")!;
      expect(rows.flat().some((v) => v.includes("「科研机构」列：2021年“上年结转”为"))).toBe(true);
    });
  });

  test("--by-year: each year's 汇总 in its format, every formula computed without error", async () => {
    const byYear = planCombinedWorkbook([entryOf(old), entryOf(current)], [], {}, { byYear: true });
    expect(byYear.yearSummaries.length).toBe(2);
    const sheets = computeWithLibreOffice(await writeCombinedXlsx(byYear));
    for (const [name, rows] of sheets) expect([name, rows.flat().filter((v) => /^(Err:|#)/.test(v))]).toEqual([name, []]);
    const y2020 = sheets.get(byYear.yearSummaries[0].name)!;
    expect(y2020.find((r) => r.includes("（六）其他处理"))!.slice(3, 10).map(Number)).toEqual(old.requests[20]);
    const y2021 = sheets.get(byYear.yearSummaries[1].name)!;
    expect(y2021.find((r) => r.includes("规章"))!.slice(3, 6).map(Number)).toEqual(current.active.slice(0, 3));
  }, 200_000);

  test("column map: 2019 rows 22 and 23 stand under 2021's 总计 and 结转; table 二 only 处理决定数量 shared", () => {
    const at2019 = (row: number, col: number) => 22 + (row - 1) * 7 + (col - 1);
    expect(FIGURE_SLOTS[combinedColumnOf2019(at2019(22, 7))].headers[1]).toBe("办理结果总计");
    expect(FIGURE_SLOTS[combinedColumnOf2019(at2019(23, 1))].headers[1]).toBe("结转下年度");
    expect([9, 15, 18].map((item) => FIGURE_SLOTS[combinedColumnOf2019(item - 1)].headers[1])).toEqual(["行政许可", "行政处罚", "行政强制"]);
    expect(EXTRA_COLUMNS.length).toBe(7 + 19);
  });
});
