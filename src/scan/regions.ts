// Where tables stand on a sheet. Columns split into bands at blank columns, a band beginning
// wherever row labels of the tables begin again (two reports side by side); rows split into
// tables at each table's title or header words, a report beginning again when a table it already
// has starts over (two reports one under the other). Blank rows and columns inside a table do not
// split it: they are dropped when the table is read (./grid.ts).
import { labelKey, matchActiveRow, matchRequestRow, type TableId } from "../model";
import type { ScanCell } from "./sheet";

export interface Span {
  readonly first: number;
  readonly last: number;
}

export interface ReportRegion {
  readonly columns: Span;
  /** Rows above the first table: the title, for agency and year. */
  readonly preamble: Span | null;
  readonly tables: readonly { readonly id: TableId; readonly rows: Span }[];
}

const SHORT_CELL = 60;
const MARKERS: readonly [TableId, RegExp][] = [
  ["appeals", /行政复议|行政诉讼/],
  ["requests", /收到和处理|申请人情况|勾稽关系|自然人/],
  ["active", /主动公开|第二十条/],
];

type Matrix = readonly (readonly (ScanCell | null)[])[];

/** A row label of table 二 or 三; a bare 总计/合计 is a column header too, so it does not count. */
function isLabel(text: string): boolean {
  if (text.length > SHORT_CELL || /^(总计|合计)$/.test(labelKey(text))) return false;
  return matchRequestRow(text) !== null || matchActiveRow(text) !== null;
}

export function bands(cells: Matrix, width: number): Span[] {
  const runs: (Span & { labels: number })[] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const blank = c === width || cells.every((row) => !row[c]);
    if (!blank && start < 0) start = c;
    if (blank && start >= 0) {
      let labels = 0;
      for (const row of cells) for (let k = start; k < c; k++) if (row[k] && row[k]!.left === k && isLabel(row[k]!.text)) labels++;
      runs.push({ first: start, last: c - 1, labels });
      start = -1;
    }
  }
  const out: Span[] = [];
  let labelled = false;
  for (const run of runs) {
    const startsReport = run.labels >= 2;
    if (out.length === 0 || (startsReport && labelled)) {
      out.push({ first: run.first, last: run.last });
      labelled = startsReport;
    } else {
      out[out.length - 1] = { first: out[out.length - 1].first, last: run.last };
      labelled ||= startsReport;
    }
  }
  return out;
}

function rowKind(cells: Matrix, r: number, columns: Span): TableId | null {
  const row = cells[r];
  for (let c = columns.first; c <= columns.last; c++) {
    const cell = row[c];
    if (!cell || cell.left !== c || cell.top !== r || cell.text.length > SHORT_CELL) continue;
    const key = labelKey(cell.text);
    for (const [id, re] of MARKERS) if (re.test(key)) return id;
  }
  return null;
}

export function reportRegions(cells: Matrix, height: number, columns: Span): ReportRegion[] {
  const regions: ReportRegion[] = [];
  let tables: { id: TableId; first: number }[] = [];
  let preambleFirst = 0;
  const close = (end: number) => {
    if (tables.length === 0) return;
    const spans = tables.map((t, i) => ({ id: t.id, rows: { first: t.first, last: i + 1 < tables.length ? tables[i + 1].first - 1 : end } }));
    const preamble = tables[0].first > preambleFirst ? { first: preambleFirst, last: tables[0].first - 1 } : null;
    regions.push({ columns, preamble, tables: spans });
    preambleFirst = end + 1;
    tables = [];
  };
  for (let r = 0; r < height; r++) {
    const kind = rowKind(cells, r, columns);
    if (kind === null || tables[tables.length - 1]?.id === kind) continue;
    if (tables.some((t) => t.id === kind)) close(r - 1);
    tables.push({ id: kind, first: r });
  }
  close(height - 1);
  return regions;
}
