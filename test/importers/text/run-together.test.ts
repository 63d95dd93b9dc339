// Text whose table cells run together, the whole body on one line, as a web crawler saves a page
// (test/fixtures/corpus/real/README.md): every figure the text settles is read, the cells it
// cannot settle are null and said, agency and year come from the crawler's `标题:` line.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importText } from "../../../src/importers/text";
import { FIGURE_SLOTS, type Report, flattenFigures } from "../../../src/model";
import { GENERATED, REAL } from "../../support/corpus";
import { crawledText } from "./crawl";

const VARIETY_FILES = join(__dirname, "../../fixtures/variety/files");
import { type Truth, compare } from "./corpus-helpers";

interface RealTruth extends Truth {
  unreadable_from_text?: { table: string; row?: number; col?: number; item?: number; group?: number }[];
}

const real = readdirSync(REAL, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function read(text: string): Report {
  const r = importText(text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  if (r.report.format !== "2021") throw new Error(`format ${r.report.format}`);
  return r.report;
}

const slotIndex = (u: NonNullable<RealTruth["unreadable_from_text"]>[number]) =>
  FIGURE_SLOTS.findIndex((s) => s.table === u.table && s.row === u.row && s.col === u.col && s.item === u.item && s.group === u.group);

describe("run-together crawled web text (corpus/real)", () => {
  it("holds the real reports", () => expect(real.length).toBeGreaterThanOrEqual(2));

  describe.each(real)("%s", (id) => {
    const truth = JSON.parse(readFileSync(join(REAL, id, "truth.json"), "utf8")) as RealTruth;
    const report = read(readFileSync(join(REAL, id, "text-web.txt"), "utf8"));
    const unreadable = new Set((truth.unreadable_from_text ?? []).map(slotIndex));

    it("reads agency and year from the crawler's title line, never its label", () => {
      expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
    });

    it("reads every figure the text settles, and leaves the unreadable ones null with a diagnostic", () => {
      const got = flattenFigures(report);
      const want = flattenFigures(truth);
      got.forEach((g, i) => {
        if (unreadable.has(i)) expect([i, g]).toEqual([i, null]);
        else expect([i, g]).toEqual([i, want[i]]);
      });
      const c = compare(report, truth);
      expect([c.wrong, c.unexplained]).toEqual([[], []]);
    });
  });

  it("names the open cells of ptzrz2023's total row and why, in words a clerk understands", () => {
    const report = read(readFileSync(join(REAL, "ptzrz2023", "text-web.txt"), "utf8"));
    expect(report.requests[23]).toEqual([null, null, null, 0, 0, null, null]);
    const d = report.diagnostics!.find((x) => x.table === "requests" && x.row === 24)!;
    expect(d.code).toBe("row-run-together-total-fails");
    expect(d.message).toContain("这一行的数字连在一起（191000019），没有一种拆法符合本行合计");
    expect(d.message).toContain("5个格子记为无法读取");
    // Table 二's 2135: 2 / 1 / 35, 2 / 13 / 5 or 21 / 3 / 5, and no rule of one report tells.
    const a = report.diagnostics!.find((x) => x.table === "active" && x.item === 4)!;
    expect(a.message).toBe("主动公开表第4项：这一行的数字连在一起（2135），有3种拆法，而这张表没有合计关系可以确定是哪一种，记为无法读取：第4项可能是2或21；第5项可能是1或13或3；第6项可能是35或5。");
    // The figure points back to its digits in the text.
    expect(report.sources!.requests[0][0]).toMatchObject({ kind: "text", text: "19" });
  });
});

// The corpus's and the variety cases' own pages (report.html) as a crawler would save them: every
// text node joined with nothing between, with and without the crawler's header block.
describe("run-together text made from the report pages", () => {
  const pages: { id: string; dir: string }[] = [];
  for (const base of [GENERATED, VARIETY_FILES])
    for (const id of readdirSync(base).sort()) if (existsSync(join(base, id, "report.html")) && existsSync(join(base, id, "truth.json"))) pages.push({ id, dir: join(base, id) });

  it("has pages to crawl, zeros written and zeros left blank", () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(pages)("$id", ({ dir }) => {
    const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Truth & { style?: { blank_zero?: boolean } };
    const html = readFileSync(join(dir, "report.html"), "utf8");
    const title = `${truth.agency}${truth.year}年政府信息公开工作年度报告`;
    it.each([true, false])("crawler header %s: no figure wrong, every null said, agency and year right", (header) => {
      const result = importText(crawledText(html, title, header));
      if (!result.ok) return; // a page the reader finds no table in (2019 or one-row-per-group templates) gives no figure at all
      const report = result.report as Report;
      expect([report.agency, report.year]).toEqual([truth.agency, truth.year]);
      const c = compare(report, truth);
      expect([c.wrong, c.unexplained]).toEqual([[], []]);
      // Zeros written: every row of table 三 has one split its total keeps, so table 三 is read whole.
      if (!truth.style?.blank_zero && /^case00[0-2]/.test(dir.split("/").pop()!)) expect(report.requests).toEqual(truth.requests);
    });
  });

  it("a zero-written page: only 行政规范性文件's three figures stay open (one string, no rule)", () => {
    const dir = join(GENERATED, "case000");
    const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Truth;
    const report = read(crawledText(readFileSync(join(dir, "report.html"), "utf8"), `${truth.agency}${truth.year}年政府信息公开工作年度报告`, true));
    const c = compare(report, truth);
    expect([c.exact, c.nulls, c.wrong.length]).toEqual([197, 3, 0]);
    expect(report.active.slice(3, 6)).toEqual([null, null, null]);
    expect(report.diagnostics!.find((d) => d.table === "active" && d.item === 4)!.message).toContain("这一行的数字连在一起（5320369）");
  });
});

describe("a report in the 2019 format, run together", () => {
  it("a 2021 report under the older table 二 header is a mix: table 二 null and said, never read into the 2021 arrays", () => {
    const text = readFileSync(join(REAL, "ptzrz2023", "text-web.txt"), "utf8").replace("本年制发件数 本年废止件数 现行有效件数", "本年新制作数量 本年新公开数量 对外公开总数量");
    const r = importText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.format).toBe("mixed");
    expect(r.report.active).toBeNull();
    expect(r.report.diagnostics!.some((d) => d.code === "format-mixed")).toBe(true);
  });
});
