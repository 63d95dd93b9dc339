// Workbooks typed the way office staff type them, NOT by this add-in: the three tables at odd
// places, merged label cells or none, figures stored as text, blank rows and columns, two
// reports side by side. Built with exceljs; `npx tsx test/scan/workbooks.ts` writes the copies
// committed under test/fixtures/workbooks/ (named after the hazard they hold).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellA1 } from "../../src/layout";
import {
  ACTIVE_ITEMS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  BALANCE_NOTE,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  TABLES,
  appealIndex,
  type Report,
} from "../../src/model";
import { corpusTruthReports } from "../combine/helpers";

export interface TypedOptions {
  /** Group labels of table 三 and the headers in merged cells (else typed once, unmerged). */
  readonly merged: boolean;
  /** Every figure stored as text ("12"), as pasted from a web page. */
  readonly asText: boolean;
  /** A blank row after every table row, and a blank column between labels and figures. */
  readonly blanks: boolean;
  /** A title row naming agency and year above the tables. */
  readonly title: boolean;
  /** Table 四 under the figures of 三 rather than under its labels (so the blank column runs the sheet's full height). */
  readonly appealsUnderFigures?: boolean;
}

/** Figure index (interchange order) → A1 address where the figure was typed. */
export type Placed = Map<number, string>;

const FIGURE_INDEX = {
  active: (item: number) => item - 1,
  requests: (row: number, col: number) => 10 + (row - 1) * 7 + (col - 1),
  appeals: (group: number, col: number) => 185 + appealIndex(group, col),
};

export function typeReport(ws: ExcelJS.Worksheet, report: Report, top: number, labelsLeft: number, o: TypedOptions): Placed {
  let left = labelsLeft;
  const placed: Placed = new Map();
  let row = top;
  const step = () => (row += o.blanks ? 2 : 1);
  const put = (r: number, c: number, v: string | number) => (ws.getCell(r, c).value = v);
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (o.merged && (r2 > r1 || c2 > c1)) ws.mergeCells(r1, c1, r2, c2);
  };
  const figure = (r: number, c: number, index: number, value: number | null) => {
    if (value !== null) put(r, c, o.asText ? String(value) : value);
    placed.set(index, cellA1(r, c));
  };
  const F = left + 3 + (o.blanks ? 1 : 0);

  if (o.title) {
    put(row, left, `${report.agency}${report.year}年政府信息公开工作年度报告`);
    row += 3;
  }
  // Table 二
  put(row, left, TABLES[0].title);
  step();
  const articles = [...new Set(ACTIVE_ITEMS.map((i) => i.article))];
  for (const article of articles) {
    put(row, left, article);
    merge(row, left, row, F + 2);
    step();
    const items = ACTIVE_ITEMS.filter((i) => i.article === article);
    const columns = [...new Set(items.map((i) => i.column))];
    put(row, left, "信息内容");
    columns.forEach((c, k) => put(row, F + k, c));
    step();
    for (const label of [...new Set(items.map((i) => i.label))]) {
      put(row, left, label);
      merge(row, left, row, left + 2);
      for (const it of items.filter((i) => i.label === label)) figure(row, F + columns.indexOf(it.column), FIGURE_INDEX.active(it.item), report.active[it.item - 1]);
      step();
    }
  }
  row += 1;
  // Table 三
  put(row, left, TABLES[1].title);
  step();
  put(row, left, `（${BALANCE_NOTE}）`);
  merge(row, left, row + 2, left + 2);
  put(row, F, "申请人情况");
  merge(row, F, row, F + 6);
  put(row + 1, F, "自然人");
  merge(row + 1, F, row + 2, F);
  put(row + 1, F + 1, "法人或其他组织");
  merge(row + 1, F + 1, row + 1, F + 5);
  put(row + 1, F + 6, "总计");
  merge(row + 1, F + 6, row + 2, F + 6);
  REQUEST_COLUMNS.filter((c) => c.group).forEach((c) => put(row + 2, F + c.col - 1, c.label));
  row += 3;
  if (o.blanks) row++;
  const firstOfGroup = new Map<string, number>();
  for (const r of REQUEST_ROWS) {
    const [outer, inner] = r.groups;
    const labelCol = inner ? left + 2 : outer ? left + 1 : left;
    put(row, labelCol, r.label);
    if (labelCol < left + 2) merge(row, labelCol, row, left + 2);
    r.groups.forEach((g, depth) => {
      if (!firstOfGroup.has(g)) {
        firstOfGroup.set(g, row);
        put(row, left + depth, g);
      }
    });
    for (const c of REQUEST_COLUMNS) figure(row, F + c.col - 1, FIGURE_INDEX.requests(r.row, c.col), report.requests[r.row - 1][c.col - 1]);
    for (const [g, first] of firstOfGroup) {
      const ends = REQUEST_ROWS.filter((x) => x.groups.includes(g)).at(-1)!.row === r.row;
      if (ends) merge(first, left + r.groups.indexOf(g), row, left + r.groups.indexOf(g));
    }
    step();
  }
  row += 1;
  // Table 四: no label columns; groups over two header rows, then the row of fifteen figures.
  if (o.appealsUnderFigures) left = F;
  put(row, left, TABLES[2].title);
  step();
  const h = row;
  APPEAL_GROUPS.forEach((g) => {
    const c0 = left + (g.group - 1) * 5;
    if (g.parent === null) {
      put(h, c0, g.label);
      merge(h, c0, h, c0 + 4);
      APPEAL_COLUMNS.forEach((c) => {
        put(h + 1, c0 + c.col - 1, c.label);
        merge(h + 1, c0 + c.col - 1, h + 2, c0 + c.col - 1);
      });
    } else {
      if (g.group === 2) {
        put(h, c0, g.parent);
        merge(h, c0, h, c0 + 9);
      }
      put(h + 1, c0, g.label);
      merge(h + 1, c0, h + 1, c0 + 4);
      APPEAL_COLUMNS.forEach((c) => put(h + 2, c0 + c.col - 1, c.label));
    }
  });
  row = h + 3 + (o.blanks ? 1 : 0);
  for (const g of APPEAL_GROUPS)
    for (const c of APPEAL_COLUMNS) figure(row, left + appealIndex(g.group, c.col), FIGURE_INDEX.appeals(g.group, c.col), report.appeals[appealIndex(g.group, c.col)]);
  return placed;
}

/** A consistent corpus report (seed 001) and its previous year, carried over exactly. */
export function consistentPair(): { previous: Report; current: Report } {
  const current = structuredClone(corpusTruthReports().find((r) => r.file?.startsWith("001_"))!);
  // Seed 001 has zeros for items 7–10: figures there show that each lands in its own cell.
  current.active.splice(6, 4, 120, 30, 2, 12.5);
  const previous = structuredClone(current);
  previous.year = current.year! - 1;
  previous.requests[24] = [...current.requests[1]];
  previous.requests[0] = previous.requests[0].map((_, c) => previous.requests[23][c]! + previous.requests[24][c]! - previous.requests[1][c]!);
  for (const [inForce, issued, repealed] of [[2, 0, 1], [5, 3, 4]]) previous.active[inForce] = current.active[inForce]! - current.active[issued]! + current.active[repealed]!;
  return { previous, current };
}

export interface Fixture {
  readonly name: string;
  readonly build: () => { wb: ExcelJS.Workbook; placed: Placed[] };
}

const official: TypedOptions = { merged: true, asText: false, blanks: false, title: true };

export const FIXTURES: Record<string, Fixture["build"]> = {
  /** Tables from C7 on a sheet with notes above; table 三 row 4's 总计 is one too many. */
  "odd-position-one-wrong-total": () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("填报表");
    ws.getCell("A1").value = "请各单位于1月20日前报送";
    const report = consistentPair().current;
    report.requests[3][6] = report.requests[3][6]! + 1;
    return { wb, placed: [typeReport(ws, report, 4, 3, official)] };
  },
  /** Every figure a text cell, every label typed once with no merges at all. */
  "figures-as-text-no-merges": () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    return { wb, placed: [typeReport(ws, consistentPair().current, 2, 2, { merged: false, asText: true, blanks: false, title: true })] };
  },
  /** A blank row after every row and a blank column between labels and figures, labels merged. */
  "extra-blank-rows-and-columns": () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2024年报");
    return { wb, placed: [typeReport(ws, consistentPair().current, 3, 2, { merged: true, asText: false, blanks: true, title: true })] };
  },
  /** A blank column between the labels and the figures from top to bottom, and no title. */
  "blank-column-between-labels-and-figures": () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("市政府办公室2024");
    return { wb, placed: [typeReport(ws, consistentPair().current, 1, 1, { merged: true, asText: false, blanks: true, title: false, appealsUnderFigures: true })] };
  },
  /** Two years of one agency side by side, two blank columns apart. */
  "two-reports-side-by-side": () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("两年对比");
    const { previous, current } = consistentPair();
    return { wb, placed: [typeReport(ws, previous, 2, 1, official), typeReport(ws, current, 2, 18, official)] };
  },
};

export const FIXTURE_DIR = join(__dirname, "../fixtures/workbooks");

if (require.main === module) {
  void (async () => {
    for (const [name, build] of Object.entries(FIXTURES)) {
      const { wb } = build();
      writeFileSync(join(FIXTURE_DIR, `${name}.xlsx`), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      console.log(`wrote ${name}.xlsx`);
    }
  })();
}
