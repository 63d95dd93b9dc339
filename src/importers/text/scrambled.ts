// PDF text read without its layout (pdftotext's default) prints table 三's labels apart from the
// figures. The figures still come row by row, except where a text block holds several rows: then
// its cells come column by column, one line per row (`129` `38` · `16` `3` · … for rows 3 and 4).
// Both readings are tried; one is taken only when the table's totals show it kept the order (see
// rowsEvidence and strict) and no other reading that does gives other figures.
import { REQUEST_COLUMN_COUNT, REQUEST_ROW_COUNT } from "../../model";
import { type Cell, type Reading, cellOf, sumHolds } from "./placement";
import type { Token } from "./tokens";

const ROW_PARTS = [0, 1, 2, 3, 4, 5];
const FIGURES = REQUEST_ROW_COUNT * REQUEST_COLUMN_COUNT;
const MIN_EVIDENCE = 3;

/** Figures on consecutive lines, with no text between them: one text block of the PDF. */
function blocks(tokens: readonly Token[], from: number, to: number): Token[][] | null {
  const out: Token[][] = [];
  let current: Token[] = [];
  let lastLine = -2;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "sep") continue;
    if (t.kind === "placeholder") return null;
    if (t.kind === "text") {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (current.length && t.line > lastLine + 1) {
      out.push(current);
      current = [];
    }
    current.push(t);
    lastLine = t.line;
  }
  if (current.length) out.push(current);
  return out;
}

/** Seven blocks of the same size m ≥ 2 in a row are m rows printed column by column. */
function interleaved(bs: readonly Token[][]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < bs.length; ) {
    const m = bs[i].length;
    const run = bs.slice(i, i + REQUEST_COLUMN_COUNT);
    if (m >= 2 && run.length === REQUEST_COLUMN_COUNT && run.every((b) => b.length === m)) {
      for (let r = 0; r < m; r++) for (const b of run) out.push(b[r]);
      i += REQUEST_COLUMN_COUNT;
    } else for (const t of bs[i++]) out.push(t);
  }
  return out;
}

const rowHolds = (r: Reading) => sumHolds(r, ROW_PARTS, REQUEST_COLUMN_COUNT - 1);

/** With figures left over, only a reading where every total of the table holds. */
function strict(rows: readonly Reading[], holds: (rows: readonly Reading[]) => boolean): boolean {
  return rows.every(rowHolds) && holds(rows);
}

/**
 * With exactly the table's 175 figures: the rows' own totals show the order was kept. A report may
 * carry one wrong total of its own (that is what the checks are for), so one row may fail — when
 * at least three rows with figures other than zero agree with their totals.
 */
function rowsEvidence(rows: readonly Reading[]): boolean {
  const failing = rows.filter((r) => !rowHolds(r)).length;
  const evidence = rows.filter((r) => rowHolds(r) && r.some((c) => c.value !== 0)).length;
  return failing === 0 || (failing === 1 && evidence >= MIN_EVIDENCE);
}

function asRows(figures: readonly Token[]): Reading[] | null {
  if (figures.length < FIGURES) return null;
  const rows: Reading[] = [];
  for (let r = 0; r < REQUEST_ROW_COUNT; r++)
    rows.push(figures.slice(r * REQUEST_COLUMN_COUNT, (r + 1) * REQUEST_COLUMN_COUNT).map(cellOf));
  return rows;
}

/**
 * Table 三 from PDF text whose labels stand apart from the figures, or null when no reading is
 * certain. `holds` is the column check of the whole table (results-total and balance).
 */
export function readScrambledRequests(
  tokens: readonly Token[],
  from: number,
  to: number,
  holds: (rows: readonly Reading[]) => boolean,
): ScrambledRead | null {
  const bs = blocks(tokens, from, to);
  if (!bs) return null;
  const count = bs.reduce((n, b) => n + b.length, 0);
  // Far more figures than the table holds: this is not one table's text.
  if (count > 2 * FIGURES) return null;
  const candidates = [bs.flat(), interleaved(bs)].map(asRows);
  const fitting = candidates.filter((rows): rows is Reading[] => rows !== null && (count === FIGURES ? rowsEvidence(rows) : strict(rows, holds)));
  if (fitting.length === 0) return null;
  const values = (rows: readonly Reading[]) => rows.map((r) => r.map((c) => c.value).join(",")).join(";");
  if (fitting.some((rows) => values(rows) !== values(fitting[0]))) return null;
  const kept = withoutFailingRow(fitting[0], holds);
  if (!kept) return null;
  const unread = fitting[0].flatMap((r, i) =>
    kept[i] === r ? [] : [{ row: i + 1, figures: r.map((c) => c.value), unknown: kept[i].filter((c) => c === UNREAD).length }],
  );
  return { cells: kept.flat(), unread };
}

export interface ScrambledRead {
  readonly cells: Cell[];
  /** Rows left unread because they failed their own total and the column sums: 1-based, with the figures read. */
  readonly unread: readonly { row: number; figures: (number | null)[]; unknown: number }[];
}

const UNREAD: Cell = { value: null, token: null };

/**
 * A row that fails its own total may be the report's error, or a figure the text moved in from
 * elsewhere (`0 3 0 0 1 5` / `四、结转下年度…` / `1`). Its cells are kept only where the column sum
 * (results total or balance) holds with them; the others are unread. Null when the other rows do
 * not keep the column sums.
 */
function withoutFailingRow(rows: readonly Reading[], holds: (rows: readonly Reading[]) => boolean): Reading[] | null {
  if (rows.every(rowHolds) || holds(rows)) return [...rows];
  const kept = rows.map((r) => (rowHolds(r) ? r : r.map(() => UNREAD)));
  if (!holds(kept)) return null;
  rows.forEach((r, i) => {
    if (rowHolds(r)) return;
    const confirmed = r.map((c, col) => {
      const alone = kept.map((k, j) => (j === i ? r.map((x, xc) => (xc === col ? x : UNREAD)) : k));
      return holds(alone) ? c : UNREAD;
    });
    kept[i] = confirmed;
  });
  return kept;
}
