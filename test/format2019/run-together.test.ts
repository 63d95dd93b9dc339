// Older-format (2019) reports as a web crawler saves them (test/fixtures/corpus/real/README.md):
// the crawler's header block, then the whole page on one line, every cell run together with the
// next — made from the fixtures' report.html by the same crawl as the 2021 pages. Table 三 (23
// rows) and 四 are read through their rules; table 二 has none, so a row whose digits split several
// ways stays null and says so. Never a wrong figure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importText } from "../../src/importers/text";
import { figureSlotsOf, flattenAny, REQUEST_ROWS_2019, type AnyReport } from "../../src/model";
import { crawledText } from "../importers/text/crawl";
import { consistent2019 } from "./helpers";
import { note } from "../support/note";

const CASES = join(__dirname, "../fixtures/format2019/cases");
const truthOf = (id: string) => JSON.parse(readFileSync(join(CASES, id, "truth.json"), "utf8")) as AnyReport;
const crawl = (id: string, header = true) => {
  const truth = truthOf(id);
  return crawledText(readFileSync(join(CASES, id, "report.html"), "utf8"), `${truth.agency}${truth.year}年政府信息公开工作年度报告`, header);
};

function read(text: string): AnyReport {
  const result = importText(text);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join(" / "));
  return result.report;
}

function compare(report: AnyReport, truth: AnyReport): { exact: number; nulls: number; wrong: string[] } {
  const slots = figureSlotsOf(report.format);
  const want = flattenAny(truth);
  const out = { exact: 0, nulls: 0, wrong: [] as string[] };
  flattenAny(report).forEach((g, i) => {
    if (g === null) out.nulls++;
    else if (g === want[i]) out.exact++;
    else out.wrong.push(`${slots[i].headers.join("·")}: ${g} ≠ ${want[i]}`);
  });
  return out;
}

/** Every null item of table 二 has a warning naming it (or its row's first item). */
function activeNullsSaid(report: AnyReport): number[] {
  const unsaid: number[] = [];
  report.active!.forEach((v, i) => {
    if (v !== null) return;
    const said = report.diagnostics!.some((d) => d.table === "active" && d.severity !== "info" && d.item !== undefined && (d.item === i + 1 || (d.item <= i + 1 && d.item >= i - 1)));
    if (!said) unsaid.push(i + 1);
  });
  return unsaid;
}

describe("2019 reports run together (crawled web pages)", () => {
  // Zeros written: every row of table 三 and table 四 is fixed by the rules; table 二 only where
  // its string allows one reading (a sign fixes where 本年增/减 starts).
  test.each([
    ["o19a", true, 182],
    ["o19a", false, 182],
    ["o19b", true, 184],
    ["o19b", false, 184],
  ] as const)("%s (crawler header %s): format 2019, tables 三 and 四 whole, %i figures, none wrong", (id, header, exact) => {
    const truth = truthOf(id);
    const report = read(crawl(id, header));
    expect(report.format).toBe("2019");
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    expect(report.requests).toEqual(truth.requests);
    expect(report.appeals).toEqual(truth.appeals);
    const c = compare(report, truth);
    expect(c).toEqual({ exact, nulls: 198 - exact, wrong: [] });
    expect(activeNullsSaid(report)).toEqual([]);
    expect(report.diagnostics!.some((d) => d.code === "cells-run-together")).toBe(true);
  });

  test("table 二: a sign fixes the figure before it; digits that split several ways stay null, said", () => {
    const a = read(crawl("o19a"));
    // 行政许可245+53455: 245 is certain, +5·3455 or +53·455 … cannot be told.
    expect(a.active!.slice(6, 9)).toEqual([245, null, null]);
    // 行政事业性收费11-2: 11 and −2.
    expect(a.active!.slice(18, 20)).toEqual([11, -2]);
    // 规章1013: 1·0·13 or 10·1·3.
    expect(a.active!.slice(0, 3)).toEqual([null, null, null]);
    const d = a.diagnostics!.find((x) => x.code === "row-run-together-no-rule" && x.item === 1)!;
    expect(d.message).toContain("1013");
    // 政府集中采购399044900元: count and amount in 元 cannot be told apart.
    expect(a.active!.slice(20, 22)).toEqual([null, null]);
    const b = read(crawl("o19b"));
    // 行政处罚194减少53,003: the thousands comma fixes 减少5 and 3,003.
    expect(b.active!.slice(12, 15)).toEqual([194, -5, 3003]);
    expect(b.active!.slice(18, 20)).toEqual([4, -3]);
  });

  // Zeros left blank (and full-width digits): a blank cell leaves no trace in text run together, so
  // most rows stay open; what is read is right, every null said.
  test.each([true, false])("o19c (blank zeros, crawler header %s): format 2019, no wrong figure, every unread row said", (header) => {
    const truth = truthOf("o19c");
    const report = read(crawl("o19c", header));
    expect(report.format).toBe("2019");
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    const c = compare(report, truth);
    expect(c.wrong).toEqual([]);
    expect(c.exact).toBeGreaterThan(0);
    expect(activeNullsSaid(report)).toEqual([]);
    report.requests!.forEach((row, r) => {
      if (row.some((v) => v === null)) expect(report.diagnostics!.some((d) => d.table === "requests" && d.row === r + 1)).toBe(true);
    });
  });

  test("a mixed report run together: format mixed, tables 三 and 四 in the 2021 shape, table 二 null and said", () => {
    const truth = truthOf("mix1");
    const report = read(crawl("mix1"));
    expect(report.format).toBe("mixed");
    expect(report.active).toBeNull();
    expect(report.requests).toEqual(truth.requests);
    expect(report.appeals).toEqual(truth.appeals);
    expect(report.diagnostics!.some((d) => d.code === "format-mixed")).toBe(true);
  });
});

// Consistent reports of our own (seeds), run together in the 2019 layout as a crawler saves the
// page: zeros written, signs as `+7`/`-1` or `增加7`/`减少1`, the amount in 万元 or 元, stray spaces.
function runTogether2019(report: AnyReport, seed: number): string {
  const a = report.active!.map((v) => v as number);
  const sign = (v: number) => (seed % 2 === 0 ? (v < 0 ? `-${-v}` : `+${v}`) : v < 0 ? `减少${-v}` : `增加${v}`);
  const amount = seed % 3 === 0 ? `${Math.round(a[21] * 10000)}元` : `${a[21]}`;
  const published = (i: number) => `${a[i]}${a[i + 1]}${seed % 4 === 1 ? " " : ""}${a[i + 2]}`;
  const matters = (i: number) => `${a[i]}${sign(a[i + 1])}${a[i + 2]}`;
  const heads = new Set<string>();
  let table3 = "";
  REQUEST_ROWS_2019.forEach((row, r) => {
    for (const g of row.groups) if (!heads.has(g)) {
      heads.add(g);
      table3 += g;
    }
    table3 += row.label + report.requests![r].join("");
  });
  const ap = report.appeals!.join("");
  return (
    `标题: ${report.agency}${report.year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
    `一、总体情况${report.year}年，本机关依法做好政府信息公开工作。二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量` +
    `规章${published(0)}规范性文件${published(3)}第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可${matters(6)}其他对外管理服务事项${matters(9)}` +
    `第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚${matters(12)}行政强制${matters(15)}第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费${a[18]}${sign(a[19])}` +
    `第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购${a[20]}${amount}` +
    `三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他${table3}` +
    `四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${ap}` +
    `五、存在的主要问题及改进情况无。六、其他需要报告的事项无。`
  );
}

describe("2019 reports of our own, run together", () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const totals = { exact: 0, nulls: 0, wrong: 0 };
  test.each(seeds)("seed %i: tables 三 and 四 whole, table 二 never wrong and every null said", (seed) => {
    const truth = consistent2019(seed, "示例市示例区人民政府", 2019 + (seed % 2));
    const report = read(runTogether2019(truth, seed));
    expect(report.format).toBe("2019");
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    expect(report.requests).toEqual(truth.requests);
    expect(report.appeals).toEqual(truth.appeals);
    const c = compare(report, truth);
    expect(c.wrong).toEqual([]);
    expect(activeNullsSaid(report)).toEqual([]);
    totals.exact += c.exact;
    totals.nulls += c.nulls;
    totals.wrong += c.wrong.length;
  });
  afterAll(() => note(`run-together 2019, ${seeds.length} seeds: ${totals.exact} read, ${totals.nulls} null, ${totals.wrong} wrong`));
});
