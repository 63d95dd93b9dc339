// The importers as webpack bundles them for the task pane, run in headless Chromium: pdf.js (legacy
// build, its worker loaded as a chunk), jszip and htmlparser2 must read a file exactly as they do in
// Node, figure for figure.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { importBytes } from "../../src/importers";
import { flattenAny, type ImportResult } from "../../src/model/report";
import { isolatePage, launchChromium, RECORDING_OFFICE_STAND_IN, serveDirectory, type StaticServer } from "./harness";

const REPO = resolve(__dirname, "../..");
const FIXTURES = join(REPO, "test/fixtures/files");
// One file per importer: pdf.js, jszip + the Word reader, htmlparser2 with a GBK-declared page.
const FILES = ["chromium-printed.pdf", "blank-zeros-as-empty-cells.docx", "gbk-declared-web-page.html"];

let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "xxgk-probe-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--config", "test/browser/probe/webpack.probe.js", "--output-path", out],
    { cwd: REPO, stdio: "pipe", timeout: 240_000 },
  );
  for (const file of FILES) copyFileSync(join(FIXTURES, file), join(out, file));
  server = await serveDirectory(out);
  browser = await launchChromium();
}, 250_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function importInBrowser(fileName: string): Promise<ImportResult> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await isolatePage(page, server.origin, RECORDING_OFFICE_STAND_IN);
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => "xxgkImportBytes" in window, undefined, { timeout: 30_000 });
  const result = await page.evaluate(async (name) => {
    const bytes = new Uint8Array(await (await fetch(name)).arrayBuffer());
    const run = (window as unknown as { xxgkImportBytes: (b: Uint8Array, n: string) => Promise<unknown> }).xxgkImportBytes;
    return JSON.parse(JSON.stringify(await run(bytes, name)));
  }, fileName);
  await page.close();
  expect(pageErrors).toEqual([]);
  return result as ImportResult;
}

test.each(FILES)("%s imports in the browser bundle exactly as in Node, with figures", async (file) => {
  const inNode = JSON.parse(JSON.stringify(await importBytes(new Uint8Array(readFileSync(join(FIXTURES, file))), file)));
  const inBrowser = await importInBrowser(file);
  expect(inBrowser.ok).toBe(true);
  if (!inBrowser.ok) return;
  const figures = flattenAny(inBrowser.report);
  expect(figures.filter((figure) => figure !== null).length).toBeGreaterThan(100);
  expect(inBrowser).toEqual(inNode);
});
