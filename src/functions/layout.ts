// Where a table's figures sit in a range: by shape alone (bare figures), or by the row labels and
// headers around them. Knows nothing of checks; the adapter in ./range.ts reads the cells it names.
import {
  ACTIVE_COUNT,
  ACTIVE_COUNT_2019,
  FORMAT_2019_MARKERS,
  REQUEST_ROW_COUNT_2019,
  matchActiveRow2019,
  APPEAL_COLUMN_COUNT,
  APPEAL_COUNT,
  APPEAL_GROUP_COUNT,
  REQUEST_COLUMN_COUNT,
  REQUEST_ROW_COUNT,
  REQUEST_ROWS,
  appealIndex,
  labelKey,
  matchActiveRow,
  matchRequestRow,
  readFigureText,
  type Location,
  type TableId,
} from "../model";
import { FUNCTION_MESSAGES, render } from "../messages";
import { excelError } from "./errors";

/** A figure's place in the range, 0-based. */
export type Position = readonly [number, number];

export type Cell = { kind: "value"; value: number } | { kind: "text"; text: string };

export function readCell(raw: unknown): Cell {
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "value", value: raw } : { kind: "text", text: String(raw) };
  if (raw === "" || raw === null || raw === undefined) return { kind: "value", value: 0 };
  if (typeof raw !== "string") return { kind: "text", text: String(raw) };
  const read = readFigureText(raw);
  if (read.kind === "number") return { kind: "value", value: read.value };
  if (read.kind === "empty") return { kind: "value", value: 0 };
  return { kind: "text", text: raw.trim() };
}

const isBlank = (raw: unknown) => raw === "" || raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
const textOf = (raw: unknown) => (typeof raw === "string" ? raw : "");

/**
 * Where each table's figures sit, as (location, position) pairs. `format` "2019": the older table
 * 二 (22 figures) or table 三 (23 rows, （六）其他处理 one row); locations are then in its numbering.
 */
export type Layout = { table: TableId; places: [Location, Position][]; missingRows?: number[]; format?: "2019" };

const requestsAt = (pos: (row: number, col: number) => Position | undefined, rows = REQUEST_ROW_COUNT): [Location, Position][] => {
  const places: [Location, Position][] = [];
  for (let row = 1; row <= rows; row++)
    for (let col = 1; col <= REQUEST_COLUMN_COUNT; col++) {
      const p = pos(row, col);
      if (p) places.push([{ table: "requests", row, col }, p]);
    }
  return places;
};
const activeAt = (pos: (item: number) => Position, count = ACTIVE_COUNT): [Location, Position][] =>
  Array.from({ length: count }, (_, i) => [{ table: "active", item: i + 1 }, pos(i)] as [Location, Position]);
const appealsAt = (pos: (group: number, col: number) => Position | undefined): [Location, Position][] => {
  const places: [Location, Position][] = [];
  for (let group = 1; group <= APPEAL_GROUP_COUNT; group++)
    for (let col = 1; col <= APPEAL_COLUMN_COUNT; col++) {
      const p = pos(group, col);
      if (p) places.push([{ table: "appeals", group, col }, p]);
    }
  return places;
};

/** The bare figures of one table, by the range's shape alone. */
function bareLayout(rows: number, cols: number, top = 0, left = 0): Layout | null {
  const at = (r: number, c: number): Position => [top + r, left + c];
  if (rows === REQUEST_ROW_COUNT && cols === REQUEST_COLUMN_COUNT) return { table: "requests", places: requestsAt((r, c) => at(r - 1, c - 1)) };
  // The older 2019 format: table 三 of 23 rows, table 二 of 22 figures in a row or a column.
  if (rows === REQUEST_ROW_COUNT_2019 && cols === REQUEST_COLUMN_COUNT)
    return { table: "requests", places: requestsAt((r, c) => at(r - 1, c - 1), REQUEST_ROW_COUNT_2019), format: "2019" };
  if (rows === 1 && cols === ACTIVE_COUNT_2019) return { table: "active", places: activeAt((i) => at(0, i), ACTIVE_COUNT_2019), format: "2019" };
  if (rows === ACTIVE_COUNT_2019 && cols === 1) return { table: "active", places: activeAt((i) => at(i, 0), ACTIVE_COUNT_2019), format: "2019" };
  if (rows === 1 && cols === ACTIVE_COUNT) return { table: "active", places: activeAt((i) => at(0, i)) };
  if (rows === ACTIVE_COUNT && cols === 1) return { table: "active", places: activeAt((i) => at(i, 0)) };
  if (rows === 2 && cols === 5) return { table: "active", places: activeAt((i) => at(Math.floor(i / 5), i % 5)) };
  if (rows === APPEAL_GROUP_COUNT && cols === APPEAL_COLUMN_COUNT) return { table: "appeals", places: appealsAt((g, c) => at(g - 1, c - 1)) };
  if (rows === 1 && cols === APPEAL_COUNT) return { table: "appeals", places: appealsAt((g, c) => at(0, appealIndex(g, c))) };
  if (rows === APPEAL_COUNT && cols === 1) return { table: "appeals", places: appealsAt((g, c) => at(appealIndex(g, c), 0)) };
  return null;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The smallest box holding every non-blank cell. */
function contentBox(values: unknown[][]): Box | null {
  let box: Box | null = null;
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      if (isBlank(raw)) return;
      if (!box) box = { top: r, left: c, bottom: r, right: c };
      else {
        box.top = Math.min(box.top, r);
        box.bottom = Math.max(box.bottom, r);
        box.left = Math.min(box.left, c);
        box.right = Math.max(box.right, c);
      }
    }),
  );
  return box;
}

/** Table 三 with its row labels: labels left, the 7 figure columns rightmost. */
function requestsByLabel(values: unknown[][], box: Box): Layout | null {
  const firstFigureCol = box.right - REQUEST_COLUMN_COUNT + 1;
  if (firstFigureCol <= box.left) return null;
  const rowAt = new Map<number, number>();
  let singleOther: number | null = null;
  for (let r = box.top; r <= box.bottom; r++) {
    const label = values[r].slice(box.left, firstFigureCol).map(textOf).join("");
    const row = matchRequestRow(label);
    if (row !== null && !rowAt.has(row)) rowAt.set(row, r);
    else if (row === null && singleOther === null && /\(六\)其他处理$/.test(labelKey(label))) singleOther = r;
  }
  if (rowAt.size < 3) return null;
  // The older format's single （六）其他处理 row, with no sub-rows: table 三 of 23 rows.
  if (singleOther !== null && ![21, 22].some((row) => rowAt.has(row))) {
    const at2019 = new Map<number, number>();
    for (const [row, r] of rowAt) if (row <= 20 || row >= 24) at2019.set(row <= 20 ? row : row - 2, r);
    at2019.set(21, singleOther);
    const missingRows = Array.from({ length: REQUEST_ROW_COUNT_2019 }, (_, i) => i + 1).filter((row) => !at2019.has(row));
    return {
      table: "requests",
      places: requestsAt((row, col) => (at2019.has(row) ? [at2019.get(row)!, firstFigureCol + col - 1] : undefined), REQUEST_ROW_COUNT_2019),
      missingRows,
      format: "2019",
    };
  }
  const missingRows = REQUEST_ROWS.map((r) => r.row).filter((row) => !rowAt.has(row));
  return {
    table: "requests",
    places: requestsAt((row, col) => (rowAt.has(row) ? [rowAt.get(row)!, firstFigureCol + col - 1] : undefined)),
    missingRows,
  };
}

/** Table 二 with its labels: each label (规章 …) is followed by its figures, left to right. */
function activeByLabel(values: unknown[][], box: Box): Layout | null {
  const rows: { r: number; c: number; items: readonly number[] }[] = [];
  const seen = new Set<number>();
  // The older format by its own column words (本年新制作数量, 上一年项目数量 …): its rows and items.
  const key = labelKey(values.flat().map(textOf).join(""));
  const old = FORMAT_2019_MARKERS.some((m) => key.includes(labelKey(m)));
  const matchOf = (text: string) => (old ? matchActiveRow2019(text) : matchActiveRow(text));
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const match = typeof values[r][c] === "string" ? matchOf(values[r][c] as string) : null;
      if (!match || seen.has(match.items[0])) continue;
      match.items.forEach((item) => seen.add(item));
      rows.push({ r, c, items: match.items });
      break;
    }
  }
  if (seen.size < 3) return null;
  // A label merged over several columns leaves blank cells after it (Excel passes them as ""):
  // the figures start at the first column, right of every label, where some labelled row has a value.
  const afterLabels = Math.max(...rows.map((row) => row.c)) + 1;
  let first = afterLabels;
  while (first <= box.right && rows.every((row) => isBlank(values[row.r][first]))) first++;
  if (first > box.right) first = afterLabels;
  const places: [Location, Position][] = [];
  for (const row of rows) {
    if (first + row.items.length - 1 > box.right) continue;
    row.items.forEach((item, i) => places.push([{ table: "active", item }, [row.r, first + i]]));
  }
  return old ? { table: "active", places, format: "2019" } : { table: "active", places };
}

function appealGroupOf(label: string): number | null {
  const key = labelKey(label);
  if (key.includes("复议后")) return 3;
  if (key.includes("直接起诉") || key.includes("未经复议")) return 2;
  if (key.includes("行政复议")) return 1;
  return null;
}

/** Table 四 with its headers: either one group per labelled row, or the headers above one row of 15. */
function appealsByLabel(values: unknown[][], box: Box): Layout | null {
  const words = values.slice(box.top, box.bottom + 1).some((line) => line.some((v) => /复议|诉讼/.test(textOf(v))));
  if (!words) return null;
  const firstFigureCol = box.right - APPEAL_COLUMN_COUNT + 1;
  const groupAt = new Map<number, number>();
  if (firstFigureCol > box.left)
    for (let r = box.top; r <= box.bottom; r++) {
      const group = appealGroupOf(values[r].slice(box.left, firstFigureCol).map(textOf).join(""));
      if (group !== null && !groupAt.has(group)) groupAt.set(group, r);
    }
  if (groupAt.size === APPEAL_GROUP_COUNT)
    return { table: "appeals", places: appealsAt((g, c) => [groupAt.get(g)!, firstFigureCol + c - 1]) };
  const width = box.right - box.left + 1;
  if (width < APPEAL_COUNT) return null;
  const first = box.right - APPEAL_COUNT + 1;
  return { table: "appeals", places: appealsAt((g, c) => [box.bottom, first + appealIndex(g, c)]) };
}

export function shapeError(values: unknown[][]): never {
  const rows = values.length;
  const cols = Math.max(0, ...values.map((l) => l.length));
  throw excelError("invalidValue", render(FUNCTION_MESSAGES["wrong-shape"], { rows, cols }));
}

export function findLayout(values: unknown[][]): Layout {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const hasText = values.some((line) => line.some((raw) => readCell(raw).kind === "text"));
  const bare = bareLayout(rows, cols);
  if (bare && !hasText) return bare;
  const box = contentBox(values);
  if (hasText && box) {
    const labelled = requestsByLabel(values, box) ?? activeByLabel(values, box) ?? appealsByLabel(values, box);
    if (labelled) return labelled;
  }
  if (bare) return bare;
  const trimmed = box && bareLayout(box.bottom - box.top + 1, box.right - box.left + 1, box.top, box.left);
  if (trimmed) return trimmed;
  // Column headers typed above the bare figures (自然人 … 总计): skip rows of text only.
  if (box) {
    let top = box.top;
    const headerOnly = (r: number) => values[r].slice(box.left, box.right + 1).every((raw) => isBlank(raw) || readCell(raw).kind === "text");
    while (top < box.bottom && headerOnly(top)) top++;
    const underHeaders = top > box.top && bareLayout(box.bottom - top + 1, box.right - box.left + 1, top, box.left);
    if (underHeaders) return underHeaders;
  }
  return shapeError(values);
}

/** Reads a range as one table, or throws an Excel #VALUE! error saying which shapes are expected. */
