// readTitle: agency and year from the report's title, in the shapes titles take.
import { readTitle } from "../../../src/importers/title";

describe("readTitle", () => {
  it.each([
    ["two lines, year spaced", " 攀枝花市仁和区人民政府\n2024 年政府信息公开工作年度报告\n\n依据《条例》", "攀枝花市仁和区人民政府", 2024],
    ["one line", "攀枝花市西区人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况", "攀枝花市西区人民政府办公室", 2025],
    [
      "after web-page furniture",
      "www.panzhihua.gov.cn     发布时间:2025-01-17     来源:攀枝花市人民政府办公室      选择阅读字号:[ ]\n\n攀枝花市人民政府办公室\n\n2024年政府信息公开工作年度报告",
      "攀枝花市人民政府办公室",
      2024,
    ],
    ["markdown headings", "# 攀枝花市西区行政审批局\n\n## 2024 年政府信息公开工作年度报告\n\n### 一、总体情况", "攀枝花市西区行政审批局", 2024],
    ["agency with spaces, 年度 form", "示 例 县 财 政 局 2023年度政府信息公开工作报告", "示例县财政局", 2023],
    ["year in Chinese numerals", "示例市交通运输局\n二〇二二年政府信息公开工作年度报告", "示例市交通运输局", 2022],
    ["year first", "2024年度示例市统计局政府信息公开工作年度报告", "示例市统计局", 2024],
    ["full-width year", "示例市统计局２０２４年政府信息公开工作年度报告", "示例市统计局", 2024],
  ])("%s", (_shape, text, agency, year) => {
    expect(readTitle(text)).toEqual({ agency, year });
  });

  it("a text with no title gives nulls, not a guess", () => {
    expect(readTitle("二、主动公开政府信息情况\n规章 0 0 0")).toEqual({ agency: null, year: null });
  });
});
