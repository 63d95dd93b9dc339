// Garbled cells in .html, .docx and PDF copies of corpus reports: a cell holding U+FFFD, private-use
// characters, question marks, NUL or only empty lines is null with a message naming it — one cell,
// a whole row or a whole table alike — and every untouched figure still reads.
import { importBytes, importHtml } from "../../src/importers";
import { DOCX_MARKUP, HTML_MARKUP, editDocx, editPdfUnicodeMaps, remapCharacter, replaceFigures, type Target } from "./damage";
import { appealIndex, corpusBytes, corpusText, corpusTruth, reportOf, requestIndex, wrongFigures } from "./support";

const GARBLE = [
  ["U+FFFD", "\uFFFD", "无法解码的字符"],
  ["private-use", "\uE012\uE013", "私用区字符"],
  ["question marks", "??", "问号"],
  ["NUL", "\u0000", "控制字符"],
] as const;

const NEW_REQUESTS: Target = { table: "自然人", row: "本年新收" };
const APPEALS: Target = { table: "行政复议" };
const inRow1 = (i: number) => i >= requestIndex(1, 1) && i <= requestIndex(1, 7);
const inAppeals = (i: number) => i >= appealIndex(1, 1);

describe.each(["html", "docx"] as const)("garbled cells in a .%s", (kind) => {
  const read = async (name: string, target: Target, by: string) => {
    if (kind === "html") return importHtml(replaceFigures(corpusText(name, "report.html"), HTML_MARKUP, target, () => by));
    const docx = await editDocx(corpusBytes(name, "report.docx"), (xml) => replaceFigures(xml, DOCX_MARKUP, target, () => by));
    return importBytes(docx, "report.docx");
  };

  test.each(GARBLE)("%s in one cell: that figure null and named, the other 199 read", async (_name, by, kindWords) => {
    const report = reportOf(await read("case003", { ...NEW_REQUESTS, nth: 0 }, by));
    expect(wrongFigures(report, corpusTruth("case003"), (i) => i === requestIndex(1, 1))).toEqual([]);
    const said = report.diagnostics!.filter((d) => d.table === "requests" && d.row === 1 && d.col === 1);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ code: "cell-garbled", severity: "warning" });
    expect(said[0].message).toContain("表三“本年新收申请”行“自然人”列");
    expect(said[0].message).toContain(kindWords);
  });

  test.each(GARBLE)("%s in a whole row: seven nulls, never zeros", async (_name, by) => {
    const report = reportOf(await read("case003", NEW_REQUESTS, by));
    expect(report.requests[0]).toEqual(Array(7).fill(null));
    expect(wrongFigures(report, corpusTruth("case003"), inRow1)).toEqual([]);
    const said = report.diagnostics!.filter((d) => d.code === "cell-garbled" && d.table === "requests");
    expect(said.map((d) => d.col)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test.each(GARBLE)("%s in all of table 四: fifteen nulls, never zeros", async (_name, by) => {
    const report = reportOf(await read("case005", APPEALS, by));
    expect(report.appeals).toEqual(Array(15).fill(null));
    expect(wrongFigures(report, corpusTruth("case005"), inAppeals)).toEqual([]);
    expect(report.diagnostics!.filter((d) => d.code === "cell-garbled" && d.table === "appeals")).toHaveLength(15);
  });

  test("three empty lines where the figures were: nulls, not the blank of a zero", async () => {
    const lines = kind === "html" ? "</p><p></p><p></p><p>" : "</w:t></w:r></w:p><w:p><w:r><w:t></w:t></w:r></w:p><w:p><w:r><w:t>";
    const report = reportOf(await read("case005", APPEALS, lines));
    expect(report.appeals).toEqual(Array(15).fill(null));
    const said = report.diagnostics!.filter((d) => d.code === "cell-blank-lines");
    expect(said).toHaveLength(15);
    expect(said[0].message).toContain("只有几个空行");
    expect(wrongFigures(report, corpusTruth("case005"), inAppeals)).toEqual([]);
  });

  test("a cell left blank (one empty paragraph) is still the zero it stands for", async () => {
    const report = reportOf(await read("case003", { table: "自然人", row: "上年结转" }, ""));
    expect(report.requests[1]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("garbled cells in a PDF (fonts whose Unicode map is wrong)", () => {
  const pdf = corpusBytes("case005", "report.pdf");
  const truth = corpusTruth("case005");
  const digitsOf = [...truth.active, ...truth.requests.flat(), ...truth.appeals].map((v) => String(v));

  test.each([
    ["private-use", "\uE035"],
    ["U+FFFD", "\uFFFD"],
  ])("the digit 5 comes out as %s: every figure holding a 5 null and named, the rest read", async (_name, by) => {
    const report = reportOf(await importBytes(editPdfUnicodeMaps(pdf, remapCharacter("5", by)), "report.pdf"));
    const damaged = (i: number) => digitsOf[i].includes("5");
    expect(digitsOf.filter((d) => d.includes("5")).length).toBeGreaterThan(2);
    expect(wrongFigures(report, truth, damaged)).toEqual([]);
    const garbled = report.diagnostics!.filter((d) => d.code === "cell-garbled");
    expect(garbled.length).toBe(digitsOf.filter((d) => d.includes("5")).length);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("every digit comes out private-use: all 200 figures null, none 0, year null", async () => {
    let edit = (cmap: string) => cmap;
    for (const digit of "0123456789") {
      const one = remapCharacter(digit, String.fromCharCode(0xe000 + digit.charCodeAt(0)));
      const before = edit;
      edit = (cmap) => one(before(cmap));
    }
    const result = await importBytes(editPdfUnicodeMaps(pdf, edit), "report.pdf");
    const report = reportOf(result);
    expect(wrongFigures(report, truth, () => true)).toEqual([]);
    expect(report.year).toBeNull();
    expect(report.diagnostics!.filter((d) => d.code === "cell-garbled").length).toBeGreaterThan(150);
  });
});
