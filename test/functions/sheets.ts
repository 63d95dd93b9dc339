// Ranges as Excel hands them to a custom function: 2-D arrays of numbers, strings and "" for blanks.
import { REQUEST_ROWS, type Report } from "../../src/model";

export const bareRequests = (report: Report): unknown[][] => report.requests.map((row) => [...row]);

/** Table 三 as printed: three header rows, three label columns (merged cells keep their text top-left), 7 figure columns. */
export function labelledRequests(report: Report): unknown[][] {
  const blank = (n: number) => Array<unknown>(n).fill("");
  const rows: unknown[][] = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", ...blank(6)],
    ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
    ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
  ];
  let lastGroups: readonly string[] = [];
  for (const r of REQUEST_ROWS) {
    const labels = blank(3);
    if (r.groups.length === 0) labels[0] = r.label;
    else {
      r.groups.forEach((g, i) => {
        if (lastGroups[i] !== g) labels[i] = g;
      });
      labels[r.groups.length] = r.label;
    }
    lastGroups = r.groups;
    rows.push([...labels, ...report.requests[r.row - 1]]);
  }
  return rows;
}

/** Table 二 as printed: blocks per article, a header row of columns, then label and figures. */
export function labelledActive(report: Report): unknown[][] {
  const f = (item: number) => report.active[item - 1];
  return [
    ["第二十条第（一）项", "", "", ""],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", f(1), f(2), f(3)],
    ["行政规范性文件", f(4), f(5), f(6)],
    ["第二十条第（五）项", "", "", ""],
    ["信息内容", "本年处理决定数量", "", ""],
    ["行政许可", f(7), "", ""],
    ["第二十条第（六）项", "", "", ""],
    ["信息内容", "本年处理决定数量", "", ""],
    ["行政处罚", f(8), "", ""],
    ["行政强制", f(9), "", ""],
    ["第二十条第（八）项", "", "", ""],
    ["信息内容", "本年收费金额（单位：万元）", "", ""],
    ["行政事业性收费", f(10), "", ""],
  ];
}

/** Table 四 as printed: two header rows above one row of 15 figures. */
export function labelledAppeals(report: Report): unknown[][] {
  const blank = (n: number) => Array<unknown>(n).fill("");
  const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  return [
    ["行政复议", ...blank(4), "行政诉讼", ...blank(9)],
    [...blank(5), "未经复议直接起诉", ...blank(4), "复议后起诉", ...blank(4)],
    [...results, ...results, ...results],
    [...report.appeals],
  ];
}
