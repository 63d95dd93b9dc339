// `xxgk parse FILE... [--json] [--xlsx out.xlsx]`: read reports, print a preview or one interchange
// JSON line per file; with --xlsx also write the read reports as a workbook (./xlsx.ts).
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importBytes } from "../../importers";
import type { AnyReport, ImportResult } from "../../model";
import { parseArgs } from "../args";
import { formatPreview, importResultToJson } from "../output";
import { writeReportsXlsx } from "./xlsx";

export async function runParse(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["--xlsx"]);
  if (args.files.length === 0) {
    console.error("请给出至少一个报告文件：xxgk parse FILE... [--json]");
    return 2;
  }
  let failures = 0;
  const reports: AnyReport[] = [];
  for (const file of args.files) {
    let result: ImportResult;
    try {
      const bytes = new Uint8Array(await readFile(file));
      result = await importBytes(bytes, basename(file));
    } catch (err) {
      result = readFailure(file, err);
    }
    if (!result.ok) failures++;
    else reports.push({ ...result.report, file: result.report.file ?? basename(file) });
    if (args.flags.has("--json")) console.log(JSON.stringify(importResultToJson(result, file)));
    else console.log(formatPreview(result, file));
  }
  const xlsx = args.options.get("--xlsx");
  if (xlsx !== undefined && (await writeReportsXlsx(reports, xlsx)) !== 0) return 1;
  return failures > 0 ? 1 : 0;
}

function readFailure(file: string, err: unknown): ImportResult {
  const reason = err instanceof Error ? err.message : String(err);
  return {
    ok: false,
    agency: null,
    year: null,
    diagnostics: [{ code: "file-unreadable", severity: "error", message: `无法读取文件 ${file}：${reason}` }],
  };
}
