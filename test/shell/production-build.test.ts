// Runs the real production build (npm run build) once, then checks what Excel will fetch from dist/:
// the functions metadata in both languages, the one shared-runtime page, the manifest with its
// production address swapped in, and — in headless Chromium — that the bundle registers EVERY
// function id that functions.json declares, so a renamed function cannot silently vanish.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { checkManifest, describeProblem } from "../../scripts/manifest/checkManifest";
import { isolatePage, launchChromium, RECORDING_OFFICE_STAND_IN, serveDirectory, type StaticServer } from "../browser/harness";
import { productionBuild, TEST_PUBLIC_URL } from "../browser/productionBuild";

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
  test("taskpane.html loads office.js, then one webpack runtime, the functions and the pane (one shared runtime)", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const order = ["appsforoffice.microsoft.com/lib/1/hosted/office.js", "runtime.js", "functions.js", "taskpane.js"].map((name) =>
      html.indexOf(name),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.match(/runtime\.js/g)).toHaveLength(1);
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

  test("in a plain browser where office.js cannot load, the pane still draws", async () => {
    const page = await browser.newPage({ locale: "zh-CN" });
    await page.route("**/*", (route) =>
      route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort("internetdisconnected"),
    );
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("root")?.textContent ?? "").length > 0, undefined, { timeout: 30_000 });
    expect(await page.textContent("#root")).toContain("政府信息公开");
    await page.close();
  });
});

