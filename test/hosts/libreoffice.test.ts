// The .xlsx checks itself without the add-in: LibreOffice (as WPS or Excel would) computes the
// plain check formulas. Needs `soffice` (libreoffice-calc-nogui, in .ci/apt-packages).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planWorkbook } from "../../src/layout";
import { writeXlsx } from "../../src/hosts/xlsx";
import { REQUEST_ROWS } from "../../src/model";
import { brokenTotalReport, consistentReport, reportFromTruth } from "../layout/report-fixtures";
import { parseCsv } from "../support/csv";
import { recalculatingProfile } from "../support/libreoffice";

/** Corpus reports whose truth lists the findings a correct checker returns. */
const WITH_FINDINGS = ["balance-broken-cols-3-7", "row-and-column-total-broken"].map((name) => {
  const file = join(__dirname, "../fixtures/layout", `${name}.truth.json`);
  const findings: { rule: string; row?: number; col?: number; group?: number }[] = JSON.parse(readFileSync(file, "utf8")).expected_findings;
  return { report: reportFromTruth(file), findings };
});


/** Two figures the importer could not read (they must not pass as zeros), and two halves in table 四 that keep its sum. */
function unreadableReport() {
  const r = consistentReport();
  r.agency = "有未读数的机关";
  r.requests[0][0] = null;
  r.active[2] = null;
  r.appeals.splice(5, 2, 0.5, 0.5);
  return r;
}

let dir: string;
let sheets: Map<string, string[][]>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xxgk-lo-"));
  writeFileSync(join(dir, "reports.xlsx"), await writeXlsx(planWorkbook([consistentReport(), brokenTotalReport(), unreadableReport(), ...WITH_FINDINGS.map((w) => w.report)], { index: true })));
  // Own profile directory: other soffice processes on the machine must not collide with this one.
  execFileSync(
    "soffice",
    [
      recalculatingProfile(dir),
      "--headless",
      "--convert-to",
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      "--outdir",
      dir,
      join(dir, "reports.xlsx"),
    ],
    { stdio: "pipe", timeout: 170_000 },
  );
  sheets = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => [f.replace(/^reports-|\.csv$/g, ""), parseCsv(readFileSync(join(dir, f), "utf8"))]),
  );
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowWith = (rows: string[][], label: string) => rows.find((r) => r.includes(label))!;
const verdicts = (rows: string[][]) => rows.filter((r) => r[0] === "本表核对结论（公式）").map((r) => r[3]);
const CHECK = 10; // column K
const TOTAL = 9; // column J

describe("the .xlsx opened in LibreOffice", () => {
  it("exports the index and one sheet per report", () => {
    expect(sheets.size).toBe(6);
    expect(sheets.has("目录")).toBe(true);
  });

  it("finds no problem in a consistent report", () => {
    const rows = sheets.get("攀枝花市仁和区人民政府2024")!;
    expect(verdicts(rows)).toEqual(["无问题", "无问题", "无问题"]);
    for (const r of REQUEST_ROWS) expect([r.row, rowWith(rows, r.label)[CHECK]]).toEqual([r.row, "0"]);
  });

  it("shows the broken 总计 of row 4 in its row difference, its column difference and the verdict", () => {
    const rows = sheets.get("总计有误的机关2024")!;
    expect(rowWith(rows, REQUEST_ROWS[3].label)[CHECK]).toBe("1");
    const colDiff = rows.find((r) => r[0].startsWith("列差"))!;
    expect(colDiff.slice(3, 10)).toEqual(["0", "0", "0", "0", "0", "0", "-1"]);
    const balance = rows.find((r) => r[0].startsWith("勾稽差"))!;
    expect(balance.slice(3, 10)).toEqual(["0", "0", "0", "0", "0", "0", "0"]);
    expect(rowWith(rows, REQUEST_ROWS[0].label)[TOTAL]).toBe("17");
    expect(verdicts(rows)).toEqual(["无问题", "有2处不符", "无问题"]);
  });

  it("reads each report's verdicts into the index through the defined names", () => {
    const rows = sheets.get("目录")!;
    expect(rows.slice(2).map((r) => r.slice(4))).toEqual([
      ["攀枝花市仁和区人民政府2024", "无问题", "无问题", "无问题"],
      ["总计有误的机关2024", "无问题", "有2处不符", "无问题"],
      ["有未读数的机关2024", "有1处无法核对", "有2处无法核对", "有1处不符"],
      ["吉林市章贡区住房和城乡建设局2025", "无问题", "有2处不符", "无问题"],
      ["温州市发展和改革委员会2024", "无问题", "有2处不符", "无问题"],
    ]);
  });

  it("reports an unreadable figure as not checkable, never as a pass", () => {
    const rows = sheets.get("有未读数的机关2024")!;
    const first = rowWith(rows, REQUEST_ROWS[0].label);
    expect([first[3], first[CHECK]]).toEqual(["", "无法核对"]);
    expect(rows.find((r) => r[0].startsWith("勾稽差"))!.slice(3, 5)).toEqual(["无法核对", "0"]);
    expect(verdicts(rows)).toEqual(["有1处无法核对", "有2处无法核对", "有1处不符"]);
  });

  it("counts figures that are not whole numbers", () => {
    const rows = sheets.get("有未读数的机关2024")!;
    expect(rows.filter((r) => r[0].startsWith("整数核对")).map((r) => r[3])).toEqual(["0", "2"]);
  });

  it("flags exactly the cells of the findings the corpus truth expects", () => {
    for (const { report, findings } of WITH_FINDINGS) {
      const rows = sheets.get(`${report.agency}${report.year}`)!;
      const flagged: string[] = [];
      for (const r of REQUEST_ROWS) if (rowWith(rows, r.label)[CHECK] !== "0") flagged.push(`row-total ${r.row} 7`);
      const colDiff = rows.find((r) => r[0].startsWith("列差"))!;
      const balance = rows.find((r) => r[0].startsWith("勾稽差"))!;
      for (let col = 1; col <= 7; col++) {
        if (colDiff[2 + col] !== "0") flagged.push(`results-total 24 ${col}`);
        if (balance[2 + col] !== "0") flagged.push(`balance ${col}`);
      }
      const expected = findings.map((f) => (f.rule === "balance" ? `balance ${f.col}` : `${f.rule} ${f.row} ${f.col}`));
      expect([report.agency, flagged.sort()]).toEqual([report.agency, expected.sort()]);
    }
  });
});
