// Combining the 17 corpus reports: every figure of the combined sheet is its source's, every 汇总
// figure is a SUBTOTAL over its own column, and LibreOffice computes it to the sum of the truths.
import { checkTables } from "../../src/checks";
import { entryOf, sumFigures, tablesOf } from "../../src/combine";
import { writeCombinedXlsx } from "../../src/hosts/xlsx/combined";
import { columnLetters, parseRangeA1 } from "../../src/layout";
import { COMBINED_COLUMN, COMBINED_FIRST_ROW, figureColumn, planCombinedWorkbook, summaryFigureCells } from "../../src/layout/combined";
import { FIGURE_SLOTS, flattenFigures } from "../../src/model";
import { computeWithLibreOffice, corpusTruthReports } from "./helpers";

const reports = corpusTruthReports();
const book = planCombinedWorkbook(reports.map((r) => entryOf(r)));
const cellAt = (row: number, col: number) => book.combined.plan.cells.find((c) => c.row === row && c.col === col);
const SUM_RULES = ["row-total", "results-total", "balance", "appeal-total"];

describe("the combined sheet of the 17 corpus reports", () => {
  it("holds one row per report, and each of its 200 figures equals the truth", () => {
    expect(reports).toHaveLength(17);
    expect(book.rows).toHaveLength(17);
    for (const [i, row] of book.rows.entries()) {
      const truth = reports.find((r) => r.file === row.file)!;
      const figures = FIGURE_SLOTS.map((s) => {
        const c = cellAt(COMBINED_FIRST_ROW + i, figureColumn(s));
        return c?.content.kind === "number" ? c.content.value : null;
      });
      expect(figures).toEqual(flattenFigures(truth));
      expect(cellAt(COMBINED_FIRST_ROW + i, COMBINED_COLUMN.agency)?.content).toEqual({ kind: "text", text: truth.agency });
    }
  });

  it("heads each figure column with table · row · column", () => {
    const header = (row: number, col: number) => {
      const c = cellAt(row, col);
      return c?.content.kind === "text" ? c.content.text : undefined;
    };
    const slot = FIGURE_SLOTS.find((s) => s.table === "requests" && s.row === 4 && s.col === 7)!;
    expect(header(3, figureColumn(slot))).toBe("总计");
    // Row 2 is merged over the row's seven columns: the text stands in the first.
    expect(header(2, figureColumn(slot) - 6)).toBe("部分公开");
    expect(book.combined.plan.merges).toContainEqual({ top: 2, left: figureColumn(slot) - 6, bottom: 2, right: figureColumn(slot) });
    expect(header(1, COMBINED_COLUMN.firstFigure)).toBe("主动公开");
  });

  it("makes every 汇总 figure a SUBTOTAL of that figure's column over all report rows", () => {
    const cells = summaryFigureCells(book.summary);
    expect(cells).toHaveLength(200);
    const formulas = book.summary.cells.filter((c) => c.content.kind === "formula" && c.content.formula.startsWith("=SUBTOTAL"));
    const byPosition = new Map(formulas.map((c) => [`${c.row}:${c.col}`, (c.content as { formula: string }).formula]));
    const inOrder = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
    // The first figure of table 三 (row 1, 自然人) is slot 10.
    const requestsFirst = inOrder.find((c) => byPosition.get(`${c.row}:${c.col}`)!.includes(`$${columnLetters(figureColumn({ index: 10 }))}$`));
    expect(requestsFirst).toBeDefined();
    const last = COMBINED_FIRST_ROW + 16;
    expect(byPosition.get(`${requestsFirst!.row}:${requestsFirst!.col}`)).toBe(`=SUBTOTAL(9,'合并表'!$R$4:$R$${last})`);
    expect(book.summary.names).toEqual([]);
  });

  describe("computed by LibreOffice", () => {
    let sheets: Map<string, string[][]>;
    beforeAll(async () => {
      sheets = computeWithLibreOffice(await writeCombinedXlsx(book));
    }, 180_000);

    it("shows in every 汇总 figure the sum of the 17 truths", () => {
      const rows = sheets.get("汇总")!;
      const sums = sumFigures(reports.map((r) => entryOf(r)));
      // Interchange order of the 汇总 cells comes from the report layout's names (its own test);
      // here: the cell holding the formula over column X shows the sum of slot X.
      const shown = book.summary.cells
        .filter((c) => c.content.kind === "formula" && c.content.formula.startsWith("=SUBTOTAL"))
        .map((c) => {
          const range = (c.content as { formula: string }).formula.replace(/^.*!/, "").replace(/\)$/, "");
          const slot = parseRangeA1(range).left - COMBINED_COLUMN.firstFigure;
          return { slot, value: Number(rows[c.row - 1][c.col - 1]) };
        });
      expect(shown).toHaveLength(200);
      for (const { slot, value } of shown) expect(value).toBeCloseTo(sums[slot], 6);
      expect(sums[10]).toBeGreaterThan(0);
    });

    it("checks the 汇总 with its own formulas: as many mismatches as the engine finds in the summed tables", () => {
      const verdicts = sheets.get("汇总")!.filter((r) => r[0] === "本表核对结论（公式）").map((r) => r[3]);
      const summed = checkTables(tablesOf(sumFigures(reports.map((r) => entryOf(r))))).findings.filter((f) => f.status === "failed");
      expect(summed.map((f) => f.table)).toEqual(Array(6).fill("requests"));
      expect(verdicts).toEqual(["无问题", "有6处不符", "无问题"]);
    });

    it("counts each report's failed sum rules in its status column, as the check engine does", () => {
      const rows = sheets.get("合并表")!;
      for (const [i, row] of book.rows.entries()) {
        const findings = checkTables(reports.find((r) => r.file === row.file)!).findings;
        const failed = findings.filter((f) => f.status === "failed" && SUM_RULES.includes(f.rule)).length;
        expect(Number(rows[COMBINED_FIRST_ROW - 1 + i][COMBINED_COLUMN.failed - 1])).toBe(failed);
      }
      // Two corpus reports carry deliberate errors.
      expect(rows.slice(COMBINED_FIRST_ROW - 1).filter((r) => Number(r[COMBINED_COLUMN.failed - 1]) > 0).length).toBeGreaterThan(0);
    });

    it("links each finding to the combined cell it is about", () => {
      const rows = sheets.get("核对结果")!;
      expect(rows[0][0]).toBe(`核对结果（${book.findings.length}条）`);
      expect(book.findings.length).toBeGreaterThan(0);
      const first = book.findings[0];
      expect(rows[2][2]).toBe(first.cell);
      const link = book.findingsSheet.cells.find((c) => c.row === 3 && c.col === 3)!;
      expect(link.content).toEqual({ kind: "formula", formula: `=HYPERLINK("#'合并表'!${first.cell}","${first.cell}")` });
    });
  });
});
