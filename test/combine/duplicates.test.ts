// One report counted once: findDuplicateReports groups inputs of one agency and year.
import { entryOf, findDuplicateReports, inputName, keepFirstOfDuplicates, type CombineEntry } from "../../src/combine";
import { consistentPair } from "../scan/workbooks";

const { previous, current } = consistentPair();
const entry = (over: Partial<CombineEntry>): CombineEntry => ({ ...entryOf(current), ...over });

describe("findDuplicateReports", () => {
  it("groups one agency's one year however the name is spaced, in input order, and tells copies from versions", () => {
    const a = entry({ agency: "甲局", year: 2024, file: "a.pdf" });
    const b = entry({ agency: "乙局", year: 2024, file: "b.pdf" });
    const a2 = entry({ agency: "甲 局", year: 2024, file: "copy of a.pdf" });
    const a3 = entry({ agency: "甲局", year: 2024, file: "汇总工作簿.xlsx", sheet: "甲局2024" });
    const a2023 = entry({ ...entryOf(previous), agency: "甲局", year: 2023, file: "a2023.pdf" });
    const groups = findDuplicateReports([a, b, a2, a2023, a3], (e) => e.figures);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ agency: "甲局", year: 2024, indexes: [0, 2, 4], identical: true });
    expect(groups[0].entries.map((e) => inputName(e))).toEqual(["a.pdf", "copy of a.pdf", "汇总工作簿.xlsx（工作表“甲局2024”）"]);
    const changed = entry({ agency: "甲局", year: 2024, file: "v2.pdf", figures: a.figures.map((f, i) => (i === 0 ? 99 : f)) });
    expect(findDuplicateReports([a, changed], (e) => e.figures)[0].identical).toBe(false);
  });

  it("never takes inputs without agency or year for one report", () => {
    const none = entry({ agency: null, year: 2024 });
    const noYear = entry({ agency: "甲局", year: null });
    expect(findDuplicateReports([none, none, noYear, noYear])).toEqual([]);
  });

  it("keeps the first of each group", () => {
    const a = entry({ agency: "甲局", year: 2024, file: "a.pdf" });
    const b = entry({ agency: "乙局", year: 2024, file: "b.pdf" });
    const a2 = entry({ agency: "甲局", year: 2024, file: "a2.pdf" });
    const { kept, dropped } = keepFirstOfDuplicates([a, b, a2]);
    expect(kept).toEqual([a, b]);
    expect(dropped).toEqual([a2]);
  });
});
