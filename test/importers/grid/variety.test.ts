// Reports the importers were not written against: the corpus truths rendered with another page
// template (test/fixtures/variety/make_cases.py: zeros as "0", blank or "-", 合计 for 总计, (一) for
// （一）, a title over two lines), then saved as .docx by LibreOffice and printed to PDF from that
// .docx. That PDF has no table rulings and its tables are wider than the page: table 三's 总计
// column and table 四's last 总计 are cut off. No figure may ever be wrong; the ones the file holds must all be read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importBytes } from "../../../src/importers";
import { APPEAL_COUNT, REQUEST_TOTAL_COL, flattenFigures } from "../../../src/model";
import { FILES, differences, readTruth, reportOf } from "./fixtures";

const VARIETY = join(__dirname, "../../fixtures/variety/files");
const CASES = ["h005", "h006", "h011", "h016", "h024", "h030"];
const APPEALS_START = 10 + 25 * 7;

async function read(name: string, file: string) {
  const truth = readTruth(join(VARIETY, name, "truth.json"));
  const report = reportOf(await importBytes(new Uint8Array(readFileSync(join(VARIETY, name, file))), file));
  return { truth, report };
}

describe("variety reports (another template, LibreOffice and Chromium renderings)", () => {
  test.each(CASES.flatMap((c) => [[c, "report.html"], [c, "report.docx"]]))("%s/%s: all 200 figures, agency and year", async (name, file) => {
    const { truth, report } = await read(name, file);
    expect(differences(report, truth)).toEqual([]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test.each(CASES)("%s/report-lo.pdf (borderless, 总计 columns cut off): every figure on the page read by position", async (name) => {
    const { truth, report } = await read(name, "report-lo.pdf");
    const got = flattenFigures(report);
    const want = flattenFigures(truth);
    // "-" and blank cells are zeros; the 总计 columns beyond the page's edge are not in the file.
    const cutOff = (i: number) => (i >= 10 && i < APPEALS_START && (i - 10) % 7 === REQUEST_TOTAL_COL - 1) || i === APPEAL_COUNT - 1 + APPEALS_START;
    got.forEach((g, i) => expect([i, g]).toEqual([i, cutOff(i) ? null : want[i]]));
    // Whichever reading placed the figures, a message says the 总计 columns were cut off.
    const messages = report.diagnostics!.map((d) => d.message);
    expect(messages.some((m) => m.includes("总计") && m.includes("截掉") && !m.includes("复议后起诉"))).toBe(true);
    expect(messages.some((m) => m.includes("复议后起诉·总计") && m.includes("截掉"))).toBe(true);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("Chromium prints a row of empty cells (table 四, all zeros) a few points high: still a row of zeros", async () => {
    const truth = readTruth(join(FILES, "chromium-empty-row-a-few-points-high.truth.json"));
    const bytes = new Uint8Array(readFileSync(join(FILES, "chromium-empty-row-a-few-points-high.pdf")));
    const report = reportOf(await importBytes(bytes, "report.pdf"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.appeals).toEqual(Array(15).fill(0));
  });
});

describe("borderless table 三 read by position", () => {
  test("rows printed all blank are zeros, and one message names the column cut off the page", async () => {
    const { truth, report } = await read("h011", "report-lo.pdf");
    // 本年新收 is an all-blank row in this report: nothing but its label on its line.
    expect(truth.requests[0]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.requests[0]).toEqual([0, 0, 0, 0, 0, 0, null]);
    const cut = report.diagnostics!.filter((d) => d.code === "columns-cut-off");
    expect(cut.map((d) => [d.severity, d.table, d.message])).toEqual([
      ["warning", "requests", "表三的“总计”列在文件中没有（表格右侧可能超出页面被截掉），这些数字记为无法读取；其余各列按位置读入。请与原件核对后补填。"],
    ]);
    expect(report.diagnostics!.some((d) => d.code === "cell-absent")).toBe(false);
  });
});

describe("ruled tables wider than the page (LibreOffice, .docx with table borders)", () => {
  test("table 三's six columns under their names, 总计 cut off; table 四's header row cut by the page break", async () => {
    const truth = readTruth(join(VARIETY, "h005", "truth.json"));
    const bytes = new Uint8Array(readFileSync(join(FILES, "ruled-table-wider-than-page-libreoffice.pdf")));
    const report = reportOf(await importBytes(bytes, "ruled.pdf"));
    const got = flattenFigures(report);
    const want = flattenFigures(truth);
    const cutOff = (i: number) => (i >= 10 && i < APPEALS_START && (i - 10) % 7 === REQUEST_TOTAL_COL - 1) || i === APPEAL_COUNT - 1 + APPEALS_START;
    got.forEach((g, i) => expect([i, g]).toEqual([i, cutOff(i) ? null : want[i]]));
    // The figures' row of table 四 is on page 3, under an empty strip of the header row cut there.
    expect(report.appeals.slice(5, 10)).toEqual([1, 0, 0, 0, 1]);
    expect(report.diagnostics!.filter((d) => d.code === "columns-cut-off").map((d) => d.table)).toEqual(["requests"]);
  });
});
