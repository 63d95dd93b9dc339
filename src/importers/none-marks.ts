// A report that writes every zero as "-" would get one warning per cell (about 150): past a few
// cells per table, they become one warning for the table saying how many cells and which marks.
// Every importer (text, grid, PDF) passes its diagnostics through here.
import { FILE_TABLE_NAMES, render } from "../messages";
import { TABLES, type Diagnostic } from "../model";
import { fileDiagnostic } from "./grid/diagnostics";

/** Per-cell warnings kept as they are when a table has at most this many none-marks. */
export const NONE_MARKS_NAMED_EACH = 3;

/** The diagnostics with each table's many `cell-none-mark` warnings folded into one, where the first stood. */
export function summarizeNoneMarks(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const marksOf = (d: Diagnostic) => d.code === "cell-none-mark" && d.table !== undefined;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!marksOf(d)) {
      out.push(d);
      continue;
    }
    const same = diagnostics.filter((e) => marksOf(e) && e.table === d.table);
    if (same.length <= NONE_MARKS_NAMED_EACH) out.push(d);
    else if (same[0] === d) out.push(summary(d.table!, same));
  }
  return out;
}

function summary(table: NonNullable<Diagnostic["table"]>, cells: readonly Diagnostic[]): Diagnostic {
  const marks = [...new Set(cells.map((d) => String(d.detail?.text ?? "")))].filter((m) => m !== "");
  const name = FILE_TABLE_NAMES[table];
  const params = {
    table: render(name),
    table_en: render(name, {}, "en"),
    title: TABLES.find((t) => t.id === table)?.title ?? "",
    count: cells.length,
    marks: marks.map((m) => `“${m}”`).join("、"),
    marks_en: marks.map((m) => `“${m}”`).join(", "),
  };
  // Every per-cell warning carries the mark it saw in `detail.text`; without it, the unnamed message.
  const named = marks.length > 0 && cells.every((d) => typeof d.detail?.text === "string");
  return fileDiagnostic(named ? "cells-none-marks" : "cells-none-marks-unnamed", "warning", params, { table });
}
