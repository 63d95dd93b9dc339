// The index sheet of a workbook of reports: one row per report sheet, with a link to it and the
// three verdicts read through the report's defined names (so it stays live as sheets are edited).
import { LAYOUT_MESSAGES } from "../messages/layout";
import { PlanBuilder } from "./builder";
import { quoteSheetName, rect } from "./geometry";
import { reportName } from "./names";
import type { SheetPlan } from "./plan";
import { FORMAT, MARK, STYLE } from "./report/style";

export interface IndexEntry {
  readonly agency: string | null;
  readonly year: number | null;
  readonly file: string | null;
  readonly sheetName: string;
  readonly key: string;
}

const str = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function buildIndexSheetPlan(sheetName: string, entries: readonly IndexEntry[]): SheetPlan {
  const m = LAYOUT_MESSAGES;
  const headers = m.indexColumns.zh.split("|");
  const b = new PlanBuilder(sheetName);
  b.mergedText(rect(1, 1, 1, headers.length), m.indexTitle.zh, STYLE.title).height(1, 24);
  headers.forEach((h, i) => b.text(2, i + 1, h));
  b.style(rect(2, 1, 2, headers.length), STYLE.header);
  entries.forEach((e, i) => {
    const row = i + 3;
    b.put({ row, col: 1, content: { kind: "number", value: i + 1 }, numberFormat: FORMAT.count });
    b.text(row, 2, e.agency ?? m.unknownAgency.zh);
    if (e.year !== null) b.put({ row, col: 3, content: { kind: "number", value: e.year }, numberFormat: FORMAT.count });
    b.text(row, 4, e.file ?? m.noFile.zh);
    b.formula(row, 5, `=HYPERLINK(${str(`#${quoteSheetName(e.sheetName)}!A1`)},${str(e.sheetName)})`);
    b.formula(row, 6, `=${reportName(e.key, "active_verdict")}`);
    b.formula(row, 7, `=${reportName(e.key, "requests_verdict")}`);
    b.formula(row, 8, `=${reportName(e.key, "appeals_verdict")}`);
  });
  const last = Math.max(3, entries.length + 2);
  b.style(rect(3, 1, last, headers.length), { border: true, vertical: "middle", wrap: true });
  const verdicts = rect(3, 6, last, 8);
  b.highlight({ range: verdicts, formula: `=AND(F3<>"",F3<>"${m.verdictOk.zh}")`, style: MARK.broken });
  b.highlight({ range: verdicts, formula: `=F3="${m.verdictOk.zh}"`, style: MARK.ok });
  [6, 36, 8, 30, 30, 14, 14, 14].forEach((w, i) => b.width(i + 1, w));
  b.freeze(2, 0);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: 1, area: rect(1, 1, last, headers.length), titleRows: { first: 1, last: 2 } });
  return b.build();
}
