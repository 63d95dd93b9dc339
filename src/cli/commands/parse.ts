// `xxgk parse FILE... [--json] [--xlsx out.xlsx]`: read reports, print a preview or one interchange
// JSON line per file on stdout; with --xlsx also write the read reports as a workbook (./xlsx.ts).
// What could not be read is said on stderr (and, with --json, still gets its line with `error`).
import { basename } from "node:path";
import { importBytes } from "../../importers";
import { COMBINE_MESSAGES, render } from "../../messages";
import type { AnyReport, ImportResult } from "../../model";
import { parseArgs, usageErrors, type CommandSpec } from "../args";
import { expandInputs, readInput, describeReadError } from "../inputs";
import { formatPreview, importResultToJson } from "../output";
import { isWorkbook, workbookReports } from "../workbooks";

export const PARSE_SPEC: CommandSpec = {
  command: "parse",
  options: [{ names: ["--json"] }, { names: ["--xlsx"], value: { what: "输出的工作簿文件名", example: "--xlsx 报告.xlsx" } }],
};

export const runParse = usageErrors(async (argv: string[]): Promise<number> => {
  const args = parseArgs(argv, PARSE_SPEC, { needFiles: true });
  const json = args.flags.has("--json");
  let failures = 0;
  const reports: AnyReport[] = [];
  for (const { file, problem } of await expandInputs(args.files)) {
    const results = problem === undefined ? await readResults(file) : [{ result: readFailure(problem), name: file }];
    for (const { result, name } of results) {
      if (!result.ok) {
        failures++;
        console.error(formatPreview(result, name));
      } else {
        reports.push({ ...result.report, file: result.report.file ?? basename(file) });
        if (!json) console.log(formatPreview(result, name));
      }
      if (json) console.log(JSON.stringify(importResultToJson(result, file)));
    }
  }
  const xlsx = args.options.get("--xlsx");
  if (xlsx !== undefined) {
    const { writeReportsXlsx } = require("./xlsx") as typeof import("./xlsx");
    if ((await writeReportsXlsx(reports, xlsx)) !== 0) return 1;
  }
  return failures > 0 ? 1 : 0;
});

/** One import result per report: a report file gives one, a workbook one per report found in it. */
async function readResults(file: string): Promise<{ result: ImportResult; name: string }[]> {
  try {
    const bytes = await readInput(file);
    if (isWorkbook(file)) {
      const found = await workbookReports(file, bytes);
      if (found.scanned.length === 0) return [{ result: readFailure(found.message), name: file }];
      return found.scanned.map((s) => ({ result: { ok: true as const, report: s.report }, name: render(COMBINE_MESSAGES.inputInSheet, { file, sheet: s.sheet }) }));
    }
    return [{ result: await importBytes(bytes, basename(file)), name: file }];
  } catch (err) {
    return [{ result: readFailure(describeReadError(file, err)), name: file }];
  }
}

function readFailure(message: string): ImportResult {
  return { ok: false, agency: null, year: null, diagnostics: [{ code: "file-unreadable", severity: "error", message }] };
}
