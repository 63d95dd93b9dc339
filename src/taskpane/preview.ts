// What the card's preview shows, as plain data: each table in the report's own shape (2021, or the
// 2019 one with 22 figures in table 二 and 23 rows in table 三; a mixed report's table 二 not read).
// TablesPreview renders it; tests read it without a DOM.
import { PANE_MESSAGES, render, type Lang } from "../messages";
import { APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, appealIndex, shapeOf, type AnyReport, type Figure } from "../model";
import { activeKey, appealKey, requestKey } from "./marks";

export interface PreviewCell {
  readonly figure: Figure;
  /** The key of the cell's marks (./marks.ts). */
  readonly key: string;
}

export interface PreviewItem {
  readonly item: number;
  /** 规章 · 本年新制作数量 */
  readonly label: string;
  readonly cell: PreviewCell;
}

export interface PreviewRow {
  /** 1-based row of table 三, or group of table 四. */
  readonly key: number;
  readonly label: string;
  readonly title?: string;
  readonly cells: readonly PreviewCell[];
}

export interface PreviewGrid {
  readonly columns: readonly { readonly col: number; readonly label: string }[];
  readonly rows: readonly PreviewRow[];
}

export type ActivePreview =
  | { readonly state: "read"; readonly items: readonly PreviewItem[] }
  /** A mixed report: table 二 fits neither format and was not read; `reason` is the importer's word. */
  | { readonly state: "not-read"; readonly reason: string };

export interface PreviewTables {
  readonly active: ActivePreview;
  readonly requests: PreviewGrid;
  readonly appeals: PreviewGrid;
}

function activePreview(report: AnyReport, lang: Lang): ActivePreview {
  if (report.active === null) {
    const said = report.diagnostics?.find((d) => d.code === "format-mixed");
    const reason = said ? (lang === "en" ? (said.message_en ?? said.message) : said.message) : render(PANE_MESSAGES.activeNotRead, {}, lang);
    return { state: "not-read", reason };
  }
  const active = report.active;
  return {
    state: "read",
    items: shapeOf(report.format).activeItems.map((it) => ({ item: it.item, label: `${it.label} · ${it.column}`, cell: { figure: active[it.item - 1], key: activeKey(it.item) } })),
  };
}

export function previewTables(report: AnyReport, lang: Lang = "zh"): PreviewTables {
  const rows = shapeOf(report.format).requests.rows;
  return {
    active: activePreview(report, lang),
    requests: {
      columns: REQUEST_COLUMNS,
      rows: rows.map((r) => ({
        key: r.row,
        label: r.short,
        title: [...r.groups, r.label].join(" · "),
        cells: REQUEST_COLUMNS.map((c) => ({ figure: report.requests[r.row - 1][c.col - 1], key: requestKey(r.row, c.col) })),
      })),
    },
    appeals: {
      columns: APPEAL_COLUMNS,
      rows: APPEAL_GROUPS.map((g) => ({
        key: g.group,
        label: g.parent ? `${g.parent}·${g.label}` : g.label,
        cells: APPEAL_COLUMNS.map((c) => ({ figure: report.appeals[appealIndex(g.group, c.col)], key: appealKey(g.group, c.col) })),
      })),
    },
  };
}

/** Every figure the preview places, table by table (200 for 2021, 198 for 2019, 190 for mixed). */
export function previewCells(tables: PreviewTables): PreviewCell[] {
  return [...(tables.active.state === "read" ? tables.active.items.map((it) => it.cell) : []), ...tables.requests.rows.flatMap((r) => r.cells), ...tables.appeals.rows.flatMap((r) => r.cells)];
}
