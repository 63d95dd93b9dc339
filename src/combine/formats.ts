// Combining reports of both formats (FORMAT.md, "The older format"): only figures that mean the
// same are placed in one column, added and compared — table 三 rows 1–20, the 2019 （六）其他处理 with
// the sum of the 2021 rows 21–23, 总计 and 结转, table 四, and 行政许可 / 行政处罚 / 行政强制 处理决定数量.
// Everything else stays in its own format's columns: 2021's in the 200 columns (不适用 for a 2019
// report), 2019's in columns of its own after them (不适用 for a 2021 report). Nothing is mapped.
import {
  FIGURE_SLOTS,
  FIGURE_SLOTS_2019,
  REQUEST_COLUMN_COUNT,
  type Figure,
  type FigureSlot,
} from "../model";

const slot2021 = (table: "active" | "requests" | "appeals", a: number, b?: number): number =>
  FIGURE_SLOTS.find((s) => s.table === table && (table === "active" ? s.item === a : table === "requests" ? s.row === a && s.col === b : s.group === a && s.col === b))!.index;

/** 2019 处理决定数量 items → the 2021 本年处理决定数量 items that mean the same. */
const SAME_ACTIVE: ReadonlyMap<number, number> = new Map([
  [9, 7],
  [15, 8],
  [18, 9],
]);

/** A column after the 200 of the 2021 format. */
export interface ExtraColumn {
  /** Headers from outer to inner, as the combined sheet prints them. */
  readonly headers: readonly [string, string, string];
  readonly decimal: boolean;
  /** The 2019 slot (index among its 198) the column holds. */
  readonly of2019: number;
  /** For the （六）其他处理 columns: the 2021 slots whose sum means the same; null: 2019 only. */
  readonly of2021: readonly number[] | null;
}

const OTHER_ROW_2019 = 21;

function buildExtra(): ExtraColumn[] {
  const out: ExtraColumn[] = [];
  for (let c = 1; c <= REQUEST_COLUMN_COUNT; c++) {
    const s = FIGURE_SLOTS_2019.find((x) => x.table === "requests" && x.row === OTHER_ROW_2019 && x.col === c)!;
    out.push({ headers: ["申请办理（两种格式）", "其他处理（合计）", s.headers[2]], decimal: false, of2019: s.index, of2021: [21, 22, 23].map((r) => slot2021("requests", r, c)) });
  }
  for (const s of FIGURE_SLOTS_2019)
    if (s.table === "active" && !SAME_ACTIVE.has(s.item!)) out.push({ headers: ["主动公开（2019年版格式）", s.headers[1], s.headers[2]], decimal: s.decimal, of2019: s.index, of2021: null });
  return out;
}

export const EXTRA_COLUMNS: readonly ExtraColumn[] = buildExtra();

/** The figure column (0-based after the fixed columns) of each 2019 slot on a combined sheet. */
const COLUMN_OF_2019: readonly number[] = FIGURE_SLOTS_2019.map((s: FigureSlot) => {
  const extra = EXTRA_COLUMNS.findIndex((e) => e.of2019 === s.index);
  if (extra >= 0) return FIGURE_SLOTS.length + extra;
  if (s.table === "active") return slot2021("active", SAME_ACTIVE.get(s.item!)!);
  if (s.table === "appeals") return slot2021("appeals", s.group!, s.col!);
  const row = s.row! <= 20 ? s.row! : s.row! + 2; // 22 → 24 (（七）总计), 23 → 25 (结转)
  return slot2021("requests", row, s.col!);
});

export function combinedColumnOf2019(index2019: number): number {
  return COLUMN_OF_2019[index2019];
}

/** 2021 slots a 2019 report has nothing for: 规章/规范性文件 件数, the fee, （六）'s three sub-rows. */
export const NOT_IN_2019: ReadonlySet<number> = new Set(
  FIGURE_SLOTS.filter((s) => (s.table === "active" && ![...SAME_ACTIVE.values()].includes(s.item!)) || (s.table === "requests" && s.row! >= 21 && s.row! <= 23)).map((s) => s.index),
);

/** Whether a 2019 slot has a counterpart in every 2021 report (it is added and compared across formats). */
export function comparable2019(index2019: number): boolean {
  const e = EXTRA_COLUMNS.find((x) => x.of2019 === index2019);
  return !e || e.of2021 !== null;
}

/** A 2019 report's 198 figures laid into the combined sheet's 200 + extra columns. */
export function placed2019(own: readonly Figure[]): { figures: Figure[]; extra: Figure[] } {
  const figures = Array<Figure>(FIGURE_SLOTS.length).fill(null);
  const extra = Array<Figure>(EXTRA_COLUMNS.length).fill(null);
  own.forEach((f, i) => {
    const col = COLUMN_OF_2019[i];
    if (col < FIGURE_SLOTS.length) figures[col] = f;
    else extra[col - FIGURE_SLOTS.length] = f;
  });
  return { figures, extra };
}
