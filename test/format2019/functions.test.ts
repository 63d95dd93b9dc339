// The XXGK functions over the older format's tables: bare 23×7 and 1×22 figures, and the tables
// with their labels as the 2019 sheet prints them.
import { check, coldiff, rowdiff } from "../../src/functions/functions";
import { ACTIVE_ITEMS_2019, REQUEST_ROWS_2019 } from "../../src/model";
import { consistent2019 } from "./helpers";

describe("XXGK functions with 2019 tables", () => {
  test("bare 23×7 figures: the 2019 rules (row 22 = rows 3–21, balance with rows 22 and 23)", () => {
    const report = consistent2019(31);
    expect(check(report.requests)).toBe("全部 38 项校验通过");
    const broken = report.requests.map((row) => [...row]);
    broken[20][0] = broken[20][0]! + 2; // （六）其他处理, 自然人
    expect(rowdiff(broken)[20]).toEqual([-2]);
    expect(coldiff(broken)[0][0]).toBe(-2);
    expect(rowdiff(broken).length).toBe(23);
  });

  test("table 三 with its 2019 labels: （六）其他处理 is row 21", () => {
    const report = consistent2019(32);
    const values = REQUEST_ROWS_2019.map((r) => [r.label, ...report.requests[r.row - 1]]);
    expect(check(values)).toBe("全部 38 项校验通过");
    values[21][1] = (values[21][1] as number) + 1;
    expect(check(values)).toContain("「办理结果总计」行（第22行）");
  });

  test("table 二 of 22 figures: a negative 本年增/减 is fine, a negative 处理决定数量 is not", () => {
    const report = consistent2019(33);
    expect(check([report.active])).toBe("全部 1 项校验通过");
    const labelled = [...new Set(ACTIVE_ITEMS_2019.map((it) => it.label))].map((label) => [label, ...ACTIVE_ITEMS_2019.filter((it) => it.label === label).map((it) => report.active[it.item - 1])]);
    labelled.unshift(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]);
    expect(check(labelled)).toBe("全部 1 项校验通过");
    labelled[3][3] = -1; // 行政许可 处理决定数量
    expect(check(labelled)).toContain("表二「行政许可」「处理决定数量」：-1 不是大于等于0的整数");
  });
});
