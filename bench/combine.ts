// Combine bench: combineInWorkbook over 100 and 1,000 report sheets of an in-memory workbook
// (the strict stand-in for Excel; syncs and the largest request counted), and `xxgk combine` over
// 10,000 interchange reports in a child process (wall time and peak memory).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { insertReportSheet } from "../src/hosts/excel";
import { combineInWorkbook } from "../src/hosts/excel/combine";
import type { Report } from "../src/model";
import { StrictWorkbook as Book } from "../test/support/strict-excel";
import { corpusTruthReports } from "../test/combine/helpers";

function reportsOf(count: number): Report[] {
  const base = corpusTruthReports();
  return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], agency: `${base[i % base.length].agency}${i + 1}号`, file: `r${i + 1}.pdf` }));
}

async function officeRow(count: number): Promise<string> {
  const book = new Book();
  book.addSheet("Sheet1");
  for (const r of reportsOf(count)) await insertReportSheet(book.context(), r, { onSheetNameTaken: "suffix", notes: false });
  book.resetCounters();
  const start = performance.now();
  const result = await combineInWorkbook(book.context());
  const ms = performance.now() - start;
  const largest = Math.max(...book.requestBytes);
  return `| Office (strict stand-in), from report sheets | ${count} | ${ms.toFixed(0)} ms | ${result.syncs} | ${(largest / 1e6).toFixed(2)} MB | ${result.reports} rows |`;
}

function cliRow(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bench-combine-"));
  try {
    const input = join(dir, "reports.jsonl");
    writeFileSync(input, reportsOf(count).map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out = join(dir, "out.xlsx");
    const script = `const t=performance.now();require("tsx/cjs");require(${JSON.stringify(join(__dirname, "../src/cli/main.ts"))}).main(["combine",${JSON.stringify(input)},"-o",${JSON.stringify(out)}]).then(c=>{console.log(JSON.stringify({code:c,ms:performance.now()-t,maxRssKb:process.resourceUsage().maxRSS}))})`;
    const line = execFileSync(process.execPath, ["-e", script], { cwd: join(__dirname, ".."), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n").pop()!;
    const { code, ms, maxRssKb } = JSON.parse(line) as { code: number; ms: number; maxRssKb: number };
    const size = statSync(out).size;
    return `| CLI \`xxgk combine\` (JSON Lines) | ${count} | ${(ms / 1000).toFixed(1)} s | exit ${code} | peak ${(maxRssKb / 1024).toFixed(0)} MB | ${(size / 1e6).toFixed(1)} MB .xlsx |`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchCombine(): Promise<string> {
  const lines = ["## combine", "", "| path | reports | time | syncs / exit | largest request / memory | output |", "|---|---|---|---|---|---|"];
  for (const n of [100, 1000]) lines.push(await officeRow(n));
  lines.push(cliRow(10_000));
  return lines.join("\n");
}

if (require.main === module) void benchCombine().then((t) => console.log(t));
