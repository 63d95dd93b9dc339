// Plain pdftotext (no -layout) of table 三 whose text loses the columns' order: figures printed
// beside the header's broken words before the first row's label (`4 10 17 357 33 18 439` for
// 357 33 4 10 17 18 439), rows printed column by column in one text block, and a row with an
// error of the report's own. The reader proposes every order the text leaves open; the solver
// keeps a figure only where every order that keeps the table's rules agrees.
import { importText } from "../../../src/importers/text";
import { REQUEST_ROWS, type Report } from "../../../src/model";

const zeros = () => Array.from({ length: 25 }, () => [0, 0, 0, 0, 0, 0, 0]);

/** A consistent table 三: row 1 new, rows 3 and 4 the results, row 24 their total. */
function table(): number[][] {
  const t = zeros();
  t[0] = [357, 33, 4, 10, 17, 18, 439];
  t[2] = [300, 30, 4, 10, 17, 18, 379];
  t[3] = [57, 3, 0, 0, 0, 0, 60];
  t[23] = [357, 33, 4, 10, 17, 18, 439];
  return t;
}

interface Shape {
  /** Row 1's figures of these columns (0-based) printed beside the header's words. */
  beside?: number[];
  /** Rows (0-based) printed column by column, in one block. */
  blocked?: number[];
}

/** The report text as plain pdftotext prints such a table: header words, all labels, then the figures one per line. */
function plainPdf(t: number[][], shape: Shape): string {
  const out: string[] = ["示例市示例局2024年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实《条例》。", ""];
  out.push("二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 0", "行政规范性文件 1 0 5");
  out.push("第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 3", "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚 4", "行政强制 0");
  out.push("第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", "行政事业性收费 0", "");
  out.push("三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然", "人", "法人或其他组织");
  const heads = [["商业", "企业"], ["科研", "机构"], ["社会公", "益组织"], ["法律服", "务机构"], ["其", "他"], ["总", "计"]];
  const beside = new Set(shape.beside ?? []);
  heads.forEach((h, i) => {
    out.push(...h);
    // Columns 2…6 of the table are heads 0…4 here.
    if (beside.has(i + 1)) out.push("", String(t[0][i + 1]), "");
  });
  for (const r of REQUEST_ROWS) out.push(r.label);
  out.push("");
  const first = t[0].filter((_, c) => !beside.has(c));
  for (const v of first) out.push(String(v), "");
  const blocked = new Set(shape.blocked ?? []);
  for (let r = 1; r < 25; r++) {
    if (blocked.has(r) && blocked.has(r + 1)) {
      for (let c = 0; c < 7; c++) out.push(String(t[r][c]), String(t[r + 1][c]), "");
      r++;
      continue;
    }
    for (const v of t[r]) out.push(String(v), "");
  }
  out.push("四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计", "未经复议直接起诉 复议后起诉");
  out.push("结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
  out.push("五、存在的主要问题及改进情况", "无。");
  return out.join("\n");
}

function read(text: string): Report {
  const r = importText(text);
  if (!r.ok || r.report.format !== "2021") throw new Error("not read");
  return r.report;
}

describe("plain PDF text whose figures lost the columns' order", () => {
  it("figures beside the header's words: the order the column rules allow, not the order printed", () => {
    const t = table();
    const report = read(plainPdf(t, { beside: [2, 3, 4] }));
    // Printed 4 10 17 357 33 18 439; the row's own total holds in any order, balance picks.
    expect(report.requests[0]).toEqual([357, 33, 4, 10, 17, 18, 439]);
    expect(report.requests).toEqual(t);
    expect(report.diagnostics!.some((d) => d.code === "table-order-checked")).toBe(true);
  });

  it("rows printed column by column in one block, and a first row beside the header: both settled by the rules", () => {
    const t = table();
    const report = read(plainPdf(t, { beside: [2, 3, 4], blocked: [2, 3] }));
    expect(report.requests[2]).toEqual([300, 30, 4, 10, 17, 18, 379]);
    expect(report.requests[3]).toEqual([57, 3, 0, 0, 0, 0, 60]);
    expect(report.requests).toEqual(t);
  });

  it("leaves open what the rules cannot settle: equal figures beside the header in two columns whose sums agree", () => {
    // Row 1 357 33 10 10 17 18 445 with both 10s beside the header: the same figures either way, read.
    const t = table();
    t[0] = [357, 33, 10, 10, 17, 18, 445];
    t[2] = [300, 30, 10, 10, 17, 18, 385];
    t[23] = [357, 33, 10, 10, 17, 18, 445];
    const report = read(plainPdf(t, { beside: [2, 3] }));
    expect(report.requests[0]).toEqual([357, 33, 10, 10, 17, 18, 445]);
  });

  it("a row with an error of the report's own, in a text that leaves orders open: its cells null and said, the others read", () => {
    const t = table();
    t[4] = [1, 0, 0, 0, 0, 0, 0]; // row 5: the report's own wrong total
    const report = read(plainPdf(t, { beside: [2, 3, 4] }));
    expect(report.requests[4]).toEqual([null, null, null, null, null, null, null]);
    const d = report.diagnostics!.find((x) => x.table === "requests" && x.row === 5)!;
    expect(d.code).toBe("row-sum-unconfirmed");
    expect(d.message).toContain("读到的数字（1、0、0、0、0、0、0）不符合本行的合计关系");
    // Row 1 is still settled: balance holds for every column with it.
    expect(report.requests[0]).toEqual([357, 33, 4, 10, 17, 18, 439]);
    expect(report.requests[1]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
