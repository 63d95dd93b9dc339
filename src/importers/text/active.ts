// Table 二 (主动公开): six row labels carrying ten figures. Read by rows (label, then its figures);
// PDF text that lists the labels first and then each column under its header is read by columns.
import { ACTIVE_COUNT, ACTIVE_ITEMS, type Diagnostic } from "../../model";
import { diagnostic, figuresText, tableParams } from "./diagnostics";
import { type Cell, agreement, placements } from "./placement";
import type { TableRead } from "./requests";
import { headerColumns, pickByLayout, verifiedColumns } from "./layout";
import { type Run, collectRuns, figureCount, runValues } from "./runs";
import type { Token } from "./tokens";

/** Row labels of table 二 and the items (1-based) they carry; the fee excludes its header 收费金额. */
const ROWS: readonly { pattern: RegExp; items: readonly number[] }[] = [
  { pattern: /规章/g, items: [1, 2, 3] },
  { pattern: /规范性文件/g, items: [4, 5, 6] },
  { pattern: /行政许可/g, items: [7] },
  { pattern: /行政处罚/g, items: [8] },
  { pattern: /行政强制/g, items: [9] },
  { pattern: /事业性收费|收费(?!金额)/g, items: [10] },
];

/** Column headers, for text read by columns: each header names the items below it, in order. */
const COLUMNS: readonly { pattern: RegExp; items: readonly number[] }[] = [
  { pattern: /制发件数/g, items: [1, 4] },
  { pattern: /废止件数/g, items: [2, 5] },
  { pattern: /现行有效件数/g, items: [3, 6] },
  { pattern: /处理决定数量/g, items: [7, 8, 9] },
  { pattern: /收费金额/g, items: [10] },
];

function lastMatch(text: string, patterns: readonly { pattern: RegExp }[], from: number): { index: number; end: number } | null {
  let best: { index: number; end: number } | null = null;
  patterns.forEach((p, index) => {
    if (index < from) return;
    p.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.pattern.exec(text))) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { index, end };
    }
  });
  return best;
}

export function readActive(tokens: readonly Token[], from: number, to: number): TableRead {
  const collected = collectRuns(tokens, from, to);
  const runs = withTrailingColumn(collected.runs);
  const after = collected.after;
  const columns = verifiedColumns(headerColumns(tokens.slice(from, to), tokens.length, [/制发件数/, /废止件数/, /现行有效/]), runs, 3);
  const byRows = readByRows(runs, after, columns);
  if (byRows) return byRows;
  const byColumns = readByColumns(runs);
  if (byColumns) return byColumns;
  return {
    cells: Array<Cell | null>(ACTIVE_COUNT).fill(null),
    diagnostics: [diagnostic("table-scrambled", "error", tableParams("active"), { table: "active" })],
  };
}

/**
 * PDF text that reads 规章 and 规范性文件 by rows under two of their three headers, and prints the
 * third column last (`现行有效件数 0 330`): that column's figures go into the two rows, in order.
 */
function withTrailingColumn(runs: readonly Run[]): readonly Run[] {
  const last = runs[runs.length - 1];
  if (!last || runs.length < 3 || last.tabbed || last.cells.length !== 2 || last.cells.includes("blank")) return runs;
  const column = allMatches(last.before, COLUMNS);
  if (column.length !== 1 || column[0] > 2 || lastMatch(last.before, ROWS, 0)) return runs;
  const [first, second] = runs;
  if (lastMatch(first.before, ROWS, 0)?.index !== 0 || lastMatch(second.before, ROWS, 0)?.index !== 1) return runs;
  if (allMatches(second.before, COLUMNS).length > 0) return runs;
  const named = allMatches(first.before, COLUMNS);
  const others = [0, 1, 2].filter((c) => c !== column[0]);
  if (named.length !== 2 || named[0] !== others[0] || named[1] !== others[1]) return runs;
  if ([first, second].some((r) => r.tabbed || r.cells.length !== 2 || r.cells.includes("blank"))) return runs;
  const widen = (run: Run, cell: Token | "blank"): Run => {
    const cells = [...run.cells];
    cells.splice(column[0], 0, cell);
    return { ...run, cells };
  };
  return [widen(first, last.cells[0]), widen(second, last.cells[1]), ...runs.slice(2, -1)];
}

function readByRows(runs: readonly Run[], after: string, columns: readonly number[] | null): TableRead | null {
  const cells = Array<Cell | null>(ACTIVE_COUNT).fill(null);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<number>();
  const rowRuns: { run: Run; items: readonly number[] }[] = [];
  // Rows whose label stands in text that may hide a figure (a digit glued to a letter, `�`, `?`):
  // their blank cells are not zeros.
  const suspect = new Set<number>();
  let next = 0;
  for (const run of runs) {
    const label = lastMatch(run.before, ROWS, next);
    if (!label) return null;
    for (let i = next; i < label.index; i++) {
      seen.add(i);
      if (mayHideFigure(run.before)) suspect.add(i);
    }
    const row = ROWS[label.index];
    seen.add(label.index);
    next = label.index + 1;
    if (run.cells.length > row.items.length) return null;
    rowRuns.push({ run, items: row.items });
    const readings = row.items.length === 3 ? pickByLayout(placements(run, 3), run, columns) : placements(run, row.items.length);
    const agreed = agreement(readings, row.items.length);
    agreed.forEach((c, i) => (cells[row.items[i] - 1] = c));
    if (agreed.some((c) => c === null)) {
      const figures = figuresText(runValues(run));
      for (const item of row.items)
        if (cells[item - 1] === null)
          diagnostics.push(
            diagnostic("row-ambiguous", "warning", { where: itemWhere(item), where_en: `active item ${item}`, count: figureCount(run), figures, unknown: 1 }, { table: "active", item }),
          );
    }
  }
  distrustSplitRows(rowRuns, cells, diagnostics);
  const tail = lastMatch(after, ROWS, next);
  if (tail)
    for (let i = next; i <= tail.index; i++) {
      seen.add(i);
      if (mayHideFigure(after)) suspect.add(i);
    }
  // A row whose label stands with no figure after it: blank cells, zeros — unless the text around
  // it holds something that may be a garbled figure.
  for (const i of seen)
    for (const item of ROWS[i].items) {
      if (suspect.has(i) && cells[item - 1] === null && !diagnostics.some((d) => d.item === item)) {
        diagnostics.push(diagnostic("row-garbled", "warning", { where: itemWhere(item), where_en: `active item ${item}` }, { table: "active", item }));
        continue;
      }
      fillBlank(cells, item, diagnostics);
    }
  for (let i = 0; i < ROWS.length; i++)
    if (!seen.has(i)) for (const item of ROWS[i].items) diagnostics.push(diagnostic("row-missing", "error", { where: itemWhere(item), where_en: `active item ${item}` }, { table: "active", item }));
  return { cells, diagnostics };
}

/**
 * PDF text prints a row's cells in reading order, but a figure of a row with blank cells may land
 * after the next row's label (`规章 1` / `行政规范性文件 16` / `27` / `185`, where 27 is 规章's). So when
 * a row of several cells lost some, the rows whose figures stand on several lines are not trusted.
 */
function distrustSplitRows(rowRuns: readonly { run: Run; items: readonly number[] }[], cells: (Cell | null)[], diagnostics: Diagnostic[]): void {
  const wide = rowRuns.filter((r) => r.items.length > 1 && !r.run.tabbed);
  if (!wide.some((r) => figureCount(r.run) > 0 && figureCount(r.run) < r.items.length)) return;
  for (const { run, items } of wide) {
    const lines = new Set(run.cells.map((c) => (c === "blank" ? -1 : c.line)));
    if (lines.size < 2 || items.every((item) => cells[item - 1] === null)) continue;
    for (const item of items) cells[item - 1] = null;
    const figures = figuresText(runValues(run));
    for (const item of items) diagnostics.push(diagnostic("row-split-lines", "warning", { where: itemWhere(item), where_en: `active item ${item}`, figures }, { table: "active", item }));
  }
}

/** Text between labels that may hold a lost figure: digits not read as a cell, `�`, `?`, private-use characters. */
function mayHideFigure(text: string): boolean {
  return /[0-9０-９\uFFFD?？\uE000-\uF8FF]/.test(text);
}

function fillBlank(cells: (Cell | null)[], item: number, diagnostics: readonly Diagnostic[]): void {
  const ambiguous = diagnostics.some((d) => d.item === item);
  if (!ambiguous && cells[item - 1] === null) cells[item - 1] = { value: 0, token: null };
}

function readByColumns(runs: readonly Run[]): TableRead | null {
  const cells = Array<Cell | null>(ACTIVE_COUNT).fill(null);
  const diagnostics: Diagnostic[] = [];
  const used = new Set<number>();
  let decisionHeaders = 0;
  // 本年处理决定数量 heads 行政许可 alone, then 行政处罚 and 行政强制 under a second header.
  const itemsOf = (index: number, figures: number | null): readonly number[] => {
    if (index !== 3) return COLUMNS[index].items;
    decisionHeaders++;
    if (decisionHeaders === 1 && figures !== COLUMNS[index].items.length) return [7];
    if (decisionHeaders === 2) return [8, 9];
    return COLUMNS[index].items;
  };
  // Cells of headers whose figures did not (all) follow them: a header right before another, or a
  // column cut by a page break. PDF text may put those figures further on, after row labels and no
  // header. Such a run is theirs only when exactly these cells wait and every cell ends up read once.
  const waiting: number[][] = [];
  let tookWaiting = false;
  for (const run of runs) {
    // PDF text puts the columns in any order: only the header right before the figures counts.
    const named = allMatches(run.before, COLUMNS);
    // A row label between the last header and the figures: the text runs by rows, not columns.
    if (named.length > 0 && rowLabelAfterHeader(run.before)) return null;
    for (const index of named.slice(0, -1)) waiting.push([...itemsOf(index, null)]);
    let items: readonly number[];
    if (named.length > 0) items = itemsOf(named[named.length - 1], run.cells.length);
    else if (waiting.length === 1 && waiting[0].length === run.cells.length) {
      items = waiting.pop()!;
      tookWaiting = true;
    } else continue;
    if (run.cells.length > items.length || items.some((i) => used.has(i))) return null;
    if (run.cells.length < items.length) {
      if (items.length === COLUMNS[3].items.length) return null;
      waiting.push(items.slice(run.cells.length));
      tookWaiting = true;
    }
    run.cells.forEach((c, i) => {
      used.add(items[i]);
      cells[items[i] - 1] = c === "blank" ? { value: 0, token: null } : { value: c.kind === "num" ? c.value : null, token: c };
    });
  }
  if (used.size === 0 || (tookWaiting && used.size !== ACTIVE_COUNT)) return null;
  cells.forEach((c, i) => {
    if (c === null) diagnostics.push(diagnostic("row-missing", "error", { where: itemWhere(i + 1), where_en: `active item ${i + 1}` }, { table: "active", item: i + 1 }));
  });
  return { cells, diagnostics };
}

function rowLabelAfterHeader(text: string): boolean {
  const header = lastMatch(text, COLUMNS, 0);
  const label = lastMatch(text, ROWS, 0);
  return header !== null && label !== null && label.end > header.end;
}

/** The column headers named in a text, in their order there. */
function allMatches(text: string, patterns: readonly { pattern: RegExp }[]): number[] {
  const found: { index: number; at: number }[] = [];
  patterns.forEach((p, index) => {
    p.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.pattern.exec(text))) found.push({ index, at: m.index });
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.index);
}

function itemWhere(item: number): string {
  const it = ACTIVE_ITEMS[item - 1];
  return `主动公开表第${item}项（${it.label}·${it.column}）`;
}
