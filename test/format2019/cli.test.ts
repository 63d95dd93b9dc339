// The command line says which format each report is in: parse's preview and check's text and JSON.
import { join } from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { runParse } from "../../src/cli/commands/parse";

const CASES = join(__dirname, "../fixtures/format2019/cases");

async function run(fn: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; out: string }> {
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

test("xxgk parse: a 2019 report's preview names its format, its 22 items and its 23 rows", async () => {
  const { code, out } = await run(runParse, [join(CASES, "o19b", "report.html")]);
  expect(code).toBe(0);
  expect(out).toContain("机关：东湖县市场监督管理局    年度：2020    格式：2019年版格式（旧格式）");
  expect(out).toContain("已读出全部198个数字。");
  expect(out).toContain("  其他对外管理服务事项 · 本年增/减：");
  expect(out).toContain("  其他处理\t");
  const mixed = await run(runParse, [join(CASES, "mix1", "report.html")]);
  expect(mixed.out).toContain("格式：新旧格式混用");
  expect(mixed.out).toContain("（新旧格式混用，表二未读入，见“说明”）");
});

test("xxgk check: a 2019 report is checked by the 2019 rules, and says so", async () => {
  const text = await run(runCheck, [join(CASES, "o19b", "report.html")]);
  expect(text.code).toBe(0);
  expect(text.out).toContain("格式：2019年版格式（旧格式）");
  expect(text.out).toContain("全部 44 项校验通过");
  const json = await run(runCheck, [join(CASES, "o19b", "report.html"), "--json"]);
  expect(JSON.parse(json.out)).toMatchObject({ format: "2019", findings: [] });
});
