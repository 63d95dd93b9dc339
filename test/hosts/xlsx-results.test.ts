// Stored results: every formula cell of the workbooks we write carries its value (readers that
// never calculate show the verdicts), and that value is what LibreOffice computes on recalculation.
import type ExcelJS from "exceljs";
import { entryOf } from "../../src/combine";
import { writeXlsx } from "../../src/hosts/xlsx";
import { writeCombinedXlsx } from "../../src/hosts/xlsx/combined";
import { planWorkbook } from "../../src/layout";
import { planCombinedWorkbook } from "../../src/layout/combined";
import { computeWithLibreOffice, corpusTruthReports } from "../combine/helpers";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";
import { loadWorkbook } from "./xlsx-reader";

function unreadableReport() {
  const r = consistentReport();
  r.agency = "有未读数的机关";
  r.requests[0][0] = null;
  r.active[2] = null;
  return r;
}

interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly result: unknown;
}

function formulaCells(wb: ExcelJS.Workbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Cells inside a merge repeat the master's value in exceljs: only the master holds it.
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value as { formula?: string } | null;
        // cell.result, not cell.value.result: exceljs's value drops a result of 0, false or "".
        if (v && typeof v === "object" && "formula" in v && v.formula)
          out.push({ sheet: ws.name, address: cell.address, row: Number(cell.row), col: Number(cell.col), formula: v.formula, result: cell.result });
      }),
    ),
  );
  return out;
}

/** The stored result as LibreOffice's CSV (cells as shown) prints it. */
function shown(result: unknown): string {
  if (typeof result === "boolean") return result ? "TRUE" : "FALSE";
  if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: string }).error);
  return String(result);
}

function expectAgreement(cells: readonly FormulaCell[], computed: Map<string, string[][]>) {
  let compared = 0;
  const differ: string[] = [];
  for (const c of cells) {
    const lo = computed.get(c.sheet)?.[c.row - 1]?.[c.col - 1] ?? "";
    const ours = shown(c.result);
    const same = typeof c.result === "number" ? Math.abs(Number(lo) - c.result) < 1e-9 : lo === ours;
    if (!same) differ.push(`${c.sheet}!${c.address} ${c.formula.slice(0, 60)}: stored ${ours}, LibreOffice ${lo}`);
    compared++;
  }
  expect(differ).toEqual([]);
  return compared;
}

const reports = [consistentReport(), brokenTotalReport(), unreadableReport()];

describe("a workbook of report sheets (parse --xlsx, the pane's download)", () => {
  let bytes: Uint8Array;
  let cells: FormulaCell[];
  beforeAll(async () => {
    bytes = await writeXlsx(planWorkbook(reports, { index: true }));
    cells = formulaCells(await loadWorkbook(bytes));
  });

  it("stores a result with every formula cell", () => {
    expect(cells.length).toBeGreaterThan(150);
    expect(cells.filter((c) => c.result === undefined).map((c) => `${c.sheet}!${c.address}`)).toEqual([]);
  });

  it("stores the verdicts a reader shows without calculating", () => {
    const index = cells.filter((c) => c.sheet === "目录" && c.col >= 6).map((c) => c.result);
    expect(index).toEqual(["无问题", "无问题", "无问题", "无问题", "有2处不符", "无问题", "有1处无法核对", "有2处无法核对", "无问题"]);
  });

  it("stores what LibreOffice computes, cell for cell", () => {
    expect(expectAgreement(cells, computeWithLibreOffice(bytes))).toBe(cells.length);
  }, 180_000);
});

describe("a combined workbook (xxgk combine, the pane's 下载汇总工作簿)", () => {
  let bytes: Uint8Array;
  let cells: FormulaCell[];
  beforeAll(async () => {
    const all = [...corpusTruthReports().slice(0, 5), ...reports];
    const book = planCombinedWorkbook(all.map((r) => entryOf(r)), [], {}, { withRows: false });
    bytes = await writeCombinedXlsx(book, { reportSheets: planWorkbook(all, { index: false }) });
    cells = formulaCells(await loadWorkbook(bytes));
  });

  it("stores a result with every formula cell, on every sheet", () => {
    const sheets = new Set(cells.map((c) => c.sheet));
    expect([...sheets].slice(0, 3)).toEqual(["合并表", "汇总", "核对结果"]);
    expect(sheets.size).toBe(3 + 8);
    expect(cells.filter((c) => c.result === undefined).map((c) => `${c.sheet}!${c.address}`)).toEqual([]);
  });

  it("stores what LibreOffice computes, cell for cell", () => {
    expect(expectAgreement(cells, computeWithLibreOffice(bytes))).toBe(cells.length);
  }, 180_000);
});

test("the LibreOffice these tests compare with computes for itself, not from stored results", async () => {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = 2;
  ws.getCell("B1").value = { formula: "A1+1", result: 99 } as never;
  const computed = computeWithLibreOffice(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(computed.get("S")![0]).toEqual(["2", "3"]);
}, 180_000);
