// `xxgk parse FILE... --xlsx out.xlsx`: the read reports as one workbook, an index sheet first and
// one standardized sheet per report. Messages go to stderr so `--json` output stays clean.
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { planWorkbook } from "../../layout";
import { writeXlsx } from "../../hosts/xlsx";
import { LAYOUT_MESSAGES, render } from "../../messages";
import type { AnyReport } from "../../model";

export async function writeReportsXlsx(reports: readonly AnyReport[], path: string): Promise<number> {
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
