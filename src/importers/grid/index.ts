// The one grid-to-report mapper shared by the HTML, .docx and PDF importers: finds the report's
// three tables among a document's tables by their content, and reads their figures.
import { FILE_TABLE_NAMES, render } from "../../messages";
import { FORMAT_2019_MARKERS, REQUEST_SUBROW_FRAGMENTS_2021, TABLES, labelKey, type ImportResult, type TableId } from "../../model";
import { readNarrativeNew } from "../narrative";
import { readTitle } from "../title";
import { readActive } from "./active";
import { readActive2019 } from "./active2019";
import { readAppeals } from "./appeals";
import { fileDiagnostic } from "./diagnostics";
import { gridText, type GridDocument } from "./grid";
import { summarizeNoneMarks } from "../none-marks";
import { newReading, newReading2019, type Reading, type Reading2019 } from "./reading";
import { readRequests } from "./requests";

export * from "./grid";
export { damageReason, engineText, fileDiagnostic, fileFailure, reasonOf } from "./diagnostics";

export function gridToReport(doc: GridDocument): ImportResult {
  const { agency, year } = readTitle(doc.preamble);
  const tablesKey = labelKey(doc.tables.map(gridText).join("\n"));
  // The older format by its own column words; a 2021 table 三 (（六）'s sub-rows) under a 2019
  // table 二 is a mix: tables 三 and 四 are read in the 2021 shape, table 二 not at all.
  const marker = FORMAT_2019_MARKERS.find((m) => tablesKey.includes(labelKey(m)));
  const format = !marker ? "2021" : REQUEST_SUBROW_FRAGMENTS_2021.some((f) => tablesKey.includes(f)) ? "mixed" : "2019";
  const reading = format === "2019" ? newReading2019() : newReading();
  const found: Record<TableId, boolean> = {
    active: reading.shape.format === "2019" ? readActive2019(doc.tables, reading as Reading2019) : format === "mixed" || readActive(doc.tables, reading as Reading),
    requests: readRequests(doc.tables, reading),
    appeals: readAppeals(doc.tables, reading),
  };
  if (!found.requests && !found.appeals && (format === "mixed" || !found.active))
    return { ok: false, agency, year, diagnostics: [fileDiagnostic("no-tables", "error")] };
  for (const t of TABLES) {
    if (found[t.id]) continue;
    const params = { table: render(FILE_TABLE_NAMES[t.id]), table_en: render(FILE_TABLE_NAMES[t.id], {}, "en"), title: t.title };
    reading.diagnostics.unshift(fileDiagnostic("table-missing", "error", params, { table: t.id }));
  }
  if (format === "2019") reading.diagnostics.unshift(fileDiagnostic("format-2019-read", "info"));
  if (format === "mixed") reading.diagnostics.unshift(fileDiagnostic("format-mixed", "warning", { marker }, { table: "active" }));

  const said = readNarrativeNew(partOne(doc.preamble));
  const diagnostics = summarizeNoneMarks(reading.diagnostics);
  const extra = { ...(said !== null ? { narrative_new: said } : {}), ...(diagnostics.length ? { diagnostics } : {}) };
  if (reading.shape.format === "2019") {
    const r = reading as Reading2019;
    return { ok: true, report: { ...r.report, agency, year, sources: r.sources, ...extra } };
  }
  const r = reading as Reading;
  if (format === "mixed") return { ok: true, report: { ...r.report, format: "mixed", active: null, agency, year, sources: r.sources, ...extra } };
  return { ok: true, report: { ...r.report, agency, year, sources: r.sources, ...extra } };
}

/** The prose of part 一 (总体情况): from its heading to the heading of part 二. */
function partOne(preamble: string): string {
  const end = preamble.search(/二\s*[、.．]\s*主动公开/);
  const upToPartTwo = end >= 0 ? preamble.slice(0, end) : preamble;
  const start = upToPartTwo.search(/一\s*[、.．]\s*总体情况/);
  return start >= 0 ? upToPartTwo.slice(start) : upToPartTwo;
}
