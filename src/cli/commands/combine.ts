// `xxgk combine FILE... -o out.xlsx`: reads reports (report files, interchange JSON / JSON Lines,
// and .xlsx workbooks whose tables the scanner finds — not the sheets a combination wrote, marked
// by hidden names) and writes one workbook: the combined sheet (one row per report, autofilter
// on), the 汇总 (formulas over it) and the findings with links.
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { entryOf, inputName, keepFirstOfDuplicates, type CombineEntry } from "../../combine";
import { writeCombinedXlsx } from "../../hosts/xlsx/combined";
import { streamingTarget } from "../../hosts/xlsx/stream";
import { importBytes } from "../../importers";
import { planWorkbook } from "../../layout";
import { planCombinedWorkbook } from "../../layout/combined";
import { COMBINE_MESSAGES, render } from "../../messages";
import { AnyReportSchema, type AnyReport } from "../../model";
import { parseArgs, usageErrors, type CommandSpec } from "../args";
import { describeReadError, expandInputs, readInput } from "../inputs";
import { isWorkbook, workbookReports } from "../workbooks";

const say = (code: keyof typeof COMBINE_MESSAGES, params: Record<string, unknown> = {}) => render(COMBINE_MESSAGES[code], params);
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const COMBINE_SPEC: CommandSpec = {
  command: "combine",
  options: [{ names: ["-o", "--out"], value: { what: "输出的工作簿文件名", example: "-o 汇总.xlsx" } }, { names: ["--keep-duplicates"] }, { names: ["--by-year"] }],
};

/** Above this many reports the workbook holds the combination only, not one sheet per report. */
export const REPORT_SHEETS_LIMIT = 500;

/** A report to combine, with the report itself for its own sheet. */
type Input = CombineEntry & { readonly report: AnyReport };

export const runCombine = usageErrors(async (argv: string[]): Promise<number> => {
  const args = parseArgs(argv, COMBINE_SPEC, { needFiles: true, required: ["-o"] });
  const out = args.options.get("-o")!;
  const entries: Input[] = [];
  let skipped = 0;
  for (const { file, problem } of await expandInputs(args.files)) {
    const read = problem === undefined ? await readEntries(file) : { entries: [], skipped: [problem] };
    entries.push(...read.entries);
    for (const reason of read.skipped) {
      skipped++;
      console.error(say("cliSkipped", { file, reason }));
    }
  }
  if (entries.length === 0) {
    console.error(say("cliNothing"));
    return 1;
  }
  const counted = onceEach(entries, args.flags.has("--keep-duplicates"));
  const book = planCombinedWorkbook(counted, [], {}, { withRows: false, byYear: args.flags.has("--by-year") });
  const sheetNames = [book.combined.plan.name, book.summary.name, ...book.yearSummaries.map((p) => p.name), book.findingsSheet.name];
  const reportSheets = counted.length <= REPORT_SHEETS_LIMIT ? planWorkbook(counted.map((e) => e.report), { index: false }, { sheetNames, definedNames: [] }) : [];
  if (counted.length > REPORT_SHEETS_LIMIT) console.error(say("cliNoReportSheets", { count: counted.length, limit: REPORT_SHEETS_LIMIT }));
  try {
    await writeFile(out, await writeCombinedXlsx(book, { reportSheets }, streamingTarget()));
  } catch (err) {
    console.error(say("cliWriteFailed", { file: out, reason: reasonOf(err) }));
    return 1;
  }
  const years = [...new Set(book.rows.map((r) => r.year ?? say("yearUnknown")))];
  if (years.length > 1) {
    const params = { count: years.length, years: years.join("、"), summary: book.summary.name, combined: book.combined.plan.name };
    if (book.yearSummaries.length > 0) console.error(say("cliYears", { ...params, sheets: book.yearSummaries.map((p) => `“${p.name}”`).join("、") }));
    else console.error(say("cliYearsOne", params));
  }
  const crossYear = book.pairs.reduce((n, p) => n + p.findings.filter((f) => f.status === "failed").length, 0);
  console.error(say("cliWritten", { file: basename(out), count: book.rows.length, pairs: crossYear }));
  return skipped > 0 ? 1 : 0;
});

/** One report counted once: each duplicate said on stderr, the first kept (all with `keep`). */
function onceEach<E extends CombineEntry>(entries: E[], keep: boolean): E[] {
  const { kept, groups } = keepFirstOfDuplicates(entries, (e) => e.figures);
  for (const g of groups) {
    const files = g.entries.map((e) => `“${inputName(e)}”`).join("、");
    const params = { count: g.entries.length, agency: g.agency, year: g.year, files, first: inputName(g.entries[0]) };
    if (keep) console.error(say("cliDuplicateKept", params));
    else console.error(say("cliDuplicate", { ...params, versions: g.identical ? "" : say("cliDuplicateVersions") }));
  }
  return keep ? entries : kept;
}

async function readEntries(file: string): Promise<{ entries: Input[]; skipped: string[] }> {
  const name = basename(file);
  const of = (report: AnyReport, sheet: string | null = null): Input => ({ ...entryOf(report, sheet), report });
  try {
    const bytes = await readInput(file);
    if (isWorkbook(file)) {
      const found = await workbookReports(file, bytes);
      if (found.scanned.length === 0) return { entries: [], skipped: [say("noTablesFound")] };
      return { entries: found.scanned.map((s) => of({ ...s.report, file: name }, s.sheet)), skipped: [] };
    }
    if (/\.(json|jsonl|ndjson)$/i.test(file)) return readInterchange(new TextDecoder("utf-8").decode(bytes), name);
    const result = await importBytes(bytes, name);
    if (!result.ok) return { entries: [], skipped: [result.diagnostics.filter((d) => d.severity === "error").map((d) => d.message).join("；")] };
    return { entries: [of({ ...result.report, file: result.report.file ?? name })], skipped: [] };
  } catch (err) {
    return { entries: [], skipped: [describeReadError(file, err)] };
  }
}

/** One report, an array of them, or JSON Lines (what `xxgk parse --json` prints). */
function readInterchange(text: string, name: string): { entries: Input[]; skipped: string[] } {
  let values: unknown[];
  try {
    const whole: unknown = JSON.parse(text);
    values = Array.isArray(whole) ? whole : [whole];
  } catch {
    values = text.split(/\r?\n/).filter((l) => l.trim() !== "").map((l) => {
      try {
        return JSON.parse(l) as unknown;
      } catch (err) {
        return { error: reasonOf(err) };
      }
    });
  }
  const entries: Input[] = [];
  const skipped: string[] = [];
  values.forEach((v, i) => {
    const parsed = AnyReportSchema.safeParse(v);
    if (!parsed.success) skipped.push(`#${i + 1}: ${(v as { error?: string })?.error ?? parsed.error.issues[0]?.message}`);
    else {
      const report = { ...parsed.data, file: parsed.data.file ?? name };
      entries.push({ ...entryOf(report), report });
    }
  });
  return { entries, skipped };
}
