// The 200 figures of a report in interchange order, each with its location and its headers.
// The combined sheet, the 汇总 and messages name figures through this one list.
import type { Figure, Report } from "./report";
import {
  ACTIVE_ITEMS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
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
  /** The fee is the only decimal figure. */
  readonly decimal: boolean;
}

function tableShort(id: TableId): string {
  return TABLES.find((t) => t.id === id)!.short;
}

function buildSlots(): FigureSlot[] {
  const slots: FigureSlot[] = [];
  for (const it of ACTIVE_ITEMS)
    slots.push({
      index: slots.length,
      table: "active",
      item: it.item,
      headers: [tableShort("active"), it.label, it.column],
      decimal: it.decimal,
    });
  for (const r of REQUEST_ROWS)
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

/** The figure of a report at a slot. */
export function figureAt(report: Pick<Report, "active" | "requests" | "appeals">, slot: FigureSlot): Figure {
  switch (slot.table) {
    case "active":
      return report.active[slot.item! - 1];
    case "requests":
      return report.requests[slot.row! - 1][slot.col! - 1];
    case "appeals":
      return report.appeals[appealIndex(slot.group!, slot.col!)];
  }
}
