// `xxgk parse FILE... --xlsx out.xlsx`: the read reports as one workbook, an index sheet first and
// one standardized sheet per report. Messages go to stderr so `--json` output stays clean.
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { planWorkbook } from "../../layout";
import { writeXlsx } from "../../hosts/xlsx";
import { LAYOUT_MESSAGES, render, unsupportedFormat } from "../../messages";
import type { AnyReport, Report } from "../../model";

export async function writeReportsXlsx(all: readonly AnyReport[], path: string): Promise<number> {
  const reports: Report[] = [];
  for (const r of all) {
    if (r.format === "2021") reports.push(r);
    else console.error(unsupportedFormat(r.file ?? r.agency ?? "", r.format, "what-sheet"));
  }
  if (reports.length === 0) {
    console.error(render(LAYOUT_MESSAGES.xlsxNothing, { file: path }));
    return 1;
  }
  try {
    await writeFile(path, await writeXlsx(planWorkbook(reports, { index: true })));
  } catch (err) {
    console.error(render(LAYOUT_MESSAGES.xlsxWriteFailed, { file: path, reason: err instanceof Error ? err.message : String(err) }));
    return 1;
  }
  console.error(render(LAYOUT_MESSAGES.xlsxWritten, { file: basename(path), count: reports.length }));
  return 0;
}
