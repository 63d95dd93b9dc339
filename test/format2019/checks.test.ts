// The 2019 rules: row totals over 23 rows, row 22 = rows 3–21, row 1 + row 2 = row 22 + row 23,
// appeal totals; 本年增/减 may be negative; the two-year carry-over across formats.
import { checkReports, checkTables, checkTwoYears, verdict } from "../../src/checks";
import { keysOf } from "../checks/helpers";
import { consistentReport } from "../checks/helpers";
import { consistent2019 } from "./helpers";

describe("the checks of a 2019 report", () => {
  test("a consistent 2019 report passes all 43 checks (23 rows, 7 columns, 7 balances, 3 groups, whole numbers in 3 tables)", () => {
    const report = consistent2019(1);
    expect(report.active.some((v) => v! < 0)).toBe(true);
    const result = checkTables(report);
    expect(result.findings).toEqual([]);
    expect(result.checked).toBe(23 + 7 + 7 + 3 + 3);
    expect(verdict(result)).toBe("全部 43 项校验通过");
  });

  test("checked in the 2021 shape, the same figures fail: the format decides the rules", () => {
    const report = consistent2019(1);
    const { findings } = checkTables({ ...report, format: "2021" });
    expect(findings.filter((f) => f.rule === "row-total").map((f) => [f.row, f.status])).toEqual([
      [24, "uncheckable"],
      [25, "uncheckable"],
    ]);
  });

  test("a wrong （七）总计 (row 22) breaks its row, its column's results-total and balance, and is named", () => {
    const report = consistent2019(2);
    const right = report.requests[21][0]!;
    report.requests[21][0] = right + 2;
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["balance col=1", "results-total row=22 col=1", "row-total row=22 col=7"]);
    const total = findings.find((f) => f.rule === "results-total")!;
    expect(total).toMatchObject({ expected: right, actual: right + 2, culprit: { table: "requests", row: 22, col: 1 } });
    expect(total.message).toBe(`「自然人」列：（七）总计应为${right}（第3至21行之和），实为${right + 2}（最可能出错的是表三「办理结果总计」行「自然人」列）`);
  });

  test("（六）其他处理 (row 21) counts in the results total; a wrong 结转 (row 23) breaks the balance", () => {
    const report = consistent2019(3);
    report.requests[20][1] = report.requests[20][1]! + 1;
    expect(keysOf(checkTables(report).findings)).toEqual(["results-total row=22 col=2", "row-total row=21 col=7"]);
    const other = consistent2019(3);
    other.requests[22][3] = other.requests[22][3]! + 1;
    const { findings } = checkTables(other);
    expect(keysOf(findings)).toEqual(["balance col=4", "row-total row=23 col=7"]);
    expect(findings.find((f) => f.rule === "row-total")!.message).toContain("「结转下年度」行（第23行）");
  });

  test("本年增/减 may be negative, not a fraction; other figures are ≥ 0; 采购总金额 is the decimal", () => {
    const report = consistent2019(4);
    report.active[7] = -3;
    report.active[10] = 2.5;
    report.active[8] = -1;
    report.active[21] = 12.34;
    const { findings } = checkTables(report);
    expect(keysOf(findings)).toEqual(["integer item=11", "integer item=9"]);
    expect(findings.find((f) => f.item === 11)!.message).toBe("表二「其他对外管理服务事项」「本年增/减」：2.5 不是整数");
    expect(findings.find((f) => f.item === 9)!.message).toBe("表二「行政许可」「处理决定数量」：-1 不是大于等于0的整数");
  });
});

describe("two years across formats", () => {
  test("a 2020 report in the 2019 format carries row 23 into the 2021 report's row 2", () => {
    const old = consistent2019(5, "示例市示例区人民政府", 2020);
    const current = consistentReport();
    current.agency = old.agency;
    current.year = 2021;
    // Make the 2021 report's carried-in agree with the 2020 carried-out in all but column 3.
    const carried = old.requests[22].map((v) => v!);
    carried[2] += 1;
    current.requests[1] = carried;
    const { findings } = checkTwoYears(old, current, { year: 2021, prevYear: 2020 });
    expect(keysOf(findings)).toEqual(["carry-over row=2 col=3"]);
    expect(findings[0]).toMatchObject({ expected: old.requests[22][2], actual: old.requests[22][2]! + 1 });
    // 现行有效 (2021) has no counterpart in 2019 (对外公开总数量 is not 现行有效): no in-force rule.
    expect(findings.some((f) => f.rule === "in-force")).toBe(false);
  });

  test("checkReports pairs the agency's 2020 (old) and 2021 (new) reports", () => {
    const old = consistent2019(6, "示例市示例区人民政府", 2020);
    const current = consistentReport();
    current.agency = old.agency;
    current.year = 2021;
    current.requests[1] = old.requests[22].map((v) => v!);
    const [, second] = checkReports([old, current]);
    expect(second.findings.filter((f) => f.rule === "carry-over")).toEqual([]);
    expect(second.checked).toBe(checkTables(current).checked + 7);
  });
});
