// The standardized sheet of one report: a header (agency, year, source file), then tables 二, 三
// and 四 in the official shape, each with its plain-formula checks and verdict, highlights that
// follow edits, and the defined names (../names.ts) that let later features find the tables.
import { ACTIVE_COUNT, SHAPE_2019, SHAPE_2021, type AnyReport, type Report, type Report2019 } from "../../model";
import { formatName } from "../../messages/formats";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { fill } from "../../messages/format";
import { PlanBuilder } from "../builder";
import { rect, type Rect } from "../geometry";
import { reportName, type ReportNamePart } from "../names";
import type { SheetPlan } from "../plan";
import { placeActive } from "./active";
import { placeActive2019 } from "./active2019";
import { placeAppeals } from "./appeals";
import { placeFindings } from "./findings";
import { placeRequests } from "./requests";
import { COLUMN, FORMAT, LAST_COLUMN, STYLE, WIDTHS } from "./style";

export interface ReportSheetOptions {
  /** A valid, unused sheet name (see ../sheet-name.ts). */
  readonly sheetName: string;
  /** The report's key in defined names (see ../names.ts `reportKeyFor`). */
  readonly key: string;
  /** false: no 核对结果 list (the 汇总, a report of totals, lists none of its own). */
  readonly findings?: boolean;
}

const HEADER_ROWS = 3;

/** What the importer said about the report (figures it could not read, …), under the tables. */
function placeNotes(b: PlanBuilder, report: AnyReport, top: number): number {
  const notes = report.diagnostics ?? [];
  if (notes.length === 0) return top;
  const m = LAYOUT_MESSAGES;
  const [error, warning, info] = m.severity.zh.split("|");
  b.mergedText(rect(top, COLUMN.group, top, COLUMN.check), m.notesTitle.zh, STYLE.tableTitle);
  notes.forEach((d, i) => {
    const tag = d.severity === "error" ? error : d.severity === "warning" ? warning : info;
    b.mergedText(rect(top + 1 + i, COLUMN.group, top + 1 + i, LAST_COLUMN), `［${tag}］${d.message}`, { wrap: true, vertical: "top" });
    b.height(top + 1 + i, 15 * Math.max(1, Math.ceil(d.message.length / 80)));
  });
  return top + notes.length + 2;
}

/**
 * A 2019 report gets the 2019 layout (its own table 二, table 三 of 23 rows); a mixed one the 2021
 * tables with table 二 blank (not read: the importer's note under the tables says why).
 */
export function buildReportSheetPlan(report: AnyReport, { sheetName, key, findings: listFindings = true }: ReportSheetOptions): SheetPlan {
  const m = LAYOUT_MESSAGES;
  const b = new PlanBuilder(sheetName);
  const agency = report.agency ?? m.unknownAgency.zh;
  const year = report.year === null ? "" : `${report.year}${m.yearSuffix.zh}`;
  b.mergedText(rect(1, 1, 1, LAST_COLUMN), fill(m.sheetTitle.zh, { agency, year }), STYLE.title).height(1, 24);
  b.mergedText(rect(2, COLUMN.group, 2, COLUMN.subgroup), m.agencyLabel.zh, STYLE.metaLabel);
  b.text(2, COLUMN.label, agency).style(rect(2, COLUMN.label), STYLE.meta);
  b.text(2, COLUMN.firstFigure, m.yearLabel.zh).style(rect(2, COLUMN.firstFigure), STYLE.metaLabel);
  const yearCell = rect(2, COLUMN.firstFigure + 1);
  if (report.year !== null) b.put({ row: 2, col: yearCell.left, content: { kind: "number", value: report.year }, numberFormat: FORMAT.count });
  b.style(yearCell, STYLE.meta);
  b.mergedText(rect(3, COLUMN.group, 3, COLUMN.subgroup), m.fileLabel.zh, STYLE.metaLabel);
  b.mergedText(rect(3, COLUMN.label, 3, COLUMN.check), report.file ?? m.noFile.zh, STYLE.meta);

  if (report.format !== "2021") b.mergedText(rect(2, COLUMN.firstFigure + 2, 2, COLUMN.check), formatName(report.format), STYLE.meta);
  const tables: Report | Report2019 = report.format === "mixed" ? { ...report, format: "2021", active: Array(ACTIVE_COUNT).fill(null) } : report;
  const shape = tables.format === "2019" ? SHAPE_2019 : SHAPE_2021;
  const active = tables.format === "2019" ? placeActive2019({ b, report: tables, top: HEADER_ROWS + 2, shape }) : placeActive({ b, report: tables, top: HEADER_ROWS + 2 });
  const requests = placeRequests({ b, report: tables, top: active.next, shape });
  const appeals = placeAppeals({ b, report: tables, top: requests.next, shape });
  const findings = listFindings
    ? placeFindings(b, tables, appeals.next, [...active.figures, ...requests.figures, ...appeals.figures], WIDTHS.figure)
    : { narrative: null, next: appeals.next };
  const bottom = placeNotes(b, report, findings.next) - 2;

  b.width(COLUMN.group, WIDTHS.group).width(COLUMN.subgroup, WIDTHS.subgroup).width(COLUMN.label, WIDTHS.label);
  for (let col = COLUMN.firstFigure; col <= LAST_COLUMN; col++) b.width(col, WIDTHS.figure);
  b.freeze(HEADER_ROWS, COLUMN.label);
  // One table per page, the sheet's title rows over each: at the zoom where the widest table (四)
  // fits the page width, table 三 with its headings fits one page (test/layout/print.test.ts).
  b.print({
    paper: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    rowBreaks: [active.next - 1, requests.next - 1],
    area: rect(1, 1, bottom, LAST_COLUMN),
    titleRows: { first: 1, last: HEADER_ROWS },
  });

  const named: [ReportNamePart, Rect[]][] = [
    ["active", active.figures],
    ["requests", requests.figures],
    ["appeals", appeals.figures],
    ["agency", [rect(2, COLUMN.label)]],
    ["year", [yearCell]],
    ["file", [rect(3, COLUMN.label)]],
    ["active_verdict", [rect(active.verdict.top, active.verdict.left)]],
    ["requests_verdict", [rect(requests.verdict.top, requests.verdict.left)]],
    ["appeals_verdict", [rect(appeals.verdict.top, appeals.verdict.left)]],
  ];
  for (const [part, areas] of named) b.name(reportName(key, part), areas);
  return b.build();
}
