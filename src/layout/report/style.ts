// The look of the report sheet, in one place.
import type { CellStyle } from "../plan";

export const COLUMN = {
  /** The three label columns: group, sub-group, row label (as in the official table 三). */
  group: 1,
  subgroup: 2,
  label: 3,
  /** Figures start here; table 四's fifteen run to column R. */
  firstFigure: 4,
  /** Beside table 二 and 三: the per-row check. */
  check: 11,
} as const;

export const LAST_COLUMN = COLUMN.firstFigure + 14;

export const WIDTHS = { group: 6, subgroup: 12, label: 36, figure: 10 } as const;

export const FORMAT = { count: "0", fee: "0.00", text: "@" } as const;

export const STYLE = {
  title: { bold: true, fontSize: 14, horizontal: "center", vertical: "middle" },
  tableTitle: { bold: true, fontSize: 12, horizontal: "left", vertical: "middle" },
  metaLabel: { bold: true, horizontal: "right", vertical: "middle" },
  meta: { horizontal: "left", vertical: "middle" },
  header: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "F2F2F2" },
  label: { horizontal: "left", vertical: "middle", wrap: true, border: true },
  groupLabel: { horizontal: "center", vertical: "middle", wrap: true, border: true },
  figure: { horizontal: "right", vertical: "middle", border: true },
  check: { horizontal: "center", vertical: "middle", border: true, fontColor: "595959", fill: "F7F9FC" },
  verdict: { bold: true, horizontal: "center", vertical: "middle", border: true },
} satisfies Record<string, CellStyle>;

/** Highlights: a broken rule (red), an unreadable figure (amber), a good verdict (green). */
export const MARK = {
  broken: { fill: "FFC7CE", fontColor: "9C0006" },
  unreadable: { fill: "FFEB9C", fontColor: "9C5700" },
  ok: { fill: "C6EFCE", fontColor: "006100" },
} as const;
