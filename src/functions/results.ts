// What each XXGK function returns, computed from the engine's findings over one range, so the
// figures a sheet shows are the engine's own (the same rule, the same location, the same sums).
import { checkTables, verdict, type CheckResult } from "../checks";
import {
  APPEAL_GROUP_COUNT,
  APPEAL_TOTAL_COL,
  REQUEST_COLUMN_COUNT,
  REQUEST_ROW_COUNT,
  REQUEST_TOTAL_COL,
  RESULTS_TOTAL_ROW,
  RESULTS_TOTAL_ROW_2019,
  type Finding,
  type Location,
  type TableId,
} from "../model";
import { FUNCTION_MESSAGES, render } from "../messages";
import { cellName } from "./address";
import { excelError, type FunctionError } from "./errors";
import { locationKey, readTableRange, type TableRange } from "./range";

type Scalar = string | number | CustomFunctions.Error | FunctionError;

export interface RangeCheck {
  readonly range: TableRange;
  readonly result: CheckResult;
}

export function checkRange(values: unknown[][], address?: string): RangeCheck {
  const range = readTableRange(values, address);
  return { range, result: checkTables(range.input) };
}

export function verdictOf({ range, result }: RangeCheck): string {
  const line = verdict(result);
  if (range.notes.length === 0) return line;
  return `${line}；${range.notes[0].message}${range.notes.length > 1 ? " 等" : ""}`;
}

function addressOf(range: TableRange, loc: Location): string {
  const pos = range.positions.get(locationKey(loc));
  return pos ? cellName(pos[0], pos[1], range.origin) : "";
}

/** The cell a finding points at: its culprit, else the total it checks (a column's span for balance). */
function findingCell(range: TableRange, f: Finding): string {
  if (f.culprit) return addressOf(range, f.culprit);
  switch (f.rule) {
    case "row-total":
    case "results-total":
      return addressOf(range, { table: "requests", row: f.row, col: f.col });
    case "balance": {
      const top = addressOf(range, { table: "requests", row: 1, col: f.col });
      const bottom = addressOf(range, { table: "requests", row: range.input.requests?.length ?? REQUEST_ROW_COUNT, col: f.col });
      return top && bottom ? `${top}:${bottom}` : top || bottom;
    }
    case "appeal-total":
      return addressOf(range, { table: "appeals", group: f.group, col: APPEAL_TOTAL_COL });
    default:
      return typeof f.table === "string" ? addressOf(range, { table: f.table, item: f.item, row: f.row, col: f.col, group: f.group }) : "";
  }
}

export function findingRows(check: RangeCheck): Scalar[][] {
  const { range, result } = check;
  const header = (["header-rule", "header-cell", "header-expected", "header-actual", "header-message"] as const).map((k) =>
    render(FUNCTION_MESSAGES[k]),
  );
  const textNotes = new Map(range.notes.filter((n) => n.loc).map((n) => [locationKey(n.loc!), n.message]));
  // Figures of rows the range does not hold are named once, by the rows-missing note.
  const held = (f: Finding) => f.rule !== "integer" || findingCell(range, f) !== "";
  const rows: Scalar[][] = result.findings.filter(held).map((f) => {
    // A figure cell holding text: say what text, rather than "could not be read".
    const own = typeof f.table === "string" ? textNotes.get(locationKey({ table: f.table, item: f.item, row: f.row, col: f.col, group: f.group })) : undefined;
    const message = f.rule === "integer" && own ? own : f.message;
    return [f.rule, findingCell(range, f), f.expected ?? "", f.actual ?? "", message];
  });
  for (const n of range.notes) if (!n.loc) rows.push(["", "", "", "", n.message]);
  if (rows.length === 0) rows.push(["", "", "", "", verdict(result)]);
  return [header, ...rows];
}

function requireTable(check: RangeCheck, fn: string, tables: readonly TableId[]): void {
  if (tables.includes(check.range.table)) return;
  const name = (t: TableId, lang: "zh" | "en") => render(FUNCTION_MESSAGES[`table-${t}`], {}, lang);
  throw excelError(
    "invalidValue",
    render(FUNCTION_MESSAGES["wrong-table"], {
      fn,
      expected: tables.map((t) => name(t, "zh")).join("或"),
      actual: name(check.range.table, "zh"),
    }),
  );
}

/**
 * actual − expected of the finding of `rule` at `where`; 0 when it holds; the text 无法计算 when it
 * could not be checked. Not #N/A: an error inside a spilled array shows the whole array as #VALUE!
 * in Excel on Windows (office-js#2174).
 */
function gapAt(result: CheckResult, rule: Finding["rule"], where: Partial<Finding>, sign = 1): Scalar {
  const f = result.findings.find((x) => x.rule === rule && Object.entries(where).every(([k, v]) => x[k as keyof Finding] === v));
  if (!f) return 0;
  if (f.status === "uncheckable") return render(FUNCTION_MESSAGES["not-computable-cell"]);
  return sign * Math.round(((f.actual ?? 0) - (f.expected ?? 0)) * 100) / 100;
}

export function rowDiffs(check: RangeCheck): Scalar[][] {
  requireTable(check, "ROWDIFF", ["requests", "appeals"]);
  if (check.range.table === "appeals")
    return Array.from({ length: APPEAL_GROUP_COUNT }, (_, g) => [gapAt(check.result, "appeal-total", { group: g + 1 })]);
  const rows = check.range.input.requests?.length ?? REQUEST_ROW_COUNT; // 23 in the 2019 format
  return Array.from({ length: rows }, (_, r) => [gapAt(check.result, "row-total", { row: r + 1, col: REQUEST_TOTAL_COL })]);
}

export function colDiffs(check: RangeCheck): Scalar[][] {
  requireTable(check, "COLDIFF", ["requests"]);
  const total = check.range.input.format === "2019" ? RESULTS_TOTAL_ROW_2019 : RESULTS_TOTAL_ROW;
  return [Array.from({ length: REQUEST_COLUMN_COUNT }, (_, c) => gapAt(check.result, "results-total", { row: total, col: c + 1 }))];
}

/** (row 1 + row 2) − (row 24 + row 25): the engine's expected (intake) minus actual (outcome). */
export function balanceDiffs(check: RangeCheck): Scalar[][] {
  requireTable(check, "BALANCE", ["requests"]);
  return [Array.from({ length: REQUEST_COLUMN_COUNT }, (_, c) => gapAt(check.result, "balance", { col: c + 1 }, -1))];
}
