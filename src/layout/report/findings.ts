// The report sheet's 核对结果: the number the prose states (一、总体情况), then every finding as the
// pane, `xxgk check` and the combined workbook's 核对结果 list them (src/checks/listing.ts) — tag,
// rule, the same words — each with a 现状 cell that checks the rule again over the sheet's figures.
import { checkTables, listFindings } from "../../checks";
import { RECHECK_MESSAGES } from "../../messages/checks";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { COMBINE_MESSAGES } from "../../messages/combine";
import type { Report, Report2019 } from "../../model";
import type { PlanBuilder } from "../builder";
import { cellA1, cellsOf, rect, type Rect } from "../geometry";
import { recheckFormula } from "../recheck";
import { COLUMN, FORMAT, LAST_COLUMN, MARK, STYLE } from "./style";

const MESSAGE_LEFT = COLUMN.firstFigure;
const STATUS_LEFT = LAST_COLUMN - 2;
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Points for a message merged over `units` width units (a Chinese character takes two). */
function rowHeight(text: string, units: number): number {
  const need = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return 15 * Math.max(1, Math.ceil(need / (units - 2)));
}

export interface PlacedFindings {
  /** The cell holding the prose's number of new requests (blank when the report states none). */
  readonly narrative: Rect | null;
  readonly next: number;
}

/** `figures`: the table areas in interchange order (as the report's names list them). */
export function placeFindings(b: PlanBuilder, report: Report | Report2019, top: number, figures: readonly Rect[], figureWidth: number): PlacedFindings {
  const m = LAYOUT_MESSAGES;
  const r = RECHECK_MESSAGES;
  b.mergedText(rect(top, COLUMN.group, top, COLUMN.check), COMBINE_MESSAGES.findingsSheetName.zh, STYLE.tableTitle);
  let row = top + 1;
  // Always there (blank when the prose states no number), so every report sheet has the same shape.
  b.mergedText(rect(row, COLUMN.group, row, COLUMN.label), r.narrativeLabel.zh, STYLE.label);
  const narrative = rect(row, MESSAGE_LEFT);
  const said = report.narrative_new;
  b.put({ row, col: MESSAGE_LEFT, content: typeof said === "number" ? { kind: "number", value: said } : { kind: "blank" }, numberFormat: FORMAT.count }).style(narrative, STYLE.figure);
  b.mergedText(rect(row, MESSAGE_LEFT + 1, row, LAST_COLUMN), (typeof said === "number" ? r.narrativeNote : r.narrativeNone).zh, { vertical: "middle", fontColor: "595959" });
  row++;
  // Interchange slot → its cell on this sheet.
  const cells = figures.flatMap((a) => cellsOf(a));
  const cellOf = (slot: number) => (cells[slot] ? cellA1(cells[slot].row, cells[slot].col) : null);
  const listed = listFindings(checkTables(report).findings);
  const header = rect(row, COLUMN.group, row, LAST_COLUMN);
  b.mergedText(rect(row, COLUMN.group, row, COLUMN.subgroup), r.tagHeader.zh, STYLE.header);
  b.text(row, COLUMN.label, r.ruleHeader.zh);
  b.mergedText(rect(row, MESSAGE_LEFT, row, STATUS_LEFT - 1), r.messageHeader.zh, STYLE.header);
  b.mergedText(rect(row, STATUS_LEFT, row, LAST_COLUMN), r.header.zh, STYLE.header);
  b.style(header, STYLE.header);
  row++;
  if (listed.length === 0) {
    b.mergedText(rect(row, COLUMN.group, row, LAST_COLUMN), COMBINE_MESSAGES.noFindings.zh, STYLE.label);
    row++;
  }
  const first = row;
  for (const l of listed) {
    b.mergedText(rect(row, COLUMN.group, row, COLUMN.subgroup), l.tag, STYLE.groupLabel);
    b.text(row, COLUMN.label, l.ruleName).style(rect(row, COLUMN.label), STYLE.label);
    b.mergedText(rect(row, MESSAGE_LEFT, row, STATUS_LEFT - 1), l.message, STYLE.label);
    b.height(row, rowHeight(l.message, (STATUS_LEFT - MESSAGE_LEFT) * figureWidth));
    const saidCell = l.finding.rule === "narrative-requests" ? cellA1(narrative.top, narrative.left) : null;
    const formula = recheckFormula(l.finding, cellOf, saidCell ?? undefined, report.format);
    const status = rect(row, STATUS_LEFT, row, LAST_COLUMN);
    if (formula) b.merge(status).formula(row, STATUS_LEFT, formula);
    else b.merge(status);
    b.style(status, STYLE.verdict);
    row++;
  }
  if (listed.length > 0) {
    const status = rect(first, STATUS_LEFT, row - 1, STATUS_LEFT);
    const at = cellA1(first, STATUS_LEFT);
    b.highlight({ range: status, formula: `=${at}=${q(r.still.zh)}`, style: MARK.broken });
    b.highlight({ range: status, formula: `=${at}=${q(r.ok.zh)}`, style: MARK.ok });
    b.highlight({ range: status, formula: `=${at}=${q(m.uncheckable.zh)}`, style: MARK.unreadable });
  }
  return { narrative, next: row + 1 };
}
