// Hostile sizes and depths, built in the test: each answered with its figures or a Chinese message,
// in time and memory proportional to what is kept (peak memory measured with /usr/bin/time -v for
// the closing note; these tests never fail on time or memory).
import { deflateRawSync } from "node:zlib";
import { importBytes, importText } from "../../src/importers";
import { MAX_PART_BYTES } from "../../src/importers/docx";
import { MAX_TEXT_LINES } from "../../src/importers/extent";
import { MAX_MARKUP_DEPTH } from "../../src/importers/markup";
import { editDocx, handMadeZip } from "./damage";
import { codesOf, corpusBytes, corpusText, corpusTruth, madeUpFigures, reportOf, wrongFigures } from "./support";
import { note as measured } from "../support/note";

const utf8 = (text: string) => new TextEncoder().encode(text);
const none = () => false;
const truth = corpusTruth("case003");
const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(2);

describe("HTML nested 100,000 deep", () => {
  test("unclosed <div>s and <span>s around the report: every figure, and a note", async () => {
    const page = corpusText("case003", "report.html").replace("<body>", "<body>" + "<div><span>".repeat(50_000));
    const started = Date.now();
    const report = reportOf(await importBytes(utf8(page), "report.html"));
    measured(`HTML 100,000 deep: ${seconds(started)} s`);
    expect(wrongFigures(report, truth, none)).toEqual([]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    const note = report.diagnostics!.find((d) => d.code === "html-too-deep")!;
    expect(note.message).toContain(`嵌套超过 ${MAX_MARKUP_DEPTH} 层`);
  });

  test("100,000 tables nested in one another: refused in Chinese, the next file unaffected", async () => {
    const page = "<html><body>" + "<table><tr><td>".repeat(100_000) + "1";
    const result = await importBytes(utf8(page), "deep.html");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]).toMatchObject({ code: "markup-too-deep", message: expect.stringContaining("为免卡死没有读取") });
    expect(reportOf(await importBytes(corpusBytes("case003", "report.html"), "report.html")).requests).toEqual(truth.requests);
  });
});

describe(".docx bombs", () => {
  test("an entry that says it unpacks to 1 GiB: refused before unpacking", async () => {
    // 1 MiB of deflated zeros would unpack to 1 GiB; the central directory says so.
    const bomb = handMadeZip("word/document.xml", deflateRawSync(Buffer.alloc(1024 * 1024)), 1024 * 1024 * 1024);
    const started = Date.now();
    const result = await importBytes(bomb, "bomb.docx");
    measured(`.docx stating 1 GiB: ${seconds(started)} s`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.diagnostics[0].message).toBe(
        `Word 文件“bomb.docx”中的“word/document.xml”解压后至少有 1024 MB，超过了 ${MAX_PART_BYTES / 1024 / 1024} MB 的上限（一份年度报告的正文通常不到 5 MB），为免耗尽内存没有读取。文件可能已损坏或被恶意构造；请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
      );
  });

  test("an entry that lies about its size: unpacking stops at the limit", async () => {
    const real = MAX_PART_BYTES + 8 * 1024 * 1024;
    const liar = handMadeZip("word/document.xml", deflateRawSync(Buffer.alloc(real, 0x20)), 4096);
    const result = await importBytes(liar, "liar.docx");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostics[0].code).toBe("docx-part-too-large");
      expect(result.diagnostics[0].message).toContain(`解压后至少有 ${MAX_PART_BYTES / 1024 / 1024 + 1} MB`);
      expect(result.diagnostics[0].message).toContain("为免耗尽内存没有读取");
    }
  });

  test("a report with a flipped bit in its document.xml: refused, never other figures", async () => {
    const docx = await editDocx(corpusBytes("case003", "report.docx"), (xml) => xml);
    // The compressed document.xml is the biggest entry; flip a bit in its middle.
    const flipped = docx.slice();
    flipped[Math.floor(docx.length / 3)] ^= 0x10;
    const result = await importBytes(flipped, "report.docx");
    if (result.ok) expect(madeUpFigures(reportOf(result), truth)).toEqual([]);
    else expect(result.diagnostics[0].message).toContain("已损坏或不完整");
  });
});

describe("huge text files", () => {
  test("50 MB of digits, one per line: a message, in bounded memory", async () => {
    const bytes = utf8("1\n".repeat(25 * 1024 * 1024));
    const started = Date.now();
    const result = await importBytes(bytes, "digits.txt");
    measured(`50 MB of one-digit lines: ${seconds(started)} s`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(codesOf(result.diagnostics)).toEqual(["no-tables", "text-lines-cut"]);
      expect(result.diagnostics[1].message).toContain(`文本共有 ${25 * 1024 * 1024 + 1} 行`);
    }
  });

  test("the same 50 MB pasted: the same message", () => {
    const result = importText("1\n".repeat(25 * 1024 * 1024));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(codesOf(result.diagnostics)).toEqual(["no-tables", "text-lines-cut"]);
  });

  test("a report after 49 MB of one-digit lines: read from where it begins", async () => {
    const report = corpusText("case003", "text-office.txt").replace(/^\uFEFF/, "");
    const result = reportOf(await importBytes(utf8("1\n".repeat(24.5 * 1024 * 1024) + report), "digits.txt"));
    expect(wrongFigures(result, truth, none)).toEqual([]);
    expect([result.agency, result.year]).toEqual([truth.agency, truth.year]);
    expect(codesOf(result.diagnostics)).toContain("text-lines-cut");
    expect(MAX_TEXT_LINES).toBeLessThan(25 * 1024 * 1024);
  });

  test("a 20 MB line before the report: every figure and the title", async () => {
    const report = corpusText("case003", "text-office.txt").replace(/^\uFEFF/, "");
    const started = Date.now();
    const result = reportOf(await importBytes(utf8("1234567890".repeat(2_000_000) + "\n" + report), "long-line.txt"));
    measured(`20 MB line before a report: ${seconds(started)} s`);
    expect(wrongFigures(result, truth, none)).toEqual([]);
    expect([result.agency, result.year]).toEqual([truth.agency, truth.year]);
  });
});
