// PDF: a page printed by Chromium (borders as filled rectangles, a row cut by the page break), the
// corpus's LibreOffice PDF with blank zeros and rows cut by page breaks; and the PDFs that cannot
// be read: a scan without text layer, a password-protected one, a truncated download.
import { join } from "node:path";
import { importBytes } from "../../../src/importers";
import { textQuality } from "../../../src/importers/pdf/text";
import { FILES, differences, failureMessages, fixtureBytes, readTruth, reportOf } from "../grid/fixtures";

describe("importPdf", () => {
  test("a web page printed to PDF by Chromium: every figure, '/' read as 0", async () => {
    const truth = readTruth(join(FILES, "web-page-hazards.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("chromium-printed.pdf"), "chromium-printed.pdf"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.diagnostics!.map((d) => [d.code, d.row, d.col])).toEqual([["cell-none-mark", 25, 6]]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("Chromium's running header (date, page title) and footer (page x/y) are not the report's title", async () => {
    const truth = readTruth(join(FILES, "web-page-hazards.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("chromium-printed-running-header-footer.pdf"), "printed.pdf"));
    expect(differences(report, truth)).toEqual([]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("table 三 over two pages with its header rows repeated on the second; a full-width １２ wrapped in its narrow cell", async () => {
    const truth = readTruth(join(FILES, "web-page-hazards.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("table-three-over-two-pages-header-repeated.pdf"), "repeated.pdf"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.appeals[14]).toBe(12);
    expect(report.diagnostics!.map((d) => [d.code, d.row, d.col])).toEqual([["cell-none-mark", 25, 6]]);
  });

  test("tables printed without borders, blank zeros, header words wrapped (科研机 / 构, 结果维 / 持): every figure by its position", async () => {
    const truth = readTruth(join(__dirname, "../../fixtures/variety/files/h030/truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("borderless-blank-zeros-wrapped-headers-chromium.pdf"), "bare.pdf"));
    expect(differences(report, truth)).toEqual([]);
    // 予以公开 has one figure under 自然人 and one under 总计, the five cells between them blank.
    expect(report.requests[2]).toEqual(truth.requests[2]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("tables printed without borders: table 四's three figures among fifteen columns keep their columns", async () => {
    const truth = readTruth(join(__dirname, "../../fixtures/variety/files/h006/truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("borderless-three-figures-in-fifteen-columns-chromium.pdf"), "bare.pdf"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.appeals).toEqual([0, 0, 0, 0, 0, 2, 0, 1, 0, 3, 0, 0, 0, 0, 0]);
  });

  test("blank zeros and rows cut by page breaks (LibreOffice export): every figure, with its page", async () => {
    const truth = readTruth(join(FILES, "blank-zeros.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("blank-zeros-rows-cut-by-page-breaks.pdf"), "blank.pdf"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.diagnostics).toBeUndefined();
    // 行政处罚 is on page 2, after table 二 ran over the page break; 复议后起诉·总计 on page 5.
    expect(report.sources!.active[7]).toMatchObject({ kind: "cell", text: "34828", page: 2 });
    expect(report.sources!.appeals[14]).toMatchObject({ kind: "cell", text: "6", page: 5 });
  });

  test("tables drawn without rulings: the page text goes to the text importer", async () => {
    const truth = readTruth(join(FILES, "borderless-tables.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("borderless-tables-chromium.pdf"), "borderless.pdf"));
    expect(differences(report, truth)).toEqual([]);
  });

  test("text from fonts without a Unicode map (private-use code points, no Chinese at all) is garbled", () => {
    expect(textQuality(["\ue001\ue002\ue003", "12"]).garbled).toBe(true);
    expect(textQuality(["ABCDEFGHIJ".repeat(30)]).garbled).toBe(true);
    expect(textQuality(["政府信息公开工作年度报告", "2024"]).garbled).toBe(false);
  });

  test("a scan without text layer says so instead of returning zeros", async () => {
    const result = await importBytes(fixtureBytes("scanned-image-only.pdf"), "scanned-image-only.pdf");
    expect(failureMessages(result)).toEqual([
      "PDF 文件“scanned-image-only.pdf”没有文字层（共 1 页，只有图片，可能是扫描件），读不出其中的数字。请改用报告的 Word、网页或可以复制文字的 PDF 版本；或先做 OCR 文字识别后再导入。",
    ]);
  });

  test("a password-protected PDF asks for an unprotected copy", async () => {
    const result = await importBytes(fixtureBytes("password-protected.pdf"), "password-protected.pdf");
    expect(failureMessages(result)).toEqual([
      "PDF 文件“password-protected.pdf”设有打开密码，无法读取。请在 PDF 阅读器中输入密码打开后，另存（或打印）为不加密的 PDF，再导入。",
    ]);
  });

  test("a truncated PDF is reported as damaged, not thrown", async () => {
    const result = await importBytes(fixtureBytes("truncated-download.pdf"), "truncated-download.pdf");
    expect(failureMessages(result)[0]).toMatch(/^文件“truncated-download.pdf”已损坏或不完整，无法按 PDF 打开/);
  });

  test("a PDF renamed .docx is read as the PDF it is", async () => {
    const truth = readTruth(join(FILES, "blank-zeros.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("blank-zeros-rows-cut-by-page-breaks.pdf"), "report.docx"));
    expect(differences(report, truth)).toEqual([]);
  });
});
