// Older-format (2019) reports of our own for the tests: consistent figures from a seed, so every
// rendering can be asserted figure by figure against the same truth.
import { emptyReport2019, type Report2019 } from "../../src/model";

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A consistent 2019 report: every row-total, results-total (row 22 = rows 3–21), balance and
 * appeal-total holds; 本年增/减 are signed (some negative), 采购总金额 a decimal in 万元.
 */
export function consistent2019(seed: number, agency = "示例市示例区人民政府", year = 2019): Report2019 {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const report = emptyReport2019();
  report.agency = agency;
  report.year = year;
  report.active = [
    int(3), int(3), int(20),
    int(30), int(30), int(200),
    int(300), int(20) - 10, int(5000),
    int(200), int(10) - 5, int(3000),
    int(300), -int(6), int(9000),
    int(50), int(4), int(800),
    int(30), -1 - int(2),
    int(40), Math.round(next() * 1000000) / 100,
  ];
  const cols = 6;
  const grid: number[][] = Array.from({ length: 23 }, () => Array<number>(7).fill(0));
  for (let r = 3; r <= 21; r++) for (let c = 0; c < cols; c++) grid[r - 1][c] = next() < 0.5 ? 0 : int(r <= 4 ? 40 : 6);
  for (let c = 0; c < cols; c++) {
    let results = 0;
    for (let r = 3; r <= 21; r++) results += grid[r - 1][c];
    grid[21][c] = results;
    grid[22][c] = int(4); // carried out
    grid[1][c] = Math.min(int(5), results + grid[22][c]); // carried in
    grid[0][c] = results + grid[22][c] - grid[1][c];
  }
  for (const row of grid) row[6] = row.slice(0, 6).reduce((a, b) => a + b, 0);
  report.requests = grid;
  const appeals: number[] = [];
  for (let g = 0; g < 3; g++) {
    const four = [int(5), int(3), int(2), int(2)];
    appeals.push(...four, four.reduce((a, b) => a + b, 0));
  }
  report.appeals = appeals;
  return report;
}
