// Titles read whole across soft breaks, runs and spans; look-alike characters (Kangxi radicals,
// CJK compatibility ideographs) folded before labels and titles are matched, in every importer.
import { importBytes, importHtml, importText } from "../../src/importers";
import { readTitle } from "../../src/importers/title";
import { foldLookalikes, labelKey, toHalfWidth } from "../../src/model";
import { editDocx, editPdfUnicodeMaps, remapCharacter } from "./damage";
import { corpusBytes, corpusText, corpusTruth, reportOf, wrongFigures } from "./support";

const none = () => false;

describe("a soft break inside the agency's name", () => {
  const cases = [
    ["case000", "赣州市财政局"],
    ["case003", "大同市龙安区公安局"],
  ] as const;

  test.each(cases)(".docx %s: the agency whole wherever <w:br/> cuts it", async (name, agency) => {
    const truth = corpusTruth(name);
    for (let cut = 1; cut < agency.length; cut++) {
      const broken = `<w:t>${agency.slice(0, cut)}</w:t><w:br/><w:t>${agency.slice(cut)}</w:t>`;
      const docx = await editDocx(corpusBytes(name, "report.docx"), (xml) => xml.replace(`<w:t>${agency}</w:t>`, broken));
      const report = reportOf(await importBytes(docx, "report.docx"));
      expect([cut, report.agency, report.year]).toEqual([cut, agency, truth.year]);
      expect(wrongFigures(report, truth, none)).toEqual([]);
    }
  });

  test(".docx: agency and title in one paragraph, a soft break between them", async () => {
    const docx = await editDocx(corpusBytes("case000", "report.docx"), (xml) =>
      xml.replace(/<w:t>赣州市财政局<\/w:t>([\s\S]*?)<w:t>2021年政府信息公开工作年度报告<\/w:t>/, "<w:t>赣州市</w:t><w:br/><w:t>财政局</w:t><w:br/><w:t>2021年政府信息公开工作年度报告</w:t>"),
    );
    expect(reportOf(await importBytes(docx, "report.docx"))).toMatchObject({ agency: "赣州市财政局", year: 2021 });
  });

  test(".html: a <br> in the heading, or the name in two spans, no <title> to fall back on", () => {
    const page = corpusText("case000", "report.html").replace(/<title>.*?<\/title>/, "");
    for (const heading of ["赣州市<br>财政局2021年", "赣州市<br/>财政局<br>2021年", "<span>赣州市</span><span>财政局</span>2021年"]) {
      const report = reportOf(importHtml(page.replace("<h2>赣州市财政局2021年", `<h2>${heading}`)));
      expect([heading, report.agency, report.year]).toEqual([heading, "赣州市财政局", 2021]);
    }
  });

  test("text: the agency on two lines above the title", () => {
    expect(readTitle("大同市龙安区\n公安局\n2021年政府信息公开工作年度报告")).toEqual({ agency: "大同市龙安区公安局", year: 2021 });
    expect(readTitle("赣州市\n财政局2021年政府信息公开工作年度报告")).toEqual({ agency: "赣州市财政局", year: 2021 });
    // A whole agency name is never lengthened by the line above it.
    expect(readTitle("江西省\n赣州市财政局\n2021年政府信息公开工作年度报告")).toEqual({ agency: "赣州市财政局", year: 2021 });
    expect(readTitle("政府信息公开\n国家统计局\n2021年政府信息公开工作年度报告")).toEqual({ agency: "国家统计局", year: 2021 });
  });

  test("text: a title after 20 MB of one line, and after thousands of lines, still read", () => {
    const title = "赣州市财政局\n2021年政府信息公开工作年度报告\n";
    expect(readTitle("x".repeat(20_000_000) + "\n" + title)).toEqual({ agency: "赣州市财政局", year: 2021 });
    expect(readTitle("1\n".repeat(5000) + title)).toEqual({ agency: "赣州市财政局", year: 2021 });
  });
});

describe("look-alike characters", () => {
  test("Kangxi radicals, radical forms and compatibility ideographs fold to the ideograph, char for char", () => {
    expect(foldLookalikes("\u2F8F政复议")).toBe("行政复议"); // ⾏
    expect(foldLookalikes("\u2F2F作")).toBe("工作"); // ⼯
    expect(foldLookalikes("部\u2ED4")).toBe("部门"); // ⻔ C-SIMPLIFIED GATE
    expect(foldLookalikes("\uF9F4")).toBe("林"); // CJK COMPATIBILITY IDEOGRAPH-F9F4
    expect(labelKey("（一）\u2F8F政许可")).toBe(labelKey("(一)行政许可"));
    const mixed = "\u2F8F政\u2ED4\u3000１２";
    expect(toHalfWidth(mixed)).toHaveLength(mixed.length);
    // Components that are no characters of running text stay as they are.
    expect(foldLookalikes("\u2EC8")).toBe("\u2EC8"); // ⻈ (讠)
  });

  const kangxi = (text: string) => text.replace(/行/g, "\u2F8F").replace(/工/g, "\u2F2F");

  test(".html and .docx with ⾏ for 行 and ⼯ for 工: table 四 and the title read", async () => {
    const truth = corpusTruth("case005");
    const html = reportOf(importHtml(kangxi(corpusText("case005", "report.html"))));
    const docx = reportOf(await importBytes(await editDocx(corpusBytes("case005", "report.docx"), kangxi), "report.docx"));
    for (const report of [html, docx]) {
      expect(wrongFigures(report, truth, none)).toEqual([]);
      expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    }
  });

  test("a PDF whose font maps 行 to ⾏ and 工 to ⼯: table 四 and the title read", async () => {
    const truth = corpusTruth("case005");
    const edit = (cmap: string) => remapCharacter("工", "\u2F2F")(remapCharacter("行", "\u2F8F")(cmap));
    const report = reportOf(await importBytes(editPdfUnicodeMaps(corpusBytes("case005", "report.pdf"), edit), "report.pdf"));
    expect(wrongFigures(report, truth, none)).toEqual([]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("pasted text with ⾏ for 行: table 四 and the title read", () => {
    const truth = corpusTruth("case005");
    const report = reportOf(importText(kangxi(corpusText("case005", "text-office.txt"))));
    expect(report.appeals).toEqual(truth.appeals);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });
});
