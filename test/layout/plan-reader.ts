// Reads a plan back the way later features will: through its defined names, never by position.
import { cellsOf, parseReportName, type ReportNamePart, type SheetPlan } from "../../src/layout";
import type { Figure } from "../../src/model";

export function namedCells(plan: SheetPlan, part: ReportNamePart) {
  const name = plan.names.find((n) => parseReportName(n.name)?.part === part);
  if (!name) throw new Error(`no ${part} name`);
  return name.areas.flatMap(cellsOf).map(({ row, col }) => plan.cells.find((c) => c.row === row && c.col === col));
}

export function namedFigures(plan: SheetPlan, part: ReportNamePart): Figure[] {
  return namedCells(plan, part).map((c) => (c?.content.kind === "number" ? c.content.value : null));
}
