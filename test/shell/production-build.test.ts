// Runs the real production build (npm run build) once, then checks what Excel will fetch from dist/:
// the functions metadata in both languages, the one shared-runtime page, the manifest with its
// production address swapped in, and — in headless Chromium — that the bundle registers EVERY
// function id that functions.json declares, so a renamed function cannot silently vanish.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { checkManifest, describeProblem } from "../../scripts/manifest/checkManifest";
import { describeNamingProblem, functionNamingProblems } from "../../src/functions/naming";
import { isolatePage, launchChromium, RECORDING_OFFICE_STAND_IN, serveDirectory, type StaticServer } from "../browser/harness";
import { productionBuild, TEST_PUBLIC_URL } from "../browser/productionBuild";
import { note } from "../support/note";

const REPO = resolve(__dirname, "../..");
const HAN = /\p{Script=Han}/u;

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: Array<{ name: string; description?: string }>;
}

let out: string;
let english: FunctionMetadata[];
let chinese: FunctionMetadata[];

beforeAll(async () => {
  out = await productionBuild();
  english = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")).functions;
  chinese = JSON.parse(readFileSync(join(out, "functions.zh-cn.json"), "utf8")).functions;
}, 16 * 60_000);

describe("production build: functions metadata", () => {
  test("functions.json declares functions, each id unique", () => {
    const ids = english.map((fn) => fn.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("functions.zh-cn.json localizes the same functions, in the same order, with Chinese descriptions", () => {
    expect(chinese.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    const untranslated = chinese
      .flatMap((fn) => [
        { where: fn.id, text: fn.description ?? "" },
        ...(fn.parameters ?? []).map((parameter) => ({ where: `${fn.id}(${parameter.name})`, text: parameter.description ?? "" })),
      ])
      .filter(({ text }) => !HAN.test(text))
      .map(({ where }) => where);
    expect(untranslated).toEqual([]);
  });
});

describe("production build: page, manifest and files", () => {
  test("taskpane.html paints its text first, then loads its own office.js, one webpack runtime, the functions and the pane", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const order = ["正在启动", '<script src="office-js/office.js">', "runtime.js", "functions.js", "taskpane.js"].map((name) => html.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.match(/runtime\.js/g)).toHaveLength(1);
    // No script before the body's text, and nothing from another origin.
    expect(html.slice(0, html.indexOf("<body>"))).not.toMatch(/<script/);
    expect(html).not.toMatch(/src="https?:/);
  });

  test("dist/office-js holds office.js and the Excel host and locale files it loads from beside itself", () => {
    const officeJs = join(out, "office-js");
    const version = JSON.parse(readFileSync(join(REPO, "node_modules/@microsoft/office-js/package.json"), "utf8")).version;
    expect(version).toBe("1.1.110");
    for (const file of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "zh-cn/office_strings.js", "en-us/office_strings.js", "telemetry/oteljs_agave.js"]) {
      expect(readFileSync(join(officeJs, file)).length).toBeGreaterThan(100);
    }
    // What an Excel add-in's office.js can never load stays out (webpack.config.js officeJsFileNeeded).
    for (const file of ["office.debug.js", "word-win32-16.01.js", "outlook-web-16.01.js"]) expect(() => readFileSync(join(officeJs, file))).toThrow();
  });

  test("every function name in every dist/functions*.json is valid in Excel, with the same ids in each", () => {
    const files = Object.fromEntries(
      readdirSync(out)
        .filter((f) => /^functions.*\.json$/.test(f))
        .map((f) => [f, JSON.parse(readFileSync(join(out, f), "utf8"))]),
    );
    expect(Object.keys(files).sort()).toEqual(["functions.json", "functions.zh-cn.json"]);
    expect(functionNamingProblems(files).map((p) => describeNamingProblem(p))).toEqual([]);
    expect(chinese.map((fn) => fn.name)).toEqual(["校验表格", "校验明细", "行差额", "列差额", "平衡差额"]);
  });

  test("dist/manifest.xml carries XXGK_PUBLIC_URL instead of localhost and still passes the offline check", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(manifest).toContain(`${TEST_PUBLIC_URL}functions.zh-cn.json`);
    expect(checkManifest(manifest).map((problem) => describeProblem(problem))).toEqual([]);
  });

  test("the pdf.js worker, its Chinese character maps and every icon are in dist/", () => {
    const worker = readFileSync(join(out, "pdf.worker.min.mjs"), "utf8");
    const pdfjsVersion = JSON.parse(readFileSync(join(REPO, "node_modules/pdfjs-dist/package.json"), "utf8")).version;
    expect(worker).toContain(pdfjsVersion);
    // the character map of GB-encoded Chinese text, for PDFs that do not embed their fonts
    expect(readFileSync(join(out, "pdfjs/cmaps/UniGB-UCS2-H.bcmap")).length).toBeGreaterThan(1000);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(out, `assets/icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("production build in headless Chromium", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDirectory(out);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the bundle associates every function id that functions.json declares, and the pane draws", async () => {
    const page = await browser.newPage({ locale: "zh-CN" });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await isolatePage(page, server.origin, RECORDING_OFFICE_STAND_IN);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("root")?.textContent ?? "").length > 0, undefined, { timeout: 30_000 });

    const associated = await page.evaluate(() => (window as unknown as { __associated: Record<string, string> }).__associated);
    const registered = Object.keys(associated).map((id) => id.toUpperCase()).sort();
    expect(registered).toEqual(english.map((fn) => fn.id.toUpperCase()).sort());
    expect(Object.values(associated).every((kind) => kind === "function")).toBe(true);
    expect(await page.title()).toContain("政府信息公开");
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test("whatever office.js does: when it never arrives (a CDN build on a silent network) the text paints at once and then says why", async () => {
    const page = await browser.newPage({ locale: "zh-CN" });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.endsWith("/office.js")) return new Promise<void>(() => undefined);
      return url.startsWith(`${server.origin}/`) ? route.continue() : route.abort("blockedbyclient");
    });
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
    await page.waitForSelector('[data-field="boot-status"]', { timeout: 2000 });
    const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    expect(paint).not.toBeNull();
    expect(paint!).toBeLessThan(1000);
    expect(await page.textContent('[data-field="boot-status"]')).toContain("正在启动");
    await page.waitForFunction(() => (document.querySelector('[data-field="boot-status"]')?.textContent ?? "").includes("没有加载完成"), undefined, { timeout: 12_000 });
    expect(await page.textContent('[data-field="boot-status"]')).toMatch(/^Office 脚本库（office\.js）8 秒内没有加载完成，网络可能不通。/);
    await page.close();
  }, 20_000);

  test("on a network where every external request hangs: text painted at once, the pane usable within 3 s, office.js from the add-in's own origin", async () => {
    const page = await browser.newPage({ locale: "zh-CN" });
    const external: string[] = [];
    const served: { url: string; status: number }[] = [];
    // Nothing answers outside the add-in's own server: not even a refusal (a silent firewall).
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      external.push(url);
      return new Promise<void>(() => undefined);
    });
    page.on("response", (response) => served.push({ url: response.url(), status: response.status() }));
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const started = Date.now();
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
    await page.waitForSelector('[data-field="paste"]', { timeout: 3000 });
    const usableMs = Date.now() - started;
    await page.waitForSelector('[data-field="mode"]', { timeout: 6000 });
    const modeMs = Date.now() - started;
    const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    const mode = await page.textContent('[data-field="mode"]');
    // The paste box takes text: the pane works, in browser mode.
    await page.fill('[data-field="paste"] textarea, textarea[data-field="paste"]', "测试");
    expect(usableMs).toBeLessThan(3000);
    expect(paint).not.toBeNull();
    expect(paint!).toBeLessThan(3000);
    expect(mode).toContain("浏览器");
    expect(served).toContainEqual({ url: `${server.origin}/office-js/office.js`, status: 200 });
    expect(served.filter((r) => r.url.includes("office.js") && !r.url.startsWith(server.origin))).toEqual([]);
    // The real office.js, in a plain browser: no error on the page, no request leaving it.
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
    // Reported when asked (XXGK_TIMINGS=1): `npm test` prints nothing of its own.
    note(`silent network: first paint ${Math.round(paint!)} ms, pane usable ${usableMs} ms, mode shown ${modeMs} ms; external requests left hanging: ${external.length ? external.join(", ") : "none"}`);
    await page.close();
  });
});

