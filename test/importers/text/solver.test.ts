// The table solver (src/importers/solve): readers propose every reading the text leaves open, the
// solver keeps a figure only where every reading that keeps the table's rules agrees.
import { type Choice, SOLVE_LIMIT, solve, sumRule } from "../../../src/importers/solve";
import { APPEALS, REQUESTS_2019, REQUESTS_2021, gridCell, requestsSpec } from "../../../src/importers/solve/specs";

const row = (r: number) => [0, 1, 2, 3, 4, 5, 6].map((c) => gridCell(r, c + 1));
const fixed = (r: number, values: number[]): Choice => ({ cells: row(r), options: [values] });

/** A 2021 table 三 whose rows are all fixed zeros except those given. */
function table(rows: Record<number, Choice>): Choice[] {
  return Array.from({ length: 25 }, (_, i) => rows[i + 1] ?? fixed(i + 1, [0, 0, 0, 0, 0, 0, 0]));
}

describe("solver", () => {
  it("states the 2021 and 2019 table 三 as specs of rules", () => {
    expect(REQUESTS_2021.size).toBe(175);
    expect(REQUESTS_2021.rules.filter((r) => r.id === "row-total")).toHaveLength(25);
    expect(REQUESTS_2021.rules.filter((r) => r.id === "results-total")).toHaveLength(7);
    expect(REQUESTS_2021.rules.filter((r) => r.id === "balance")).toHaveLength(7);
    expect(REQUESTS_2019.size).toBe(161);
    // 2019: row 22 = rows 3–21.
    const results = REQUESTS_2019.rules.find((r) => r.id === "results-total")!;
    expect(results.terms.find((t) => t.coef === -1)!.cell).toBe(gridCell(22, 1));
    expect(results.terms.filter((t) => t.coef === 1).map((t) => t.cell)).toEqual(Array.from({ length: 19 }, (_, i) => gridCell(i + 3, 1)));
    expect(requestsSpec({ rows: 23, resultsFirst: 3, resultsLast: 21, totalRow: 22, carriedOutRow: 23 }).rules).toHaveLength(23 + 14);
  });

  it("chooses the split of a run-together row that its own total keeps", () => {
    // `190000019`: 19 0 0 0 0 0 19 or 1 90 0 0 0 0 19 …; only the first keeps 19 = Σ.
    const s = solve(REQUESTS_2021, table({ 1: { cells: row(1), options: [[19, 0, 0, 0, 0, 0, 19], [1, 90, 0, 0, 0, 0, 19], [1, 9, 0, 0, 0, 0, 0]] } }));
    expect(row(1).map((c) => s.cells[c].value)).toEqual([19, 0, 0, 0, 0, 0, 19]);
    expect(s.choices[0].status).toBe("fixed");
  });

  it("lets the column rules choose among readings a row's total leaves open", () => {
    // Row 1 357 33 4 10 17 18 439 printed as 4 10 17 357 33 18 439: both keep 439; balance (row 24 and row 2) picks.
    const truth = [357, 33, 4, 10, 17, 18, 439];
    const s = solve(
      REQUESTS_2021,
      table({
        1: { cells: row(1), options: [[4, 10, 17, 357, 33, 18, 439], truth] },
        3: fixed(3, truth),
        24: fixed(24, truth),
      }),
    );
    expect(row(1).map((c) => s.cells[c].value)).toEqual(truth);
    expect(s.choices[0].status).toBe("settled");
  });

  it("leaves open what two readings keeping every rule differ in, naming the candidates", () => {
    const s = solve(APPEALS, [{ cells: [0, 1, 2, 3, 4], options: [[1, 0, 0, 0, 1], [0, 1, 0, 0, 1]] }, { cells: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14], options: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]] }]);
    expect([0, 1, 2, 3, 4].map((c) => s.cells[c].value)).toEqual([null, null, 0, 0, 1]);
    expect(s.cells[0].candidates).toEqual([1, 0]);
    expect(s.cells[0].status).toBe("open");
  });

  it("takes a row the text fixes as printed though its total is wrong, and the rule then chooses nothing", () => {
    const s = solve(REQUESTS_2021, table({ 4: fixed(4, [8, 1, 0, 0, 0, 0, 8]) }));
    expect(row(4).map((c) => s.cells[c].value)).toEqual([8, 1, 0, 0, 0, 0, 8]);
    expect(s.brokenRules.map((r) => r.id)).toContain("row-total");
  });

  it("leaves null the open cells of a row none of whose readings keeps its total, and reads no other rule through them", () => {
    // ptzrz2023 row 24, `191000019`: no split keeps its total (the report's own stray 1).
    const splits = [
      [19, 1, 0, 0, 0, 0, 19],
      [1, 91, 0, 0, 0, 0, 19],
      [191, 0, 0, 0, 0, 1, 9],
    ];
    const s = solve(REQUESTS_2021, table({ 3: fixed(3, [19, 1, 0, 0, 0, 0, 19]), 24: { cells: row(24), options: splits } }));
    expect(row(24).map((c) => s.cells[c].value)).toEqual([null, null, 0, 0, 0, null, null]);
    expect(s.cells[gridCell(24, 1)].status).toBe("own-rule-fails");
  });

  it("gives up past its stated limit: cells that depend on the search are null and said", () => {
    // Rows 3–23 each 1 in 自然人 or in 商业企业; row 24 says 10 and 11: C(21, 10) readings keep every rule.
    const open = (r: number): Choice => ({ cells: row(r), options: [[1, 0, 0, 0, 0, 0, 1], [0, 1, 0, 0, 0, 0, 1]] });
    const rows: Record<number, Choice> = { 24: fixed(24, [10, 11, 0, 0, 0, 0, 21]), 1: fixed(1, [10, 11, 0, 0, 0, 0, 21]) };
    for (let r = 3; r <= 23; r++) rows[r] = open(r);
    const started = Date.now();
    const s = solve(REQUESTS_2021, table(rows), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s.limited).toBe(true);
    expect(row(3).map((c) => s.cells[c].value)).toEqual([null, null, 0, 0, 0, 0, 1]);
    expect(s.cells[gridCell(3, 1)].status).toBe("limit");
    expect(row(24).map((c) => s.cells[c].value)).toEqual([10, 11, 0, 0, 0, 0, 21]);
    expect(SOLVE_LIMIT).toBeGreaterThan(1000);
  });
});
