// The figures of a report (200 in 2021, 198 in 2019) in interchange order, each with its location and its headers.
// The combined sheet, the 汇总 and messages name figures through this one list.
import type { AnyReport, Figure, Report } from "./report";
import { SHAPE_2019, SHAPE_2021, type ReportFormat, type TablesShape } from "./shapes";
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  REQUEST_COLUMNS,
  TABLES,
  appealIndex,
  type TableId,
} from "./tables";

export interface FigureSlot {
  /** 0-based position among the 200 (the order of `flattenFigures`). */
  readonly index: number;
  readonly table: TableId;
  /** Location keys as in FORMAT.md "Findings" (1-based). */
  readonly item?: number;
  readonly row?: number;
  readonly col?: number;
  readonly group?: number;
  /** Headers from outer to inner: table · row (or group) · column, in Chinese. */
  readonly headers: readonly [string, string, string];
  /** The fee (2019: 采购总金额) is the only decimal figure. */
  readonly decimal: boolean;
  /** 2019 本年增/减: may be negative. */
  readonly signed?: boolean;
}

function tableShort(id: TableId): string {
  return TABLES.find((t) => t.id === id)!.short;
}

function buildSlots(shape: TablesShape = SHAPE_2021, withActive = true): FigureSlot[] {
  const slots: FigureSlot[] = [];
  for (const it of withActive ? shape.activeItems : [])
    slots.push({
      index: slots.length,
      table: "active",
      item: it.item,
      headers: [tableShort("active"), it.label, it.column],
      decimal: it.decimal,
      ...(it.signed ? { signed: true } : {}),
    });
  for (const r of shape.requests.rows)
    for (const c of REQUEST_COLUMNS)
      slots.push({
        index: slots.length,
        table: "requests",
        row: r.row,
        col: c.col,
        headers: [tableShort("requests"), r.short, c.label],
        decimal: false,
      });
  for (const g of APPEAL_GROUPS)
    for (const c of APPEAL_COLUMNS)
      slots.push({
        index: slots.length,
        table: "appeals",
        group: g.group,
        col: c.col,
        headers: [tableShort("appeals"), g.parent ? `${g.parent}·${g.label}` : g.label, c.label],
        decimal: false,
      });
  return slots;
}

export const FIGURE_SLOTS: readonly FigureSlot[] = buildSlots();
/** The 198 slots of a 2019 report (22 · 23×7 · 15). */
export const FIGURE_SLOTS_2019: readonly FigureSlot[] = buildSlots(SHAPE_2019);
/** The 190 slots of a mixed report: 2021 tables 三 and 四, no table 二. */
export const FIGURE_SLOTS_MIXED: readonly FigureSlot[] = buildSlots(SHAPE_2021, false);
export const FIGURE_COUNT_2019 = FIGURE_SLOTS_2019.length; // 198

/** The slots of a format, in the order of `flattenAny`. */
export function figureSlotsOf(format: ReportFormat): readonly FigureSlot[] {
  return format === "2019" ? FIGURE_SLOTS_2019 : format === "mixed" ? FIGURE_SLOTS_MIXED : FIGURE_SLOTS;
}

/** The figure of a report at a slot. */
export function figureAt(report: Pick<Report, "active" | "requests" | "appeals"> | Pick<AnyReport, "active" | "requests" | "appeals">, slot: FigureSlot): Figure {
  switch (slot.table) {
    case "active":
      return report.active?.[slot.item! - 1] ?? null;
    case "requests":
      return report.requests[slot.row! - 1]?.[slot.col! - 1] ?? null;
    case "appeals":
      return report.appeals[appealIndex(slot.group!, slot.col!)];
  }
}
