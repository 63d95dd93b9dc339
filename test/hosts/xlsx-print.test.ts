// The written workbooks print: every sheet A4 landscape; report sheets, 汇总 and 核对结果 fit to one
// page wide with their header rows repeated; tables 三 and 四 start their own pages. Checked in
// the file and in LibreOffice's PDF of it (each page A4, the pages each sheet takes).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { entryOf } from "../../src/combine";
import { writeCombinedXlsx } from "../../src/hosts/xlsx/combined";
import { openPdf } from "../../src/importers/pdf/load";
import { planWorkbook } from "../../src/layout";
import { planCombinedWorkbook } from "../../src/layout/combined";
import { TABLES } from "../../src/model";
import { corpusTruthReports } from "../combine/helpers";
import { brokenTotalReport } from "../layout/report-fixtures";
import { loadWorkbook } from "./xlsx-reader";
import { recalculatingProfile } from "../support/libreoffice";

const reports = [...corpusTruthReports().slice(0, 3), brokenTotalReport()];
const reportSheets = planWorkbook(reports, { index: false });
const book = planCombinedWorkbook(reports.map((r) => entryOf(r)), [], {}, { withRows: false });
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writeCombinedXlsx(book, { reportSheets });
});

/** Manual row breaks of each sheet, read from the file's XML (exceljs does not read them back). */
async function rowBreaks(data: Uint8Array): Promise<number[][]> {
  const zip = await JSZip.loadAsync(data);
  const out: number[][] = [];
  for (let i = 1; zip.file(`xl/worksheets/sheet${i}.xml`); i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string");
    out.push([...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])));
  }
  return out;
}

describe("the combined workbook's page setup, in the file", () => {
  it("sets A4 landscape everywhere, one page wide and header rows repeated on all but 合并表", async () => {
    const wb = await loadWorkbook(bytes);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(["合并表", "汇总", "核对结果", ...reportSheets.map((p) => p.name)]);
    for (const ws of wb.worksheets) {
      const p = ws.pageSetup;
      expect([ws.name, p.paperSize, p.orientation]).toEqual([ws.name, 9, "landscape"]);
      if (ws.name === "合并表") {
        // As many pages across as its 207 columns take at full size, the agency on each.
        expect([p.fitToPage, p.fitToWidth, p.fitToHeight, p.printTitlesRow, p.printTitlesColumn]).toEqual([true, book.combined.plan.print!.fitToWidth, 0, "1:3", "A:A"]);
        expect(p.fitToWidth).toBeGreaterThan(10);
        continue;
      }
      expect([ws.name, p.fitToPage, p.fitToWidth, p.fitToHeight]).toEqual([ws.name, true, 1, 0]);
      expect([ws.name, p.printTitlesRow]).toEqual([ws.name, ws.name === "核对结果" ? "1:2" : "1:3"]);
    }
  });

  it("breaks report sheets and 汇总 before tables 三 and 四", async () => {
    const breaks = await rowBreaks(bytes);
    expect(breaks[0]).toEqual([]);
    expect(breaks[2]).toEqual([]);
    for (const [i, plan] of [book.summary, ...reportSheets].entries()) {
      const rowOf = (title: string) => plan.cells.find((c) => c.content.kind === "text" && c.content.text === title)!.row;
      expect(breaks[i === 0 ? 1 : i + 2]).toEqual([rowOf(TABLES[1].title) - 1, rowOf(TABLES[2].title) - 1]);
    }
  });
});

describe("the combined workbook printed by LibreOffice", () => {
  let pages: { width: number; height: number; text: string }[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-print-"));
    try {
      writeFileSync(join(dir, "book.xlsx"), bytes);
      execFileSync("soffice", [recalculatingProfile(dir), "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "book.xlsx")], { stdio: "pipe", timeout: 170_000 });
      const opened = await openPdf(new Uint8Array(readFileSync(join(dir, "book.pdf"))));
      if (!opened.ok) throw new Error(opened.message);
      pages = [];
      for (let n = 1; n <= opened.doc.numPages; n++) {
        const page = await opened.doc.getPage(n);
        const { width, height } = page.getViewport({ scale: 1 });
        const text = (await page.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join("");
        pages.push({ width, height, text });
      }
      // README's printed pages (XXGK_SCREENSHOTS=1; needs poppler's pdftoppm): 汇总's table 三 and 核对结果.
      if (process.env.XXGK_SCREENSHOTS === "1") {
        const summaryTitle = book.summary.cells[0].content.kind === "text" ? book.summary.cells[0].content.text : "";
        const shots: [string, number][] = [
          ["11-printed-summary-table-three", pages.findIndex((p) => p.text.includes(summaryTitle) && p.text.includes(TABLES[1].title)) + 1],
          ["12-printed-findings", pages.findIndex((p) => p.text.includes("核对结果（")) + 1],
        ];
        for (const [name, page] of shots)
          execFileSync("pdftoppm", ["-r", "80", "-png", "-singlefile", "-f", String(page), "-l", String(page), join(dir, "book.pdf"), join(__dirname, "../../docs/screenshots", name)]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("prints every page on A4 landscape", () => {
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  it("prints 汇总 and each report sheet on three pages, each under the sheet's title, one table a page", () => {
    const titled = (title: string) => pages.filter((p) => p.text.includes(title));
    const summary = titled(String(book.summary.cells[0].content.kind === "text" ? book.summary.cells[0].content.text : ""));
    expect(summary).toHaveLength(3);
    for (const plan of reportSheets) {
      const title = plan.cells[0].content.kind === "text" ? plan.cells[0].content.text : "";
      const own = titled(title);
      expect([plan.name, own.length]).toEqual([plan.name, 3]);
      // Table 二 on the first page, 三 (with its column headings) on the second, 四 on the third.
      expect(own.map((p) => [p.text.includes(TABLES[0].title), p.text.includes(TABLES[1].title), p.text.includes(TABLES[2].title)])).toEqual([
        [true, false, false],
        [false, true, false],
        [false, false, true],
      ]);
      expect(own[1].text).toContain("申请人情况");
    }
  });

  it("prints 核对结果 on one page with every finding", () => {
    const findings = pages.filter((p) => p.text.includes("核对结果（"));
    expect(findings).toHaveLength(1);
    expect(book.findings.length).toBeGreaterThan(0);
  });
});
