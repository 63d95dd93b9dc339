// Every figure of every corpus text against its truth. Zero wrong figures everywhere; exact where
// the text keeps the table's order and writes its zeros; where it does not (PDF text read column by
// column, zeros as blank cells), every figure not read is null and a diagnostic says why.
import { readFileSync } from "node:fs";
import { importText } from "../../../src/importers/text";
import { compare, corpusTexts } from "./corpus-helpers";

const texts = corpusTexts();
/** pdftotext without -layout: figures come column by column, apart from their rows. */
const mayLoseFigures = (input: string, blankZero: boolean) => input === "text-pdf.txt" || blankZero;

describe("the text importer on the corpus", () => {
  it("finds the corpus: 5 seeds and 5 texts of each generated case", () => {
    expect(texts.filter((t) => t.input === "seed").length).toBe(5);
    expect(texts.length).toBeGreaterThanOrEqual(65);
  });

  it.each(texts.map((t) => [t.name, t] as const))("%s: agency, year and every figure", (_name, t) => {
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
    expect([result.report.agency, result.report.year]).toEqual([t.truth.agency, t.truth.year]);
    const c = compare(result.report, t.truth);
    expect(c.wrong).toEqual([]);
    expect(c.unexplained).toEqual([]);
    if (!mayLoseFigures(t.input, t.truth.style?.blank_zero === true)) expect(c.exact).toBe(200);
  });

  it("reads the blank-zero case exactly from web text, where tabs keep the blank cells", () => {
    const t = texts.find((x) => x.name === "generated/case009/text-web.txt")!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    const c = compare(result.report, t.truth);
    // Only 规章's three cells stay unknown: `1 23` under three headers, with no sum to place them.
    expect([c.exact, c.nulls, c.wrong.length]).toEqual([197, 3, 0]);
    expect(result.report.active?.slice(0, 3)).toEqual([null, null, null]);
    expect(result.report.diagnostics!.filter((d) => d.table === "active").map((d) => [d.code, d.item])).toEqual([
      ["row-ambiguous", 1],
      ["row-ambiguous", 2],
      ["row-ambiguous", 3],
    ]);
  });

  it("reads the blank-zero case exactly from PDF layout text, by the columns under the headers", () => {
    const t = texts.find((x) => x.name === "generated/case009/text-pdf-layout.txt")!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    expect(compare(result.report, t.truth).exact).toBe(200);
  });

  it("reads PDF text whose labels stand apart from the figures when the row totals vouch for the order", () => {
    const t = texts.find((x) => x.name === "generated/case003/text-pdf.txt")!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    // Rows 3 and 4 come column by column (`449` `144` · `37` `9` …); every row total holds.
    expect(result.report.requests).toEqual(t.truth.requests);
    expect(result.report.diagnostics!.find((d) => d.table === "requests")!.code).toBe("table-order-checked");
    // Table 二 of the same text is read column by column under its headers.
    expect(result.report.active).toEqual(t.truth.active);
  });

  it("reads PDF text whose labels stand apart from the figures, and leaves the row with the report's own error unread", () => {
    // case005 has a single row with a figure, and that row's own total is wrong in the report
    // (0 0 1 0 0 0 0): no order of its figures keeps its total, so its cells are null and said; the
    // other rows are read as the text gives them.
    const t = texts.find((x) => x.name === "generated/case005/text-pdf.txt")!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    expect(result.report.requests[5]).toEqual(Array(7).fill(null));
    expect(result.report.requests.filter((_, i) => i !== 5)).toEqual(t.truth.requests.filter((_, i) => i !== 5));
    const d = result.report.diagnostics!.find((x) => x.table === "requests" && x.row === 6)!;
    expect(d.code).toBe("row-sum-unconfirmed");
    expect(d.message).toContain("不符合本行的合计关系");
    expect(d.message).toContain("（0、0、1、0、0、0、0）");
  });

  it.each(["case000", "case004", "case006", "case008"])("reads %s/text-pdf.txt exactly, table 四 from pdftotext's column blocks", (name) => {
    const t = texts.find((x) => x.name === `generated/${name}/text-pdf.txt`)!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    expect(compare(result.report, t.truth).exact).toBe(200);
    expect(result.report.diagnostics!.filter((d) => d.table === "appeals").map((d) => d.code)).toEqual(["appeals-blocks-checked"]);
  });

  it.each(["case004", "case005", "case007", "case011"])("reads table 二 of %s/text-pdf.txt, whose columns pdftotext split up", (name) => {
    const t = texts.find((x) => x.name === `generated/${name}/text-pdf.txt`)!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    expect(result.report.active).toEqual(t.truth.active);
  });

  it("reads table 四 of case008's PDF text, whose 复议后起诉 block stands before the heading and its totals after part 五", () => {
    const t = texts.find((x) => x.name === "generated/case008/text-pdf.txt")!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    expect(result.report.appeals).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
    expect(result.report.sources!.appeals[14]).toMatchObject({ kind: "text", text: "1" });
  });

  it.each([
    // `26 7 2 40 5` under 维持 纠正 其他 尚未 总计: pdftotext moved 纠正's 5 to the end.
    ["case010", "a block whose figures differ and may be out of order"],
    // `6 2 3` under the interleaved characters of 维持 纠正 其他.
    ["case001", "a block of three different figures under one header"],
  ])("leaves table 四 of %s/text-pdf.txt unread: %s", (name) => {
    const t = texts.find((x) => x.name === `generated/${name}/text-pdf.txt`)!;
    const result = importText(readFileSync(t.path, "utf8"));
    if (!result.ok) throw new Error("not read");
    expect(result.report.appeals.every((v) => v === null)).toBe(true);
  });

  it("points every figure at the text it came from", () => {
    const t = texts.find((x) => x.name.startsWith("seeds/000"))!;
    const text = readFileSync(t.path, "utf8");
    const result = importText(text);
    if (!result.ok) throw new Error("not read");
    const fee = result.report.sources!.active[9]!;
    expect(fee).toMatchObject({ kind: "text", text: "1419.80" });
    if (fee.kind !== "text") throw new Error("not a text source");
    expect(text.slice(fee.start, fee.end)).toBe("1419.80");
    expect(text.split("\n")[fee.line - 1]).toContain("1419.80");
    const total = result.report.sources!.requests[0][6]!;
    expect(total.text).toBe("17");
  });
});
