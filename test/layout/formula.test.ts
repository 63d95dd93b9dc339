// The evaluator behind stored results: Excel's rules for the cases our sheets write (blank cells,
// text in sums, COUNTIF criteria, errors), and one parse shared by the rows of a column.
import { evaluateFormula, type Scalar } from "../../src/layout";

const grid: Record<string, Scalar> = { A1: 1, B1: 2, C1: null, D1: "无法核对", A2: 3, B2: 4, C2: -1, D2: 0.5 };
const col = (letters: string) => letters.charCodeAt(0) - 64;
const ctx = (at?: { row: number; col: number }) => ({
  sheet: "S",
  at,
  value: (_sheet: string, row: number, c: number) => grid[`${String.fromCharCode(64 + c)}${row}`] ?? null,
  name: (n: string) => (n === "XXGK_K_total" ? [{ sheet: "S", rect: { top: 1, left: 1, bottom: 1, right: 2 } }] : undefined),
});
const ev = (formula: string, at?: { row: number; col: number }) => evaluateFormula(formula, ctx(at));

test("sums skip blanks and text in ranges; arithmetic on text is #VALUE!", () => {
  expect(ev("=SUM(A1:D1)")).toBe(3);
  expect(ev("=A1+C1")).toBe(1);
  expect(ev("=A1+D1")).toEqual({ error: "#VALUE!" });
  expect(ev('=IFERROR(A1+D1,"x")')).toBe("x");
  expect(ev("=SUM(XXGK_K_total)")).toBe(3);
  expect(ev("=C1")).toBe(0); // an empty cell shows 0
});

test("comparisons and counts as Excel makes them", () => {
  expect([ev('=C1=""'), ev("=C1=0"), ev('=A1<>""'), ev('=D1="无法核对"')]).toEqual([true, true, true, true]);
  expect([ev("=COUNT(A1:D2)"), ev("=COUNTBLANK(A1:D2)"), ev('=COUNTIF(A1:D2,">0")'), ev('=COUNTIF(A1:D2,"<0")'), ev('=COUNTIF(A1:D2,"无法核对")')]).toEqual([6, 1, 5, 1, 1]);
  expect(ev("=SUMPRODUCT(--(((A2:D2<0)+(A2:D2<>INT(A2:D2)))>0))")).toBe(2);
  expect(ev('=IF(AND(A1=1,OR(B1=5,B1=2)),"是"&A1,"否")')).toBe("是1");
  expect(ev('=HYPERLINK("#\'S\'!A1","A1")')).toBe("A1");
});

test("an unknown function gives no result rather than a guess", () => {
  expect(ev("=TEXTJOIN(\",\",TRUE,A1:B1)")).toBeUndefined();
});

test("formulas of one shape on other rows reuse the parse, relative references moved and absolute ones kept", () => {
  expect(ev("=A1+B1+$A$2", { row: 1, col: col("E") })).toBe(6);
  expect(ev("=A2+B2+$A$2", { row: 2, col: col("E") })).toBe(10);
  expect(ev("=SUM(A2:B2)*'S'!$A$1", { row: 2, col: col("E") })).toBe(7);
  expect(ev("=SUM(A1:B1)*'S'!$A$1", { row: 1, col: col("E") })).toBe(3);
});
