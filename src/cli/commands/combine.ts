// `xxgk combine FILE... -o out.xlsx`: reads reports (report files, interchange JSON / JSON Lines,
// and .xlsx workbooks whose tables the scanner finds — not the sheets a combination wrote, marked
// by hidden names) and writes one workbook: the combined sheet (one row per report, autofilter
// on), the 汇总 (formulas over it) and the findings with links.
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { entryOf, inputName, keepFirstOfDuplicates, type CombineEntry } from "../../combine";
import { writeCombinedXlsx } from "../../hosts/xlsx/combined";
import { streamingTarget } from "../../hosts/xlsx/stream";
import { readXlsxBook, readXlsxSheets } from "../../hosts/xlsx/read";
import { importBytes } from "../../importers";
import { rangeA1 } from "../../layout";
import { markedCombineSheets, planCombinedWorkbook } from "../../layout/combined";
import { COMBINE_MESSAGES, render, unsupportedFormat } from "../../messages";
import { AnyReportSchema } from "../../model";
import { scanSheets, validateSheets } from "../../scan";
import { parseArgs } from "../args";

const say = (code: keyof typeof COMBINE_MESSAGES, params: Record<string, unknown> = {}) => render(COMBINE_MESSAGES[code], params);
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function runCombine(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["-o", "--out"]);
  const out = args.options.get("-o") ?? args.options.get("--out");
  if (args.files.length === 0 || out === undefined) {
    console.error(say("cliUsage"));
    return 2;
  }
  const entries: CombineEntry[] = [];
  let skipped = 0;
  for (const file of args.files) {
    try {
      const read = await readEntries(file);
      entries.push(...read.entries);
      for (const reason of read.skipped) {
        skipped++;
        console.error(say("cliSkipped", { file, reason }));
      }
    } catch (err) {
      skipped++;
      console.error(say("cliSkipped", { file, reason: reasonOf(err) }));
    }
  }
  if (entries.length === 0) {
    console.error(say("cliNothing"));
    return 1;
  }
  const book = planCombinedWorkbook(onceEach(entries, args.flags.has("--keep-duplicates")), [], {}, { withRows: false });
  try {
    await writeFile(out, await writeCombinedXlsx(book, {}, streamingTarget()));
  } catch (err) {
    console.error(say("cliWriteFailed", { file: out, reason: reasonOf(err) }));
    return 1;
  }
  const crossYear = book.pairs.reduce((n, p) => n + p.findings.filter((f) => f.status === "failed").length, 0);
  console.error(say("cliWritten", { file: basename(out), count: book.rows.length, pairs: crossYear }));
  return skipped > 0 ? 1 : 0;
}

/** One report counted once: each duplicate said on stderr, the first kept (all with `keep`). */
function onceEach(entries: CombineEntry[], keep: boolean): CombineEntry[] {
  const { kept, groups } = keepFirstOfDuplicates(entries, (e) => e.figures);
  for (const g of groups) {
    const files = g.entries.map((e) => `“${inputName(e)}”`).join("、");
    const params = { count: g.entries.length, agency: g.agency, year: g.year, files, first: inputName(g.entries[0]) };
    if (keep) console.error(say("cliDuplicateKept", params));
    else console.error(say("cliDuplicate", { ...params, versions: g.identical ? "" : say("cliDuplicateVersions") }));
  }
  return keep ? entries : kept;
}

async function readEntries(file: string): Promise<{ entries: CombineEntry[]; skipped: string[] }> {
  const bytes = new Uint8Array(await readFile(file));
  const name = basename(file);
  if (/\.xlsx$/i.test(file)) {
    const book = await readXlsxBook(bytes);
    const ours = markedCombineSheets(book.names);
    const sheets = book.sheets.filter((s) => !ours.has(s.name));
    const reports = scanSheets(sheets).flatMap((s) => s.reports);
    if (reports.length === 0) return { entries: [], skipped: [say("noTablesFound")] };
    return { entries: reports.map((s) => entryOf({ ...s.report, file: name }, s.sheet)), skipped: [] };
  }
  if (/\.(json|jsonl|ndjson)$/i.test(file)) return readInterchange(new TextDecoder("utf-8").decode(bytes), name);
  const result = await importBytes(bytes, name);
  if (!result.ok) return { entries: [], skipped: [result.diagnostics.map((d) => d.message).join("；")] };
  if (result.report.format !== "2021") return { entries: [], skipped: [unsupportedFormat(name, result.report.format, "what-combine")] };
  return { entries: [entryOf({ ...result.report, file: result.report.file ?? name })], skipped: [] };
}

/** One report, an array of them, or JSON Lines (what `xxgk parse --json` prints). */
function readInterchange(text: string, name: string): { entries: CombineEntry[]; skipped: string[] } {
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
  const entries: CombineEntry[] = [];
  const skipped: string[] = [];
  values.forEach((v, i) => {
    const parsed = AnyReportSchema.safeParse(v);
    if (!parsed.success) skipped.push(`#${i + 1}: ${(v as { error?: string })?.error ?? parsed.error.issues[0]?.message}`);
    else if (parsed.data.format !== "2021") skipped.push(`#${i + 1}: ${unsupportedFormat(name, parsed.data.format, "what-combine")}`);
    else entries.push(entryOf({ ...parsed.data, file: parsed.data.file ?? name }));
  });
  return { entries, skipped };
}

/**
 * `xxgk check book.xlsx [--json]`: the workbook's tables, found by their labels wherever they
 * stand, checked; every finding with its sheet and cell. Exit 1 when a finding is an error or a
 * workbook holds no tables. Called from ./check.ts for .xlsx inputs.
 */
export async function checkWorkbookFiles(files: readonly string[], json: boolean): Promise<number> {
  let failing = false;
  for (const file of files) {
    let validation;
    try {
      const book = await readXlsxBook(new Uint8Array(await readFile(file)));
      const ours = markedCombineSheets(book.names);
      validation = validateSheets(book.sheets.filter((s) => !ours.has(s.name)));
    } catch (err) {
      failing = true;
      const error = say("xlsxUnreadable", { file, reason: reasonOf(err) });
      console.log(json ? JSON.stringify({ file, error }) : `== ${file}\n  [${say("severity").split("|")[0]}] ${error}`);
      continue;
    }
    if (validation.scanned.length === 0) {
      failing = true;
      console.log(json ? JSON.stringify({ file, error: validation.message }) : `== ${file}\n  ${validation.message}`);
      continue;
    }
    if (validation.findings.some((f) => f.severity === "error")) failing = true;
    if (!json) console.log(`== ${file}\n${validation.message}`);
    for (const s of validation.scanned) {
      const findings = validation.findings.filter((f) => f.sheet === s.sheet && f.agency === s.report.agency && f.year === s.report.year);
      const area = rangeA1(s.area);
      if (json) {
        console.log(JSON.stringify({ file, sheet: s.sheet, area, agency: s.report.agency, year: s.report.year, findings }));
        continue;
      }
      console.log(say("checkSheetHeading", { sheet: s.sheet, cell: area, agency: s.report.agency ?? say("unknownAgency"), year: s.report.year ?? "" }));
      const tags = say("severity").split("|");
      if (findings.length === 0) console.log(`  ${say("noFindings")}`);
      for (const f of findings)
        console.log(say("checkFindingLine", { tag: tags[f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2], sheet: f.sheet, cell: f.cell ?? "", message: f.message }));
    }
  }
  return failing ? 1 : 0;
}
