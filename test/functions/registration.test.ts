// Ids, Excel's errors and the Chinese metadata, against the metadata the build makes from the JSDoc.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { localizeFunctionsMetadata } from "../../src/functions/localization";
import { describeNamingProblem, functionNamingProblems, isValidFunctionName } from "../../src/functions/naming";

type Metadata = { functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[] };

let metadata: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(["src/functions/functions.ts"], true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
});

test("every id of the metadata has its function (the build associates them), and errors are Excel's own", () => {
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const associate = jest.fn();
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  g.CustomFunctions = { associate, Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  try {
    jest.isolateModules(() => {
      const mod = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
      // The metadata plugin appends the associate calls at build time (test/shell checks the bundle).
      expect(Object.keys(mod.FUNCTIONS_BY_ID).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
      expect(associate).not.toHaveBeenCalled();
      let err: unknown;
      try {
        mod.check([[1, 2]]);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ExcelError);
      expect((err as ExcelError).code).toBe("#VALUE!");
      expect((err as ExcelError).message).toMatch(/^区域为 1 行 × 2 列/);
    });
  } finally {
    delete g.CustomFunctions;
  }
});

test("ids are UPPERCASE and the verdict function is CHECK; every function and argument has an English description", () => {
  expect(metadata.functions.map((f) => f.id)).toEqual(["CHECK", "FINDINGS", "ROWDIFF", "COLDIFF", "BALANCE"]);
  for (const f of metadata.functions) {
    expect(f.name).toBe(f.id);
    expect(f.description).toMatch(/^[A-Z]/);
    expect(f.parameters.map((p) => p.name)).toEqual(["range"]);
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(10);
  }
});

test("the zh-cn metadata: Chinese names and descriptions, same ids and shapes", () => {
  const zh = localizeFunctionsMetadata(metadata, "zh-cn") as Metadata;
  expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  expect(zh.functions.map((f) => f.name)).toEqual(["校验表格", "校验明细", "行差额", "列差额", "平衡差额"]);
  const han = /[\u4e00-\u9fff]/;
  for (const f of zh.functions) {
    expect(f.description).toMatch(han);
    for (const p of f.parameters) {
      expect(p.name).toBe("区域");
      expect(p.description).toMatch(han);
    }
  }
  // Everything else is the English metadata's own (types, dimensionality, options).
  const strip = (m: Metadata) => m.functions.map(({ id, parameters, ...rest }) => ({ id, rest: { ...rest, name: 0, description: 0 }, p: parameters.map((p) => ({ ...p, name: 0, description: 0 })) }));
  expect(strip(zh)).toEqual(strip(metadata));
  expect(metadata.functions[0].name).toBe("CHECK"); // the input is not changed
});

test("every name in both metadata files is valid in Excel, and both files have the same ids", () => {
  const zh = localizeFunctionsMetadata(metadata, "zh-cn");
  expect(functionNamingProblems({ "functions.json": metadata, "functions.zh-cn.json": zh })).toEqual([]);
});

test("the naming check refuses what Excel refuses: 2 characters, a digit first, a cell address, a missing id", () => {
  expect(["校验", "9AB", "AB", "XFD100", "R1C1", "RUN", "行 差"].filter(isValidFunctionName)).toEqual([]);
  expect(["校验表格", "行差额", "CHECK", "ROW_DIFF", "XXGK.CHECK"].every(isValidFunctionName)).toBe(true);
  const zh = localizeFunctionsMetadata(metadata, "zh-cn") as Metadata;
  const broken = { ...zh, functions: [{ ...zh.functions[0], name: "校验" }, ...zh.functions.slice(2)] };
  const problems = functionNamingProblems({ "functions.json": metadata, "functions.zh-cn.json": broken }).map((p) => describeNamingProblem(p));
  expect(problems).toEqual([
    "functions.zh-cn.json：函数 CHECK 的名称“校验”不合 Excel 的要求（以字母开头，至少 3 个字符，只含字母、下划线和句点，且不能像单元格地址）。这样的函数在 Excel 中无法使用。",
    "functions.zh-cn.json 的函数 id 与 functions.json 不一致：functions.zh-cn.json 有 CHECK, ROWDIFF, COLDIFF, BALANCE，functions.json 有 CHECK, FINDINGS, ROWDIFF, COLDIFF, BALANCE。",
  ]);
});
