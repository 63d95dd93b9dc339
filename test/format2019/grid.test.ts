// Older-format (2019) reports of our own (test/fixtures/format2019/make_2019.py) read by the grid
// importers: the web page, LibreOffice's .docx of it, Chromium's PDF print. Every figure asserted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTables } from "../../src/checks";
import { importBytes } from "../../src/importers";
import { gridToReport } from "../../src/importers/grid";
import { figureSlotsOf, flattenAny, readSignedFigureText, type AnyReport, type ImportResult } from "../../src/model";

const CASES = join(__dirname, "../fixtures/format2019/cases");

interface Truth {
  format: "2019" | "mixed";
  agency: string;
  year: number;
  active: (number | null)[] | null;
  requests: number[][];
  appeals: number[];
  narrative_new: number;
}

const truthOf = (id: string) => JSON.parse(readFileSync(join(CASES, id, "truth.json"), "utf8")) as Truth;

async function read(id: string, file: string): Promise<AnyReport> {
  const result: ImportResult = await importBytes(new Uint8Array(readFileSync(join(CASES, id, file))), file);
  if (!result.ok) throw new Error(`${id}/${file}: ${result.diagnostics.map((d) => d.message).join(" / ")}`);
  return result.report;
}

/** [slot, got, want] for every figure that differs. */
function differences(report: AnyReport, truth: Truth): string[] {
  const slots = figureSlotsOf(report.format);
  const want = flattenAny({ ...truth } as AnyReport);
  return flattenAny(report).flatMap((g, i) => (g === want[i] ? [] : [`${slots[i].headers.join("·")}: ${g} ≠ ${want[i]}`]));
}

const FILES = ["report.html", "report.docx", "report.pdf"];

describe("2019-format reports in every grid rendering", () => {
  test.each(["o19a", "o19b", "o19c"].flatMap((id) => FILES.map((f) => [id, f])))("%s/%s: format 2019, all 198 figures, agency and year", async (id, file) => {
    const truth = truthOf(id);
    const report = await read(id, file);
    expect(report.format).toBe("2019");
    expect(flattenAny(report).length).toBe(198);
    expect(differences(report, truth)).toEqual([]);
    expect([report.agency, report.year, report.narrative_new]).toEqual([truth.agency, truth.year, truth.narrative_new]);
    expect(report.diagnostics!.map((d) => d.code)).toContain("format-2019-read");
  });

  test("signed 本年增/减 as +7 / -1, 增加 / 减少, and full-width －: read with their signs", async () => {
    for (const id of ["o19a", "o19b", "o19c"]) {
      const truth = truthOf(id);
      const report = await read(id, "report.html");
      if (report.format !== "2019") throw new Error("not 2019");
      expect([8, 11, 14, 17, 20].map((item) => report.active[item - 1])).toEqual([8, 11, 14, 17, 20].map((item) => truth.active![item - 1]));
    }
    expect(truthOf("o19a").active![13]).toBeLessThan(0);
    expect(readFileSync(join(CASES, "o19b", "report.html"), "utf8")).toContain("减少");
    expect(readFileSync(join(CASES, "o19c", "report.html"), "utf8")).toContain("－");
  });

  test("采购总金额 written in 元 is converted to 万元, and said", async () => {
    const truth = truthOf("o19a");
    const html = readFileSync(join(CASES, "o19a", "report.html"), "utf8");
    const yuan = `${Math.round(truth.active![21]! * 10000)}元`;
    expect(html).toContain(yuan);
    const report = await read("o19a", "report.html");
    expect(report.active![21]).toBe(truth.active![21]);
    const note = report.diagnostics!.find((d) => d.code === "amount-in-yuan")!;
    expect(note).toMatchObject({ severity: "info", table: "active", item: 22 });
    expect(note.message).toBe(`表二“政府集中采购·采购总金额（单位：万元）”：原文为“${yuan}”（单位：元），已换算为 ${truth.active![21]} 万元。`);
  });
});

describe("a report mixing the formats (2019 table 二 above a 2021 table 三)", () => {
  test.each(FILES)("mix1/%s: format mixed, tables 三 and 四 in the 2021 shape, table 二 null, the mix named", async (file) => {
    const truth = truthOf("mix1");
    const report = await read("mix1", file);
    expect(report.format).toBe("mixed");
    expect(report.active).toBeNull();
    expect(report.requests.length).toBe(25);
    expect(differences(report, truth)).toEqual([]);
    const mix = report.diagnostics!.find((d) => d.code === "format-mixed")!;
    expect(mix.severity).toBe("warning");
    expect(mix.message).toContain("这份报告混用了新旧格式：表二是 2019 年版的栏目（本年新制作数量等），表三、表四是 2021 年版");
  });
});

describe("a 2019 grid in the old template's words", () => {
  const cell = (text: string) => ({ text });
  test("规范性文件 without 行政, 减少2 and 1,200 in a table 二 of its own", () => {
    const rows = [
      ["第二十条第（一）项"],
      ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
      ["规章", "1", "1", "9"],
      ["规范性文件", "3", "3", "40"],
      ["第二十条第（五）项"],
      ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      ["行政许可", "31", "减少2", "1,200"],
    ];
    const result = gridToReport({ tables: [{ index: 0, rows: rows.map((r, i) => r.map((t, c) => ({ ...cell(t), row: i, col: c, rowSpan: 1, colSpan: 1 }))) }], preamble: "" });
    if (!result.ok || result.report.format !== "2019") throw new Error("not read as 2019");
    expect(result.report.active.slice(0, 9)).toEqual([1, 1, 9, 3, 3, 40, 31, -2, 1200]);
    expect(result.report.active.slice(9)).toEqual(Array(13).fill(null));
  });
});

describe("signed figures", () => {
  test.each([
    ["+7", 7],
    ["-1", -1],
    ["−3", -3],
    ["－4", -4],
    ["减少2", -2],
    ["增加5", 5],
    ["减1", -1],
    ["0", 0],
    ["12", 12],
  ])("%s is %d", (text, value) => {
    expect(readSignedFigureText(text)).toEqual({ kind: "number", value });
  });
  test("a dash alone is a none-mark (0), not a sign; other text is not a figure", () => {
    expect(readSignedFigureText("-").kind).toBe("none-mark");
    expect(readSignedFigureText("约3").kind).toBe("text");
  });
});

describe("the fixtures themselves", () => {
  test.each(["o19a", "o19b", "o19c", "mix1"])("%s: its truth passes every rule of its format", (id) => {
    const t = truthOf(id);
    expect(checkTables({ ...t, narrative_new: t.narrative_new }).findings).toEqual([]);
  });
});
