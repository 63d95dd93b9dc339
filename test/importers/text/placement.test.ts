// Placing a row's figures in its cells: as they stand when the row is full; by the table's own
// sums when blank cells vanished; never by guessing.
import { importText } from "../../../src/importers/text";
import { agreement, placements, sumHolds } from "../../../src/importers/text/placement";
import type { Token } from "../../../src/importers/text/tokens";

const num = (value: number, digits = String(value)): Token => ({ kind: "num", value, digits, text: digits, line: 1, start: 0, end: digits.length, col: 0 });
const rowTotalHolds = (cells: readonly { value: number | null }[]) => sumHolds(cells as never, [0, 1, 2, 3, 4, 5], 6);

describe("placing figures in cells", () => {
  it("a full row is read as it stands", () => {
    const readings = placements({ cells: [1, 2, 3, 4, 5, 6, 21].map((v) => num(v)), tabbed: false }, 7);
    expect(readings.map((r) => r.map((c) => c.value))).toEqual([[1, 2, 3, 4, 5, 6, 21]]);
  });

  it("cells run together split only where the row total leaves one reading: 21710000218", () => {
    const readings = placements({ cells: [num(21710000218)], tabbed: false }, 7).filter(rowTotalHolds);
    expect(readings.map((r) => r.map((c) => c.value))).toEqual([[217, 1, 0, 0, 0, 0, 218]]);
    expect(readings[0][6].span).toEqual({ start: 8, end: 11, text: "218" });
  });

  it("two figures of a row with blank cells: the total is certain, the other cell is not", () => {
    const readings = placements({ cells: [num(3), num(3)], tabbed: false }, 7).filter(rowTotalHolds);
    expect(readings.length).toBe(6);
    expect(agreement(readings, 7).map((c) => c?.value ?? null)).toEqual([null, null, null, null, null, null, 3]);
  });

  it("a lone figure in a row with blank cells fits no placement: nothing is read", () => {
    expect(placements({ cells: [num(5)], tabbed: false }, 7).filter(rowTotalHolds)).toEqual([]);
  });

  it("tabs keep interior blank cells: only the row's ends may move", () => {
    const readings = placements({ cells: [num(2), "blank", "blank", "blank", num(1), "blank", num(3)], tabbed: true }, 7);
    expect(readings.map((r) => r.map((c) => c.value))).toEqual([[2, 0, 0, 0, 1, 0, 3]]);
  });
});

describe("rows of table 三 with blank cells, in a whole report", () => {
  const report = (row1: string, row25: string) =>
    [
      "示例局2024年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
      `一、本年新收政府信息公开申请数量 ${row1}`,
      "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果 （一）予以公开 4 4",
      "（七）总计 4 4",
      `四、结转下年度继续办理 ${row25}`,
      "四、政府信息公开行政复议、行政诉讼情况",
      "结果维持 结果纠正 其他结果 尚未审结 总计",
      "1 1 1 1",
      "五、存在的主要问题及改进情况",
    ].join("\n");

  it("the column sums place what the row alone cannot", () => {
    // Row 1 holds 4 (somewhere) and its total; the balance ties it to （七）总计, which ties to row 3.
    const result = importText(report("4 4", ""));
    if (!result.ok) throw new Error("not read");
    const r = result.report;
    expect(r.requests[0][6]).toBe(4);
    expect(r.requests[24]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.requests[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    // Rows whose label stands with no figure at all are blank: zeros.
    expect(r.requests[1]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const note = r.diagnostics!.find((d) => d.code === "row-ambiguous" && d.row === 1)!;
    expect(note.message).toContain("只读到2个数字（4、4）");
    expect(note.message_en).toContain("requests row 1");
  });

  it("table 四 with blank cells: a group total of 0 beside three figures fits no reading", () => {
    const result = importText(report("4 4", ""));
    if (!result.ok) throw new Error("not read");
    // `1 1 1 1` placed in 15 cells: every group's total must be the sum of its four results.
    expect(result.report.appeals.filter((v) => v !== null).length).toBe(0);
  });
});
