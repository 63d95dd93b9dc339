// Checks per second: the engine over 100,000 synthetic reports (consistent ones, and one in four
// with a wrong figure), then the same through checkReports with 50,000 agencies over two years,
// then the custom-function adapter over 25×7 ranges. Run: npx tsx bench/checks.ts
import { checkReports, checkTables, type DatedInput } from "../src/checks";
import { checkRange } from "../src/functions/results";
import { ACTIVE_COUNT, APPEAL_COUNT, REQUEST_COLUMN_COUNT, RESULT_ROWS_FIRST, RESULT_ROWS_LAST, type Figure } from "../src/model";

const REPORTS = 100_000;
const ADAPTER_RANGES = 20_000;

/** A small seeded generator, so every run checks the same reports. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Odd reports are the year after the even one before them, carrying over its row 25. */
function syntheticReport(rand: () => number, index: number, previous?: { requests: Figure[][]; active: Figure[] }): DatedInput & { requests: Figure[][]; active: Figure[] } {
  const int = (max: number) => Math.floor(rand() * max);
  const requests: Figure[][] = Array.from({ length: 25 }, () => Array<Figure>(REQUEST_COLUMN_COUNT).fill(0));
  const withTotal = (row: Figure[]) => {
    row[6] = row.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0);
  };
  for (let r = RESULT_ROWS_FIRST; r <= RESULT_ROWS_LAST; r++) {
    for (let c = 0; c < 6; c++) requests[r - 1][c] = rand() < 0.3 ? int(20) : 0;
    withTotal(requests[r - 1]);
  }
  for (let c = 0; c < 7; c++) {
    let results = 0;
    for (let r = RESULT_ROWS_FIRST; r <= RESULT_ROWS_LAST; r++) results += requests[r - 1][c]!;
    requests[23][c] = results;
  }
  for (let c = 0; c < 6; c++) {
    requests[24][c] = int(3);
    requests[1][c] = previous && index % 2 === 1 ? previous.requests[24][c] : int(3);
    requests[24][c] = Math.max(requests[24][c]!, requests[1][c]! - requests[23][c]!); // no negative intake
    requests[0][c] = requests[23][c]! + requests[24][c]! - requests[1][c]!;
  }
  [0, 1, 24].forEach((r) => withTotal(requests[r]));
  if (index % 4 === 0) requests[1 + int(24)][int(7)]! += 1 + int(3);
  const appeals = Array<Figure>(APPEAL_COUNT).fill(0);
  const active: Figure[] = Array.from({ length: ACTIVE_COUNT }, (_, i) => (i === 9 ? int(100000) / 100 : int(50)));
  if (previous && index % 2 === 1) {
    // 现行有效 = last year's + issued − repealed, as most agencies' reports say.
    for (const [inForce, issued, repealed] of [[2, 0, 1], [5, 3, 4]]) {
      active[repealed] = Math.min(active[repealed]!, previous.active[inForce]!);
      active[inForce] = previous.active[inForce]! + active[issued]! - active[repealed]!;
    }
  }
  return {
    agency: `第${Math.floor(index / 2)}局`,
    year: 2023 + (index % 2),
    requests,
    appeals,
    active,
    narrative_new: requests[0][6],
  };
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export async function benchChecks(): Promise<string> {
  const rand = random(2021);
  const reports: ReturnType<typeof syntheticReport>[] = [];
  for (let i = 0; i < REPORTS; i++) reports.push(syntheticReport(rand, i, reports[i - 1]));
  const single = time(() => reports.reduce((n, r) => n + checkTables(r).findings.length, 0));
  const paired = time(() => checkReports(reports).reduce((n, r) => n + r.findings.length, 0));
  const ranges = reports.slice(0, ADAPTER_RANGES).map((r) => r.requests.map((row) => row.map((v) => (v === 0 ? "" : v))));
  const adapter = time(() => ranges.reduce((n, values) => n + checkRange(values).result.findings.length, 0));
  const rows: [string, number, number, number][] = [
    ["checkTables (one report, all rules)", REPORTS, single.ms, single.value],
    ["checkReports (+ two-year rules, 50,000 agencies)", REPORTS, paired.ms, paired.value],
    ["custom-function adapter (25×7 range)", ADAPTER_RANGES, adapter.ms, adapter.value],
  ];
  const lines = ["checks — 检查引擎", "| what | reports | seconds | reports/s | findings |", "|---|---:|---:|---:|---:|"];
  for (const [what, n, ms, findings] of rows)
    lines.push(`| ${what} | ${n.toLocaleString("en")} | ${(ms / 1000).toFixed(2)} | ${Math.round((n / ms) * 1000).toLocaleString("en")} | ${findings.toLocaleString("en")} |`);
  return lines.join("\n");
}

if (require.main === module) benchChecks().then((table) => console.log(table));
