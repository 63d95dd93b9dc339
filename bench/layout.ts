// Sheet layout bench: plan build time, .xlsx write throughput, and Office.js syncs per report
// counted on office-addin-mock (through the in-memory workbook of the host tests).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { insertReportSheet } from "../src/hosts/excel";
import { writeXlsx } from "../src/hosts/xlsx";
import { buildReportSheetPlan, planWorkbook } from "../src/layout";
import type { Report } from "../src/model";
import { StrictWorkbook } from "../test/support/strict-excel";

function seedReport(): Report {
  const t = JSON.parse(readFileSync(join(__dirname, "../test/fixtures/layout/consistent-report.truth.json"), "utf8"));
  return { format: "2021", agency: t.agency, year: t.year, active: t.active, requests: t.requests, appeals: t.appeals, file: "report.pdf" };
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const out = await fn();
  return [out, performance.now() - start];
}

export async function benchLayout(): Promise<string> {
  const base = seedReport();
  const reports = Array.from({ length: 50 }, (_, i) => ({ ...base, agency: `${base.agency}${i + 1}号` }));
  const rows: [string, string][] = [];

  buildReportSheetPlan(base, { sheetName: "warm-up", key: "00000000" });
  const [, planMs] = await timed(() => {
    for (let i = 0; i < 200; i++) buildReportSheetPlan(base, { sheetName: "x", key: "00000000" });
  });
  rows.push(["plan build, one report sheet", `${(planMs / 200).toFixed(2)} ms`]);
  const plan = buildReportSheetPlan(base, { sheetName: "x", key: "00000000" });
  rows.push(["plan size (cells · merges · highlights · names)", `${plan.cells.length} · ${plan.merges.length} · ${plan.conditionalFormats.length} · ${plan.names.length}`]);

  await writeXlsx(planWorkbook([base], { index: false }));
  const [one, oneMs] = await timed(async () => {
    let bytes = 0;
    for (let i = 0; i < 10; i++) bytes = (await writeXlsx(planWorkbook([base], { index: false }))).length;
    return bytes;
  });
  rows.push(["xlsx, 1 report per workbook", `${(10000 / oneMs).toFixed(1)} reports/s (${(oneMs / 10).toFixed(0)} ms, ${(one / 1024).toFixed(0)} KiB)`]);
  const [many, manyMs] = await timed(async () => (await writeXlsx(planWorkbook(reports, { index: true }))).length);
  rows.push([`xlsx, ${reports.length} reports + index in one workbook`, `${((reports.length * 1000) / manyMs).toFixed(1)} reports/s (${manyMs.toFixed(0)} ms, ${(many / 1024).toFixed(0)} KiB)`]);

  const ok = new StrictWorkbook(["Sheet1"]);
  const [inserted, insertMs] = await timed(() => insertReportSheet(ok.context(), base, { onSheetNameTaken: "suffix", notes: true }));
  rows.push(["Office.js insert: context.sync() per report", `${inserted.syncs} (limit 3; ${insertMs.toFixed(0)} ms on the strict stand-in)`]);
  const failing = new StrictWorkbook(["Sheet1"]);
  failing.failAt = { sync: 2, afterCalls: 300 };
  const failed = await insertReportSheet(failing.context(), base, { onSheetNameTaken: "suffix", notes: true });
  rows.push(["Office.js insert failing at the write: syncs incl. rollback", `${failed.syncs} (sheets left: ${failing.sheets.length - 1}, names left: ${failing.names.size})`]);

  const width = Math.max(...rows.map(([k]) => k.length));
  return ["sheet layout bench", ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join("\n");
}

if (require.main === module) benchLayout().then((text) => console.log(text));
