import { isValidSheetName, planWorkbook, sheetNameFor } from "../../src/layout";
import { consistentReport } from "./report-fixtures";

describe("sheetNameFor", () => {
  it("joins agency and year", () => {
    expect(sheetNameFor("攀枝花市仁和区人民政府", 2024, [])).toBe("攀枝花市仁和区人民政府2024");
  });

  it("cuts a long agency to 31 units and keeps the year", () => {
    const name = sheetNameFor("中华人民共和国国家发展和改革委员会国家粮食和物资储备局某某省级管理局办公室", 2023, []);
    expect(name.length).toBe(31);
    expect(name.endsWith("2023")).toBe(true);
    expect(name.startsWith("中华人民共和国国家发展和改革委员会")).toBe(true);
  });

  it("replaces the characters Excel refuses with their full-width look-alikes", () => {
    expect(sheetNameFor("某局[办公室]:信息/公开\\科*?", 2022, [])).toBe("某局［办公室］：信息／公开＼科＊？2022");
  });

  it("never starts or ends with an apostrophe", () => {
    const name = sheetNameFor("'引号局'", null, []);
    expect(name).toBe("引号局");
    expect(isValidSheetName(name)).toBe(true);
  });

  it("numbers duplicates, ignoring case as Excel does, and stays within 31", () => {
    expect(sheetNameFor("某局", 2024, ["某局2024"])).toBe("某局2024 (2)");
    expect(sheetNameFor("abc", 2024, ["ABC2024", "abc2024 (2)"])).toBe("abc2024 (3)");
    const long = "一二三四五六七八九十一二三四五六七八九十一二三四五六七";
    const first = sheetNameFor(long, 2024, []);
    const second = sheetNameFor(long, 2024, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith("2024 (2)")).toBe(true);
  });

  it("names a report without agency, and avoids Excel's reserved History", () => {
    expect(sheetNameFor(null, 2024, [])).toBe("未识别机关2024");
    expect(sheetNameFor("History", null, [])).toBe("History (2)");
  });

  it("does not split a character outside the basic plane", () => {
    const name = sheetNameFor("𠀀".repeat(20), 2024, []);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe("𠀀".repeat(13) + "2024");
  });

  it("gives every report of a workbook its own sheet and key", () => {
    const plans = planWorkbook([consistentReport(), consistentReport()], { index: true }, { sheetNames: ["目录"], definedNames: [] });
    expect(plans.map((p) => p.name)).toEqual(["目录 (2)", "攀枝花市仁和区人民政府2024", "攀枝花市仁和区人民政府2024 (2)"]);
    const names = plans.flatMap((p) => p.names.map((n) => n.name));
    expect(new Set(names).size).toBe(names.length);
  });
});
