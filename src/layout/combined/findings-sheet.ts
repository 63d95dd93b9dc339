// A findings sheet: one row per finding, with a link that selects the cell it is about
// (=HYPERLINK("#'Sheet'!C5", …)), for workbooks read outside the add-in. The words are the
// findings' own, the rule named in Chinese and tagged as every output tags it (src/checks/listing.ts);
// the 现状 column is the rule again over today's cells (../recheck.ts), so it follows corrections.
import { findingTag, ruleName } from "../../checks/listing";
import { COMBINE_MESSAGES } from "../../messages/combine";
import { RECHECK_MESSAGES } from "../../messages/checks";
import { fill } from "../../messages/format";
import { PlanBuilder } from "../builder";
import { quoteSheetName, rect } from "../geometry";
import type { SheetPlan } from "../plan";
import { FORMAT, MARK, STYLE } from "../report/style";

export interface LocatedFinding {
  readonly sheet: string;
  /** A1 address of the cell, or null when the finding has no single cell. */
  readonly cell: string | null;
  readonly agency: string | null;
  readonly year: number | null;
  /** The rule id (`row-total`); the sheet shows its Chinese name. */
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  /** `uncheckable` (or severity info): tagged 无法校验. */
  readonly status?: "failed" | "uncheckable";
  /** The 现状 formula, when the finding's figures are in the workbook. */
  readonly recheck?: string;
  readonly message: string;
  readonly message_en?: string;
}

const str = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function linkFormula(sheet: string, cell: string, label: string): string {
  return `=HYPERLINK(${str(`#${quoteSheetName(sheet)}!${cell}`)},${str(label)})`;
}

export function buildFindingsSheetPlan(sheetName: string, findings: readonly LocatedFinding[]): SheetPlan {
  const m = COMBINE_MESSAGES;
  const headers = [...m.findingsColumns.zh.split("|"), RECHECK_MESSAGES.header.zh];
  const error = findingTag({ status: "failed", severity: "error" });
  const b = new PlanBuilder(sheetName);
  b.mergedText(rect(1, 1, 1, headers.length), fill(m.findingsTitle.zh, { count: findings.length }), STYLE.title).height(1, 24);
  headers.forEach((h, i) => b.text(2, i + 1, h));
  b.style(rect(2, 1, 2, headers.length), STYLE.header);
  if (findings.length === 0) b.text(3, 1, m.noFindings.zh);
  findings.forEach((f, i) => {
    const row = i + 3;
    b.put({ row, col: 1, content: { kind: "number", value: i + 1 }, numberFormat: FORMAT.count });
    b.text(row, 2, f.sheet);
    if (f.cell) b.formula(row, 3, linkFormula(f.sheet, f.cell, f.cell));
    b.text(row, 4, f.agency ?? m.unknownAgency.zh);
    if (f.year !== null) b.put({ row, col: 5, content: { kind: "number", value: f.year }, numberFormat: FORMAT.count });
    b.text(row, 6, ruleName(f.rule));
    b.text(row, 7, findingTag({ status: f.status ?? (f.severity === "info" ? "uncheckable" : "failed"), severity: f.severity }));
    b.text(row, 8, f.message);
    if (f.recheck) b.formula(row, 9, f.recheck);
  });
  const last = Math.max(3, findings.length + 2);
  b.style(rect(3, 1, last, headers.length), { border: true, vertical: "middle", wrap: true });
  b.highlight({ range: rect(3, 7, last, 7), formula: `=G3=${str(error)}`, style: MARK.broken });
  b.highlight({ range: rect(3, 9, last, 9), formula: `=I3=${str(RECHECK_MESSAGES.still.zh)}`, style: MARK.broken });
  b.highlight({ range: rect(3, 9, last, 9), formula: `=I3=${str(RECHECK_MESSAGES.ok.zh)}`, style: MARK.ok });
  [6, 20, 10, 30, 8, 18, 10, 70, 12].forEach((w, i) => b.width(i + 1, w));
  b.freeze(2, 0);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: 1, area: rect(1, 1, last, headers.length), titleRows: { first: 1, last: 2 } });
  return b.build();
}
