// The strict stand-in itself (test/support/strict-excel): it must refuse what real Excel refuses,
// or the host tests that run on it prove nothing. Each rule here is one office-addin-mock lets pass.
import { MERGED_AREAS_LIMIT, StrictWorkbook } from "../support/strict-excel";

async function failure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error("expected Excel to refuse");
}

describe("the strict stand-in for Excel", () => {
  it("a property read before load and sync throws PropertyNotLoaded; after both it reads", async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    book.sheet("Sheet1").cell(1, 1).formula = 5;
    const context = book.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => range.values).toThrow(/not available.*call the load method/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    await context.sync();
    expect(range.values).toEqual([[5]]);
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
  });

  it("a request over 5 MB is refused whole: nothing of it is applied", async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    const context = book.context();
    const big = Array.from({ length: 1000 }, () => Array.from({ length: 100 }, () => "长文本".repeat(20)));
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:CV1000").formulas = big;
    const err = await failure(() => context.sync());
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.sheet("Sheet1").cells.size).toBe(0);
    expect(book.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("a response over 5 MB, or a read of more than 5 million cells, fails the sync", async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    const context = book.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z200000");
    range.load("values");
    expect((await failure(() => context.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
    const sheet = book.sheet("Sheet1");
    for (let r = 1; r <= 2000; r++) for (let c = 1; c <= 100; c++) sheet.cell(r, c).formula = "说明文字".repeat(4);
    const again = context.workbook.worksheets.getItem("Sheet1").getRange("A1:CV2000");
    again.load("values");
    expect((await failure(() => context.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => again.values).toThrow(/not available/);
  });

  it(`getMergedAreasOrNullObject fails above ${MERGED_AREAS_LIMIT} areas, and without ExcelApi 1.13`, async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    const sheet = book.sheet("Sheet1");
    for (let r = 1; r <= 513; r++) sheet.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    const context = book.context();
    const fewer = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B512").getMergedAreasOrNullObject();
    fewer.load("areaCount");
    await context.sync();
    expect(fewer.areaCount).toBe(512);
    const all = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B513").getMergedAreasOrNullObject();
    all.load("areaCount");
    expect((await failure(() => context.sync())).message).toMatch(/513 merged areas/);
    const old = new StrictWorkbook(["Sheet1"], {}, { excelApi: "1.12" });
    const ctx = old.context();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject().load("address");
    expect((await failure(() => ctx.sync())).code).toBe("ApiNotFound");
  });

  it("a name or sheet that exists is refused; so are sheet names over 31 characters or with []:*?/\\", async () => {
    const book = new StrictWorkbook(["Sheet1"], { XXGK_COMBINED: "=Sheet1!$A$1" });
    const context = book.context();
    context.workbook.names.add("xxgk_combined", "=Sheet1!$A$2");
    expect(await failure(() => context.sync())).toMatchObject({ code: "ItemAlreadyExists", message: "A resource with the same name or identifier already exists." });
    for (const name of ["sheet1", "x".repeat(32), "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", ""]) {
      context.workbook.worksheets.add(name);
      expect((await failure(() => context.sync())).code).toMatch(/ItemAlreadyExists|InvalidArgument/);
    }
    context.workbook.worksheets.add("x".repeat(31));
    await context.sync();
    expect(book.sheets).toHaveLength(2);
  });

  it("names of a deleted sheet read #REF!, names of a renamed one follow it", () => {
    const book = new StrictWorkbook(["报告 A", "报告 B"], { N1: "='报告 A'!$D$26:$J$50", N2: "='报告 B'!$A$1,'报告 B'!$C$3" });
    book.deleteSheet("报告 A");
    book.renameSheet("报告 B", "改名");
    expect(book.name("N1")?.formula).toBe("=#REF!$D$26:$J$50");
    expect(book.name("N2")?.formula).toBe("='改名'!$A$1,'改名'!$C$3");
  });

  it("a batch failing midway keeps what it already did, and brings back none of its loads", async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    const context = book.context();
    const wb = context.workbook;
    wb.worksheets.add("新表");
    const names = wb.names;
    names.load("items/name");
    wb.names.add("XXGK_COMBINED", "='新表'!$A$1");
    wb.names.add("XXGK_COMBINED", "='新表'!$A$2"); // refused: exists by now
    wb.worksheets.add("之后的表");
    expect((await failure(() => context.sync())).code).toBe("ItemAlreadyExists");
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "新表"]);
    expect(book.name("XXGK_COMBINED")?.formula).toBe("='新表'!$A$1");
    expect(() => names.items).toThrow(/not available/);
  });

  it("a protected sheet refuses changes to its cells and formats", async () => {
    const book = new StrictWorkbook(["Sheet1"]);
    book.protect("Sheet1");
    const context = book.context();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FFC7CE";
    expect((await failure(() => context.sync())).code).toBe("AccessDenied");
    expect(book.sheet("Sheet1").cells.size).toBe(0);
  });
});
