// .docx: one saved by LibreOffice (from a web page), the corpus's blank-zero report, and ones
// written here as raw WordprocessingML the way other tools do (WPS-like: content controls, tracked
// insertions, table 三 split over a page break into two tables, table 四 nested in a layout table);
// a .docx whose tables are pictures, a truncated one, and a Word 97 .doc.
import JSZip from "jszip";
import { join } from "node:path";
import { importBytes } from "../../../src/importers";
import { REQUEST_ROWS } from "../../../src/model";
import { FILES, differences, failureMessages, fixtureBytes, readTruth, reportOf } from "../grid/fixtures";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string, documentPart = "word/document.xml"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${documentPart}"/></Relationships>`,
  );
  zip.file(documentPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
type Cell = string | { text: string; span?: number; merge?: "restart" | "continue" };
function tc(c: Cell): string {
  const { text, span, merge } = typeof c === "string" ? { text: c, span: undefined, merge: undefined } : c;
  const pr = `${span ? `<w:gridSpan w:val="${span}"/>` : ""}${merge === "restart" ? '<w:vMerge w:val="restart"/>' : merge === "continue" ? "<w:vMerge/>" : ""}`;
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${p(text)}</w:tc>`;
}
const tr = (cells: Cell[]) => `<w:tr>${cells.map(tc).join("")}</w:tr>`;
const tbl = (rows: string[]) => `<w:tbl><w:tblGrid/>${rows.join("")}</w:tbl>`;

/** Figures of the hand-written report: active 1…10, table 三 row r = [r, 0, 0, 0, 0, 0, r] with blanks for 0, appeals 1…15. */
const ACTIVE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10.5];
const requestFigures = (r: number): Cell[] => [String(r), "", "", "", "", "", String(r)];

function activeXml(): string {
  return tbl([
    tr([{ text: "第二十条第（一）项", span: 4 }]),
    tr(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
    tr(["规章", "1", "2", "3"]),
    tr(["行政规范性文件", "4", "5", "6"]),
    tr(["行政许可", { text: "7", span: 3 }]),
    tr(["行政处罚", { text: "8", span: 3 }]),
    tr(["行政强制", { text: "9", span: 3 }]),
    tr(["行政事业性收费", { text: "10.5", span: 3 }]),
  ]);
}

function requestRowXml(r: number, first: boolean): string {
  const row = REQUEST_ROWS[r - 1];
  const label = row.groups.length > 1 ? row.groups[1] + row.label : row.label;
  if (row.groups.length === 0) return tr([{ text: row.label, span: 3 }, ...requestFigures(r)]);
  const group: Cell = { text: first ? "三、本年度办理结果" : "", merge: first ? "restart" : "continue" };
  return tr([group, { text: label, span: 2 }, ...requestFigures(r)]);
}

function requestHeaderXml(): string[] {
  return [
    tr([{ text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", span: 3, merge: "restart" }, { text: "申请人情况", span: 7 }]),
    tr([{ text: "", span: 3, merge: "continue" }, { text: "自然人", merge: "restart" }, { text: "法人或其他组织", span: 5 }, { text: "总计", merge: "restart" }]),
    tr([{ text: "", span: 3, merge: "continue" }, { text: "", merge: "continue" }, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", { text: "", merge: "continue" }]),
  ];
}

function appealsXml(): string {
  const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  return tbl([
    tr([{ text: "行政复议", span: 5 }, { text: "行政诉讼", span: 10 }]),
    tr([...results.map((t): Cell => ({ text: t, merge: "restart" })), { text: "未经复议直接起诉", span: 5 }, { text: "复议后起诉", span: 5 }]),
    tr([...results.map((): Cell => ({ text: "", merge: "continue" })), ...results, ...results]),
    tr(Array.from({ length: 15 }, (_, i) => String(i + 1))),
  ]);
}

/** A WPS-like document: content control around a row, a tracked insertion, table 三 in two parts. */
function writtenByAnotherTool(): string {
  const firstPart = tbl([...requestHeaderXml(), ...[1, 2, 3, 4, 5, 6].map((r) => requestRowXml(r, r === 3))]).replace(
    requestRowXml(6, false),
    `<w:sdt><w:sdtContent>${requestRowXml(6, false)}</w:sdtContent></w:sdt>`,
  );
  const secondPart = tbl(REQUEST_ROWS.filter((r) => r.row > 6).map((r) => requestRowXml(r.row, r.row === 7)));
  const layout = tbl([tr(["四、政府信息公开行政复议、行政诉讼情况"]), `<w:tr><w:tc>${p("（单位：件）")}${appealsXml()}${p("")}</w:tc></w:tr>`]);
  return [
    p("某市某区某局"),
    `<w:p><w:r><w:t>2024年政府信息公开</w:t></w:r><w:ins w:id="1" w:author="x"><w:r><w:t>工作年度报告</w:t></w:r></w:ins></w:p>`,
    p("一、总体情况"),
    p("全年共收到政府信息公开申请1件。"),
    p("二、主动公开政府信息情况"),
    activeXml(),
    p("三、收到和处理政府信息公开申请情况"),
    firstPart,
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
    secondPart,
    layout,
  ].join("");
}

describe("importDocx", () => {
  test("a .docx saved by LibreOffice from a web page: every figure, '/' read as 0", async () => {
    const truth = readTruth(join(FILES, "web-page-hazards.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("libreoffice-from-web-page.docx"), "libreoffice-from-web-page.docx"));
    expect(differences(report, truth)).toEqual([]);
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test("empty cells are zeros (the corpus's blank-zero report)", async () => {
    const truth = readTruth(join(FILES, "blank-zeros.truth.json"));
    const report = reportOf(await importBytes(fixtureBytes("blank-zeros-as-empty-cells.docx"), "blank-zeros-as-empty-cells.docx"));
    expect(differences(report, truth)).toEqual([]);
    expect(report.sources!.requests[0][0]).toMatchObject({ kind: "cell", table: 1, text: "2" });
  });

  test("a .docx written by another tool: content controls, split table 三, nested table 四", async () => {
    const report = reportOf(await importBytes(await docx(writtenByAnotherTool()), "wps.docx"));
    expect(report.active).toEqual(ACTIVE);
    expect(report.requests).toEqual(REQUEST_ROWS.map((r) => [r.row, 0, 0, 0, 0, 0, r.row]));
    expect(report.appeals).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(report.diagnostics).toBeUndefined();
  });

  test("a main document part under another name is found through the package relationships", async () => {
    const report = reportOf(await importBytes(await docx(writtenByAnotherTool(), "word/document2.xml"), "renamed-part.docx"));
    expect(report.appeals[14]).toBe(15);
  });

  test("a .docx whose tables are pictures says so", async () => {
    const body = `${p("某局2024年政府信息公开工作年度报告")}<w:p><w:r><w:drawing/></w:r></w:p><w:p><w:r><w:drawing/></w:r></w:p>`;
    const result = await importBytes(await docx(body), "pictures.docx");
    expect(failureMessages(result)).toEqual([
      "Word 文件“pictures.docx”里没有年度报告的表格，只有 2 张图片：报告的表格可能是截图，读不出其中的数字。请找报告的原始 Word 表格、网页或文字版 PDF。",
    ]);
  });

  test("a truncated .docx is reported as damaged, not thrown", async () => {
    const result = await importBytes(fixtureBytes("truncated-download.docx"), "truncated-download.docx");
    expect(result.ok).toBe(false);
    expect(failureMessages(result)[0]).toMatch(/^文件“truncated-download.docx”已损坏或不完整，无法按 Word .docx 打开（.+）。请重新下载/);
  });

  test("a Word 97 .doc asks to save it as .docx", async () => {
    const result = await importBytes(fixtureBytes("word97-binary.doc"), "word97-binary.doc");
    expect(failureMessages(result)).toEqual([
      "文件“word97-binary.doc”是 Word 97–2003（.doc）或 WPS（.wps）的旧格式，无法直接读取。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。",
    ]);
  });

  test("an .xlsx is named as what it is", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    const result = await importBytes(await zip.generateAsync({ type: "uint8array" }), "report.docx");
    expect(failureMessages(result)[0]).toContain("（Excel .xlsx）");
  });
});
