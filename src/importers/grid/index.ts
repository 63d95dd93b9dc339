// The one grid-to-report mapper shared by the HTML, .docx and PDF importers: finds the report's
// three tables among a document's tables by their content, and reads their figures.
import { FILE_TABLE_NAMES, render } from "../../messages";
import { FORMAT_2019_MARKERS, TABLES, labelKey, type ImportResult, type TableId } from "../../model";
import { readNarrativeNew } from "../narrative";
import { readTitle } from "../title";
import { readActive } from "./active";
import { readAppeals } from "./appeals";
import { fileDiagnostic } from "./diagnostics";
import { gridText, type GridDocument } from "./grid";
import { summarizeNoneMarks } from "../none-marks";
import { newReading } from "./reading";
import { readRequests } from "./requests";

export * from "./grid";
export { damageReason, engineText, fileDiagnostic, fileFailure, reasonOf } from "./diagnostics";

export function gridToReport(doc: GridDocument): ImportResult {
  const { agency, year } = readTitle(doc.preamble);
  const tablesKey = labelKey(doc.tables.map(gridText).join("\n"));
  if (FORMAT_2019_MARKERS.some((m) => tablesKey.includes(labelKey(m))))
    return { ok: false, format: "2019", agency, year, diagnostics: [fileDiagnostic("format-2019", "error")] };

  const reading = newReading();
  const found: Record<TableId, boolean> = {
    active: readActive(doc.tables, reading),
    requests: readRequests(doc.tables, reading),
    appeals: readAppeals(doc.tables, reading),
  };
  if (!found.active && !found.requests && !found.appeals)
    return { ok: false, agency, year, diagnostics: [fileDiagnostic("no-tables", "error")] };
  for (const t of TABLES) {
    if (found[t.id]) continue;
    const params = { table: render(FILE_TABLE_NAMES[t.id]), table_en: render(FILE_TABLE_NAMES[t.id], {}, "en"), title: t.title };
    reading.diagnostics.unshift(fileDiagnostic("table-missing", "error", params, { table: t.id }));
  }

  const report = { ...reading.report, agency, year, sources: reading.sources };
  const said = readNarrativeNew(partOne(doc.preamble));
  if (said !== null) report.narrative_new = said;
  const diagnostics = summarizeNoneMarks(reading.diagnostics);
  if (diagnostics.length) report.diagnostics = diagnostics;
  return { ok: true, report };
}

/** The prose of part 一 (总体情况): from its heading to the heading of part 二. */
function partOne(preamble: string): string {
  const end = preamble.search(/二\s*[、.．]\s*主动公开/);
  const upToPartTwo = end >= 0 ? preamble.slice(0, end) : preamble;
  const start = upToPartTwo.search(/一\s*[、.．]\s*总体情况/);
  return start >= 0 ? upToPartTwo.slice(start) : upToPartTwo;
}
