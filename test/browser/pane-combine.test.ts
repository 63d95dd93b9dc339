// The browser page as the whole product (issue 12): reports chosen as .docx, .pdf, .html and text,
// then 下载汇总工作簿 on the 汇总与校验 tab. The pane asks which of two copies to keep and which year
// to total; the downloaded workbook holds 合并表, 汇总, 核对结果 and the report sheets, and its 汇总,
// recalculated by LibreOffice, is the sum of the distinct reports of that year. Also: table 三 at
// 350 px keeps its labels in view with the red cell scrolled to; ten files named report.pdf stay
// apart. Screenshots go to docs/screenshots/ when XXGK_SCREENSHOTS=1.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { sumFigures } from "../../src/combine";
import { COMBINED_COLUMN, COMBINED_FIRST_ROW, figureColumn } from "../../src/layout/combined";
import { parseRangeA1 } from "../../src/layout";
import { PANE_MESSAGES, render } from "../../src/messages";
import { FIGURE_SLOTS, flattenFigures, type Figure } from "../../src/model";
import { computeWithLibreOffice } from "../combine/helpers";
import { loadWorkbook } from "../hosts/xlsx-reader";
import { CORPUS } from "../support/corpus";
import { isolatePage, launchChromium, serveDirectory, type StaticServer } from "./harness";
import { productionBuild } from "./productionBuild";

const REPO = resolve(__dirname, "../..");
const PANE = join(REPO, "test/fixtures/pane");
const SHOTS_ASKED = process.env.XXGK_SCREENSHOTS === "1";

const NO_HOST_OFFICE = `
  window.CustomFunctions = { associate: function () {} };
  window.Office = { onReady: function (cb) { var i = { host: null, platform: null }; if (cb) setTimeout(function () { cb(i); }, 0); return Promise.resolve(i); } };
`;

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
let shots: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "xxgk-pane-combine-"));
  shots = SHOTS_ASKED ? join(REPO, "docs/screenshots") : join(work, "screenshots");
  mkdirSync(shots, { recursive: true });
  dist = await productionBuild();
  server = await serveDirectory(dist);
  browser = await launchChromium();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openPane(width = 420): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, locale: "zh-CN", viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await isolatePage(page, server.origin, NO_HOST_OFFICE);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector("[data-field=mode]", { timeout: 30_000 });
  return { page, context, errors };
}

async function waitForBatch(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const files = [...document.querySelectorAll("[data-field=progress] [data-status]")];
      return files.length === n && files.every((f) => ["done", "failed"].includes(f.getAttribute("data-status") ?? ""));
    },
    count,
    { timeout: 90_000 },
  );
}

test("reports chosen as .docx, .pdf, .html and text; 下载汇总工作簿 gives the workbook xxgk combine writes, its 汇总 the sum", async () => {
  const dir = join(work, "inputs");
  mkdirSync(dir, { recursive: true });
  const seed = join(PANE, "prose-says-16-table-says-17");
  // Four formats of four 2024 reports, the text one twice (under another name), and a 2025 one.
  const files = {
    docx: join(PANE, "word-row-total-wrong.docx"),
    pdf: join(CORPUS, "generated/case009/report.pdf"),
    html: join(CORPUS, "generated/case010/report.html"),
    text: join(dir, "仁和区年度报告.txt"),
    copy: join(dir, "仁和区年度报告（副本）.txt"),
    other: join(PANE, "pdf-consistent.pdf"),
  };
  copyFileSync(`${seed}.txt`, files.text);
  copyFileSync(`${seed}.txt`, files.copy);
  const truths = [truthOf(join(PANE, "word-row-total-wrong.truth.json")), truthOf(join(CORPUS, "generated/case009/truth.json")), truthOf(join(CORPUS, "generated/case010/truth.json")), truthOf(`${seed}.truth.json`)];
  expect(truths.map((t) => t.year)).toEqual([2024, 2024, 2024, 2024]);

  const { page, context, errors } = await openPane();
  await page.setInputFiles("input[data-field=files]", Object.values(files));
  await waitForBatch(page, 6);
  expect(await page.textContent("[data-field=progress]")).toContain("已读取 6 / 6 个文件");

  await page.getByRole("tab", { name: PANE_MESSAGES.tabCombine.zh }).click();
  const duplicates = page.locator("[data-field=duplicates]");
  await duplicates.waitFor();
  expect(await duplicates.textContent()).toContain(`“${truths[3].agency}” 2024 年度有 2 份报告（数字完全相同）`);
  expect(await duplicates.locator("label").allTextContents()).toEqual(["仁和区年度报告.txt", "仁和区年度报告（副本）.txt"]);
  const years = page.locator("[data-field=years]");
  expect(await years.textContent()).toContain("2024 年度（5 份）");
  expect(await years.textContent()).toContain("2025 年度（1 份）");
  // Keep the copy: whichever is kept, it counts once.
  await duplicates.getByLabel("仁和区年度报告（副本）.txt").check();
  await page.screenshot({ path: join(shots, "08-combine-in-browser.png"), fullPage: true, animations: "disabled" });

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-action=download-combined]")]);
  expect(download.suggestedFilename()).toMatch(/^政府信息公开年度报告汇总-2024-\d{8}\.xlsx$/);
  const notice = await page.textContent("[data-field=combine-notice]");
  expect(notice).toContain("4 份报告的合并表、汇总、核对结果和各报告工作表");
  expect(notice).toContain(render(PANE_MESSAGES.leftOutDuplicates, { count: 1 }));
  expect(notice).toContain(render(PANE_MESSAGES.leftOutYears, { count: 1 }));
  await page.screenshot({ path: join(shots, "09-combined-downloaded.png"), fullPage: true, animations: "disabled" });
  const bytes = new Uint8Array(readFileSync((await download.path())!));

  // The workbook: 合并表, 汇总, 核对结果, then the four report sheets.
  const wb = await loadWorkbook(bytes);
  const names = wb.worksheets.map((ws) => ws.name);
  expect(names.slice(0, 3)).toEqual(["合并表", "汇总", "核对结果"]);
  expect(names).toHaveLength(3 + 4);
  const combined = wb.getWorksheet("合并表")!;
  const agencies = [0, 1, 2, 3].map((i) => String(combined.getCell(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.agency).value));
  expect([...agencies].sort()).toEqual(truths.map((t) => t.agency).sort());
  expect(combined.getCell(COMBINED_FIRST_ROW + 4, COMBINED_COLUMN.agency).value).toBeNull();
  // 核对结果 lists the .docx's broken totals (case005).
  const findingRows: string[] = [];
  wb.getWorksheet("核对结果")!.eachRow((row) => findingRows.push(row.values ? JSON.stringify(row.values) : ""));
  expect(findingRows.some((r) => r.includes(truths[0].agency))).toBe(true);

  // LibreOffice recalculates: every 汇总 figure is the sum of the four reports, slot by slot.
  const computed = computeWithLibreOffice(bytes);
  const summary = computed.get("汇总")!;
  const sums = sumFigures(truths.map((t) => ({ figures: flattenFigures(t) })));
  const summaryWs = wb.getWorksheet("汇总")!;
  let compared = 0;
  summaryWs.eachRow((row) =>
    row.eachCell((cell) => {
      // Cells inside a merge repeat the master's value in exceljs: only the master holds it.
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value as { formula?: string } | null;
      if (!v || typeof v !== "object" || !v.formula?.startsWith("SUBTOTAL(9,")) return;
      const slot = parseRangeA1(v.formula.replace(/^.*!/, "").replace(/\)$/, "")).left - COMBINED_COLUMN.firstFigure;
      const shown = Number(summary[Number(cell.row) - 1][Number(cell.col) - 1]);
      expect([slot, Math.round(shown * 100)]).toEqual([slot, Math.round(sums[slot] * 100)]);
      // The stored result (readers that never calculate) says the same.
      expect([slot, Math.round(Number(cell.result) * 100)]).toEqual([slot, Math.round(sums[slot] * 100)]);
      compared++;
    }),
  );
  expect(compared).toBe(FIGURE_SLOTS.length);
  expect(sums[figureColumn({ index: 10 }) - COMBINED_COLUMN.firstFigure]).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await context.close();
}, 240_000);

test("at 350 px table 三 keeps its labels in view, the red cell scrolled to; same-named files show apart", async () => {
  const { page, context, errors } = await openPane(350);
  const dir = join(work, "same-name");
  for (const d of ["甲", "乙"]) mkdirSync(join(dir, d), { recursive: true });
  copyFileSync(join(PANE, "word-row-total-wrong.docx"), join(dir, "甲", "report.docx"));
  copyFileSync(join(PANE, "word-row-total-wrong.docx"), join(dir, "乙", "report.docx"));
  await page.setInputFiles("input[data-field=files]", [join(dir, "甲", "report.docx"), join(dir, "乙", "report.docx")]);
  await waitForBatch(page, 2);
  // Chosen one by one (no folder paths): numbered in the order chosen.
  expect(await page.locator("[data-field=progress] [data-file]").evaluateAll((li) => li.map((l) => l.getAttribute("data-file")))).toEqual(["report.docx（第 1 个）", "report.docx（第 2 个）"]);
  const card = page.locator(`section[aria-label="report.docx（第 1 个）"]`);
  const scroller = card.locator("[data-scroller=requests]");
  await scroller.scrollIntoViewIfNeeded();
  const geometry = await scroller.evaluate((box) => {
    const area = box.getBoundingClientRect();
    const red = box.querySelector("[data-mark=failed]")!.getBoundingClientRect();
    const label = box.querySelector("tbody td")!.getBoundingClientRect();
    return { area: { left: area.left, right: area.right }, red: { left: red.left, right: red.right }, label: { left: label.left, right: label.right }, scrolled: box.scrollLeft, pageWidth: document.documentElement.scrollWidth };
  });
  // The page itself never scrolls sideways; the grid does, labels pinned at its left edge.
  expect(geometry.pageWidth).toBeLessThanOrEqual(350);
  expect(Math.abs(geometry.label.left - geometry.area.left)).toBeLessThanOrEqual(2);
  expect(geometry.red.left).toBeGreaterThanOrEqual(geometry.label.right - 1);
  expect(geometry.red.right).toBeLessThanOrEqual(geometry.area.right + 1);
  await scroller.screenshot({ path: join(shots, "10-table-three-350px.png"), animations: "disabled" });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
