// Older-format (2019) reports in text: the web page's text, pdftotext of Chromium's print (plain and
// -layout), LibreOffice's print of the .docx (borderless, 总计 cut at the page's edge) as text and as
// PDF. Where the text holds the table, every figure; elsewhere no figure is ever wrong.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importBytes } from "../../src/importers";
import { importText } from "../../src/importers/text";
import { figureSlotsOf, flattenAny, type AnyReport, type ImportResult } from "../../src/model";

const CASES = join(__dirname, "../fixtures/format2019/cases");
const truthOf = (id: string) => JSON.parse(readFileSync(join(CASES, id, "truth.json"), "utf8")) as AnyReport;

async function read(id: string, file: string): Promise<AnyReport> {
  const path = join(CASES, id, file);
  const result: ImportResult = file.endsWith(".pdf") ? await importBytes(new Uint8Array(readFileSync(path)), file) : importText(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${id}/${file}: ${result.diagnostics.map((d) => d.message).join(" / ")}`);
  return result.report;
}

function compare(report: AnyReport, truth: AnyReport): { exact: number; nulls: number; wrong: string[] } {
  const slots = figureSlotsOf(report.format);
  const want = flattenAny(truth);
  const out = { exact: 0, nulls: 0, wrong: [] as string[] };
  flattenAny(report).forEach((g, i) => {
    if (g === null) out.nulls++;
    else if (g === want[i]) out.exact++;
    else out.wrong.push(`${slots[i].headers.join("·")}: ${g} ≠ ${want[i]}`);
  });
  return out;
}

describe("2019 reports in text", () => {
  test.each([
    ["o19a", "text-web.txt"],
    ["o19a", "text-pdf-layout.txt"],
    ["o19b", "text-web.txt"],
    ["o19b", "text-pdf-layout.txt"],
    ["o19c", "text-web.txt"],
  ])("%s/%s: format 2019, all 198 figures, agency and year", async (id, file) => {
    const truth = truthOf(id);
    const report = await read(id, file);
    expect(report.format).toBe("2019");
    expect(compare(report, truth)).toEqual({ exact: 198, nulls: 0, wrong: [] });
    expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
  });

  test.each(["o19a", "o19b", "o19c"].flatMap((id) => ["text-pdf.txt", "text-pdf-layout.txt", "text-lo-layout.txt", "report-lo.pdf"].map((f) => [id, f])))(
    "%s/%s: read in the 2019 shape, never a wrong figure, every unread table said",
    async (id, file) => {
      const report = await read(id, file);
      expect(report.format).toBe("2019");
      const c = compare(report, truthOf(id));
      expect(c.wrong).toEqual([]);
      if (c.nulls > 0) expect(report.diagnostics!.filter((d) => d.severity !== "info").length).toBeGreaterThan(0);
    },
  );

  test("signs and the amount in 元 from text: 减少 / − / + kept, 251000元 as 25.1 万元", async () => {
    const a = await read("o19a", "text-web.txt");
    expect(a.active![21]).toBe(truthOf("o19a").active![21]);
    expect(a.diagnostics!.some((d) => d.code === "procurement-in-yuan" && d.item === 22)).toBe(true);
    const b = await read("o19b", "text-web.txt");
    expect([8, 11, 14, 17, 20].map((i) => b.active![i - 1])).toEqual([8, 11, 14, 17, 20].map((i) => truthOf("o19b").active![i - 1]));
  });
});

describe("a mixed report in text", () => {
  test.each(["text-web.txt", "text-pdf-layout.txt", "text-pdf.txt", "report-lo.pdf"])("mix1/%s: format mixed, table 二 null, the mix named, no wrong figure", async (file) => {
    const report = await read("mix1", file);
    expect(report.format).toBe("mixed");
    expect(report.active).toBeNull();
    const c = compare(report, truthOf("mix1"));
    expect(c.wrong).toEqual([]);
    if (file !== "text-pdf.txt" && file !== "report-lo.pdf") expect(c.exact).toBe(190);
    expect(report.diagnostics!.find((d) => d.code === "format-mixed")!.message).toContain("这份报告混用了新旧格式");
  });
});
