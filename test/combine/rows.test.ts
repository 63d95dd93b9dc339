// The rows of the combined sheet and the pairs across years, without any sheet.
import { combineRows, entryOf, pairAcrossYears, sumFigures, type CombineEntry } from "../../src/combine";
import { consistentPair } from "../scan/workbooks";

const { previous, current } = consistentPair();
const entry = (over: Partial<CombineEntry>): CombineEntry => ({ ...entryOf(current), ...over });

describe("combineRows", () => {
  it("sorts by agency, year, source — the same rows in the same order whatever order they come in", () => {
    const a = entry({ agency: "乙局", year: 2024, file: "b.pdf" });
    const b = entry({ agency: "甲局", year: 2024, file: "a.pdf" });
    const c = entry({ agency: "甲局", year: 2023, file: "a.pdf" });
    const order = (rows: ReturnType<typeof combineRows>) => rows.map((r) => `${r.agency}${r.year}`);
    expect(order(combineRows([a, b, c]))).toEqual(order(combineRows([c, a, b])));
    expect(order(combineRows([a, b, c]))).toEqual(["甲局2023", "甲局2024", "乙局2024"]);
  });

  it("keeps a report of the last run that is gone, marked, and never merges two reports of one key", () => {
    const kept = entry({ agency: "丙局", year: 2024, file: "c.pdf" });
    const same = entry({ agency: "甲 局", year: 2024, file: "a.pdf" });
    const rows = combineRows([entry({ agency: "甲局", year: 2024, file: "a.pdf" }), same], [kept, entry({ agency: "甲局", year: 2024, file: "a.pdf" })]);
    expect(rows.map((r) => [r.agency, r.present, r.key])).toEqual([
      ["丙局", false, "丙局|2024|c.pdf"],
      ["甲 局", true, "甲局|2024|a.pdf"],
      ["甲局", true, "甲局|2024|a.pdf#2"],
    ]);
  });

  it("sums each figure over the rows as SUM would, a blank adding nothing", () => {
    const withBlank = entry({ figures: entryOf(current).figures.map((f, i) => (i === 0 ? null : f)) });
    const sums = sumFigures([entryOf(current), withBlank]);
    expect(sums[0]).toBe(current.active[0]!);
    expect(sums[9]).toBe(25);
  });
});

describe("pairAcrossYears", () => {
  it("pairs consecutive years of one agency written differently, and finds a broken carry-over", () => {
    const last = entryOf({ ...previous, agency: "攀枝花市 人民政府办公室" });
    const broken = structuredClone(current);
    broken.requests[1][0]! += 1;
    const pairs = pairAcrossYears([entryOf(broken), last]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].previous.year).toBe(2023);
    expect(pairs[0].findings.filter((f) => f.status === "failed").map((f) => [f.rule, f.col])).toEqual([["carry-over", 1]]);
  });
});
