// Text files and web pages with bad bytes: what decoding keeps and says. Invalid bytes are replaced
// where they stand (the rest of the file keeps its encoding), GB18030 is chosen only on evidence,
// control characters are taken out with a note — and never joined into a figure.
import { importBytes } from "../../src/importers";
import { decodeBytes, removeControls } from "../../src/importers/decoding";
import { codesOf, corpusText, corpusTruth, madeUpFigures, reportOf, wrongFigures } from "./support";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withoutBom = (text: string) => text.replace(/^\uFEFF/, "");
const none = () => false;

/** The bytes with `bad` put in place of the first character of the first occurrence of `near`. */
function damageAt(text: string, near: string, bad: number[]): Uint8Array {
  const bytes = utf8(withoutBom(text));
  const at = utf8(withoutBom(text).slice(0, withoutBom(text).indexOf(near))).length;
  return new Uint8Array([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at + utf8(near[0]).length)]);
}

describe("invalid bytes in a UTF-8 text without BOM", () => {
  const text = corpusText("case003", "text-office.txt");
  const truth = corpusTruth("case003");

  test("one 0xFF in the prose: still UTF-8, the byte replaced and said, every figure read", async () => {
    const bytes = damageAt(text, "优化", [0xff]);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: "utf-8", replaced: 1 });
    const report = reportOf(await importBytes(bytes, "report.txt"));
    expect(wrongFigures(report, truth, none)).toEqual([]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    const note = report.diagnostics!.find((d) => d.code === "text-bytes-replaced")!;
    expect(note.message).toContain("1 处字节不是有效的 UTF-8 编码");
    expect(note.message).toMatch(/第一处在第 \d+ 行/);
  });

  test("twenty bad bytes spread through the prose: still UTF-8, every figure read", async () => {
    let damaged = utf8(withoutBom(text));
    const starts = [...withoutBom(text).matchAll(/优化|确保|加强/g)].slice(0, 20).map((m) => utf8(withoutBom(text).slice(0, m.index)).length);
    for (const at of starts) damaged[at] = 0xc0; // never valid in UTF-8
    damaged = new Uint8Array(damaged);
    expect(decodeBytes(damaged).encoding).toBe("utf-8");
    const report = reportOf(await importBytes(damaged, "report.txt"));
    expect(wrongFigures(report, truth, none)).toEqual([]);
  });

  test("a GBK file is still GBK: its bytes are evidence", () => {
    const gbk = new Uint8Array([...utf8("2024"), 0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]);
    expect(decodeBytes(gbk)).toMatchObject({ text: "2024年度报告", encoding: "gb18030", replaced: 0 });
  });

  test("a page declaring gb2312 whose bytes are UTF-8 is read as UTF-8", () => {
    expect(decodeBytes(utf8('<meta charset="gb2312"><p>年度报告'), "gb18030").text).toBe('<meta charset="gb2312"><p>年度报告');
  });

  test("a damaged byte in a figure: that figure is never another number", async () => {
    const bytes = damageAt(text, "1321", [0xff]);
    const report = reportOf(await importBytes(bytes, "report.txt"));
    expect(madeUpFigures(report, truth)).toEqual([]);
    expect(codesOf(report.diagnostics)).toContain("text-bytes-replaced");
  });
});

describe("control characters", () => {
  test("inside a word they go; by a digit or alone they become U+FFFD", () => {
    expect(removeControls("行政\u0000复议 12\u00003 \u0000 \u00017")).toEqual({ text: "行政复议 12\uFFFD3 \uFFFD \uFFFD7", removed: 1, marked: 3, firstLine: 1 });
    expect(removeControls("<td>\u0000</td>").text).toBe("<td>\uFFFD</td>");
    expect(removeControls("年度报告\n\t\f").text).toBe("年度报告\n\t\f");
  });

  test("a web page with NUL in its cells: those figures null and named, the rest read", async () => {
    const page = corpusText("case003", "report.html").replace("<td><p>1321</p></td>", "<td><p>\u0000</p></td>").replace("<td><p>107</p></td>", "<td><p>10\u00007</p></td>");
    const report = reportOf(await importBytes(utf8(page), "report.html"));
    expect(report.requests[0].slice(0, 2)).toEqual([null, null]);
    expect(wrongFigures(report, corpusTruth("case003"), (i) => i === 10 || i === 11)).toEqual([]);
    expect(codesOf(report.diagnostics)).toEqual(expect.arrayContaining(["text-controls-removed", "cell-garbled"]));
    expect(report.diagnostics!.find((d) => d.code === "text-controls-removed")!.message).toContain("2 处控制字符");
  });

  test("a text file with NUL bytes in its prose: read, and the note says so", async () => {
    const text = withoutBom(corpusText("case003", "text-office.txt")).replace("优化", "优\u0000\u0000化");
    const report = reportOf(await importBytes(utf8(text), "report.txt"));
    expect(wrongFigures(report, corpusTruth("case003"), none)).toEqual([]);
    expect(codesOf(report.diagnostics)).toContain("text-controls-removed");
  });
});
