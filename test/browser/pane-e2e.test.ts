// The task pane as a person uses it outside Office (a plain browser; WPS users): the production build
// in headless Chromium, a paste of a real report, files chosen through the file input, the preview,
// the downloaded .xlsx read back through its defined names — all 200 figures of each report — and
// screenshots of each step for README (docs/screenshots/).
//
// The page is the shared production build (./productionBuild); XXGK_PANE_DIST=<a build folder> uses another.
// XXGK_SCREENSHOTS=1 writes the screenshots into docs/screenshots/ (README's 界面截图).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PANE_MESSAGES } from "../../src/messages";
import { ACTIVE_COUNT, flattenAny, flattenFigures, type AnyReport, type Figure } from "../../src/model";
import { loadWorkbook, namedCellsIn, reportKeys } from "../hosts/xlsx-reader";
import { isolatePage, launchChromium, serveDirectory, type StaticServer } from "./harness";
import { productionBuild } from "./productionBuild";

const REPO = resolve(__dirname, "../..");
const FIXTURES = join(REPO, "test/fixtures/pane");
const SEED = join(FIXTURES, "prose-says-16-table-says-17"); // .txt and .truth.json
const DOCX = join(FIXTURES, "word-row-total-wrong"); // .docx: a wrong row total, a failed check
const PDF = join(FIXTURES, "pdf-consistent"); // .pdf
const FORMAT2019 = join(REPO, "test/fixtures/format2019/cases"); // <case>/report.docx, truth.json
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
// Screenshots are taken on every run; they replace README's (docs/screenshots/) only when asked
// (XXGK_SCREENSHOTS=1), so that running the tests leaves the checkout unchanged.
const SHOTS_ASKED = process.env.XXGK_SCREENSHOTS === "1";
let SHOTS = join(REPO, "docs/screenshots");

/** office.js as a plain browser sees it: it loads, and Office.onReady reports no host. */
const NO_HOST_OFFICE = `
  window.CustomFunctions = { associate: function () {} };
  window.Office = {
    onReady: function (callback) {
      var info = { host: null, platform: null };
      if (callback) setTimeout(function () { callback(info); }, 0);
      return Promise.resolve(info);
    },
  };
`;
/**
 * Inside Excel, as far as the name-conflict question goes: a workbook that already has the report's
 * sheet. The first batch only reads names, so this Excel.run needs no more than that.
 */
const EXCEL_WITH_SHEET = (sheetName: string) => `
  window.CustomFunctions = { associate: function () {} };
  window.Office = {
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function () { return false; } } },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      if (callback) setTimeout(function () { callback(info); }, 0);
      return Promise.resolve(info);
    },
  };
  window.__batches = 0;
  window.Excel = {
    run: function (batch) {
      window.__batches++;
      var context = {
        workbook: {
          worksheets: { load: function () {}, items: [{ name: ${JSON.stringify(sheetName)} }] },
          names: { load: function () {}, items: [] },
        },
        sync: function () { return Promise.resolve(); },
      };
      return batch(context);
    },
  };
`;
/** office.js that never calls back (seen when the page is opened outside Office on some machines). */
const SILENT_OFFICE = `window.CustomFunctions = { associate: function () {} }; window.Office = { onReady: function () { return new Promise(function () {}); } };`;

interface Truth {
  agency: string;
  year: number;
  active: Figure[];
  requests: Figure[][];
  appeals: Figure[];
}
const truthOf = (file: string): Truth => JSON.parse(readFileSync(file, "utf8"));

let dist: string;
let server: StaticServer;
let browser: Browser;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "xxgk-pane-"));
  if (!SHOTS_ASKED) SHOTS = join(work, "screenshots");
  if (process.env.XXGK_PANE_DIST && existsSync(join(process.env.XXGK_PANE_DIST, "taskpane.html"))) dist = process.env.XXGK_PANE_DIST;
  else dist = await productionBuild();
  server = await serveDirectory(dist);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openPane(options: { locale?: string; office?: string } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, locale: options.locale ?? "zh-CN", viewport: { width: 420, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await isolatePage(page, server.origin, options.office ?? NO_HOST_OFFICE);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector("[data-field=mode]", { timeout: 30_000 });
  return { page, context, errors };
}

/** A paste event as the browser fires it, its DataTransfer carrying the given types. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((types) => {
    const box = document.querySelector("[data-field=paste] textarea, textarea[data-field=paste]") as HTMLTextAreaElement;
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(types)) transfer.setData(type, value);
    box.focus();
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

const cardOf = (page: Page, name: string) => page.locator(`section[aria-label="${name}"]`);

async function waitForBatch(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const files = [...document.querySelectorAll("[data-field=progress] [data-status]")];
      return files.length === n && files.every((f) => ["done", "failed"].includes(f.getAttribute("data-status") ?? ""));
    },
    count,
    { timeout: 60_000 },
  );
}

/** Downloads the .xlsx and reads each report's 200 figures back through the defined names, by agency. */
async function downloadFigures(page: Page): Promise<Map<string, unknown[]>> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-action=download]")]);
  expect(download.suggestedFilename()).toMatch(/^政府信息公开年度报告.*\.xlsx$/);
  const wb = await loadWorkbook(new Uint8Array(readFileSync((await download.path())!)));
  const byAgency = new Map<string, unknown[]>();
  for (const key of reportKeys(wb)) {
    const agency = String(namedCellsIn(wb, key, "agency")[0].value);
    const figures = (["active", "requests", "appeals"] as const).flatMap((part) => namedCellsIn(wb, key, part).map((cell) => cell.value));
    byAgency.set(agency, figures);
  }
  return byAgency;
}

test("browser mode: empty pane, a pasted report previewed, and the downloaded .xlsx holds its 200 figures", async () => {
  const { page, context, errors } = await openPane();
  expect(await page.textContent("[data-field=mode]")).toContain(PANE_MESSAGES.browserMode.zh);
  await page.screenshot({ path: join(SHOTS, "01-empty-pane.png"), fullPage: true, animations: "disabled" });

  await paste(page, { "text/plain": readFileSync(`${SEED}.txt`, "utf8") });
  const card = cardOf(page, "粘贴的文字 1");
  await card.waitFor({ timeout: 30_000 });
  const truth = truthOf(`${SEED}.truth.json`);
  expect(await card.locator("[data-field=agency]").inputValue()).toBe(truth.agency);
  expect(await card.locator("[data-field=year]").inputValue()).toBe(String(truth.year));
  expect(await card.locator("[data-cell='active:7']").textContent()).toBe("26640");
  expect(await card.locator("[data-cell='active:10']").textContent()).toBe("1419.8");
  expect(await card.locator("[data-cell='requests:1:7']").textContent()).toBe("17");
  expect(await card.locator("[data-field=sheet-name]").textContent()).toContain(`${truth.agency}${truth.year}`);
  // the report's prose says 16 new requests, its table 17: the one cell marked (a real finding)
  expect(await card.locator("[data-mark]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-cell")))).toEqual(["requests:1:7"]);
  expect(await card.locator("[data-field=verdict]").textContent()).toContain("本年收到申请16件");
  await page.screenshot({ path: join(SHOTS, "02-pasted-report-preview.png"), fullPage: true, animations: "disabled" });

  const figures = await downloadFigures(page);
  expect([...figures.keys()]).toEqual([truth.agency]);
  expect(figures.get(truth.agency)).toEqual(flattenFigures(truth));
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test("browser mode: a .docx and a .pdf chosen together import with progress; the failed check is marked; all figures reach the .xlsx", async () => {
  const { page, context, errors } = await openPane();
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  await page.setInputFiles("input[data-field=files]", [`${DOCX}.docx`, `${PDF}.pdf`]);
  await waitForBatch(page, 2);
  // the PDF is read in pdf.js's own worker, off the pane's thread
  expect(workers).toContain("/pdf.worker.min.mjs");
  expect(await page.textContent("[data-field=progress]")).toContain("已读取 2 / 2 个文件");
  await page.screenshot({ path: join(SHOTS, "03-files-progress-done.png"), animations: "disabled" });

  const docx = cardOf(page, "word-row-total-wrong.docx");
  const docxTruth = truthOf(`${DOCX}.truth.json`);
  const pdfTruth = truthOf(`${PDF}.truth.json`);
  expect(await docx.locator("[data-field=agency]").inputValue()).toBe(docxTruth.agency);
  expect(await cardOf(page, "pdf-consistent.pdf").locator("[data-field=agency]").inputValue()).toBe(pdfTruth.agency);
  // case005: one wrong figure in table 三 breaks a row total and a column total
  const failedCells = await docx.locator("[data-mark=failed]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-cell")));
  expect(failedCells.length).toBeGreaterThan(0);
  expect(failedCells.every((cell) => cell!.startsWith("requests:"))).toBe(true);
  const findings = await docx.locator("[data-field=findings] li").allTextContents();
  expect(findings.map((f) => f.replace(/\s+/g, ""))).toEqual(expect.arrayContaining([expect.stringContaining("总计应为1，实为0")]));
  expect(findings.length).toBe(2);
  // the same lines as `xxgk check`: the tag, then the finding's own words
  expect(findings.every((f) => f.startsWith("[错误] "))).toBe(true);
  expect(findings.join("\n")).toMatch(/总计/);
  expect(await docx.locator("[data-field=verdict]").textContent()).toMatch(/不符/);
  await docx.scrollIntoViewIfNeeded();
  await docx.screenshot({ path: join(SHOTS, "04-failed-check-marked.png"), animations: "disabled" });

  const figures = await downloadFigures(page);
  expect(figures.get(docxTruth.agency)).toEqual(flattenFigures(docxTruth));
  expect(figures.get(pdfTruth.agency)).toEqual(flattenFigures(pdfTruth));
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test("browser mode: a 2019 report and a mixed one, chosen as .docx, previewed in their own shape; the .xlsx holds all their figures", async () => {
  const { page, context, errors } = await openPane();
  const o19a = join(FORMAT2019, "o19a");
  const mix1 = join(FORMAT2019, "mix1");
  await page.setInputFiles("input[data-field=files]", [
    { name: "o19a.docx", mimeType: DOCX_TYPE, buffer: readFileSync(join(o19a, "report.docx")) },
    { name: "mix1.docx", mimeType: DOCX_TYPE, buffer: readFileSync(join(mix1, "report.docx")) },
  ]);
  await waitForBatch(page, 2);
  const old = cardOf(page, "o19a.docx");
  const oldTruth = JSON.parse(readFileSync(join(o19a, "truth.json"), "utf8")) as AnyReport;
  expect(await old.locator("[data-field=format]").textContent()).toBe("格式：2019年版格式（旧格式）");
  expect(await old.locator("[data-field=agency]").inputValue()).toBe(oldTruth.agency);
  expect(await old.locator("[data-table=active] [data-cell]").count()).toBe(22);
  expect(await old.locator("[data-table=requests] tbody tr").count()).toBe(23);
  expect(await old.locator("[data-cell='active:22']").textContent()).toBe("904.49");
  expect(await old.locator("[data-cell='active:14']").textContent()).toBe("-1");
  expect(await old.locator("[data-table=requests] tbody tr").nth(20).locator("td").first().textContent()).toBe("其他处理");
  expect(await old.locator("[data-mark]").count()).toBe(0);
  const mixed = cardOf(page, "mix1.docx");
  const mixedTruth = JSON.parse(readFileSync(join(mix1, "truth.json"), "utf8")) as AnyReport;
  expect(await mixed.locator("[data-field=format]").textContent()).toBe("格式：新旧格式混用");
  expect(await mixed.locator("[data-field=active-not-read]").textContent()).toContain("未读入");
  expect(await mixed.locator("[data-table=requests] tbody tr").count()).toBe(25);

  const figures = await downloadFigures(page);
  expect(figures.get(oldTruth.agency!)).toHaveLength(198);
  expect(figures.get(oldTruth.agency!)).toEqual(flattenAny(oldTruth));
  expect(figures.get(mixedTruth.agency!)).toEqual([...Array(ACTIVE_COUNT).fill(null), ...flattenAny(mixedTruth)]);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test("pasted HTML with <script> and <img onerror> runs nothing, and markup typed as an agency stays text", async () => {
  const { page, context } = await openPane();
  const html = readFileSync(join(FIXTURES, "web-page-to-inject-script-into.html"), "utf8").replace(
    /<body([^>]*)>/i,
    `<body$1><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=4"></svg>`,
  );
  await paste(page, { "text/html": html, "text/plain": "" });
  const card = cardOf(page, "粘贴的文字 1");
  await card.waitFor({ timeout: 30_000 });
  expect(await card.locator("[data-cell='requests:1:7']").count()).toBe(1);
  const markup = `<img src=x onerror="window.__pwned=3">`;
  await card.locator("[data-field=agency]").fill(markup);
  expect(await card.locator("[data-field=sheet-name]").textContent()).toContain("<img src=x onerror=");
  await page.waitForTimeout(300); // an injected image would have failed to load by now
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("img[src=x], script:not([src])").count()).toBe(0);
  await context.close();
}, 60_000);

test("bad input: a precise message per file, and the good file among them still imports", async () => {
  const { page, context, errors } = await openPane();
  await paste(page, { "text/plain": "   " });
  const empty = cardOf(page, "粘贴的文字 1");
  await empty.waitFor();
  expect(await empty.textContent()).toContain(PANE_MESSAGES.pasteEmpty.zh);

  const dir = join(work, "bad");
  mkdirSync(dir, { recursive: true });
  const seedText = readFileSync(`${SEED}.txt`, "utf8");
  writeFileSync(join(dir, "空文件.txt"), "");
  writeFileSync(join(dir, "照片.pdf"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
  writeFileSync(join(dir, "只有正文没有表格.txt"), seedText.slice(0, seedText.indexOf("二、主动公开政府信息情况")));
  writeFileSync(join(dir, "表格被截断.txt"), seedText.slice(0, seedText.indexOf("（七）总计")));
  writeFileSync(join(dir, "超大文件.pdf"), "");
  truncateSync(join(dir, "超大文件.pdf"), 50 * 1024 * 1024 + 1);
  const files = ["空文件.txt", "照片.pdf", "只有正文没有表格.txt", "表格被截断.txt", "超大文件.pdf"].map((f) => join(dir, f));
  const fixtures = ["scanned-image-only.pdf", "truncated-download.docx", "word97-binary.doc"].map((f) => join(REPO, "test/fixtures/files", f));
  await page.setInputFiles("input[data-field=files]", [...files, ...fixtures, `${PDF}.pdf`]);
  await waitForBatch(page, 9);

  const text = async (name: string) => (await cardOf(page, name).textContent()) ?? "";
  expect(await text("空文件.txt")).toContain("空");
  expect(await text("照片.pdf")).toContain("图片");
  expect(await text("只有正文没有表格.txt")).toContain("没有找到");
  expect(await text("超大文件.pdf")).toContain("50");
  expect(await text("scanned-image-only.pdf")).toContain("没有文字层");
  expect(await text("truncated-download.docx")).toContain("已损坏或不完整");
  expect(await text("word97-binary.doc")).toContain("另存为 .docx");
  // a truncated table imports what is there and marks the rest unreadable, never guessed
  const truncated = cardOf(page, "表格被截断.txt");
  expect(await truncated.locator("[data-field=unreadable]").textContent()).toMatch(/\d+ 个数未能读取/);
  expect(await truncated.locator("[data-cell='requests:25:7']").textContent()).toBe("?");
  expect(await cardOf(page, "pdf-consistent.pdf").locator("[data-field=agency]").inputValue()).toBe(truthOf(`${PDF}.truth.json`).agency);
  await page.setViewportSize({ width: 420, height: 1100 });
  await page.evaluate(() => document.querySelector("[data-field=drop]")!.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(SHOTS, "05-bad-input-messages.png"), animations: "disabled" });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test("English when the browser runs in English; a silent office.js does not hang the pane", async () => {
  const { page, context } = await openPane({ locale: "en-US", office: SILENT_OFFICE });
  expect(await page.textContent("[data-field=mode]")).toContain(PANE_MESSAGES.browserModeTitle.en);
  await paste(page, { "text/plain": readFileSync(`${SEED}.txt`, "utf8") });
  await cardOf(page, "Pasted text 1").waitFor({ timeout: 30_000 });
  expect(await page.textContent("[data-action=download]")).toBe(PANE_MESSAGES.download.en);
  await page.screenshot({ path: join(SHOTS, "06-english-mode.png"), animations: "disabled" });
  await context.close();
}, 60_000);

test("inside Excel, asked about a taken sheet name: the 新建副本 / 取消 question, and 取消 writes nothing", async () => {
  const truth = truthOf(`${SEED}.truth.json`);
  const { page, context, errors } = await openPane({ office: EXCEL_WITH_SHEET(`${truth.agency}${truth.year}`) });
  expect(await page.textContent("[data-field=mode]")).toContain(PANE_MESSAGES.excelMode.zh);
  await paste(page, { "text/plain": readFileSync(`${SEED}.txt`, "utf8") });
  await cardOf(page, "粘贴的文字 1").waitFor({ timeout: 30_000 });
  await page.getByLabel(PANE_MESSAGES.askOnConflict.zh).check();
  await page.click("[data-action=write-all]");
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(`可以新建副本“${truth.agency}${truth.year} (2)”`);
  await page.screenshot({ path: join(SHOTS, "07-excel-name-taken.png"), animations: "disabled" });
  await dialog.getByRole("button", { name: PANE_MESSAGES.conflictCancel.zh }).click();
  const written = cardOf(page, "粘贴的文字 1").locator("[data-field=write]");
  await written.waitFor();
  expect(await written.textContent()).toContain(`未写入：已有同名工作表“${truth.agency}${truth.year}”`);
  expect(await page.evaluate(() => (window as unknown as { __batches: number }).__batches)).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test("a file dropped on the drop zone imports like a chosen one", async () => {
  const { page, context, errors } = await openPane();
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "拖入的报告.txt", { type: "text/plain" }));
    const zone = document.querySelector("[data-field=drop]")!;
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, readFileSync(`${SEED}.txt`, "utf8"));
  await waitForBatch(page, 1);
  expect(await cardOf(page, "拖入的报告.txt").locator("[data-cell='active:8']").textContent()).toBe("35361");
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
