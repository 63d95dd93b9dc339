// Names of rows, columns, groups and items as a clerk reads them in the printed tables.
import { APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, SHAPE_2021, type Location, type RequestsShape, type TablesShape } from "../model";
import { CHECK_MESSAGES, render, type Lang } from "../messages";

export function requestRowName(row: number, lang: Lang = "zh", shape: RequestsShape = SHAPE_2021.requests): string {
  const r = shape.rows[row - 1];
  return lang === "zh" ? r.short : r.id;
}

export function requestColName(col: number, lang: Lang = "zh"): string {
  const c = REQUEST_COLUMNS[col - 1];
  return lang === "zh" ? c.label : c.id;
}

export function appealGroupName(group: number, lang: Lang = "zh"): string {
  const g = APPEAL_GROUPS[group - 1];
  if (lang === "en") return g.id;
  return g.parent ? `${g.parent}·${g.label}` : g.label;
}

export function appealColName(col: number, lang: Lang = "zh"): string {
  const c = APPEAL_COLUMNS[col - 1];
  return lang === "zh" ? c.label : c.id;
}

/** A figure's place in words: 表三「部分公开」行「总计」列. */
export function describeCell(loc: Location, lang: Lang = "zh", shape: TablesShape = SHAPE_2021): string {
  switch (loc.table) {
    case "requests":
      return render(CHECK_MESSAGES["where-requests"], { row: requestRowName(loc.row!, lang, shape.requests), col: requestColName(loc.col!, lang) }, lang);
    case "appeals":
      return render(CHECK_MESSAGES["where-appeals"], { group: appealGroupName(loc.group!, lang), col: appealColName(loc.col!, lang) }, lang);
    case "active": {
      const it = shape.activeItems[loc.item! - 1];
      return render(CHECK_MESSAGES["where-active"], lang === "zh" ? { label: it.label, column: it.column } : { label: it.id }, lang);
    }
    default:
      return "";
  }
}
