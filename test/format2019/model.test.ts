// The 2019 tables in the model: their shape, the union on `format`, the slots.
import {
  ACTIVE_ITEMS_2019,
  AnyReportSchema,
  FIGURE_COUNT_2019,
  FIGURE_SLOTS_2019,
  FIGURE_SLOTS_MIXED,
  REQUEST_ROWS_2019,
  SIGNED_ITEMS_2019,
  emptyReport,
  emptyReport2019,
  figureAt,
  flattenAny,
  Report2019Schema,
} from "../../src/model";

describe("the 2019 format in the model", () => {
  it("has 22 figures in table 二, 23 rows in table 三, 198 figures in all", () => {
    expect(ACTIVE_ITEMS_2019.map((it) => `${it.label}·${it.column}`)).toEqual([
      "规章·本年新制作数量",
      "规章·本年新公开数量",
      "规章·对外公开总数量",
      "规范性文件·本年新制作数量",
      "规范性文件·本年新公开数量",
      "规范性文件·对外公开总数量",
      "行政许可·上一年项目数量",
      "行政许可·本年增/减",
      "行政许可·处理决定数量",
      "其他对外管理服务事项·上一年项目数量",
      "其他对外管理服务事项·本年增/减",
      "其他对外管理服务事项·处理决定数量",
      "行政处罚·上一年项目数量",
      "行政处罚·本年增/减",
      "行政处罚·处理决定数量",
      "行政强制·上一年项目数量",
      "行政强制·本年增/减",
      "行政强制·处理决定数量",
      "行政事业性收费·上一年项目数量",
      "行政事业性收费·本年增/减",
      "政府集中采购·采购项目数量",
      "政府集中采购·采购总金额（单位：万元）",
    ]);
    expect(SIGNED_ITEMS_2019).toEqual([8, 11, 14, 17, 20]);
    expect(ACTIVE_ITEMS_2019.filter((it) => it.decimal).map((it) => it.item)).toEqual([22]);
    expect(REQUEST_ROWS_2019.length).toBe(23);
    expect(REQUEST_ROWS_2019.slice(20).map((r) => r.label)).toEqual(["（六）其他处理", "（七）总计", "四、结转下年度继续办理"]);
    expect(FIGURE_COUNT_2019).toBe(198);
    expect(FIGURE_SLOTS_MIXED.length).toBe(190);
  });

  it("tells the formats apart by `format` and by their shapes", () => {
    expect(AnyReportSchema.safeParse(emptyReport2019()).success).toBe(true);
    expect(AnyReportSchema.safeParse(emptyReport()).success).toBe(true);
    // A 2019 report with 25 rows, or a 2021 one with 22 figures in table 二, is refused.
    expect(AnyReportSchema.safeParse({ ...emptyReport2019(), requests: emptyReport().requests }).success).toBe(false);
    expect(AnyReportSchema.safeParse({ ...emptyReport(), active: emptyReport2019().active }).success).toBe(false);
    const mixed = { ...emptyReport(), format: "mixed", active: null };
    expect(AnyReportSchema.safeParse(mixed).success).toBe(true);
    expect(AnyReportSchema.safeParse({ ...mixed, active: emptyReport().active }).success).toBe(false);
    expect(Report2019Schema.safeParse({ ...emptyReport2019(), active: Array(22).fill(-1) }).success).toBe(true);
  });

  it("slots follow flattenAny for a 2019 report", () => {
    const report = emptyReport2019();
    let n = 0;
    report.active = report.active.map(() => n++);
    report.requests = report.requests.map((row) => row.map(() => n++));
    report.appeals = report.appeals.map(() => n++);
    expect(FIGURE_SLOTS_2019.map((s) => figureAt(report, s))).toEqual(flattenAny(report));
    expect(FIGURE_SLOTS_2019[21].headers).toEqual(["主动公开", "政府集中采购", "采购总金额（单位：万元）"]);
    expect(FIGURE_SLOTS_2019[22 + 20 * 7 + 6].headers).toEqual(["申请办理", "其他处理", "总计"]);
    expect(FIGURE_SLOTS_2019[7].signed).toBe(true);
  });
});
