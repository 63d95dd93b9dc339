// Inputs built to explode the readers' and the solver's searches (long digit strings run
// together, every row a short row whose blank cells nothing places, a table of a thousand rows, a
// long digit run in a table). Shared by the parse bench (its worst case) and the text importer's
// tests (bounded time, affected cells null and said).
import { REQUEST_ROWS } from "../src/model";

/** Pseudo-random nonzero digits, reproducible. */
function digits(n: number, seed: number): string {
  let s = "";
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String(1 + (x % 9));
  }
  return s;
}

const HEAD = "示例市示例局2024年政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻落实《条例》。\n二、主动公开政府信息情况\n规章 0 0 0\n行政规范性文件 1 0 5\n行政许可 3\n行政处罚 4\n行政强制 0\n行政事业性收费 0\n三、收到和处理政府信息公开申请情况\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n";
const TAIL = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n无。\n";

/** A crawled page: the body on one line, every row of table 三 a run of `len` nonzero digits. */
export function runTogetherLongDigits(len: number): string {
  const rows = REQUEST_ROWS.map((r, i) => `${r.label}${digits(len, i + 7)}`).join("");
  return `标题: 示例市示例局2024年政府信息公开工作年度报告\n==================== 正文 ====================\n一、总体情况本机关认真贯彻落实《条例》。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章${digits(len, 1)}行政规范性文件${digits(len, 2)}第二十条第（五）项信息内容本年处理决定数量行政许可3第二十条第（六）项信息内容本年处理决定数量行政处罚4行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他${rows}四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${digits(len * 2, 3)}五、存在的主要问题及改进情况无。`;
}

/** Table 三 with every row a short row of three figures, blank cells lost: placements nothing settles. */
export function shortRowsEverywhere(): string {
  return HEAD + REQUEST_ROWS.map((r) => `${r.label} 1 1 2`).join("\n") + "\n" + TAIL;
}

/** A table of a thousand rows under table 三's heading. */
export function thousandRows(): string {
  const rows: string[] = [];
  for (let i = 0; i < 1000; i++) rows.push(`${REQUEST_ROWS[i % REQUEST_ROWS.length].label}\t${i}\t1\t2\t3\t4\t5\t${i + 15}`);
  return HEAD + rows.join("\n") + "\n" + TAIL;
}

/** One row of table 三 a run of 5,000 digits. */
export function longDigitRun(): string {
  return HEAD + REQUEST_ROWS.map((r, i) => `${r.label}\t${i === 0 ? digits(5000, 9) : "0\t0\t0\t0\t0\t0\t0"}`).join("\n") + "\n" + TAIL;
}

export const ADVERSARIAL: readonly { name: string; text: () => string }[] = [
  { name: "run-together rows of 12 digits", text: () => runTogetherLongDigits(12) },
  { name: "run-together rows of 40 digits", text: () => runTogetherLongDigits(40) },
  { name: "every row short, blanks lost", text: shortRowsEverywhere },
  { name: "a thousand rows", text: thousandRows },
  { name: "a run of 5,000 digits", text: longDigitRun },
];
