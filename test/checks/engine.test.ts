import { checkReports, checkTables, verdict } from "../../src/checks";
import { consistentReport, keysOf } from "./helpers";

describe("one report", () => {
  test("a consistent report passes all 46 checks (25 rows, 7 columns, 7 balances, 3 groups, the prose, whole numbers in 3 tables)", () => {
    const result = checkTables(consistentReport());
    expect(result.findings).toEqual([]);
    expect(result.checked).toBe(46);
    expect(verdict(result)).toBe("全部 46 项校验通过");
    expect(verdict(result, "en")).toBe("All 46 checks passed");
  });

  test("a wrong 总计 in row 4 breaks its row and column 7, and is named as the culprit", () => {
    const report = consistentReport();
    const right = report.requests[3][6]!;
    report.requests[3][6] = right + 1;
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["results-total row=24 col=7", "row-total row=4 col=7"]);
    const rowTotal = findings.find((f) => f.rule === "row-total")!;
    expect(rowTotal).toMatchObject({ severity: "error", status: "failed", table: "requests", expected: right, actual: right + 1 });
    expect(rowTotal.culprit).toEqual({ table: "requests", row: 4, col: 7 });
    expect(rowTotal.message).toBe(`「部分公开」行（第4行）：总计应为${right}，实为${right + 1}（最可能出错的是表三「部分公开」行「总计」列）`);
    expect(findings.find((f) => f.rule === "results-total")!.culprit).toEqual({ table: "requests", row: 4, col: 7 });
  });

  test("a wrong applicant cell is the culprit of its row-total and its column's results-total", () => {
    const report = consistentReport();
    report.requests[5][2] = report.requests[5][2]! + 1; // row 6, 科研机构
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["results-total row=24 col=3", "row-total row=6 col=7"]);
    for (const f of findings) expect(f.culprit).toEqual({ table: "requests", row: 6, col: 3 });
  });

  test.each([
    [1, 3, ["balance col=3", "row-total row=1 col=7"]],
    [25, 1, ["balance col=1", "row-total row=25 col=7"]],
    [24, 2, ["balance col=2", "results-total row=24 col=2", "row-total row=24 col=7"]],
  ])("a wrong figure at row %i, column %i: every rule through it fails and names it", (row, col, keys) => {
    const report = consistentReport();
    report.requests[row - 1][col - 1] = report.requests[row - 1][col - 1]! + 1;
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(keys);
    for (const f of findings.filter((f) => f.rule !== "narrative-requests")) expect(f.culprit).toEqual({ table: "requests", row, col });
  });

  test("two unrelated errors name no culprit", () => {
    const report = consistentReport();
    report.requests[5][2] = report.requests[5][2]! + 1; // +1 in row 6 col 3
    report.requests[7][0] = report.requests[7][0]! + 2; // +2 in row 8 col 1
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["results-total row=24 col=1", "results-total row=24 col=3", "row-total row=6 col=7", "row-total row=8 col=7"]);
    // (6,1) and (8,3) lie on two failing rules each but the amounts disagree: only the true cells are named.
    expect(findings.map((f) => f.culprit)).toEqual(
      expect.not.arrayContaining([{ table: "requests", row: 6, col: 1 }, { table: "requests", row: 8, col: 3 }]),
    );
  });

  test("a new-requests figure off in one column breaks only that column's balance", () => {
    const report = consistentReport();
    report.requests[0][2] = report.requests[0][2]! + 3; // row 1 col 3
    report.requests[0][6] = report.requests[0][6]! + 3; // and its total, so the row still adds up
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["balance col=3", "balance col=7", "narrative-requests said=1634"]);
    expect(findings[0].message).toBe("「科研机构」列：第一项加第二项（新收加上年结转）为22，第三项加第四项（办理结果总计加结转下年度）为19，两者应相等");
  });

  test("an unreadable figure makes its rules uncheckable (info), never passed nor failed", () => {
    const report = consistentReport();
    report.requests[2][1] = null; // row 3, 商业企业
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual([]);
    const unchecked = findings.map((f) => `${f.rule}/${f.status}/${f.severity}`).sort();
    expect(unchecked).toEqual(["integer/uncheckable/info", "results-total/uncheckable/info", "row-total/uncheckable/info"]);
    expect(findings.find((f) => f.rule === "row-total")!.message).toBe("「予以公开」行（第3行）有数字无法读取（商业企业），总计无法校验");
    expect(verdict(checkTables(report))).toMatch(/^3 项无法校验：/);
  });

  test("integer: fractions and negatives are errors; the fee may be a decimal", () => {
    const report = consistentReport();
    report.active[9] = 1419.8;
    report.active[0] = 2.5;
    report.appeals[0] = -1;
    report.appeals[4] = -1; // keep group 1 adding up
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["integer col=1 group=1", "integer col=5 group=1", "integer item=1"]);
    expect(findings.find((f) => f.item === 1)!.message).toBe("表二「规章」「本年制发件数」：2.5 不是大于等于0的整数");
    report.active[9] = -3;
    expect(keysOf(checkTables(report).findings)).toContain("integer item=10");
  });

  test("appeal-total: each group's 总计 is the sum of its four results", () => {
    const report = consistentReport();
    report.appeals[9] = 4; // group 2 总计, right is 3
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["appeal-total group=2"]);
    expect(findings[0].message).toBe("「行政诉讼·未经复议直接起诉」：总计应为3，实为4");
  });

  test("narrative-requests holds for row 1 总计 or row 1 + row 2, and warns otherwise", () => {
    const report = consistentReport(); // row 1 总计 1634, row 2 总计 6
    expect(checkTables({ ...report, narrative_new: 1634 }).findings).toEqual([]);
    expect(checkTables({ ...report, narrative_new: 1640 }).findings).toEqual([]);
    const { findings } = checkTables({ ...report, narrative_new: 1633 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "narrative-requests", severity: "warning", said: 1633, table: 1634 });
    expect(findings[0].message).toBe("一、总体情况中说本年收到申请1633件，但表三第一项“本年新收”总计为1634件（加上年结转为1640件）");
    expect(checkTables({ ...report, narrative_new: null }).findings).toEqual([]);
  });

  test("the engine reports and never repairs: the report is unchanged", () => {
    const report = consistentReport();
    report.requests[3][6] = 999;
    const before = JSON.stringify(report);
    checkTables(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe("two years of one agency", () => {
  const years = () => {
    const current = consistentReport(); // 2021
    const previous = { ...consistentReport(), year: 2020, agency: "大同市 龙安区（公安局）" };
    return { previous, current };
  };

  test("carry-over compares this year's row 2 with last year's row 25; in-force is a warning", () => {
    const { previous, current } = years();
    const [prevResult, curResult] = checkReports([previous, current]);
    expect(prevResult.findings).toEqual([]);
    expect(keysOf(curResult.findings)).toEqual(
      ["carry-over row=2 col=1", "carry-over row=2 col=2", "carry-over row=2 col=3", "carry-over row=2 col=4", "carry-over row=2 col=6", "carry-over row=2 col=7", "in-force item=6"].sort(),
    );
    const inForce = curResult.findings.find((f) => f.rule === "in-force")!;
    expect(inForce).toMatchObject({ severity: "warning", expected: 76, actual: 81 });
    expect(curResult.findings.find((f) => f.rule === "carry-over" && f.col === 7)!.message).toBe(
      "「总计」列：2021年“上年结转”为6，但2020年报告“结转下年度继续办理”为5",
    );
  });

  test("reports of other agencies or non-consecutive years are not compared", () => {
    const { previous, current } = years();
    expect(checkReports([{ ...previous, agency: "大同市龙安区教育局" }, current])[1].findings).toEqual([]);
    expect(checkReports([{ ...previous, year: 2019 }, current])[1].findings).toEqual([]);
  });

  test("carried figures agree: no finding", () => {
    const { previous, current } = years();
    previous.requests[24] = [...current.requests[1]];
    previous.requests[23] = previous.requests[23].map((v, i) => v! - (current.requests[1][i]! - consistentReport().requests[24][i]!));
    previous.active[5] = 86; // 86 + 10 − 15 = 81
    const findings = checkReports([previous, current])[1].findings.filter((f) => f.rule === "carry-over" || f.rule === "in-force");
    expect(findings).toEqual([]);
  });
});
