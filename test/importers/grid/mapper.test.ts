// The grid-to-report mapper on grids built by hand: labels, header columns, empty cells as zeros,
// placeholders reported, split tables, the older single （六） row, the 2019 format, missing tables.
import { gridToReport, placeCells, type GridDocument, type GridTable, type SourceCell } from "../../../src/importers/grid";
import { REQUEST_ROWS, type ImportResult, type Report } from "../../../src/model";
import { only2021 } from "../../support/report";

const cell = (text: string, extra: Partial<SourceCell> = {}): SourceCell => ({ text, ...extra });

function activeTable(index: number, fee = "1,419.80"): GridTable {
  return placeCells(index, [
    [cell("第二十条第（一）项", { colSpan: 4 })],
    [cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")],
    [cell("规章"), cell(""), cell("1"), cell("23")],
    [cell("行政规范性文件"), cell("7"), cell("2"), cell("65")],
    [cell("行政许可"), cell("231", { colSpan: 3 })],
    [cell("行政处罚"), cell("34828", { colSpan: 3 })],
    [cell("行政强制"), cell("1568", { colSpan: 3 })],
    [cell("行政事业性收费"), cell(fee, { colSpan: 3 })],
  ]);
}

/** Table 三 with row r's figures [r, 0, 0, 0, 0, 0, r] (row 1 = 1 …), its header in three rows. */
function requestHeader(): SourceCell[][] {
  return [
    [cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", { colSpan: 3, rowSpan: 3 }), cell("申请人情况", { colSpan: 7 })],
    [cell("自然人", { rowSpan: 2 }), cell("法人或其他组织", { colSpan: 5 }), cell("总计", { rowSpan: 2 })],
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((t) => cell(t)),
  ];
}

function requestRow(row: number, figures?: string[]): SourceCell[] {
  const label = REQUEST_ROWS[row - 1];
  const values = figures ?? [String(row), "", "", "", "", "", String(row)];
  return [cell([...label.groups, label.label].join(""), { colSpan: 3 }), ...values.map((v) => cell(v))];
}

function requestTable(index: number, rows: number[], header = true): GridTable {
  return placeCells(index, [...(header ? requestHeader() : []), ...rows.map((r) => requestRow(r))]);
}

function appealTable(index: number): GridTable {
  const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  return placeCells(index, [
    [cell("行政复议", { colSpan: 5 }), cell("行政诉讼", { colSpan: 10 })],
    [...results.map((t) => cell(t, { rowSpan: 2 })), cell("未经复议直接起诉", { colSpan: 5 }), cell("复议后起诉", { colSpan: 5 })],
    [...results, ...results].map((t) => cell(t)),
    Array.from({ length: 15 }, (_, i) => cell(String(i + 1))),
  ]);
}

const ALL_ROWS = REQUEST_ROWS.map((r) => r.row);

function read(doc: GridDocument): Report {
  const result = gridToReport(doc);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("/"));
  return only2021(result.report);
}

describe("gridToReport", () => {
  test("reads the three tables: labels, header columns, empty cells as zeros, the fee's decimals", () => {
    const report = read({ tables: [activeTable(0), requestTable(1, ALL_ROWS), appealTable(2)], preamble: "" });
    expect(report.active).toEqual([0, 1, 23, 7, 2, 65, 231, 34828, 1568, 1419.8]);
    expect(report.requests[3]).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(report.requests[22]).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(report.requests[24]).toEqual([25, 0, 0, 0, 0, 0, 25]);
    expect(report.appeals).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(report.diagnostics).toBeUndefined();
  });

  test("every figure points at its cell (table, row, column of the grid)", () => {
    const report = read({ tables: [activeTable(0), requestTable(1, ALL_ROWS), appealTable(2)], preamble: "" });
    expect(report.sources!.requests[0][6]).toEqual({ kind: "cell", table: 1, row: 3, col: 9, text: "1" });
    expect(report.sources!.active[9]).toEqual({ kind: "cell", table: 0, row: 7, col: 1, text: "1,419.80" });
    expect(report.sources!.appeals[14]).toEqual({ kind: "cell", table: 2, row: 3, col: 14, text: "15" });
  });

  test("'/' and '—' mean none (0, with a warning); '*' and text stay unreadable (null), with a message naming the place", () => {
    const row4 = requestRow(4, ["4", "/", "—", "*", "", "", "见说明"]);
    const table = placeCells(1, [...requestHeader(), ...ALL_ROWS.map((r) => (r === 4 ? row4 : requestRow(r)))]);
    const report = read({ tables: [activeTable(0), table, appealTable(2)], preamble: "" });
    expect(report.requests[3]).toEqual([4, 0, 0, null, 0, 0, null]);
    const messages = report.diagnostics!.map((d) => [d.code, d.row, d.col, d.message]);
    expect(messages).toContainEqual(["cell-none-mark", 4, 2, expect.stringContaining("表三“部分公开”行“商业企业”列：单元格写的是“/”，按 0 读入")]);
    expect(messages).toContainEqual(["cell-none-mark", 4, 3, expect.stringContaining("单元格写的是“—”，按 0 读入")]);
    expect(messages).toContainEqual(["cell-placeholder", 4, 4, expect.stringContaining("单元格写的是“*”")]);
    expect(messages).toContainEqual(["cell-not-number", 4, 7, expect.stringContaining("“见说明”不是数字")]);
  });

  test("two figures on two lines of one cell (`1<br>2`) are not read as 12: unreadable, with a message", () => {
    const row4 = requestRow(4, ["1\n2", "12\n件", "", "", "", "", "15"]);
    const table = placeCells(1, [...requestHeader(), ...ALL_ROWS.map((r) => (r === 4 ? row4 : requestRow(r)))]);
    const report = read({ tables: [activeTable(0), table, appealTable(2)], preamble: "" });
    expect(report.requests[3]).toEqual([null, 12, 0, 0, 0, 0, 15]);
    const messages = report.diagnostics!.map((d) => [d.code, d.row, d.col]);
    expect(messages).toContainEqual(["cell-not-number", 4, 1]);
  });

  test("a fee written in 元 is converted to 万元", () => {
    const report = read({ tables: [activeTable(0, "251000元"), requestTable(1, ALL_ROWS), appealTable(2)], preamble: "" });
    expect(report.active[9]).toBe(25.1);
  });

  test("table 三 split in two tables: the second part, without header, keeps the columns", () => {
    const first = requestTable(1, ALL_ROWS.slice(0, 12));
    const second = requestTable(2, ALL_ROWS.slice(12), false);
    const report = read({ tables: [activeTable(0), first, second, appealTable(3)], preamble: "" });
    expect(report.requests.map((r) => r[0])).toEqual(ALL_ROWS);
    expect(report.requests.map((r) => r[6])).toEqual(ALL_ROWS);
  });

  test("a row cut by a page break is joined with its rest, figures from the part that has them", () => {
    const rows = [...requestHeader(), ...ALL_ROWS.filter((r) => r < 17).map((r) => requestRow(r))];
    rows.push([cell("2.重", { colSpan: 3 }), ...["", "", "", "", "", "", ""].map((t) => cell(t))]);
    const pageBreak = rows.length;
    rows.push([cell("复申请", { colSpan: 3 }), ...["17", "", "", "", "", "", "17"].map((t) => cell(t))]);
    rows.push(...ALL_ROWS.filter((r) => r > 17).map((r) => requestRow(r)));
    const table = { ...placeCells(1, rows), pageBreaks: [pageBreak] };
    const report = read({ tables: [activeTable(0), table, appealTable(2)], preamble: "" });
    expect(report.requests[16]).toEqual([17, 0, 0, 0, 0, 0, 17]);
    expect(report.diagnostics).toBeUndefined();
  });

  test("a row of table 二 cut by a page break is joined with its rest", () => {
    const rows: SourceCell[][] = [
      [cell("第二十条第（一）项", { colSpan: 4 })],
      [cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")],
      [cell("规章"), cell(""), cell("1"), cell("23")],
      [cell("行政规范"), cell(""), cell(""), cell("")],
      [cell("性文件"), cell("7"), cell("2"), cell("65")],
      [cell("行政许可"), cell("231", { colSpan: 3 })],
      [cell("行政处罚"), cell("34828", { colSpan: 3 })],
    ];
    const table = { ...placeCells(0, rows), pageBreaks: [4] };
    const report = read({ tables: [table, requestTable(1, ALL_ROWS), appealTable(2)], preamble: "" });
    expect(report.active.slice(0, 8)).toEqual([0, 1, 23, 7, 2, 65, 231, 34828]);
  });

  test("the older single （六）其他处理 row: zeros go to its three sub-rows, other figures are reported", () => {
    const withSingle = (figures: string[]) =>
      placeCells(1, [
        ...requestHeader(),
        ...ALL_ROWS.filter((r) => r < 21 || r > 23).map((r) => (r === 24 ? [cell("（六）其他处理", { colSpan: 3 }), ...figures.map((f) => cell(f))] : [])),
        ...ALL_ROWS.filter((r) => r < 21 || r > 23).map((r) => requestRow(r)),
      ].filter((row) => row.length > 0));
    const zeros = read({ tables: [activeTable(0), withSingle(["0", "0", "", "0", "0", "0", "0"]), appealTable(2)], preamble: "" });
    expect(zeros.requests.slice(20, 23)).toEqual([Array(7).fill(0), Array(7).fill(0), Array(7).fill(0)]);
    const some = read({ tables: [activeTable(0), withSingle(["2", "0", "0", "0", "0", "0", "2"]), appealTable(2)], preamble: "" });
    expect(some.requests[20]).toEqual(Array(7).fill(null));
    expect(some.diagnostics!.find((d) => d.code === "other-handling-single-row")!.message).toContain("2、0、0、0、0、0、2");
  });

  test("a 2019 table 二 above a 2021 table 三 is a mix: never read into the 2021 table 二", () => {
    const old = placeCells(0, [
      [cell("第二十条第（一）项", { colSpan: 4 })],
      [cell("信息内容"), cell("本年新制作数量"), cell("本年新公开数量"), cell("对外公开总数量")],
      [cell("规章"), cell("1"), cell("1"), cell("5")],
    ]);
    const result: ImportResult = gridToReport({ tables: [old, requestTable(1, ALL_ROWS), appealTable(2)], preamble: "" });
    if (!result.ok) throw new Error("not read");
    expect(result.report.format).toBe("mixed");
    expect(result.report.active).toBeNull();
    expect(result.report.diagnostics![0].message).toContain("2019 年版");
  });

  test("a missing table is named; no table at all is a failure saying what was looked for", () => {
    const partial = read({ tables: [activeTable(0), requestTable(1, ALL_ROWS)], preamble: "" });
    expect(partial.appeals).toEqual(Array(15).fill(null));
    expect(partial.diagnostics![0].message).toContain("没有找到表四“四、政府信息公开行政复议、行政诉讼情况”");
    const none = gridToReport({ tables: [placeCells(0, [[cell("首页"), cell("政务公开")]])], preamble: "" });
    expect(!none.ok && none.diagnostics[0].message).toContain("没有找到年度报告的三张表");
  });

  test("missing rows of table 三 are listed by name", () => {
    const report = read({ tables: [activeTable(0), requestTable(1, ALL_ROWS.filter((r) => r !== 9)), appealTable(2)], preamble: "" });
    expect(report.requests[8]).toEqual(Array(7).fill(null));
    expect(report.diagnostics!.map((d) => d.message)).toContainEqual(expect.stringContaining("没有找到这些行：不予公开·内部事务"));
  });
});

describe("placeCells", () => {
  test("rowspan and colspan occupy their grid positions with one shared cell", () => {
    const grid = placeCells(0, [
      [cell("a", { rowSpan: 2 }), cell("b", { colSpan: 2 })],
      [cell("c"), cell("d")],
    ]);
    expect(grid.rows.map((r) => r.map((c) => c!.text))).toEqual([
      ["a", "b", "b"],
      ["a", "c", "d"],
    ]);
    expect(grid.rows[0][0]).toBe(grid.rows[1][0]);
    expect(grid.rows[0][0]!.rowSpan).toBe(2);
  });

  test(".docx vertical merge: a continuing cell extends the one above", () => {
    const grid = placeCells(0, [
      [cell("三、本年度办理结果"), cell("x")],
      [cell("", { continuesAbove: true }), cell("y")],
    ]);
    expect(grid.rows[1][0]).toBe(grid.rows[0][0]);
    expect(grid.rows[0][0]!.rowSpan).toBe(2);
  });
});
