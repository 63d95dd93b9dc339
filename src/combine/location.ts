// The one figure a finding points at, for a link or a highlight: the culprit when the checks
// found one, else the cell each rule's own layout marks (a total, a carried-over figure).
import {
  APPEAL_TOTAL_COL,
  CARRIED_IN_ROW,
  FIGURE_SLOTS,
  FIGURE_SLOTS_2019,
  NEW_REQUESTS_ROW,
  REQUEST_TOTAL_COL,
  shapeOf,
  type Finding,
  type FigureSlot,
} from "../model";

/** The slot a finding points at, among the slots of the report's format (2021 unless said). */
export function findingLocation(f: Finding, format: "2021" | "2019" = "2021"): FigureSlot | null {
  const slotOf = format === "2019" ? slotOf2019 : slotOf2021;
  const { resultsTotalRow: RESULTS_TOTAL_ROW, carriedOutRow: CARRIED_OUT_ROW } = shapeOf(format).requests;
  const c = f.culprit;
  if (c?.table === "requests") return slotOf("requests", c.row!, c.col!);
  switch (f.rule) {
    case "row-total":
      return slotOf("requests", f.row!, REQUEST_TOTAL_COL);
    case "results-total":
      return slotOf("requests", RESULTS_TOTAL_ROW, f.col!);
    case "balance":
      return slotOf("requests", CARRIED_OUT_ROW, f.col!);
    case "carry-over":
      return slotOf("requests", CARRIED_IN_ROW, f.col!);
    case "appeal-total":
      return slotOf("appeals", f.group!, APPEAL_TOTAL_COL);
    case "in-force":
      return slotOf("active", f.item!);
    case "narrative-requests":
      // The prose cannot be pointed at: the table's figure it disagrees with can.
      return slotOf("requests", NEW_REQUESTS_ROW, REQUEST_TOTAL_COL);
    case "integer":
      if (f.table === "active") return slotOf("active", f.item!);
      if (f.table === "appeals") return slotOf("appeals", f.group!, f.col!);
      if (f.table === "requests") return slotOf("requests", f.row!, f.col!);
      return null;
    default:
      return null;
  }
}

// Location keys → slot, built once: a combination of thousands of reports asks for many.
const byPlace = (slots: readonly FigureSlot[]) => new Map(slots.map((s) => [`${s.table}:${s.item ?? s.row ?? s.group}:${s.col ?? ""}`, s]));
const BY_PLACE = byPlace(FIGURE_SLOTS);
const BY_PLACE_2019 = byPlace(FIGURE_SLOTS_2019);

function slotOf2021(table: "active" | "requests" | "appeals", a: number, b?: number): FigureSlot | null {
  return BY_PLACE.get(`${table}:${a}:${table === "active" ? "" : b}`) ?? null;
}

function slotOf2019(table: "active" | "requests" | "appeals", a: number, b?: number): FigureSlot | null {
  return BY_PLACE_2019.get(`${table}:${a}:${table === "active" ? "" : b}`) ?? null;
}
