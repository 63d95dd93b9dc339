// Inputs built to explode the searches (bench/adversarial.ts, also the parse bench's worst case):
// an answer in bounded time, the affected cells null and said, never a hang and never a guess.
import { ADVERSARIAL, longDigitRun, runTogetherLongDigits, shortRowsEverywhere, thousandRows } from "../../../bench/adversarial";
import { importText } from "../../../src/importers/text";
import { SOLVE_LIMIT } from "../../../src/importers/solve";
import { SPLIT_LIMIT } from "../../../src/importers/solve/splits";
import type { Report } from "../../../src/model";

function timed(text: string): { report: Report; ms: number } {
  const started = Date.now();
  const r = importText(text);
  const ms = Date.now() - started;
  if (!r.ok || r.report.format !== "2021") throw new Error("not read");
  return { report: r.report, ms };
}

describe("adversarial input: bounded, and null where it cannot be read", () => {
  it("states its limits", () => {
    expect(SOLVE_LIMIT).toBe(100_000);
    expect(SPLIT_LIMIT).toBe(20_000);
  });

  it.each(ADVERSARIAL.map((a) => [a.name, a.text] as const))("%s: answers within a second", (_, text) => {
    const { ms } = timed(text());
    expect(ms).toBeLessThan(1000);
  });

  it("run-together rows of 40 digits: table 三's cells null, each row said", () => {
    const { report } = timed(runTogetherLongDigits(40));
    expect(report.requests.flat().every((v) => v === null)).toBe(true);
    const rows = new Set(report.diagnostics!.filter((d) => d.table === "requests" && d.row !== undefined).map((d) => d.row));
    expect(rows.size).toBe(25);
  });

  it("a run of 5,000 digits in a row: that row null and said, never 0; the other rows read", () => {
    const { report } = timed(longDigitRun());
    expect(report.requests[0]).toEqual(Array(7).fill(null));
    expect(report.diagnostics!.some((d) => d.table === "requests" && d.row === 1)).toBe(true);
    expect(report.requests[1]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("every row short with its blanks lost: only what every placement gives (the totals), the rest null and said", () => {
    const { report } = timed(shortRowsEverywhere());
    for (const row of report.requests) expect(row.slice(0, 6).every((v) => v === null)).toBe(true);
    expect(report.diagnostics!.filter((d) => d.table === "requests" && d.row !== undefined).length).toBeGreaterThanOrEqual(25);
  });

  it("a thousand rows under table 三: nothing placed, said", () => {
    const { report } = timed(thousandRows());
    expect(report.requests.flat().every((v) => v === null)).toBe(true);
    expect(report.diagnostics!.some((d) => d.table === "requests")).toBe(true);
  });
});
