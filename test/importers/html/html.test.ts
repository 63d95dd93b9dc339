// HTML: a saved page with nav and layout tables around the report, entities, <br>/<span> in cells,
// blank cells, thousands separators, full-width digits, "/" in a cell; a GB2312 page; clipboard HTML.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importBytes, importHtml } from "../../../src/importers";
import { FILES, differences, fixtureBytes, readTruth, reportOf } from "../grid/fixtures";

const truth = readTruth(join(FILES, "web-page-hazards.truth.json"));
// The page writes "/" where the truth has 0 (table 三, 结转下年度 · 其他): a none-mark, read as 0 with a warning.
const SLASH_INDEX = 10 + 24 * 7 + 5;

describe("importHtml", () => {
  const page = readFileSync(join(FILES, "web-page-hazards.html"), "utf-8");

  test("reads every figure of a saved page; the '/' cell is 0 with a warning naming it", () => {
    const report = reportOf(importHtml(page));
    expect(differences(report, truth)).toEqual([]);
    expect(report.requests[24][5]).toBe(0);
    expect(report.active[7]).toBe(8007); // "8,007" in a <span>
    expect(report.active[4]).toBe(16); // "&#49;&#54;"
    expect(report.appeals[14]).toBe(12); // full-width "１２"
    expect(report.requests[1]).toEqual([0, 0, 0, 0, 0, 0, 0]); // &nbsp; cells
    const slash = report.diagnostics!.find((d) => d.code === "cell-none-mark")!;
    expect([slash.severity, slash.table, slash.row, slash.col]).toEqual(["warning", "requests", 25, 6]);
    expect(slash.message).toBe("表三“结转下年度”行“其他”列：单元格写的是“/”，按 0 读入。如原文不是表示 0，请在表中改正。");
  });

  test("the title inside a layout table gives agency and year; figures point at their cells", () => {
    const report = reportOf(importHtml(page));
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    // Table 0 is the nav bar, 1 the layout table, 2 table 二.
    expect(report.sources!.active[3]).toMatchObject({ kind: "cell", table: 2, row: 3, col: 1, text: "29" });
  });

  test("a page declaring gb2312 is decoded as such", async () => {
    const report = reportOf(await importBytes(fixtureBytes("gbk-declared-web-page.html"), "gbk-declared-web-page.html"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.agency).toBe(truth.agency);
  });

  test("HTML copied from a browser (CF_HTML header, fragment markers) reads the same", () => {
    const body = page.slice(page.indexOf("<body>") + 6, page.indexOf("</body>"));
    const clipboard = `Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000099999\r\n<html><body><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
    const report = reportOf(importHtml(clipboard));
    expect(differences(report, truth)).toEqual([]);
  });

  test("a site menu naming 行政许可 · 行政处罚 · 行政强制 is not taken for table 二", () => {
    const menu = "<table><tr><td><a>行政许可</a></td><td><a>行政处罚</a></td></tr><tr><td><a>行政强制</a></td><td><a>行政事业性收费</a></td></tr></table>";
    const report = reportOf(importHtml(page.replace("<body>", `<body>${menu}`)));
    expect(differences(report, truth)).toEqual([]);
  });

  test("table 二 as four small tables, each under its 第二十条 heading, all blank zeros: every figure", () => {
    const split = page
      .replace(/<tr><td colspan="4"><p>(第二十条第（[五六八]）项)<\/p><\/td><\/tr>/g, '</table><p>$1</p><table border="1">')
      .replace(/<tr><td colspan="4"><p>第二十条第（一）项<\/p><\/td><\/tr>/, "")
      .replace("<td><p>规章</p></td><td><p>0</p></td><td><p>0</p></td><td><p>0</p></td>", "<td><p>规章</p></td><td></td><td></td><td></td>");
    expect(split.match(/第二十条第/g)).toHaveLength(3);
    const report = reportOf(importHtml(split));
    expect(differences(report, truth)).toEqual([]);
    expect(report.active.slice(0, 3)).toEqual([0, 0, 0]);
  });

  test("two figures in one cell (`3<br>0`) are not read as 30: unreadable, with a message naming the cell", () => {
    const twoLines = page.replace("<td><p>157</p></td>", "<td><p>15<br>7</p></td>");
    const report = reportOf(importHtml(twoLines));
    expect(differences(report, truth)).toEqual([[5, null, 157]]);
    const said = report.diagnostics!.find((d) => d.code === "cell-not-number")!;
    expect([said.table, said.item]).toEqual(["active", 6]);
  });

  test("a page with no report tables says what it looked for", () => {
    const result = importHtml("<html><body><table><tr><td>首页</td><td>新闻</td></tr></table><p>欢迎访问</p></body></html>");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics[0].code).toBe("no-tables");
  });
});
