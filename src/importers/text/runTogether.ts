// Text whose table cells run together with no separator, the whole body on one line: what a web
// crawler saves of a page (`一、本年新收政府信息公开申请数量21710000218` is 217 · 1 · 0 · 0 · 0 · 0 · 218;
// table 四 one digit string; stray spaces from `&nbsp;` inside cells). Each row's label is found in
// order; the text between it and the next label is the row's figures, a run of digits that this
// reader splits every way it can (see ../solve/splits) — the solver then keeps a figure only where
// every split that keeps the table's rules agrees. A row whose run holds anything but digits,
// spaces and none-marks (`�`, `?`, a private-use character) is garbled: its cells are null, said.
import { ACTIVE_COUNT, APPEAL_COUNT, type Diagnostic, REQUEST_COLUMN_COUNT, REQUEST_COLUMNS, REQUEST_ROW_COUNT, REQUEST_ROW_FRAGMENTS } from "../../model";
import { type Choice, type Solution, solve } from "../solve";
import { ACTIVE_2021, APPEALS, REQUESTS_2019, REQUESTS_2021 } from "../solve/specs";
import { ACTIVE_ITEMS_2019, PROCUREMENT_AMOUNT_ITEM, REQUEST_ROW_COUNT_2019 } from "../../model";
import { type Atom, type Part, atomsOf, splitRun } from "../solve/splits";
import { diagnostic, openCellsText, requestRowWhere, requestRowWhere2019, tableParams } from "./diagnostics";
import type { Cell } from "./placement";
import type { Line, Token } from "./tokens";

/** A body line this long that names the rows of table 三 is run-together text. */
const MIN_BODY = 600;

/** The line of the text that holds the whole report body run together, or null. */
export function runTogetherBody(lines: readonly Line[]): Line | null {
  for (const l of lines) if (l.text.length >= MIN_BODY && l.text.includes("本年新收") && /结转下年度|下年度继续/.test(l.text) && /\d{7}/.test(l.text.replace(/\s+/g, ""))) return l;
  return null;
}

export interface RunTogetherRead {
  readonly active: (Cell | null)[] | null;
  /** Table 二 of a 2019 report (22 figures; no source spans). */
  readonly active2019: (number | null)[] | null;
  readonly requests: (Cell | null)[] | null;
  readonly appeals: (Cell | null)[] | null;
  readonly diagnostics: Diagnostic[];
}

/** Sub-numbers of table 三's rows (`2.其他法律…` is row 6's 2): the digit the next label puts after a row's figures. */
const SUB_NUMBER: readonly (number | null)[] = [null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3, null, null];

/** Table 三's rows as this reader finds them: the 2021 25 rows, or the 2019 23 (（六）其他处理 one row). */
interface RowsLayout {
  readonly count: number;
  readonly fragments: readonly (readonly string[])[];
  readonly subNumber: readonly (number | null)[];
  /** 1-based row found by `3.其他` under （六）, and the row of （七）总计. */
  readonly otherRow: number | null;
  readonly totalRow: number;
  readonly spec: typeof REQUESTS_2021;
  readonly where: (row: number) => Record<string, unknown>;
}

const LAYOUT_2021: RowsLayout = { count: REQUEST_ROW_COUNT, fragments: REQUEST_ROW_FRAGMENTS, subNumber: SUB_NUMBER, otherRow: 23, totalRow: 24, spec: REQUESTS_2021, where: requestRowWhere };
const LAYOUT_2019: RowsLayout = {
  count: REQUEST_ROW_COUNT_2019,
  fragments: [...REQUEST_ROW_FRAGMENTS.slice(0, 20), ["其他处理"], [], REQUEST_ROW_FRAGMENTS[24]],
  subNumber: [...SUB_NUMBER.slice(0, 20), null, null, null],
  otherRow: null,
  totalRow: 22,
  spec: REQUESTS_2019,
  where: requestRowWhere2019,
};
// What may end a row's label just before its figures: words, closing brackets and quotes.
const DAMAGE = /[\ufffd\ue000-\uf8ff?\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const LABEL_END = /[\u4e00-\u9fff)）\]】”"』」]\s*$/;
// The head of a label that stands before its words: group label, then its own number.
const GROUP_HEAD = /(?:[(（][一二三四五六七][)）][\u4e00-\u9fff\s]*)$/;
const TOP_HEAD = /(?:[一二三四][、.][\u4e00-\u9fff\s]*)$/;

interface Found {
  /** Offsets (into the line) where the row's label words end and where the next label begins. */
  readonly end: number;
  readonly start: number;
}

/** Where the fragment of each row's label stands, in order; -1 for a row not found. */
function locateRows(full: string, from: number, to: number, layout: RowsLayout): { at: number; end: number }[] {
  // Labels may be spaced out character by character (`1 ． 属 于 国 家 秘 密`): search without spaces.
  const map: number[] = [];
  let text = "";
  for (let i = 0; i < full.length; i++)
    if (!/[\s\u3000]/.test(full[i])) {
      map.push(i);
      text += full[i];
    }
  map.push(full.length);
  const back = (k: number) => map[Math.min(k, map.length - 1)];
  const compactAt = (i: number) => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: { at: number; end: number }[] = [];
  let pos = compactAt(from);
  to = compactAt(to);
  for (let r = 1; r <= layout.count; r++) {
    let best: { at: number; end: number } | null = null;
    const consider = (at: number, len: number) => {
      if (at >= pos && at < to && (!best || at < best.at)) best = { at, end: at + len };
    };
    for (const f of layout.fragments[r - 1]) consider(text.indexOf(f, pos), f.length);
    if (r === layout.otherRow) {
      const m = /3[.、]?\s*其他/.exec(text.slice(pos, to));
      if (m) consider(pos + m.index, m[0].length);
    }
    if (r === layout.totalRow) for (const f of ["总计", "合计"]) consider(text.indexOf(f, pos), f.length);
    if (best) {
      const b = best as { at: number; end: number };
      out.push({ at: back(b.at), end: back(b.end - 1) + 1 });
      pos = b.end;
    } else out.push({ at: -1, end: -1 });
  }
  return out;
}

/** The figure text of a row: between its label and the next label's head (its number and group label). */
function figureText(text: string, labelEnd: number, nextAt: number, nextSub: number | null): { start: number; end: number; garbled: boolean } {
  let region = text.slice(labelEnd, nextAt);
  // A lost glyph or NUL byte anywhere between two labels: what stood there cannot be told.
  if (DAMAGE.test(region)) return { start: labelEnd, end: labelEnd, garbled: true };
  // The next label's own words before its fragment (`（三）不予公开 1.属于`): cut its number, then its group head.
  if (nextSub !== null) {
    const m = new RegExp(`(?:${nextSub}\\s*[.、]|\\(${nextSub}\\)|${String.fromCharCode(0x2473 + nextSub)})[\\s\\u4e00-\\u9fff]*$`).exec(region);
    if (m) region = region.slice(0, m.index);
  }
  for (const head of [GROUP_HEAD, TOP_HEAD]) {
    const m = head.exec(region);
    if (m && m[0].length > 0) region = region.slice(0, m.index);
  }
  // The label's tail (`政府信息公开申请数量`) before the figures: up to the last word character.
  let cut = 0;
  for (let i = region.length - 1; i >= 0; i--)
    if (LABEL_END.test(region.slice(0, i + 1)) && !/[\d\s]/.test(region[i])) {
      cut = i + 1;
      break;
    }
  const figures = region.slice(cut);
  const start = labelEnd + cut + (figures.length - figures.trimStart().length);
  const end = labelEnd + cut + figures.trimEnd().length;
  return { start, end, garbled: atomsOf(figures) === null };
}

type NumToken = Extract<Token, { kind: "num" }>;

interface RowRun {
  readonly atoms: Atom[];
  /** Offset in the text of each atom. */
  readonly at: number[];
  readonly token: NumToken;
}

const digitsText = (t: Token | null): string => (t && t.kind === "num" ? t.text.trim() : "");

function rowRun(line: Line, start: number, end: number): RowRun | null {
  const text = line.text.slice(start, end);
  const a = atomsOf(text);
  if (!a) return null;
  const digits = a.atoms.map((x) => ("digit" in x ? x.digit : "")).join("");
  const token: NumToken = { kind: "num", value: Number(digits || "0"), digits, text, line: line.number, start: line.start + start, end: line.start + end, col: start };
  return { atoms: a.atoms, at: a.at.map((i) => line.start + start + i), token };
}

function cellsOf(run: RowRun, parts: readonly Part[]): Cell[] {
  return parts.map((p) => {
    const s = run.at[p.from];
    const e = run.at[p.to - 1] + 1;
    return { value: p.value, token: run.token, span: { start: s, end: e, text: run.token.text.slice(s - run.token.start, e - run.token.start) } };
  });
}

/** Splits of a row: those keeping its total, else all (the solver then leaves the row open). */
function rowSplits(run: RowRun, groups: number[], totals: boolean): Part[][] | null {
  if (totals) {
    const keeping = splitRun(run.atoms, { groups, totals: true });
    if (keeping === null || keeping.length > 0) return keeping;
  }
  return splitRun(run.atoms, { groups, totals: false, limit: 20_000 });
}

const BLANK_CELL: Cell = { value: 0, token: null };
/** Readings of one row with blank cells at most. */
const MAX_BLANK_READINGS = 2_000;

/**
 * Readings of a row in text whose blank cells (zeros left blank) run together with nothing: every
 * split of its digits into k ≤ n parts, placed in k of its n cells in order, the others 0. Those
 * that `keep` allows, or all of them when none does; null past the limit.
 */
function blankReadings(run: RowRun | null, n: number, keep: (values: readonly number[]) => boolean): Cell[][] | null {
  if (!run || run.atoms.length === 0) return [Array<Cell>(n).fill(BLANK_CELL)];
  const all: Cell[][] = [];
  const kept: Cell[][] = [];
  for (let k = 1; k <= Math.min(n, run.atoms.length); k++) {
    const splits = splitRun(run.atoms, { groups: [k], totals: false, limit: MAX_BLANK_READINGS });
    if (splits === null) return null;
    for (const parts of splits) {
      const cells = cellsOf(run, parts);
      for (const slots of combinations(n, k)) {
        const reading = Array<Cell>(n).fill(BLANK_CELL);
        slots.forEach((slot, i) => (reading[slot] = cells[i]));
        if (all.length + kept.length > MAX_BLANK_READINGS) return null;
        (keep(reading.map((c) => c.value ?? 0)) ? kept : all).push(reading);
      }
    }
  }
  return kept.length > 0 ? kept : all;
}

/** Every increasing choice of k of n slots. */
function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number) => {
    if (pick.length === k) {
      out.push([...pick]);
      return;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

const rowTotalHolds = (v: readonly number[]) => v[v.length - 1] === v.slice(0, -1).reduce((a, b) => a + b, 0);
const groupTotalsHold = (v: readonly number[]) => [0, 5, 10].every((g) => v[g + 4] === v[g] + v[g + 1] + v[g + 2] + v[g + 3]);

interface Proposal {
  readonly cells: number[];
  readonly readings: Cell[][];
}

function decide(spec: typeof REQUESTS_2021, proposals: readonly Proposal[]): { cells: (Cell | null)[]; solution: Solution } {
  const choices: Choice[] = proposals.map((p) => ({ cells: p.cells, options: p.readings.map((r) => r.map((c) => c.value)) }));
  const solution = solve(spec, choices);
  const cells = Array<Cell | null>(spec.size).fill(null);
  proposals.forEach((p) =>
    p.cells.forEach((cell, j) => {
      const v = solution.cells[cell];
      if (v.from) cells[cell] = p.readings[v.from[1]][j];
    }),
  );
  return { cells, solution };
}

export function readRunTogether(line: Line, format2019: boolean): RunTogetherRead {
  const text = line.text;
  const diagnostics: Diagnostic[] = [];
  const at = (re: RegExp, from = 0) => {
    const m = re.exec(text.slice(from));
    return m ? from + m.index : -1;
  };
  const activeAt = at(/二[、.]\s*主动公开/);
  const requestsAt = at(/三[、.]\s*收到和处理/, Math.max(activeAt, 0));
  const appealsAt = at(/四[、.]\s*政府信息公开行政复议|四[、.]\s*[\u4e00-\u9fff]{0,8}行政复议[、\s]*行政诉讼/, Math.max(requestsAt, 0));
  const closingAt = at(/五[、.]\s*[\u4e00-\u9fff]{0,6}存在/, Math.max(appealsAt, 0));
  const layout = format2019 ? LAYOUT_2019 : LAYOUT_2021;
  const read = requestsAt >= 0 ? readRequestsRun(line, requestsAt, appealsAt >= 0 ? appealsAt : text.length, diagnostics, layout) : null;
  const requests = read?.cells ?? null;
  // Zeros left blank in table 三 are left blank in the report's other tables too.
  const blanks = read?.blanks ?? true;
  let active2019: (number | null)[] | null = null;
  let active: (Cell | null)[] | null = null;
  if (activeAt >= 0 && requestsAt > activeAt) {
    if (format2019) active2019 = readActive2019Run(text.slice(activeAt, requestsAt), diagnostics);
    else active = readActiveRun(line, activeAt, requestsAt, diagnostics, blanks);
  }
  const appeals = appealsAt >= 0 ? readAppealsRun(line, appealsAt, closingAt >= 0 ? closingAt : text.length, diagnostics, blanks) : null;
  for (const [id, t] of [
    ["active", format2019 ? active2019 : active],
    ["requests", requests],
    ["appeals", appeals],
  ] as const)
    if (!t) diagnostics.push(diagnostic("table-missing", "error", tableParams(id), { table: id }));
  diagnostics.push(diagnostic("cells-run-together", "info", {}, {}));
  return { active, active2019, requests, appeals, diagnostics };
}

function readRequestsRun(line: Line, from: number, to: number, diagnostics: Diagnostic[], layout: RowsLayout): { cells: (Cell | null)[]; blanks: boolean } {
  const text = line.text;
  const ROWS = layout.count;
  const requestRowWhere = layout.where;
  const rows = locateRows(text, from, to, layout);
  const proposals: Proposal[] = [];
  const runs: (RowRun | null)[] = [];
  const garbled: boolean[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const here = rows[r - 1];
    let next = -1;
    for (let k = r; k < ROWS && next < 0; k++) next = rows[k].at;
    if (here.at < 0) {
      runs.push(null);
      garbled.push(false);
      continue;
    }
    const f = figureText(text, here.end, next >= 0 ? next : to, r < ROWS ? layout.subNumber[r] : null);
    const run = f.garbled ? null : rowRun(line, f.start, f.end);
    runs.push(run);
    garbled.push(f.garbled);
  }
  // A row with fewer digits than cells, or none: this table leaves zeros blank, and a blank cell
  // leaves no trace in text run together. Then every row may hold blanks anywhere.
  const blanks = runs.some((run, i) => rows[i].at >= 0 && !garbled[i] && (!run || run.atoms.length < REQUEST_COLUMN_COUNT));
  for (let r = 1; r <= ROWS; r++) {
    const run = runs[r - 1];
    const loc = { table: "requests" as const, row: r };
    if (rows[r - 1].at < 0) {
      diagnostics.push(diagnostic("row-missing", "error", requestRowWhere(r), loc));
      continue;
    }
    if (blanks && !garbled[r - 1]) {
      const readings = blankReadings(run, REQUEST_COLUMN_COUNT, rowTotalHolds);
      if (readings === null) diagnostics.push(diagnostic("row-search-limit", "warning", { ...requestRowWhere(r), unknown: REQUEST_COLUMN_COUNT }, loc));
      else proposals.push({ cells: [...Array(REQUEST_COLUMN_COUNT).keys()].map((c) => (r - 1) * REQUEST_COLUMN_COUNT + c), readings });
      continue;
    }
    if (!run || run.atoms.length === 0) {
      diagnostics.push(diagnostic(garbled[r - 1] ? "row-garbled" : "row-missing", garbled[r - 1] ? "warning" : "error", requestRowWhere(r), loc));
      continue;
    }
    const splits = rowSplits(run, [REQUEST_COLUMN_COUNT], true);
    if (splits === null) {
      diagnostics.push(diagnostic("row-search-limit", "warning", { ...requestRowWhere(r), unknown: REQUEST_COLUMN_COUNT }, loc));
      continue;
    }
    if (splits.length === 0) {
      diagnostics.push(diagnostic("row-run-together-none", "warning", { ...requestRowWhere(r), digits: run.token.text.trim() }, loc));
      continue;
    }
    proposals.push({ cells: [...Array(REQUEST_COLUMN_COUNT).keys()].map((c) => (r - 1) * REQUEST_COLUMN_COUNT + c), readings: splits.map((p) => cellsOf(run, p)) });
  }
  const { cells, solution } = decide(layout.spec, proposals);
  proposals.forEach((p, k) => {
    const r = Math.floor(p.cells[0] / REQUEST_COLUMN_COUNT) + 1;
    const open = p.cells.filter((c) => cells[c] === null);
    if (open.length === 0) return;
    const verdict = solution.choices[k];
    const cols = open.map((c) => (c % REQUEST_COLUMN_COUNT) + 1);
    const openText = openCellsText(open.map((c) => ({ name: `“${REQUEST_COLUMNS[c % REQUEST_COLUMN_COUNT].label}”列`, candidates: solution.cells[c].candidates })));
    const code = verdict.status === "own-rule-fails" ? "row-run-together-total-fails" : verdict.status === "limit" ? "row-search-limit" : verdict.status === "rules-conflict" ? "row-rules-conflict" : "row-run-together";
    diagnostics.push(
      diagnostic(code, "warning", { ...requestRowWhere(r), digits: digitsText(p.readings.find((x) => x.some((c) => c.token))?.find((c) => c.token)?.token ?? null), count: verdict.readings, unknown: open.length, open: openText }, { table: "requests", row: r }, { cols, candidates: open.map((c) => solution.cells[c].candidates) }),
    );
  });
  return { cells, blanks };
}

/** Table 二's rows in order: label, the items it carries, and whether its figure may have decimals. */
const ACTIVE_ROWS: readonly { label: RegExp; items: number[] }[] = [
  { label: /规章/, items: [1, 2, 3] },
  { label: /规范性文件/, items: [4, 5, 6] },
  { label: /行政许可/, items: [7] },
  { label: /行政处罚/, items: [8] },
  { label: /行政强制/, items: [9] },
  { label: /事业性收费|收费(?!金额)/, items: [10] },
];

function readActiveRun(line: Line, from: number, to: number, diagnostics: Diagnostic[], blanks: boolean): (Cell | null)[] {
  const text = line.text;
  const cells = Array<Cell | null>(ACTIVE_COUNT).fill(null);
  // The header ends at 现行有效件数: the rows follow.
  let pos = from;
  const header = text.indexOf("现行有效", from);
  if (header >= 0 && header < to) pos = header + 4;
  const proposals: Proposal[] = [];
  for (const row of ACTIVE_ROWS) {
    const m = row.label.exec(text.slice(pos, to));
    const where = (item: number) => ({ where: `主动公开表第${item}项`, where_en: `active item ${item}` });
    if (!m) {
      for (const item of row.items) diagnostics.push(diagnostic("row-missing", "error", where(item), { table: "active", item }));
      continue;
    }
    const start = pos + m.index + m[0].length;
    const fig = /^(\s*)([\d\s,.\-—/无]*)/.exec(text.slice(start, to))!;
    const s = start + fig[1].length;
    const raw = fig[2].trimEnd();
    pos = s + fig[2].length;
    const follows = text[pos];
    const item0 = row.items[0];
    // What follows the figures must be the next words: anything else is a garbled figure.
    const clean = follows === undefined || pos >= to || /[\u4e00-\u9fff(（]/.test(follows);
    if (raw === "" || !clean) {
      const code = !clean ? "row-garbled" : "row-missing";
      for (const item of row.items) diagnostics.push(diagnostic(code, code === "row-garbled" ? "warning" : "error", where(item), { table: "active", item }));
      continue;
    }
    if (row.items.length === 1 && raw.includes(".")) {
      // The fee: one figure with decimals.
      const value = Number(raw.replace(/[\s,]/g, ""));
      const token: Token = { kind: "num", value, digits: "", text: raw, line: line.number, start: line.start + s, end: line.start + s + raw.length, col: s };
      if (Number.isFinite(value)) cells[item0 - 1] = { value, token };
      else diagnostics.push(diagnostic("row-garbled", "warning", where(item0), { table: "active", item: item0 }));
      continue;
    }
    const run = rowRun(line, s, s + raw.length);
    const fewer = run !== null && (blanks || run.atoms.length < row.items.length);
    const blankSplits = fewer ? blankReadings(run, row.items.length, () => true) : null;
    if (run && blankSplits) {
      proposals.push({ cells: row.items.map((i) => i - 1), readings: blankSplits });
      continue;
    }
    const splits = run ? splitRun(run.atoms, { groups: [row.items.length], totals: false, limit: 20_000 }) : null;
    if (!run || !splits || splits.length === 0) {
      for (const item of row.items) diagnostics.push(diagnostic(run ? "row-search-limit" : "row-garbled", "warning", { ...where(item), unknown: 1 }, { table: "active", item }));
      continue;
    }
    proposals.push({ cells: row.items.map((i) => i - 1), readings: splits.map((p) => cellsOf(run, p)) });
  }
  const { cells: decided, solution } = decide(ACTIVE_2021, proposals);
  decided.forEach((c, i) => {
    if (c) cells[i] = c;
  });
  proposals.forEach((p, k) => {
    const open = p.cells.filter((c) => cells[c] === null);
    if (open.length === 0) return;
    const token = p.readings.find((x) => x.some((c) => c.token))?.find((c) => c.token)?.token ?? null;
    const openText = openCellsText(open.map((c) => ({ name: `第${c + 1}项`, candidates: solution.cells[c].candidates })));
    for (const c of open)
      diagnostics.push(
        diagnostic(
          "row-run-together-no-rule",
          "warning",
          { where: `主动公开表第${c + 1}项`, where_en: `active item ${c + 1}`, digits: digitsText(token), count: solution.choices[k].readings, unknown: open.length, open: openText },
          { table: "active", item: c + 1 },
          { candidates: solution.cells[c].candidates },
        ),
      );
  });
  return cells;
}

function readAppealsRun(line: Line, from: number, to: number, diagnostics: Diagnostic[], blanks: boolean): (Cell | null)[] {
  const text = line.text;
  const region = text.slice(from, to);
  // The figures follow the header's last word (总计 of the third group).
  const m = /([\d\s\-—/无,]+)\s*$/.exec(region);
  const where = { where: "复议诉讼表", where_en: "appeals" };
  const loc = { table: "appeals" as const };
  const before = m ? region.slice(0, m.index) : region;
  if (!m || !/[\u4e00-\u9fff]\s*$/.test(before)) {
    diagnostics.push(diagnostic(m ? "row-garbled" : "table-missing", m ? "warning" : "error", m ? where : tableParams("appeals"), loc));
    return Array<Cell | null>(APPEAL_COUNT).fill(null);
  }
  const s = from + m.index;
  const run = rowRun(line, s, s + m[1].trimEnd().length);
  if (run && (blanks || run.atoms.length < APPEAL_COUNT)) {
    // Fewer digits than cells: zeros left blank.
    const readings = blankReadings(run, APPEAL_COUNT, groupTotalsHold);
    if (!readings) {
      diagnostics.push(diagnostic("row-search-limit", "warning", { ...where, unknown: APPEAL_COUNT }, loc));
      return Array<Cell | null>(APPEAL_COUNT).fill(null);
    }
    const { cells } = decide(APPEALS, [{ cells: [...Array(APPEAL_COUNT).keys()], readings }]);
    if (cells.some((c) => c === null)) diagnostics.push(diagnostic("row-run-together", "warning", { ...where, digits: run.token.text.trim(), count: readings.length, unknown: cells.filter((c) => c === null).length, open: "" }, loc));
    return cells;
  }
  const splits = run ? rowSplits(run, [5, 5, 5], true) : null;
  if (!run || !splits || splits.length === 0) {
    diagnostics.push(diagnostic(run && splits ? "row-run-together-none" : "row-search-limit", "warning", { ...where, digits: run?.token.text.trim() ?? "", unknown: APPEAL_COUNT }, loc));
    return Array<Cell | null>(APPEAL_COUNT).fill(null);
  }
  const { cells, solution } = decide(APPEALS, [{ cells: [...Array(APPEAL_COUNT).keys()], readings: splits.map((p) => cellsOf(run, p)) }]);
  const open = cells.map((c, i) => (c === null ? i : -1)).filter((i) => i >= 0);
  for (const g of [1, 2, 3]) {
    const mine = open.filter((i) => Math.floor(i / 5) === g - 1);
    if (mine.length === 0) continue;
    diagnostics.push(
      diagnostic(
        solution.choices[0].status === "own-rule-fails" ? "row-run-together-total-fails" : "row-run-together",
        "warning",
        { where: `复议诉讼表第${g}组`, where_en: `appeals group ${g}`, digits: run.token.text.trim(), count: solution.choices[0].readings, unknown: mine.length, open: "" },
        { table: "appeals", group: g },
      ),
    );
  }
  return cells;
}

/** Table 二 (2019) rows in order: label, items, and the kind of row (see readActive2019Run). */
const ACTIVE_ROWS_2019: readonly { label: RegExp; items: number[]; kind: "published" | "matters" | "fee" | "procurement" }[] = [
  { label: /规章/, items: [1, 2, 3], kind: "published" },
  { label: /规范性文件/, items: [4, 5, 6], kind: "published" },
  { label: /行政许可/, items: [7, 8, 9], kind: "matters" },
  { label: /管理服务事项/, items: [10, 11, 12], kind: "matters" },
  { label: /行政处罚/, items: [13, 14, 15], kind: "matters" },
  { label: /行政强制/, items: [16, 17, 18], kind: "matters" },
  { label: /事业性收费|收费/, items: [19, 20], kind: "fee" },
  { label: /集中采购|政府采购/, items: [21, 22], kind: "procurement" },
];
const FIGURES_2019 = /^[\s\u00a0\u3000\d+\-−－–—/.．,，增加减少万元无]*/;
const SIGN = /\+|＋|-|−|－|增加|减少|增|减/g;
/** A whole count as printed in one cell: no leading zero (`0` alone), at most seven digits. */
const countOf = (s: string): number | null => (/^(0|[1-9]\d{0,6})$|^[1-9]\d{0,2}(,\d{3}){1,2}$/.test(s) ? Number(s.replace(/,/g, "")) : null);
const MAX_READINGS_2019 = 2_000;

/** Every split of a digit string into `n` counts, or null past the limit. */
function countSplits(s: string, n: number): number[][] | null {
  const out: number[][] = [];
  const walk = (i: number, acc: number[]): boolean => {
    if (acc.length === n) {
      if (i === s.length) out.push([...acc]);
      return out.length <= MAX_READINGS_2019;
    }
    for (let j = i + 1; j <= Math.min(s.length, i + 9); j++) {
      const v = countOf(s.slice(i, j));
      if (v === null) continue;
      acc.push(v);
      const ok = walk(j, acc);
      acc.pop();
      if (!ok) return false;
    }
    return true;
  };
  return walk(0, []) ? out : null;
}

/**
 * Readings of a 2019 row whose figures run together: 本年增/减 after its sign (`+`, `-`, `增加`,
 * `减少`) starts where the sign stands; with no sign, every split of the digits (增/减 ≥ 0).
 * `-` may also be a none-mark standing for a 0 of its own. Null: not readable as figures.
 */
function readings2019(raw: string, kind: "published" | "matters" | "fee" | "procurement"): { values: number[][]; yuan: boolean } | null {
  const s = raw.replace(/[\s\u00a0\u3000]/g, "").replace(/[．]/g, ".").replace(/，/g, ",");
  if (s === "") return null;
  if (kind === "procurement") {
    const m = /^([\d.,]+)(万元|元)?$/.exec(s);
    if (!m) return null;
    const yuan = m[2] === "元";
    const d = m[1];
    const values: number[][] = [];
    for (let k = 1; k < d.length; k++) {
      const count = countOf(d.slice(0, k));
      const a = d.slice(k);
      if (count === null || !/^(0|[1-9]\d{0,11}|[1-9]\d{0,2}(,\d{3})+)(\.\d+)?$/.test(a)) continue;
      const amount = Number(a.replace(/,/g, ""));
      values.push([count, yuan ? Math.round(amount) / 10000 : amount]);
    }
    return { values, yuan };
  }
  if (kind === "published") {
    const a = atomsOf(s);
    if (!a || a.atoms.length === 0) return null;
    const splits = splitRun(a.atoms, { groups: [3], totals: false, limit: SPLIT_LIMIT_2019 });
    return splits ? { values: splits.map((p) => p.map((x) => x.value)), yuan: false } : null;
  }
  // Rows with a signed 本年增/减: [上一年项目数量, 增/减, 处理决定数量] or [上一年项目数量, 增/减].
  const n = kind === "matters" ? 3 : 2;
  const signs = [...s.matchAll(SIGN)];
  if (/[^\d,+＋\-−－增加减少]/.test(s) || signs.length > 1) return null;
  const values: number[][] = [];
  if (signs.length === 0) {
    const all = countSplits(s, n);
    return all ? { values: all, yuan: false } : null;
  }
  const m = signs[0];
  const left = s.slice(0, m.index);
  const right = s.slice(m.index! + m[0].length);
  const negative = /^[-−－减]/.test(m[0]);
  const before = countOf(left);
  if (before !== null && right !== "") {
    const after = countSplits(right, n - 1);
    if (after === null) return null;
    for (const [change, ...rest] of after) values.push([before, negative ? -change : change, ...rest]);
  }
  // `-` as a none-mark: a 0 in one of the cells, the digits on either side the others.
  if (m[0] === "-") {
    for (let slot = 0; slot < n; slot++) {
      const ls = countSplits(left, slot);
      const rs = countSplits(right, n - 1 - slot);
      if (!ls || !rs) continue;
      for (const a of ls) for (const b of rs) values.push([...a, 0, ...b]);
    }
  }
  return { values, yuan: false };
}
const SPLIT_LIMIT_2019 = 20_000;

/** Table 二 of a 2019 report in run-together text: each cell only where every reading of its row agrees. */
function readActive2019Run(region: string, diagnostics: Diagnostic[]): (number | null)[] {
  const figures = Array<number | null>(ACTIVE_ITEMS_2019.length).fill(null);
  // The rows follow the header's 对外公开总数量 (words before it may name 规章 with a count).
  const header = region.indexOf("公开总数量");
  let pos = header >= 0 ? header + 5 : 0;
  for (const row of ACTIVE_ROWS_2019) {
    const label0 = ACTIVE_ITEMS_2019[row.items[0] - 1].label;
    const where = { where: `主动公开表“${label0}”`, where_en: `active row ${label0}` };
    const loc = { table: "active" as const, item: row.items[0] };
    // The row's label followed by figures (a heading that names it, `第二十条…`, is followed by words).
    const re = new RegExp(row.label.source, "g");
    re.lastIndex = pos;
    let found: { start: number; raw: string } | null = null;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const raw = FIGURES_2019.exec(region.slice(m.index + m[0].length))![0];
      if (/\d/.test(raw)) {
        found = { start: m.index + m[0].length, raw };
        break;
      }
    }
    if (!found) {
      diagnostics.push(diagnostic("row-missing", "error", where, loc));
      continue;
    }
    pos = found.start + found.raw.length;
    const read = readings2019(found.raw, row.kind);
    const digits = found.raw.trim();
    if (!read || read.values.length === 0) {
      diagnostics.push(diagnostic("row-ambiguous", "warning", { ...where, count: 0, figures: digits, unknown: row.items.length, open: "" }, loc));
      continue;
    }
    const open: number[] = [];
    row.items.forEach((item, k) => {
      const vs = new Set(read.values.map((v) => v[k]));
      if (vs.size === 1) figures[item - 1] = read.values[0][k];
      else open.push(item);
    });
    if (read.yuan && figures[PROCUREMENT_AMOUNT_ITEM - 1] !== null) diagnostics.push(diagnostic("procurement-in-yuan", "info", { text: digits, value: figures[PROCUREMENT_AMOUNT_ITEM - 1] }, { table: "active", item: PROCUREMENT_AMOUNT_ITEM }));
    for (const item of open)
      diagnostics.push(
        diagnostic(
          "row-run-together-no-rule",
          "warning",
          { where: `主动公开表第${item}项（${ACTIVE_ITEMS_2019[item - 1].label}）`, where_en: `active item ${item}`, digits, count: read.values.length, unknown: open.length, open: "" },
          { table: "active", item },
          { candidates: [...new Set(read.values.map((v) => v[row.items.indexOf(item)]))].slice(0, 5) },
        ),
      );
  }
  return figures;
}
