// The offline manifest check must pass the real manifest.xml and fail each broken one, naming the
// fault in Chinese (and English) so that a clerk editing the manifest knows what to fix.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkManifest, compareVersions, describeProblem } from "../../scripts/manifest/checkManifest";
import { MANIFEST_MESSAGES } from "../../src/messages/shell";
import type { MessageText } from "../../src/messages/format";

const REPO = resolve(__dirname, "../..");
const INVALID = join(__dirname, "manifests/invalid");

function check(file: string) {
  return checkManifest(readFileSync(file, "utf8"));
}

describe("the repository's manifest.xml", () => {
  test("declares the requirement sets the code calls without asking: ExcelApi 1.9, SharedRuntime 1.1, CustomFunctionsRuntime 1.3", () => {
    const manifest = readFileSync(join(REPO, "manifest.xml"), "utf8");
    const sets = [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)" \/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toEqual([
      ["ExcelApi", "1.9"],
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.3"],
    ]);
  });

  test("a set version compares part by part: 1.13 is newer than 1.9, and an older ExcelApi fails the check", () => {
    expect(compareVersions("1.13", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.9", "1.9")).toBe(0);
    const old = readFileSync(join(REPO, "manifest.xml"), "utf8").replace('<Set Name="ExcelApi" MinVersion="1.9" />', '<Set Name="ExcelApi" MinVersion="1.8" />');
    expect(checkManifest(old).map((problem) => describeProblem(problem))).toEqual([
      "Requirements 中缺少要求集 ExcelApi（最低版本 1.9）：加载项不经检查就调用了它的接口，版本更低的 Excel 装上后会出错。",
    ]);
  });

  test("passes the offline check", () => {
    expect(check(join(REPO, "manifest.xml")).map((problem) => describeProblem(problem))).toEqual([]);
  });

  test("points Chinese Excel at the Chinese functions metadata", () => {
    const manifest = readFileSync(join(REPO, "manifest.xml"), "utf8");
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-cn.json" \/>/,
    );
    expect(manifest).toMatch(/<DisplayName DefaultValue="[^"]*政府信息公开[^"]*">\s*<Override Locale="zh-CN"/);
  });
});

// Each fixture holds one fault; the check must report exactly that fault, with these details.
const EXPECTED: Record<string, { message: MessageText; params: Record<string, unknown> }> = {
  "malformed-xml-unclosed-tag.xml": { message: MANIFEST_MESSAGES.malformedXml, params: { line: 21 } },
  "undefined-resid.xml": { message: MANIFEST_MESSAGES.undefinedResid, params: { resid: "Functions.NameSpace", line: 50 } },
  "http-url.xml": { message: MANIFEST_MESSAGES.notHttps, params: { url: "http://localhost:3000/assets/icon-32.png", line: 16 } },
  "missing-functions-namespace.xml": { message: MANIFEST_MESSAGES.missingElement, params: { element: "Namespace resid" } },
  "wrong-functions-namespace.xml": { message: MANIFEST_MESSAGES.badValue, params: { element: "Namespace", found: "CONTOSO" } },
  "missing-xmlns.xml": { message: MANIFEST_MESSAGES.missingXmlNamespace, params: { element: "OfficeApp" } },
  "missing-shared-runtime-set.xml": { message: MANIFEST_MESSAGES.missingRequirementSet, params: { set: "SharedRuntime" } },
  "runtime-short-lifetime.xml": { message: MANIFEST_MESSAGES.badValue, params: { element: "Runtime lifetime", found: "short" } },
  "id-not-guid.xml": { message: MANIFEST_MESSAGES.badValue, params: { element: "Id", found: "xxgk-sheets" } },
  "no-taskpane-button.xml": { message: MANIFEST_MESSAGES.noTaskpaneButton, params: {} },
  "missing-support-url.xml": { message: MANIFEST_MESSAGES.missingElement, params: { element: "SupportUrl" } },
};

describe("broken manifests fail the offline check with the right message", () => {
  test("every fixture in manifests/invalid has an expectation here", () => {
    expect(readdirSync(INVALID).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("%s", (fixture, expected) => {
    const problems = check(join(INVALID, fixture));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe(expected.message);
    expect(problems[0].params).toMatchObject(expected.params);
  });

  test("the message names the fault in Chinese and in English", () => {
    const [problem] = check(join(INVALID, "undefined-resid.xml"));
    expect(describeProblem(problem, "zh")).toBe(
      "第 50 行引用了资源“Functions.NameSpace”，但 Resources 中没有定义 id 为“Functions.NameSpace”的条目。请在 Resources 中补上，或改正拼写。",
    );
    expect(describeProblem(problem, "en")).toBe(
      'Line 50 refers to resource "Functions.NameSpace", which Resources does not define. Add it to Resources or fix the spelling.',
    );
  });
});

describe("npm run validate (scripts/validate-manifest.js)", () => {
  function validate(file: string) {
    return spawnSync(process.execPath, ["scripts/validate-manifest.js", file, "--offline"], { cwd: REPO, encoding: "utf8", timeout: 60_000 });
  }

  test("exits 0 on the repository's manifest and says the check was offline only", () => {
    const run = validate("manifest.xml");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("清单 manifest.xml 已通过离线结构检查。");
    expect(run.stdout).toContain("offline only");
  });

  test("exits 1 on a broken manifest and prints the fault", () => {
    const run = validate("test/shell/manifests/invalid/http-url.xml");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("第 16 行的地址 http://localhost:3000/assets/icon-32.png 不是 https。");
  });

  test("exits 2 with directions when the file does not exist", () => {
    const run = validate("no-such-manifest.xml");
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("读不到清单文件 no-such-manifest.xml（ENOENT）");
  });
});
