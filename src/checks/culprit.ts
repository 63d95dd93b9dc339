// One wrong figure in table 三 breaks every sum it takes part in, each by the same amount. When all
// the rules through one cell fail and agree on how much that cell is off, that cell is the likely
// culprit: its findings say so. The engine only points; it never changes the figure.
import { REQUEST_COLUMN_COUNT, REQUEST_TOTAL_COL, SHAPE_2021, type Finding, type TablesShape } from "../model";
import { say } from "./finding";
import { describeCell } from "./where";

/** By how much the cell (row, col) must change for `f` to hold, if `f` runs through that cell. */
function correction(f: Finding, row: number, col: number, shape: TablesShape): number | undefined {
  const { resultsFirst: RESULT_ROWS_FIRST, resultsTotalRow: RESULTS_TOTAL_ROW } = shape.requests;
  const INTAKE_ROWS = [shape.requests.newRow, shape.requests.carriedInRow];
  const OUTCOME_ROWS = [RESULTS_TOTAL_ROW, shape.requests.carriedOutRow];
  const gap = (f.actual ?? 0) - (f.expected ?? 0);
  switch (f.rule) {
    case "row-total":
      if (f.row !== row) return undefined;
      return col === REQUEST_TOTAL_COL ? -gap : gap;
    case "results-total":
      if (f.col !== col || row < RESULT_ROWS_FIRST || row > RESULTS_TOTAL_ROW) return undefined;
      return row === RESULTS_TOTAL_ROW ? -gap : gap;
    case "balance":
      if (f.col !== col) return undefined;
      if (INTAKE_ROWS.includes(row)) return gap;
      if (OUTCOME_ROWS.includes(row)) return -gap;
      return undefined;
    default:
      return undefined;
  }
}

/** How many sum rules of table 三 run through a cell. */
function rulesThrough(row: number, shape: TablesShape): number {
  const { resultsFirst: RESULT_ROWS_FIRST, resultsTotalRow: RESULTS_TOTAL_ROW } = shape.requests;
  const INTAKE_ROWS = [shape.requests.newRow, shape.requests.carriedInRow];
  const OUTCOME_ROWS = [RESULTS_TOTAL_ROW, shape.requests.carriedOutRow];
  let n = 1; // its row-total
  if (row >= RESULT_ROWS_FIRST && row <= RESULTS_TOTAL_ROW) n++;
  if (INTAKE_ROWS.includes(row) || OUTCOME_ROWS.includes(row)) n++;
  return n;
}

export function markCulprits(findings: Finding[], shape: TablesShape = SHAPE_2021): void {
  const sumFailures = findings.filter(
    (f) => f.status === "failed" && f.table === "requests" && (f.rule === "row-total" || f.rule === "results-total" || f.rule === "balance"),
  );
  if (sumFailures.length < 2) return;
  for (let row = 1; row <= shape.requests.rowCount; row++) {
    for (let col = 1; col <= REQUEST_COLUMN_COUNT; col++) {
      const through = sumFailures.filter((f) => correction(f, row, col, shape) !== undefined);
      if (through.length < 2 || through.length !== rulesThrough(row, shape)) continue;
      const deltas = new Set(through.map((f) => correction(f, row, col, shape)));
      if (deltas.size !== 1) continue;
      const culprit = { table: "requests" as const, row, col };
      const note = say("culprit", { where: describeCell(culprit, "zh", shape) });
      const noteEn = say("culprit", { where: describeCell(culprit, "en", shape) });
      for (const f of through) {
        if (f.culprit) continue;
        f.culprit = culprit;
        f.message += note.message;
        f.message_en = (f.message_en ?? "") + noteEn.message_en;
      }
    }
  }
}
