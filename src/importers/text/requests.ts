// Table 三 (申请办理): which run of figures belongs to which of the 25 rows, then the cells of
// each row. Rows come in the fixed order 1…25; a run belongs to the row whose label (or label
// number) stands last before it. A row's label may be broken around its figures (PDF layout
// text), so a label's number (`1.`, `（三）`) counts as much as its words.
import {
  REQUEST_COLUMN_COUNT,
  REQUEST_COLUMNS,
  REQUEST_ROW_COUNT,
  REQUEST_ROW_FRAGMENTS,
  RESULTS_TOTAL_ROW,
  RESULT_ROWS_FIRST,
  RESULT_ROWS_LAST,
  CARRIED_IN_ROW,
  CARRIED_OUT_ROW,
  NEW_REQUESTS_ROW,
  REQUEST_TOTAL_COL,
  type Diagnostic,
} from "../../model";
import { diagnostic, figuresText, openCellsText, requestCellWhere, requestRowWhere, requestRowWhere2019, tableParams } from "./diagnostics";
import { type Cell, type Reading, type RowItems, cellOf, placedByTabs, placements, rotations, sumHolds } from "./placement";
import { type Choice, type ChoiceVerdict, solve } from "../solve";
import { REQUESTS_2019, REQUESTS_2021 } from "../solve/specs";
import { headerColumns, lowerRaisedFigures, pickByLayout, raisedLastCells, verifiedColumns } from "./layout";
import { readScrambledRequests } from "./scrambled";
import { type Run, collectRuns, figureCount, runValues } from "./runs";
import type { Token } from "./tokens";

export interface TableRead {
  /** Cells in interchange order; null = unreadable. */
  readonly cells: (Cell | null)[];
  readonly diagnostics: Diagnostic[];
}

/** Label number of each row within its group: rows 5–12 are 1.–8. under （三）, and so on. */
const SUB_NUMBER: readonly (number | null)[] = [
  null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3, null, null,
];
const GROUP_ROW: Record<string, number> = { "(一)": 3, "(二)": 4, "(三)": 5, "(四)": 13, "(五)": 16, "(六)": 21, "(七)": 24 };
const TOP_ROW: Record<string, number> = { "一.": 1, "二.": 2, "三.": 3, "四.": 25 };
// A sub-row's number may be written `1.`, `(1)` or `⑴` (U+2474…).
const ENUMERATOR = /\([一二三四五六七]\)|[一二三四][.]|\d{1,2}[.]|\(\d{1,2}\)|[\u2474-\u2487]/g;
/** Row 21 stands for the older single （六）其他处理 row when the text has no sub-rows. */
const MERGED_OTHER = 21;

/** What the tokenizer leaves in a label's key where a glyph was lost. */
const LOST_GLYPH = "\ufffd";

interface Evidence {
  row: number;
  pos: number;
}

/** The last row label (by its words) in `text` that names a row after `after`. */
function rowByWords(text: string, after: number, merged: boolean): Evidence | null {
  let best: Evidence | null = null;
  const consider = (row: number, pos: number) => {
    if (row > after && pos >= 0 && (!best || pos > best.pos || (pos === best.pos && row > best.row))) best = { row, pos };
  };
  for (let r = after + 1; r <= REQUEST_ROW_COUNT; r++)
    for (const f of REQUEST_ROW_FRAGMENTS[r - 1]) {
      const pos = text.lastIndexOf(f);
      if (pos >= 0) consider(r, pos + f.length);
    }
  // 总计 and 3.其他 also head columns and other groups: only once a row was read.
  if (after >= 1) {
    const other = /3[.]?其他/g;
    let m: RegExpExecArray | null;
    while ((m = other.exec(text))) consider(23, m.index + m[0].length);
    const total = Math.max(text.lastIndexOf("总计"), text.lastIndexOf("合计"));
    if (total >= 0) consider(RESULTS_TOTAL_ROW, total + 2);
    if (merged) consider(MERGED_OTHER, text.lastIndexOf("其他处理") >= 0 ? text.lastIndexOf("其他处理") + 4 : -1);
  }
  return best;
}

/** The row named by the last label number in `text`, counting on from `after`. */
function rowByNumber(text: string, after: number): Evidence | null {
  const found: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  ENUMERATOR.lastIndex = 0;
  while ((m = ENUMERATOR.exec(text))) found.push(m);
  let last = found.pop();
  // A group's label centred over its sub-rows may print after a sub-row's number, beside its
  // figures (`3．要求提供公开出 / (五)不予处理  0 0 …`): the sub-row's number names the row.
  while (last && GROUP_ROW[last[0]] !== undefined && GROUP_ROW[last[0]] <= after && found.length && GROUP_ROW[found[found.length - 1][0]] === undefined && TOP_ROW[found[found.length - 1][0]] === undefined) last = found.pop();
  if (!last) return null;
  const e = last[0];
  const pos = last.index + e.length;
  const fixed = GROUP_ROW[e] ?? TOP_ROW[e];
  if (fixed !== undefined) return fixed > after ? { row: fixed, pos } : null;
  const n = e.length === 1 ? e.charCodeAt(0) - 0x2473 : Number(e.replace(/[().]/g, ""));
  for (let r = after + 1; r <= REQUEST_ROW_COUNT; r++) if (SUB_NUMBER[r - 1] === n) return { row: r, pos };
  return null;
}

interface Assignment {
  items: Map<number, { cells: (Token | "blank")[]; tabbed: boolean; edges?: RowItems["edges"] }>;
  /** Figures that fit no row. */
  orphans: number;
  /** The last row whose label was seen. */
  lastSeen: number;
  /** Header text among the figures: the text does not keep rows together. */
  scrambled: boolean;
}

/** Column-header words of table 三 (申请人情况 … 法律服务机构), as PDF text breaks them. */
const HEADER_WORDS = /申请人情况|法人或其他组织|自然|商业|科研|公益|法律服|务机构/g;

/**
 * Header words after the last row label before a run, once a row label was seen: PDF text read
 * column by column, whose figures follow the header, not their rows. (A header repeated after a
 * page break is followed by the next row's label, which is fine.)
 */
function headerAfterLabels(before: string, labelSeen: boolean, merged: boolean): boolean {
  let lastHeader = -1;
  HEADER_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADER_WORDS.exec(before))) lastHeader = m.index;
  if (lastHeader < 0) return false;
  const label = Math.max(rowByWords(before, 0, merged)?.pos ?? -1, rowByNumber(before, 0)?.pos ?? -1);
  return (labelSeen || label >= 0) && lastHeader > label;
}

function assignRuns(runs: readonly Run[], after: string, merged: boolean): Assignment {
  const items: Assignment["items"] = new Map();
  let last = 0;
  let orphans = 0;
  let scrambled = false;
  for (const run of runs) {
    if (headerAfterLabels(run.before, last > 0, merged)) scrambled = true;
    const words = rowByWords(run.before, last, merged);
    let number = rowByNumber(run.before, last);
    // A label number after the last label words names a later row (its own words follow its figures).
    // (When that number cannot follow the words' row, the words were a header's 总计: count from the last row.)
    if (words && number) number = number.pos > words.pos ? (rowByNumber(run.before, words.row) ?? number) : null;
    let row = number?.row ?? words?.row ?? null;
    // A damaged label after the last label read may be the one that names this run's row.
    const lost = run.before.lastIndexOf(LOST_GLYPH);
    if (lost >= 0 && lost >= Math.max(words?.pos ?? -1, number?.pos ?? -1)) row = null;
    // No new label: the run continues the current row (split by a page break or a header).
    const current = items.get(last);
    // (Not after a damaged label: it may have named the next row.)
    if (row === null && current && figureCount(current) < REQUEST_COLUMN_COUNT && !run.before.includes(LOST_GLYPH)) row = last;
    if (row === null) {
      orphans += figureCount(run);
      continue;
    }
    const earlier = items.get(row);
    const slot = earlier ?? { cells: [], tabbed: false };
    for (const c of run.cells) slot.cells.push(c);
    slot.tabbed = slot.tabbed || run.tabbed;
    // A row's tabs place its figures only when the row is one run.
    slot.edges = earlier ? undefined : run.edges;
    items.set(row, slot);
    last = row;
  }
  let lastSeen = last;
  const tail = rowByWords(after, last, merged) ?? rowByNumber(after, last);
  if (tail) lastSeen = Math.max(lastSeen, tail.row);
  // Labels of blank rows after the last figures (a truncated text shows none).
  for (let r = lastSeen + 1; r <= REQUEST_ROW_COUNT; r++) {
    const seen = rowByWords(after, r - 1, merged);
    if (seen) lastSeen = Math.max(lastSeen, seen.row);
  }
  return { items, orphans, lastSeen, scrambled };
}

const ALL_COLS = [0, 1, 2, 3, 4, 5];
// Layout text may break a head over lines (`其` / `他`, `合` / `计`): its first line stands for it.
const HEADERS = [/^自然/, /^商业/, /^科研/, /^社会|^公益/, /^法律/, /^其他?$/, /^总计|^合计|^[总合]$/];

/**
 * What the text leaves open in one row, as its readings: a row given whole on one line (or by its
 * tabs) is one reading, as printed, even when the report's own sum is wrong (the checks say so).
 * Figures stacked one per line in a table whose other rows lost blank cells (plain PDF text) may
 * have lost their order: each rotation is a reading. A short row: each placement of its blanks,
 * narrowed by the layout to the text's own when the row's sum allows it. The solver decides.
 */
const rowReadings = (items: RowItems, columns: readonly number[] | null, blanksLost: boolean): Reading[] => {
  const all = placements(items, REQUEST_COLUMN_COUNT);
  if (placedByTabs(items, REQUEST_COLUMN_COUNT)) return all;
  const raised = raisedLastCells(items, REQUEST_COLUMN_COUNT, columns);
  if (raised) return raised;
  if (items.cells.length === REQUEST_COLUMN_COUNT && (!blanksLost || items.tabbed || oneLine(items))) return all;
  if (items.cells.length === REQUEST_COLUMN_COUNT) return rotations(all[0]);
  const fitting = all.filter((r) => sumHolds(r, ALL_COLS, REQUEST_TOTAL_COL - 1));
  const own = pickByLayout(fitting, items, columns);
  return own.length === 1 && fitting.length > 1 ? [...own] : all;
};

/** Whether all figures of the row stand on one line of the text. */
function oneLine(items: RowItems): boolean {
  const lines = new Set(items.cells.map((c) => (c === "blank" ? -1 : c.line)));
  lines.delete(-1);
  return lines.size <= 1;
}

/** One row's verdict from the solver, for its diagnostic. */
export interface RowVerdict {
  readonly status: ChoiceVerdict["status"] | "none";
  /** Readings left (capped). */
  readonly readings: number;
  /** Per cell: the values it may take when null. */
  readonly candidates: readonly (readonly number[])[];
}

/**
 * Every row's readings to the solver, with every rule of table 三; each cell as the solver decides.
 * A row without readings is unread (rules through it choose nothing).
 */
export function solveRows(readings: readonly Reading[][], spec = REQUESTS_2021): { rows: (Cell | null)[][]; verdicts: RowVerdict[] } {
  const choices: Choice[] = [];
  const choiceOf: number[] = [];
  readings.forEach((rs, r) => {
    choiceOf.push(rs.length ? choices.length : -1);
    if (rs.length) choices.push({ cells: ALL_CELLS.map((c) => r * COLS + c), options: rs.map((x) => x.map((c) => c.value)) });
  });
  const solution = solve(spec, choices);
  const rows = readings.map((rs, r) =>
    ALL_CELLS.map((c) => {
      if (rs.length === 0) return null;
      const v = solution.cells[r * COLS + c];
      if (v.from) return rs[v.from[1]][c];
      // A placeholder (`*`) in every reading stays itself: it says why the cell is null.
      const first = rs[0][c];
      return first.token && rs.every((x) => x[c].value === null && x[c].token === first.token) ? first : null;
    }),
  );
  const verdicts = readings.map((rs, r): RowVerdict => {
    const k = choiceOf[r];
    if (k < 0) return { status: "none", readings: 0, candidates: [] };
    const cv = solution.choices[k];
    return { status: cv.status, readings: cv.readings, candidates: ALL_CELLS.map((c) => solution.cells[r * COLS + c].candidates) };
  });
  return { rows, verdicts };
}

const ALL_CELLS = [0, 1, 2, 3, 4, 5, 6];

/**
 * Readings of the whole table (one choice of all 175 cells): only those that keep every rule of
 * the table; where none does, nothing (the text then does not show which figures are the table's).
 */
function solveTables(tables: readonly Reading[][]): { rows: (Cell | null)[][]; verdicts: RowVerdict[] } | null {
  const size = REQUEST_ROW_COUNT * COLS;
  const choice: Choice = { cells: [...Array(size).keys()], options: tables.map((t) => t.flatMap((r) => r.map((c) => c.value))) };
  const solution = solve(REQUESTS_2021, [choice]);
  if (solution.choices[0].status === "own-rule-fails" || solution.choices[0].ownHolding === 0) return null;
  const rows = Array.from({ length: REQUEST_ROW_COUNT }, (_, r) =>
    ALL_CELLS.map((c) => {
      const v = solution.cells[r * COLS + c];
      return v.from ? tables[v.from[1]][r][c] : null;
    }),
  );
  const verdicts = rows.map((_, r): RowVerdict => ({ status: solution.choices[0].status, readings: solution.choices[0].readings, candidates: ALL_CELLS.map((c) => solution.cells[r * COLS + c].candidates) }));
  return { rows, verdicts };
}

/** Per row, its reading in each whole-table reading. */
function transpose(tables: readonly Reading[][]): Reading[][] {
  return Array.from({ length: REQUEST_ROW_COUNT }, (_, r) => tables.map((t) => t[r]));
}

function balanceHolds(rows: readonly Reading[]): boolean {
  for (let c = 0; c < COLS; c++) {
    const [a, b, t, o] = [rows[BALANCE[0]][c].value, rows[BALANCE[1]][c].value, rows[BALANCE[2]][c].value, rows[BALANCE[3]][c].value];
    if (a !== null && b !== null && t !== null && o !== null && a + b !== t + o) return false;
  }
  return true;
}

// Plain numbers for the hot loops below (the model's exports are read through getters in some builds).
const COLS = REQUEST_COLUMN_COUNT;
const [FIRST, LAST, TOTAL] = [RESULT_ROWS_FIRST - 1, RESULT_ROWS_LAST - 1, RESULTS_TOTAL_ROW - 1];
const BALANCE = [NEW_REQUESTS_ROW, CARRIED_IN_ROW, RESULTS_TOTAL_ROW, CARRIED_OUT_ROW].map((r) => r - 1);

function columnsHold(rows: readonly Reading[]): boolean {
  for (let c = 0; c < COLS; c++) {
    let sum = 0;
    let known = true;
    for (let r = FIRST; r <= LAST; r++) {
      const x = rows[r][c].value;
      if (x === null) known = false;
      else sum += x;
    }
    const total = rows[TOTAL][c].value;
    if (known && total !== null && sum !== total) return false;
  }
  return balanceHolds(rows);
}

/** Reads table 三 from the tokens [from, to). */
/**
 * `format` "2019": the older table 三 (23 rows, （六）其他处理 one row). Its rows are found as the
 * 2021 ones (its （六） in row 21, （七）总计 and 结转 in rows 24 and 25) and solved with the 2019
 * rules; the cells come back in the 2019 shape (23 × 7). Text whose rows are out of order is not
 * read in that format (the table is said to be scrambled).
 */
export function readRequests(printed: readonly Token[], from: number, to: number, endsEarly: boolean, format: "2021" | "2019" = "2021"): TableRead {
  const tokens = lowerRaisedFigures(printed, from, to, REQUEST_COLUMN_COUNT);
  const old = format === "2019";
  const diagnostics: Diagnostic[] = [];
  const cells: (Cell | null)[] = Array<Cell | null>(REQUEST_ROW_COUNT * REQUEST_COLUMN_COUNT).fill(null);
  const { runs, after } = collectRuns(tokens, from, to);
  const regionText = runs.map((r) => r.before).join("") + after;
  const merged = old || (!/不补正|收费通知|缴纳费用|逾期未按/.test(regionText) && /\(六\)|其他处理/.test(regionText));
  const whole = old ? null : wholeTable(runs, merged);
  if (whole) return { cells: whole, diagnostics };
  const { items, orphans, lastSeen, scrambled } = assignRuns(runs, after, merged);

  const overfull = [...items.entries()].filter(([, it]) => it.cells.length > REQUEST_COLUMN_COUNT);
  if (old && (scrambled || orphans > 0 || overfull.length > 0)) {
    diagnostics.push(diagnostic("table-scrambled", "error", tableParams("requests"), { table: "requests" }));
    return { cells: cells.slice(0, ROWS_2019 * REQUEST_COLUMN_COUNT), diagnostics };
  }
  if (scrambled || orphans > 0 || overfull.length > 0) {
    const read = readScrambledRequests(tokens, from, to);
    const solvedRows = read?.rows ? solveRows(read.rows) : read?.tables ? solveTables(read.tables) : null;
    if (read && solvedRows && (read.rows || solvedRows.rows.some((r) => r.some((c) => c !== null)))) {
      const rows = read.rows ?? transpose(read.tables!);
      diagnostics.push(diagnostic("table-order-checked", "info", tableParams("requests"), { table: "requests" }));
      for (let row = 1; row <= REQUEST_ROW_COUNT; row++) {
        const rowCells = solvedRows.rows[row - 1];
        rowCells.forEach((c, i) => (cells[(row - 1) * REQUEST_COLUMN_COUNT + i] = c));
        const unknown = rowCells.filter((c) => c === null).length;
        if (unknown === 0) continue;
        const v = solvedRows.verdicts[row - 1];
        const cols = rowCells.map((c, i) => (c === null ? i + 1 : 0)).filter((c) => c > 0);
        const open = openCellsText(cols.map((c) => ({ name: `“${REQUEST_COLUMNS[c - 1].label}”列`, candidates: v.candidates[c - 1] ?? [] })));
        const figures = figuresText(rows[row - 1][0].map((c) => c.value));
        diagnostics.push(
          diagnostic(v.status === "own-rule-fails" ? "row-sum-unconfirmed" : "row-order-open", "warning", { ...requestRowWhere(row), figures, unknown, open, count: v.readings }, { table: "requests", row }, { cols }),
        );
      }
      return { cells, diagnostics };
    }
    diagnostics.push(diagnostic("table-scrambled", "error", tableParams("requests"), { table: "requests" }));
    return { cells, diagnostics };
  }

  const present = (row: number) => row <= lastSeen;
  const columns = verifiedColumns(runs.length ? headerColumns(tokens.slice(from), runs[0].at - from, HEADERS) : null, [...items.values()], REQUEST_COLUMN_COUNT);
  // A row of the text that shows fewer figures than cells, with no tabs: its blank cells left no trace.
  const blanksLost = [...items.values()].some((it) => !it.tabbed && figureCount(it) > 0 && it.cells.length < REQUEST_COLUMN_COUNT);
  const readings: Reading[][] = [];
  for (let row = 1; row <= REQUEST_ROW_COUNT; row++) {
    const it = items.get(row);
    if (merged && row > MERGED_OTHER && row <= RESULT_ROWS_LAST) {
      readings.push([]);
      continue;
    }
    if (!it) readings.push(present(row) ? placements({ cells: [], tabbed: false }, REQUEST_COLUMN_COUNT) : []);
    else readings.push(rowReadings(it, columns, blanksLost));
  }
  if (merged && !old) mergeOther(readings, diagnostics);
  const unsafeRows = new Set<number>();
  // 2019 mode: （六）其他处理 (row 21) is a row of its own; only rows 22–23 do not exist.
  const skipFrom = old ? MERGED_OTHER + 1 : MERGED_OTHER;
  const header = runs[0]?.before ?? after;
  // A cut-off 总计 may leave its first character (`总`) and one digit of each total: not a total.
  const cutToOne = old && /总/.test(header) && !/总计|合计|总\s*计/.test(header) && !/总计|合计/.test(regionText.replace(/\(七\)[总合]计/g, ""));
  if (totalColumnCut(header, regionText) || cutToOne) {
    // The page cut the 总计 column off: a row of six figures is its six parts; any other row lost
    // blanks or figures that nothing can place.
    diagnostics.push(diagnostic("total-column-cut", "warning", tableParams("requests"), { table: "requests" }));
    for (let row = 1; row <= REQUEST_ROW_COUNT; row++) {
      if (!present(row) || (merged && row >= skipFrom && row <= RESULT_ROWS_LAST)) continue;
      const it = items.get(row);
      // Cut to one character, the total's first digit still ends the row: six parts before it.
      if (cutToOne) readings[row - 1] = it && it.cells.length === REQUEST_COLUMN_COUNT ? [[...it.cells.slice(0, -1).map(cellOf), UNREAD]] : [];
      else if (it && it.cells.length === REQUEST_COLUMN_COUNT - 1) readings[row - 1] = [[...it.cells.map(cellOf), UNREAD]];
      else readings[row - 1] = [];
      unsafeRows.add(row);
    }
  } else if (blanksUnsafe(readings, items, merged, skipFrom)) {
    // A short row that fits no placement shows the text lost or moved figures (a cut-off column,
    // a figure printed beside the next row's label): no blank cell of the table can be taken as 0.
    diagnostics.push(diagnostic("blanks-unsafe", "warning", tableParams("requests"), { table: "requests" }));
    for (let row = 1; row <= REQUEST_ROW_COUNT; row++)
      if ((items.get(row)?.cells.length ?? 0) < REQUEST_COLUMN_COUNT && present(row)) {
        readings[row - 1] = [];
        unsafeRows.add(row);
      }
  }
  if (old) return read2019(readings, items, lastSeen, endsEarly, unsafeRows, diagnostics);
  const solved = solveRows(readings);

  const truncated = endsEarly && lastSeen < REQUEST_ROW_COUNT;
  if (truncated) diagnostics.push(diagnostic("table-truncated", "error", tableParams("requests"), { table: "requests" }));
  for (let row = 1; row <= REQUEST_ROW_COUNT; row++) {
    if (merged && row >= MERGED_OTHER && row <= RESULT_ROWS_LAST && readings[row - 1].length === 0) continue;
    const rowCells = solved.rows[row - 1];
    const it = items.get(row);
    rowCells.forEach((c, i) => (cells[(row - 1) * REQUEST_COLUMN_COUNT + i] = c));
    // Rows cleared as unsafe are covered by the table's blanks-unsafe warning.
    if (!unsafeRows.has(row)) explainRow(row, it, readings[row - 1], rowCells, present(row), truncated, diagnostics, solved.verdicts[row - 1]);
  }
  return { cells, diagnostics };
}

const UNREAD: Cell = { value: null, token: null };

/** A header naming the applicant columns but no total: the text lost the table's last column. */
function totalColumnCut(header: string, region: string): boolean {
  // Plain PDF text may print the 总计 head after the first row's figures: anywhere in the table but
  // the label of row （七）总计, it shows the column is there.
  const heads = region.replace(/\(七\)[总合]计/g, "");
  return header.includes("自然人") && header.includes("其他") && !/总|合计/.test(header) && !/总计|合计/.test(heads);
}

function blanksUnsafe(readings: readonly Reading[][], items: Assignment["items"], merged: boolean, skipFrom = MERGED_OTHER): boolean {
  for (const [row, it] of items) {
    if (merged && row >= skipFrom && row <= RESULT_ROWS_LAST) continue;
    if (it.cells.length < REQUEST_COLUMN_COUNT && !placedByTabs(it, REQUEST_COLUMN_COUNT) && !readings[row - 1].some((r) => sumHolds(r, ALL_COLS, REQUEST_TOTAL_COL - 1))) return true;
  }
  return false;
}

/**
 * All labels first, then every figure of the table in one stretch (a PDF's "whole table on one
 * line"): read row by row only when every row total, column total and balance then holds, since
 * nothing else shows the figures kept the rows' order.
 */
function wholeTable(runs: readonly Run[], merged: boolean): (Cell | null)[] | null {
  const rows = merged ? REQUEST_ROW_COUNT - 2 : REQUEST_ROW_COUNT;
  if (runs.length !== 1 || runs[0].cells.length !== rows * REQUEST_COLUMN_COUNT) return null;
  const all = runs[0].cells.map(cellOf);
  const readings: Reading[] = [];
  for (let r = 0; r < rows; r++) readings.push(all.slice(r * REQUEST_COLUMN_COUNT, (r + 1) * REQUEST_COLUMN_COUNT));
  if (merged) {
    if (!readings[MERGED_OTHER - 1].every((c) => c.value === 0)) return null;
    readings.splice(MERGED_OTHER, 0, readings[MERGED_OTHER - 1], readings[MERGED_OTHER - 1]);
  }
  if (!readings.every((r) => sumHolds(r, ALL_COLS, REQUEST_TOTAL_COL - 1)) || !columnsHold(readings)) return null;
  if (readings.some((r) => r.some((c) => c.value === null))) return null;
  return readings.flat();
}

/** The older single （六）其他处理 row: zeros into its three sub-rows, or nothing. */
function mergeOther(readings: Reading[][], diagnostics: Diagnostic[]): void {
  const own = readings[MERGED_OTHER - 1];
  const values = own.length === 1 ? own[0].map((c) => c.value) : null;
  if (values && values.every((v) => v === 0)) {
    for (let r = MERGED_OTHER; r <= RESULT_ROWS_LAST; r++) readings[r - 1] = [own[0]];
    diagnostics.push(diagnostic("other-handling-merged-zero", "info", {}, { table: "requests", row: MERGED_OTHER }));
    return;
  }
  const shown = values ? figuresText(values) : "?";
  for (let r = MERGED_OTHER; r <= RESULT_ROWS_LAST; r++) {
    readings[r - 1] = [];
    diagnostics.push(diagnostic("other-handling-merged", "error", { figures: shown }, { table: "requests", row: r }, { figures: values }));
  }
}

function explainRow(
  row: number,
  it: RowItems | undefined,
  readings: readonly Reading[],
  rowCells: readonly (Cell | null)[],
  present: boolean,
  truncated: boolean,
  diagnostics: Diagnostic[],
  verdict: RowVerdict,
): void {
  const loc = { table: "requests" as const, row };
  rowCells.forEach((c, i) => {
    if (c && c.value === null && c.token)
      diagnostics.push(
        diagnostic("cell-placeholder", "warning", { ...requestCellWhere(row, i + 1), text: c.token.kind === "placeholder" ? c.token.text : "?" }, { ...loc, col: i + 1 }),
      );
  });
  const unknown = rowCells.filter((c) => c === null).length;
  if (unknown === 0) return;
  const figures = it ? figuresText(runValues(it)) : "";
  if (!present) {
    if (!truncated) diagnostics.push(diagnostic("row-missing", "error", requestRowWhere(row), loc));
    return;
  }
  const cols = rowCells.map((c, i) => (c === null ? i + 1 : 0)).filter((c) => c > 0);
  const open = openCellsText(cols.map((c) => ({ name: `“${REQUEST_COLUMNS[c - 1].label}”列`, candidates: verdict.candidates[c - 1] ?? [] })));
  const detail = { cols, candidates: cols.map((c) => verdict.candidates[c - 1] ?? []) };
  const params = { ...requestRowWhere(row), figures, unknown, open, count: verdict.readings };
  const digits = runTogether(it);
  const stacked = it !== undefined && it.cells.length === REQUEST_COLUMN_COUNT && readings.length > 1 && !digits;
  if (it && it.cells.length > REQUEST_COLUMN_COUNT)
    diagnostics.push(diagnostic("row-too-many", "error", { ...requestRowWhere(row), count: it.cells.length, figures, cells: REQUEST_COLUMN_COUNT }, loc));
  else if (verdict.status === "limit") diagnostics.push(diagnostic("row-search-limit", "warning", params, loc, detail));
  else if (verdict.status === "rules-conflict") diagnostics.push(diagnostic("row-rules-conflict", "warning", params, loc, detail));
  else if (digits && verdict.status === "own-rule-fails") diagnostics.push(diagnostic("row-run-together-total-fails", "warning", { ...params, digits }, loc, detail));
  else if (digits) diagnostics.push(diagnostic("row-run-together", "warning", { ...params, digits }, loc, detail));
  else if (stacked && raisedLastCells(it, REQUEST_COLUMN_COUNT, null))
    diagnostics.push(diagnostic(verdict.status === "own-rule-fails" ? "row-total-raised-unconfirmed" : "row-total-raised-open", "warning", params, loc, detail));
  else if (stacked && verdict.status === "own-rule-fails") diagnostics.push(diagnostic("row-stacked-unconfirmed", "warning", params, loc, detail));
  else if (stacked) diagnostics.push(diagnostic("row-order-open", "warning", params, loc, detail));
  else if (verdict.status === "own-rule-fails" || readings.length === 0) diagnostics.push(diagnostic("row-inconsistent", "error", params, loc, detail));
  else diagnostics.push(diagnostic("row-ambiguous", "warning", { ...params, count: it ? figureCount(it) : 0 }, loc, detail));
}

/** The digits of a row printed as one run-together string (`21710000218`), or null. */
function runTogether(it: RowItems | undefined): string | null {
  if (!it || it.cells.length !== 1) return null;
  const t = it.cells[0];
  return t !== "blank" && t.kind === "num" && t.digits.length > 1 ? t.digits : null;
}

const ROWS_2019 = 23;
/** 2019 row → the 2021 row the reading found it as (（六） in 21, （七）总计 in 24, 结转 in 25). */
const AS_2021 = (row: number) => (row <= 21 ? row : row + 2);

function read2019(
  readings: readonly Reading[][],
  items: Assignment["items"],
  lastSeen: number,
  endsEarly: boolean,
  unsafeRows: ReadonlySet<number>,
  diagnostics: Diagnostic[],
): TableRead {
  const own = Array.from({ length: ROWS_2019 }, (_, r) => readings[AS_2021(r + 1) - 1]);
  const solved = solveRows(own, REQUESTS_2019);
  const cells: (Cell | null)[] = Array<Cell | null>(ROWS_2019 * REQUEST_COLUMN_COUNT).fill(null);
  const truncated = endsEarly && lastSeen < REQUEST_ROW_COUNT;
  if (truncated) diagnostics.push(diagnostic("table-truncated", "error", tableParams("requests"), { table: "requests" }));
  for (let row = 1; row <= ROWS_2019; row++) {
    const at = AS_2021(row);
    const rowCells = solved.rows[row - 1];
    rowCells.forEach((c, i) => (cells[(row - 1) * REQUEST_COLUMN_COUNT + i] = c));
    if (unsafeRows.has(at)) continue;
    const said: Diagnostic[] = [];
    explainRow(at, items.get(at), own[row - 1], rowCells, at <= lastSeen, truncated, said, solved.verdicts[row - 1]);
    // The words name the 2021 row the reading used: name the 2019 one.
    const from = requestRowWhere(at);
    const to = requestRowWhere2019(row);
    for (const d of said) {
      d.row = row;
      d.message = d.message.split(String(from.where)).join(String(to.where));
      if (d.message_en) d.message_en = d.message_en.split(String(from.where_en)).join(String(to.where_en));
      diagnostics.push(d);
    }
  }
  return { cells, diagnostics };
}
