// `xxgk check` over interchange JSON fixtures: the JSON lines, the Chinese text and the exit status.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { importBytes } from "../../src/importers";
import { consistentReport, keysOf } from "./helpers";

// The file importers are tested by their owners; here a report file reads as a known report.
jest.mock("../../src/importers", () => ({ importBytes: jest.fn() }));

const FIXTURES = join(__dirname, "../fixtures/checks");

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((s: unknown) => void out.push(String(s)));
  const error = jest.spyOn(console, "error").mockImplementation((s: unknown) => void err.push(String(s)));
  try {
    return { code: await runCheck(args), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "xxgk-check-")), name);
  writeFileSync(file, content);
  return file;
}

test("a consistent report: exit 0, one JSON line with no findings", async () => {
  const file = join(FIXTURES, "consistent-report.json");
  const { code, out } = await run([file, "--json"]);
  expect(code).toBe(0);
  expect(out).toHaveLength(1);
  expect(JSON.parse(out[0])).toEqual({ file, agency: "大同市龙安区公安局", year: 2021, format: "2021", findings: [] });
  const text = await run([file]);
  expect(text.out[0]).toBe(`== ${file}\n机关：大同市龙安区公安局    年度：2021\n全部 46 项校验通过`);
});

test("a wrong 总计: exit 1, the finding in JSON and in readable Chinese", async () => {
  const report = consistentReport();
  report.requests[3][6] = report.requests[3][6]! + 1;
  const file = tempFile("wrong-row-total.json", JSON.stringify(report));
  const json = await run(["--json", file]);
  expect(json.code).toBe(1);
  expect(keysOf(JSON.parse(json.out[0]).findings)).toEqual(["results-total row=24 col=7", "row-total row=4 col=7"]);
  const text = await run([file]);
  expect(text.code).toBe(1);
  expect(text.out[0]).toContain("机关：大同市龙安区公安局    年度：2021");
  expect(text.out[0]).toContain("[错误] 「部分公开」行（第4行）：总计应为");
  expect(text.out[0]).toContain("结论：2 项错误，0 项注意，0 项无法校验（共校验 46 项）");
});

test("JSON Lines of two consecutive years of one agency get the two-year rules", async () => {
  const file = join(FIXTURES, "two-years-carry-over-broken.jsonl");
  const { code, out } = await run([file, "--json"]);
  expect(code).toBe(1);
  const [prev, cur] = out.map((l) => JSON.parse(l));
  expect(prev).toMatchObject({ line: 1, year: 2020, findings: [] });
  expect(cur.line).toBe(2);
  expect(keysOf(cur.findings)).toContain("carry-over row=2 col=7");
  expect(keysOf(cur.findings)).toContain("in-force item=6");
});

test("a narrative that disagrees is only a warning: exit 0", async () => {
  const file = tempFile("narrative-off.json", JSON.stringify({ ...consistentReport(), narrative_new: 16 }));
  const { code, out } = await run([file, "--json"]);
  expect(code).toBe(0);
  expect(keysOf(JSON.parse(out[0]).findings)).toEqual(["narrative-requests said=16"]);
});

test("an input that is not a report still gets its line, with error", async () => {
  const missing = join(FIXTURES, "no-such-file.json");
  const notReport = tempFile("not-a-report.json", JSON.stringify({ agency: "某局", year: 2024, requests: [[1, 2]] }));
  const { code, out } = await run([missing, notReport, "--json"]);
  expect(code).toBe(1);
  expect(out).toHaveLength(2);
  expect(JSON.parse(out[0]).error).toMatch(/^无法读取文件/);
  expect(JSON.parse(out[1])).toMatchObject({ agency: "某局", year: 2024, findings: [] });
  expect(JSON.parse(out[1]).error).toMatch(/不是交换格式的报告/);
});

test("no file: usage error, exit 2", async () => {
  const { code, err } = await run(["--json"]);
  expect(code).toBe(2);
  expect(err[0]).toContain("xxgk check FILE...");
});

test("a report file goes through the importers, and the prose's number is checked", async () => {
  const report = { ...consistentReport(), narrative_new: 16 };
  jest.mocked(importBytes).mockResolvedValue({ ok: true, report });
  const file = tempFile("prose-says-16.txt", "…");
  const { code, out } = await run([file, "--json"]);
  expect(jest.mocked(importBytes)).toHaveBeenCalledWith(expect.any(Uint8Array), "prose-says-16.txt");
  expect(code).toBe(0);
  const finding = JSON.parse(out[0]).findings[0];
  expect(finding).toMatchObject({ rule: "narrative-requests", severity: "warning", said: 16, table: 1634 });
});

test("a report file the importers cannot read: its line has error, exit 1", async () => {
  jest.mocked(importBytes).mockResolvedValue({
    ok: false,
    format: "2019",
    agency: "某局",
    year: 2020,
    diagnostics: [{ code: "format-2019", severity: "error", message: "这是2019年格式的报告" }],
  });
  const { code, out } = await run([tempFile("old-format.txt", "…"), "--json"]);
  expect(code).toBe(1);
  expect(JSON.parse(out[0])).toMatchObject({ agency: "某局", year: 2020, findings: [], error: "这是2019年格式的报告" });
});
