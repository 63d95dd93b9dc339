// The XXGK functions called the way Excel calls them.
import { checkTables } from "../../src/checks";
import { FunctionError } from "../../src/functions/errors";
import { balance, check, coldiff, findings, rowdiff } from "../../src/functions/functions";
import { checkRange } from "../../src/functions/results";
import { consistentReport, keysOf } from "../checks/helpers";
import { bareRequests, labelledActive, labelledAppeals, labelledRequests } from "./sheets";

const at = (address: string) => ({ parameterAddresses: [address] }) as unknown as CustomFunctions.Invocation;

function thrown(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (err) {
    return err as FunctionError;
  }
  throw new Error("expected an Excel error");
}

describe("CHECK", () => {
  test("bare 25×7 figures of a correct table 三", () => {
    expect(check(bareRequests(consistentReport()))).toBe("全部 40 项校验通过");
  });

  test("blank cells are zeros; numbers typed as text are numbers", () => {
    const values = bareRequests(consistentReport()).map((row) => row.map((v) => (v === 0 ? "" : String(v))));
    expect(check(values)).toBe("全部 40 项校验通过");
  });

  test("one wrong cell: the verdict names the rule and the likely culprit", () => {
    const report = consistentReport();
    report.requests[3][6] = 20;
    const right = consistentReport().requests[3][6];
    expect(check(bareRequests(report))).toBe(
      `2 项不符：「部分公开」行（第4行）：总计应为${right}，实为20（最可能出错的是表三「部分公开」行「总计」列） 等`,
    );
  });

  test("the table with its labels and header rows reads the same as the bare figures", () => {
    expect(check(labelledRequests(consistentReport()))).toBe("全部 40 项校验通过");
    const report = consistentReport();
    report.requests[5][2] = report.requests[5][2]! + 1;
    expect(check(labelledRequests(report))).toBe(check(bareRequests(report)));
  });

  test("text in a figure cell is named, with its sheet address", () => {
    const values = bareRequests(consistentReport());
    values[2][1] = "见附件";
    const verdict = check(values, at("Sheet1!C5:I29"));
    expect(verdict).toMatch(/^3 项无法校验：/);
    expect(verdict).toContain("D7 是文字「见附件」，不是数字");
    expect(check(values)).toContain("区域第3行第2列 是文字「见附件」，不是数字");
  });

  test("a range shifted by blank margins still reads as the table", () => {
    const values = bareRequests(consistentReport()).map((row) => ["", ...row, ""]);
    values.unshift(Array(9).fill(""));
    expect(check(values)).toBe("全部 40 项校验通过");
  });

  test("a range shifted onto the header row names the text it met and does not pass", () => {
    const rows = bareRequests(consistentReport());
    const shifted = [["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], ...rows.slice(0, 24)];
    const verdict = check(shifted);
    expect(verdict).not.toMatch(/通过/);
    expect(verdict).toContain("区域第1行第1列 是文字「自然人」");
  });

  test("column headers typed above bare figures are skipped", () => {
    const headers = [["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]];
    expect(check([...headers, ...bareRequests(consistentReport())])).toBe("全部 40 项校验通过");
    expect(check([["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], [0, 0, 0, 0, 0], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]])).toBe("全部 4 项校验通过");
  });

  test("a labelled range missing rows checks what it holds and says which rows are missing", () => {
    const values = labelledRequests(consistentReport()).slice(0, 3 + 12); // headers + rows 1–12
    const rows = findings(values);
    expect(rows.some((r) => typeof r[4] === "string" && r[4].startsWith("按行标题没有找到：无法提供·不掌握、无法提供·需另行制作"))).toBe(true);
    expect(rows.filter((r) => r[0] === "row-total")).toHaveLength(13); // rows 13–25 uncheckable
    expect(rows.filter((r) => r[0] === "integer")).toHaveLength(0); // the missing rows' figures: said once, by the note
    expect(rows.some((r) => r[0] === "row-total" && r[4].toString().includes("第1行"))).toBe(false); // row 1 checked and fine
  });

  test.each([
    [24, 7],
    [25, 6],
    [4, 4],
    [1, 11],
  ])("a bare range of %i×%i is the wrong shape: #VALUE! saying which shapes are expected", (rows, cols) => {
    const values = Array.from({ length: rows }, () => Array(cols).fill(1));
    const err = thrown(() => check(values));
    expect(err).toBeInstanceOf(FunctionError);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toBe(
      `区域为 ${rows} 行 × ${cols} 列，无法识别为表格。请选择：表三 25行×7列（或连同行标题），表二 1×10 或 2×5，表四 3×5 或 1×15（或连同表头）`,
    );
  });

  test("table 二: 1×10, 2×5 and the printed layout", () => {
    const report = consistentReport();
    expect(check([[...report.active]])).toBe("全部 1 项校验通过");
    expect(check([report.active.slice(0, 5), report.active.slice(5)])).toBe("全部 1 项校验通过");
    expect(check(labelledActive(report))).toBe("全部 1 项校验通过");
    report.active[3] = 1.5;
    expect(check(labelledActive(report))).toBe("1 项不符：表二「行政规范性文件」「本年制发件数」：1.5 不是大于等于0的整数");
  });

  test("table 二 as the add-in's sheet lays it out: labels merged over three columns, single figures merged", () => {
    const report = consistentReport();
    const a = report.active;
    // Excel passes the cells a merge covers as "": label in A (A:C merged), figures from D.
    const values = [
      ["第二十条第（一）项", "", "", "", "", ""],
      ["信息内容", "", "", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "", "", a[0], a[1], a[2]],
      ["行政规范性文件", "", "", a[3], a[4], a[5]],
      ["行政许可", "", "", a[6], "", ""],
      ["行政处罚", "", "", a[7], "", ""],
      ["行政强制", "", "", a[8], "", ""],
      ["行政事业性收费", "", "", a[9], "", ""],
    ];
    expect(check(values)).toBe("全部 1 项校验通过");
    values[2][3] = 1.5;
    expect(check(values)).toBe("1 项不符：表二「规章」「本年制发件数」：1.5 不是大于等于0的整数");
  });

  test("table 四: 3×5, 1×15 and the printed header rows", () => {
    const report = consistentReport();
    const groups = [0, 1, 2].map((g) => report.appeals.slice(g * 5, g * 5 + 5));
    expect(check(groups)).toBe("全部 4 项校验通过");
    expect(check([[...report.appeals]])).toBe("全部 4 项校验通过");
    expect(check(labelledAppeals(report))).toBe("全部 4 项校验通过");
    report.appeals[9] = 4;
    expect(check(labelledAppeals(report))).toBe("1 项不符：「行政诉讼·未经复议直接起诉」：总计应为3，实为4");
    // Typed by hand: one labelled row per group, under a header row.
    const byGroup = [
      ["", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
      ["行政复议", ...groups[0]],
      ["行政诉讼（未经复议直接起诉）", ...report.appeals.slice(5, 10)],
      ["行政诉讼（复议后起诉）", ...groups[2]],
    ];
    expect(rowdiff(byGroup)).toEqual([[0], [1], [0]]);
  });
});

describe("FINDINGS", () => {
  test("spills a header and one row per finding, with the culprit's sheet address", () => {
    const report = consistentReport();
    const right = report.requests[3][6]!;
    report.requests[3][6] = right + 1;
    const rows = findings(labelledRequests(report), at("'年报 2024'!B2:K30"));
    expect(rows[0]).toEqual(["规则", "单元格", "应为", "实为", "说明"]);
    // Row 4 is the 4th data row under 3 header rows: sheet row 2 + 3 + 3 = 8; 总计 is the 10th column: K.
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["row-total", "K8", right, right + 1],
      ["results-total", "K8", consistentReport().requests[23][6]! + 1, consistentReport().requests[23][6]],
    ]);
  });

  test("a table without findings spills the verdict", () => {
    expect(findings([[0, 0, 0, 0, 0], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]])).toEqual([
      ["规则", "单元格", "应为", "实为", "说明"],
      ["", "", "", "", "全部 4 项校验通过"],
    ]);
  });

  test("a text cell's integer row says what text it found", () => {
    const values = [[0, 0, "两件", 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]];
    const rows = findings(values, at("B2:F4"));
    expect(rows).toContainEqual(["integer", "D2", "", "", "D2 是文字「两件」，不是数字"]);
    expect(rows).toContainEqual(["appeal-total", "F2", "", 0, "「行政复议」有数字无法读取（其他结果），总计无法校验"]);
  });
});

describe("ROWDIFF, COLDIFF, BALANCE", () => {
  test("ROWDIFF: 总计 minus the sum, per row of table 三 and per group of table 四", () => {
    const report = consistentReport();
    report.requests[3][6] = report.requests[3][6]! + 2;
    const diffs = rowdiff(bareRequests(report));
    expect(diffs).toHaveLength(25);
    expect(diffs[3]).toEqual([2]);
    expect(diffs.filter((d) => d[0] !== 0)).toEqual([[2]]);
    expect(rowdiff([[0, 0, 0, 0, 0], [1, 1, 0, 0, 3], [0, 0, 0, 0, 0]])).toEqual([[0], [1], [0]]);
  });

  test("ROWDIFF: a row with text gives 无法计算 in its own cell only (no #N/A in a spill: office-js#2174)", () => {
    const values = bareRequests(consistentReport());
    values[4][0] = "abc";
    const diffs = rowdiff(values);
    expect(diffs[4][0]).toBe("无法计算");
    expect(diffs[3]).toEqual([0]);
    expect(diffs.flat().filter((d) => typeof d === "object")).toEqual([]);
  });

  test("COLDIFF: (七)总计 minus rows 3–23, per column", () => {
    const report = consistentReport();
    report.requests[5][2] = report.requests[5][2]! + 1;
    expect(coldiff(labelledRequests(report))).toEqual([[0, 0, -1, 0, 0, 0, 0]]);
  });

  test("BALANCE: (row 1 + row 2) − (row 24 + row 25), per column", () => {
    const report = consistentReport();
    report.requests[0][2] = report.requests[0][2]! + 3;
    report.requests[0][6] = report.requests[0][6]! + 3;
    expect(balance(bareRequests(report))).toEqual([[0, 0, 3, 0, 0, 0, 3]]);
  });

  test("COLDIFF and BALANCE on another table: #VALUE! saying which table they take", () => {
    const err = thrown(() => balance([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toBe("BALANCE 只用于表三（申请办理），所选区域是表四（复议诉讼）");
    expect(thrown(() => rowdiff([[...consistentReport().active]])).message).toContain("ROWDIFF 只用于表三（申请办理）或表四（复议诉讼）");
  });
});

describe("the same findings wherever computed", () => {
  test.each([
    ["one wrong 总计", [[3, 6, 1]]],
    ["one wrong applicant cell", [[5, 2, 1]]],
    ["three scattered errors", [[0, 0, 2], [10, 4, -1], [24, 6, 5]]],
    ["a fraction", [[7, 1, 0.5]]],
  ])("%s: engine and function adapter agree on every rule and location", (_name, changes) => {
    const report = consistentReport();
    for (const [r, c, delta] of changes as number[][]) report.requests[r][c] = report.requests[r][c]! + delta;
    const engine = checkTables({ requests: report.requests }).findings;
    for (const values of [bareRequests(report), labelledRequests(report)]) {
      const adapter = checkRange(values).result.findings;
      expect(keysOf(adapter)).toEqual(keysOf(engine));
      expect(adapter.map((f) => f.message)).toEqual(engine.map((f) => f.message));
    }
  });
});
