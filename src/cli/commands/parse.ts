// `xxgk parse FILE... [--json]`: read reports, print a preview or one interchange JSON line per file.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importBytes } from "../../importers";
import type { ImportResult } from "../../model";
import { parseArgs } from "../args";
import { formatPreview, importResultToJson } from "../output";

export async function runParse(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.files.length === 0) {
    console.error("请给出至少一个报告文件：xxgk parse FILE... [--json]");
    return 2;
  }
  let failures = 0;
  for (const file of args.files) {
    let result: ImportResult;
    try {
      const bytes = new Uint8Array(await readFile(file));
      result = await importBytes(bytes, basename(file));
    } catch (err) {
      result = readFailure(file, err);
    }
    if (!result.ok) failures++;
    if (args.flags.has("--json")) console.log(JSON.stringify(importResultToJson(result, file)));
    else console.log(formatPreview(result, file));
  }
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
