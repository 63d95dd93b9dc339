// A workbook holding a sheet in the 2019 layout, read back: `xxgk check book.xlsx` finds the report
// by its names, in its own format, and checks it by the 2019 rules, pointing at its cells.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { runParse } from "../../src/cli/commands/parse";
import { writeXlsx } from "../../src/hosts/xlsx";
import { planWorkbook } from "../../src/layout";
import { consistent2019 } from "./helpers";

async function output(fn: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return { code: await fn(args), out: out.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe("a 2019 sheet read back", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "xxgk-2019-book-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("parse reads all 198 figures back from the sheet, in the 2019 format", async () => {
    const report = consistent2019(41, "回读的旧格式机关", 2020);
    const file = join(dir, "ok.xlsx");
    writeFileSync(file, await writeXlsx(planWorkbook([report], { index: true })));
    const { out } = await output(runParse, [file, "--json"]);
    const read = JSON.parse(out.split("\n")[0]);
    expect(read.format).toBe("2019");
    expect([read.active, read.requests, read.appeals]).toEqual([report.active, report.requests, report.appeals]);
  });

  test("check finds a broken （七）总计 at its own cell", async () => {
    const report = consistent2019(42, "回读的旧格式机关", 2020);
    report.requests[21][6] = report.requests[21][6]! + 1;
    const file = join(dir, "broken.xlsx");
    writeFileSync(file, await writeXlsx(planWorkbook([report], { index: false })));
    const { code, out } = await output(runCheck, [file, "--json"]);
    expect(code).toBe(1);
    const findings = out.split("\n").flatMap((l) => JSON.parse(l).findings ?? []);
    const rules = findings.filter((f: { status: string }) => f.status === "failed").map((f: { rule: string; row?: number }) => `${f.rule}:${f.row ?? ""}`).sort();
    expect(rules).toEqual(["balance:", "results-total:22", "row-total:22"]);
    expect(findings.find((f: { rule: string }) => f.rule === "row-total").message).toContain("「办理结果总计」行（第22行）");
    // Every failed finding points at a cell of the sheet.
    for (const f of findings.filter((x: { status: string }) => x.status === "failed")) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  });
});
