// Reports cut off: a web page or a .docx part ending inside a row of table 三, a file download
// stopped halfway. What was read before the cut is kept, what is missing is null and said, and a
// file that cannot be opened is refused in Chinese, never with the engine's words.
import { importBytes, importHtml } from "../../src/importers";
import { editDocx } from "./damage";
import { codesOf, corpusBytes, corpusText, corpusTruth, madeUpFigures, reportOf, requestIndex, wrongFigures } from "./support";

const truth = corpusTruth("case003");
/** Cut inside row （七）总计 (row 24), after its third figure. */
const cutInTotalRow = (text: string, cell: RegExp) => {
  const row = text.search(/[（(]七[)）]总计/);
  let at = row;
  for (let n = 0; n < 4; n++) at = text.slice(at).search(cell) + at + 1;
  return text.slice(0, at - 1);
};
// The row cut short cannot tell a cell lost at its end from one lost in its middle: all of it is null.
const afterCut = (i: number) => i >= requestIndex(24, 1);

test(".html cut inside a row of table 三: rows before read, the rest null and said", () => {
  const page = cutInTotalRow(corpusText("case003", "report.html"), /<td><p>\d/);
  const report = reportOf(importHtml(page));
  expect(report.requests[23]).toEqual(Array(7).fill(null));
  expect(wrongFigures(report, truth, afterCut)).toEqual([]);
  expect(codesOf(report.diagnostics)).toEqual(expect.arrayContaining(["cell-row-ragged", "rows-missing", "table-missing"]));
});

test.each([
  ["<td><p>1323", "1323"],
  ["<td><p>1323</p>", "1323</p>"],
])(".html cut inside a cell (%s → its first digits): that figure missing, never a part of it", (_shape, keep) => {
  const page = corpusText("case003", "report.html");
  const total = page.search(/[（(]七[)）]总计/);
  const at = page.indexOf("<td><p>1323", total);
  const report = reportOf(importHtml(page.slice(0, at) + "<td><p>" + keep.replace("1323", "13")));
  expect(report.requests[23][0]).toBeNull();
  expect(codesOf(report.diagnostics)).toContain("file-cut-in-cell");
  expect(madeUpFigures(report, truth)).toEqual([]);
});

test(".docx whose document.xml ends inside a row: the same", async () => {
  const docx = await editDocx(corpusBytes("case003", "report.docx"), (xml) => cutInTotalRow(xml, /<w:t>\d/));
  const report = reportOf(await importBytes(docx, "report.docx"));
  expect(wrongFigures(report, truth, afterCut)).toEqual([]);
  expect(codesOf(report.diagnostics)).toEqual(expect.arrayContaining(["rows-missing", "table-missing"]));
});

test.each([
  ["report.docx", "Word .docx"],
  ["report.pdf", "PDF"],
])("%s downloaded halfway: refused in Chinese, the engine's words only in the detail", async (file, kind) => {
  const bytes = corpusBytes("case003", file);
  const result = await importBytes(bytes.subarray(0, Math.floor(bytes.length * 0.6)), file);
  if (result.ok) {
    // pdf.js may recover the pages it has: then nothing it read may be wrong.
    expect(madeUpFigures(reportOf(result), truth)).toEqual([]);
    return;
  }
  const [failure] = result.diagnostics;
  expect(failure.code).toBe("file-damaged");
  expect(failure.message).toContain(`已损坏或不完整，无法按 ${kind} 打开`);
  expect(failure.message).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/); // no English sentence
  expect(failure.message_en).toContain("damaged or incomplete");
  expect(typeof failure.detail?.engine).toBe("string");
});
