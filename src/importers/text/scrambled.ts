// PDF text read without its layout (pdftotext's default) prints table 三's labels apart from the
// figures. The figures still come row by row, except where the text leaves their order open, and
// this reader says where: a text block holding several rows gives its cells column by column, one
// line per row (`129` `38` · `16` `3` · … for rows 3 and 4), or row by row; figures printed beside
// the header's words, before the first row label, belong to the first row in an order the text
// lost; a row whose own total fails as printed may have had one figure moved (`0 3 0 0 1 5` ·
// `四、结转…` · `1`). Each is a set of readings of the rows; the solver decides among them.
import { REQUEST_COLUMN_COUNT, REQUEST_ROW_COUNT } from "../../model";
import { type Reading, cellOf, sumHolds } from "./placement";
import type { Token } from "./tokens";

const ROW_PARTS = [0, 1, 2, 3, 4, 5];
const FIGURES = REQUEST_ROW_COUNT * REQUEST_COLUMN_COUNT;
/** Header words of table 三 as PDF text breaks them. */
const HEADER_WORDS = /申请人|法人|自然|商业|企业|科研|机构|公益|组织|法律|服务|其他|^其$|^他$|总计|合计|^总$|^计$/;
/** Words of a row label: the first row label ends the header. */
const ROW_LABEL = /本年新收|上年结转|办理结果|予以公开|[一二三四][.、]/;

interface Block {
  readonly figures: Token[];
  /** The block stands among the header's words, before any row label. */
  readonly beside: boolean;
}

/** Figures on consecutive lines, with no text between them: one text block of the PDF. */
function blocks(tokens: readonly Token[], from: number, to: number): Block[] | null {
  const out: Block[] = [];
  let current: Token[] = [];
  let lastLine = -2;
  let labelSeen = false;
  let headerSince = false;
  let beside = false;
  const close = () => {
    if (current.length) out.push({ figures: current, beside });
    current = [];
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "sep") continue;
    if (t.kind === "placeholder") return null;
    if (t.kind === "text") {
      close();
      if (ROW_LABEL.test(t.key)) labelSeen = true;
      else if (HEADER_WORDS.test(t.key)) headerSince = true;
      continue;
    }
    if (current.length && t.line > lastLine + 1) close();
    if (current.length === 0) beside = !labelSeen && headerSince && out.length === out.filter((b) => b.beside).length;
    current.push(t);
    lastLine = t.line;
  }
  close();
  return out;
}

/** Seven blocks of the same size m ≥ 2 in a row: m rows printed column by column. */
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
const key = (r: Reading) => r.map((c) => c.value).join(",");

/** Every merge of `a` into `b` that keeps the order of each (the figures beside the header and the row's others). */
function merges<T>(a: readonly T[], b: readonly T[]): T[][] {
  if (a.length === 0) return [[...b]];
  if (b.length === 0) return [[...a]];
  return [...merges(a.slice(1), b).map((m) => [a[0], ...m]), ...merges(a, b.slice(1)).map((m) => [b[0], ...m])];
}

/** The row as printed, and each reading with one figure moved elsewhere in it. */
function displaced(row: Reading): Reading[] {
  const out: Reading[] = [row];
  for (let i = 0; i < row.length; i++)
    for (let j = 0; j < row.length; j++) {
      if (i === j) continue;
      const r = [...row];
      const [c] = r.splice(i, 1);
      r.splice(j, 0, c);
      out.push(r);
    }
  return out;
}

function distinct(readings: readonly Reading[]): Reading[] {
  const seen = new Set<string>();
  return readings.filter((r) => !seen.has(key(r)) && seen.add(key(r)) !== undefined);
}

/** Figures beyond the table's 175 that the reader still tries to place (another table's, a stray page number). */
const MAX_EXTRA = REQUEST_COLUMN_COUNT * 3;

export interface ScrambledRead {
  /** Readings of each of the 25 rows, chosen row by row (the text holds exactly the table's figures). */
  readonly rows?: Reading[][];
  /**
   * Readings of the whole table (rows in order), when the text holds more figures than the table:
   * each window of 175 consecutive figures is one.
   */
  readonly tables?: Reading[][];
}

/**
 * Table 三 from PDF text whose labels stand apart from the figures: the readings the text leaves
 * open, or null when it holds fewer figures than the table, or far more.
 */
export function readScrambledRequests(tokens: readonly Token[], from: number, to: number): ScrambledRead | null {
  const bs = blocks(tokens, from, to);
  if (!bs) return null;
  const count = bs.reduce((n, b) => n + b.figures.length, 0);
  if (count < FIGURES || count > FIGURES + MAX_EXTRA) return null;
  const besideFigures = bs.filter((b) => b.beside).flatMap((b) => b.figures);
  const rest = bs.filter((b) => !b.beside).map((b) => b.figures);
  const orders = [rest.flat(), interleaved(rest)];
  if (count > FIGURES) {
    const tables: Reading[][] = [];
    const seen = new Set<string>();
    for (const order of orders) {
      const all = [...besideFigures, ...order];
      for (let w = 0; w + FIGURES <= all.length; w++) {
        const rows = Array.from({ length: REQUEST_ROW_COUNT }, (_, r) => all.slice(w + r * REQUEST_COLUMN_COUNT, w + (r + 1) * REQUEST_COLUMN_COUNT).map(cellOf));
        const k = rows.map(key).join(";");
        if (!seen.has(k)) tables.push(rows);
        seen.add(k);
      }
    }
    return { tables };
  }
  const perRow: Reading[][] = Array.from({ length: REQUEST_ROW_COUNT }, () => []);
  for (const order of orders) {
    const firstRows =
      besideFigures.length > 0 && besideFigures.length < REQUEST_COLUMN_COUNT
        ? merges(besideFigures, order.slice(0, REQUEST_COLUMN_COUNT - besideFigures.length))
        : [[...besideFigures, ...order].slice(0, REQUEST_COLUMN_COUNT)];
    const others = [...besideFigures, ...order].slice(REQUEST_COLUMN_COUNT);
    for (const first of firstRows) perRow[0].push(first.map(cellOf));
    for (let r = 1; r < REQUEST_ROW_COUNT; r++) {
      const at = (r - 1) * REQUEST_COLUMN_COUNT;
      perRow[r].push(others.slice(at, at + REQUEST_COLUMN_COUNT).map(cellOf));
    }
  }
  // Many rows failing their totals in every order show the figures are out of step with the rows
  // (a figure lost or added on the way: a page number, a cell the PDF left out): no row is certain.
  const failing = perRow.filter((rs) => !rs.some(rowHolds)).length;
  const withFigures = perRow.filter((rs) => rs.some((r) => r.some((c) => c.value !== 0))).length;
  if (failing > Math.max(1, withFigures / 4)) return null;
  // A row whose total fails in every order: the text may have moved one of its figures.
  return { rows: perRow.map((rs) => distinct(rs.some(rowHolds) ? rs : rs.flatMap(displaced))) };
}
