// Table 四 (复议诉讼): fifteen figures after a header of many lines. Every shape of text that keeps
// the table's order prints all its figures together after the header; figures split up by header
// words are PDF text read column by column, whose order cannot be trusted.
import { APPEAL_COLUMN_COUNT, APPEAL_COUNT, APPEAL_GROUPS, APPEAL_TOTAL_COL, appealIndex, type Diagnostic } from "../../model";
import { diagnostic, figuresText, tableParams } from "./diagnostics";
import { BLANK, type Cell, type Reading, type RowItems, cellOf, placements, sumHolds } from "./placement";
import { solve } from "../solve";
import { APPEALS } from "../solve/specs";
import type { TableRead } from "./requests";
import { readAppealRows } from "./appealRows";
import { headerLine, pickByLayout } from "./layout";
import { collectRuns, figureCount, runValues } from "./runs";
import type { Token } from "./tokens";

function groupsHold(reading: Reading): boolean {
  return APPEAL_GROUPS.every((g) => {
    const parts = [1, 2, 3, 4].map((c) => appealIndex(g.group, c));
    return sumHolds(reading, parts, appealIndex(g.group, APPEAL_TOTAL_COL));
  });
}

/**
 * Placements of fewer than 15 figures, group by group: each group's own total prunes its
 * placements before the three are combined (C(15, k) readings at once would be thousands).
 */
function groupwise(run: RowItems): Reading[] {
  const k = run.cells.length;
  const out: Reading[] = [];
  for (let a = 0; a <= Math.min(APPEAL_COLUMN_COUNT, k); a++)
    for (let b = 0; b <= Math.min(APPEAL_COLUMN_COUNT, k - a); b++) {
      const c = k - a - b;
      if (c > APPEAL_COLUMN_COUNT) continue;
      const parts = [run.cells.slice(0, a), run.cells.slice(a, a + b), run.cells.slice(a + b)].map((cells) =>
        placements({ cells, tabbed: false }, APPEAL_COLUMN_COUNT).filter((r) => sumHolds(r, [0, 1, 2, 3], APPEAL_TOTAL_COL - 1)),
      );
      for (const g1 of parts[0]) for (const g2 of parts[1]) for (const g3 of parts[2]) out.push([...g1, ...g2, ...g3]);
    }
  return out;
}

/**
 * Blank cells are zeros only when the text shows the whole header: PDF text may print the 行政诉讼
 * groups after part 五, and a page too narrow cuts the last columns off.
 */
function headerComplete(before: string): boolean {
  // Short heads print one character per line, so 总 and 计 need not stand together.
  const totals = before.match(/总|合计/g)?.length ?? 0;
  return totals >= APPEAL_GROUPS.length;
}

/** A web copy of a table 四 with every cell blank: its header, then one line of 14 tabs (15 cells). */
function blankRowOnly(tokens: readonly Token[], from: number, to: number): boolean {
  const byLine = new Map<number, Token[]>();
  for (let i = from; i < to; i++) byLine.set(tokens[i].line, [...(byLine.get(tokens[i].line) ?? []), tokens[i]]);
  const lines = [...byLine.values()];
  const last = lines[lines.length - 1];
  const before = tokens.slice(from, to).filter((t) => t.kind === "text").map((t) => (t.kind === "text" ? t.key : "")).join("");
  return last !== undefined && last.length === APPEAL_COUNT - 1 && last.every((t) => t.kind === "sep" && !t.pipe) && headerComplete(before);
}

export function readAppeals(tokens: readonly Token[], from: number, to: number, endsEarly: boolean): TableRead {
  const { runs, after } = collectRuns(tokens, from, to);
  const byRows = readAppealRows(tokens, from, runs, after);
  if (byRows) return byRows;
  const diagnostics: Diagnostic[] = [];
  const cells = Array<Cell | null>(APPEAL_COUNT).fill(null);
  // Without part 五 the text after the table is prose (dates, signatures): only the first run counts.
  const table = endsEarly ? runs.slice(0, 1) : runs;
  if (table.length === 0 && blankRowOnly(tokens, from, to)) return { cells: cells.map(() => BLANK), diagnostics };
  if (table.length !== 1) {
    diagnostics.push(diagnostic(table.length === 0 ? "table-missing" : "table-scrambled", "error", tableParams("appeals"), { table: "appeals" }));
    return { cells, diagnostics };
  }
  const run = table[0];
  const figures = figuresText(runValues(run));
  const where = { where: "复议诉讼表", where_en: "appeals" };
  if (run.cells.length > APPEAL_COUNT) {
    diagnostics.push(diagnostic("row-too-many", "error", { ...where, count: run.cells.length, figures, cells: APPEAL_COUNT }, { table: "appeals" }));
    return { cells, diagnostics };
  }
  if (run.cells.length < APPEAL_COUNT && !headerComplete(run.before)) {
    diagnostics.push(diagnostic("header-incomplete", "warning", tableParams("appeals"), { table: "appeals" }));
    return { cells, diagnostics };
  }
  let readings = run.cells.length === APPEAL_COUNT || run.tabbed ? placements(run, APPEAL_COUNT) : groupwise(run);
  if (run.cells.length < APPEAL_COUNT) readings = readings.filter(groupsHold);
  // Tab-separated text keeps the leading blank cells of the figures' row as tabs (the row has no
  // label cell): when the sums leave several readings, the one those tabs describe is the text's own.
  if (run.tabbed && readings.length > 1 && run.leadingSeps + run.cells.length <= APPEAL_COUNT) {
    const own = readings.find((r) => r[run.leadingSeps] === cellOf(run.cells[0]) || r[run.leadingSeps]?.token === run.cells[0]);
    if (own && readings.filter((r) => r[run.leadingSeps]?.token === run.cells[0]).length === 1) readings = [own];
  }
  readings = [...pickByLayout(readings, run, headerLine(tokens.slice(from), run.at - from, APPEAL_COUNT))];
  const agreed = solveAppeals(readings.length ? [{ cells: [...Array(APPEAL_COUNT).keys()], readings }] : []);
  agreed.forEach((c, i) => (cells[i] = c));
  if (readings.length === 0) diagnostics.push(diagnostic("row-inconsistent", "error", { ...where, figures }, { table: "appeals" }));
  else
    for (const g of APPEAL_GROUPS) {
      const unknown = [...Array(APPEAL_COLUMN_COUNT).keys()].filter((c) => agreed[appealIndex(g.group, c + 1)] === null).length;
      if (unknown > 0)
        diagnostics.push(
          diagnostic(
            "row-ambiguous",
            "warning",
            { where: `复议诉讼表“${g.label}”`, where_en: `appeals group ${g.group}`, count: figureCount(run), figures, unknown },
            { table: "appeals", group: g.group },
          ),
        );
    }
  return { cells, diagnostics };
}

/**
 * Table 四's cells as the solver decides them from the readings of parts of the table (the whole
 * run, or one group each): a cell is read when every reading that keeps the group totals agrees.
 */
export function solveAppeals(parts: readonly { cells: readonly number[]; readings: readonly Reading[] }[]): (Cell | null)[] {
  const solution = solve(
    APPEALS,
    parts.map((p) => ({ cells: p.cells, options: p.readings.map((r) => r.map((c) => c.value)) })),
  );
  const out = Array<Cell | null>(APPEAL_COUNT).fill(null);
  parts.forEach((p) =>
    p.cells.forEach((cell, j) => {
      const v = solution.cells[cell];
      if (v.from) out[cell] = p.readings[v.from[1]][j];
      else if (p.readings.every((r) => r[j].value === null && r[j].token === p.readings[0][j].token)) out[cell] = p.readings[0][j];
    }),
  );
  return out;
}
