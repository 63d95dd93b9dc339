// `xxgk check FILE... [--json]`: read reports (report files, or interchange JSON / JSON Lines),
// check each, and the two-year rules between reports of one agency in consecutive years.
// Exit 1 when any error-severity finding (or an input that could not be checked), 0 otherwise, 2 on usage error.
import { basename } from "node:path";
import { checkReports, findingTag, listFindings, sameAgency, verdict, type CheckResult } from "../../checks";
import { importBytes } from "../../importers";
import { AnyReportSchema, type AnyReport, type Finding } from "../../model";
import { CHECK_CLI_MESSAGES, COMBINE_MESSAGES, FORMAT_MESSAGES, formatName, render } from "../../messages";
import { rangeA1 } from "../../layout/geometry";
import { parseArgs, usageErrors, type CommandSpec } from "../args";
import { describeReadError, expandInputs, readInput } from "../inputs";
import type { SheetFinding } from "../../scan";
import { isWorkbook, workbookReports } from "../workbooks";

/** One report to check, or the reason an input holds none. */
interface Entry {
  file: string;
  /** 1-based line of a JSON Lines file holding several reports. */
  line?: number;
  report?: AnyReport;
  agency?: string | null;
  year?: number | null;
  error?: string;
}

const say = (code: keyof typeof CHECK_CLI_MESSAGES, params: Record<string, unknown> = {}) => render(CHECK_CLI_MESSAGES[code], params);

export const CHECK_SPEC: CommandSpec = { command: "check", options: [{ names: ["--json"] }] };

export const runCheck = usageErrors(async (argv: string[]): Promise<number> => {
  const args = parseArgs(argv, CHECK_SPEC, { needFiles: true });
  const json = args.flags.has("--json");
  const items = await expandInputs(args.files);
  // .xlsx workbooks: their tables are found by their labels and checked cell by cell.
  const workbooks = items.filter((i) => i.problem === undefined && isWorkbook(i.file)).map((i) => i.file);
  const workbookStatus = workbooks.length > 0 ? await checkWorkbookFiles(workbooks, json) : 0;
  const entries: Entry[] = [];
  for (const { file, problem } of items) {
    if (problem !== undefined) entries.push({ file, error: problem });
    else if (!isWorkbook(file)) entries.push(...(await readEntries(file)));
  }
  const checkable = entries.filter((e) => e.report);
  const results = new Map<Entry, CheckResult>();
  checkReports(checkable.map((e) => e.report!)).forEach((r, i) => results.set(checkable[i], r));

  let failing = false;
  for (const entry of entries) {
    const result = results.get(entry);
    if (!result || result.findings.some((f) => f.severity === "error")) failing = true;
    if (json) console.log(JSON.stringify(toJson(entry, result)));
    // An input that could not be checked is an error: said on stderr, the results stay on stdout.
    else if (!result) console.error(formatText(entry, result, entries));
    else console.log(formatText(entry, result, entries));
  }
  return failing ? 1 : workbookStatus;
});

async function readEntries(file: string): Promise<Entry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (err) {
    return [{ file, error: describeReadError(file, err) }];
  }
  if (/\.(json|jsonl|ndjson)$/i.test(file)) return readInterchange(file, new TextDecoder("utf-8").decode(bytes));
  try {
    const result = await importBytes(bytes, basename(file));
    if (result.ok) return [{ file, report: result.report, agency: result.report.agency, year: result.report.year }];
    const reasons = result.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
    return [{ file, agency: result.agency, year: result.year, error: reasons.join("；") || say("import-failed") }];
  } catch (err) {
    return [{ file, error: say("file-unreadable", { file, reason: err instanceof Error ? err.message : String(err) }) }];
  }
}

/** A .json file: one report object, an array of them, or JSON Lines (as `xxgk parse --json` prints). */
function readInterchange(file: string, text: string): Entry[] {
  const trimmed = text.trim();
  let records: { value: unknown; line: number; bad?: string }[];
  try {
    const whole: unknown = JSON.parse(trimmed);
    records = Array.isArray(whole) ? whole.map((value, i) => ({ value, line: i + 1 })) : [{ value: whole, line: 1 }];
  } catch {
    records = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === "") continue;
      try {
        records.push({ value: JSON.parse(lines[i]), line: i + 1 });
      } catch (err) {
        records.push({ value: undefined, line: i + 1, bad: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  const several = records.length > 1;
  return records.map(({ value, line, bad }) => {
    const entry: Entry = several ? { file, line } : { file };
    if (bad !== undefined) return { ...entry, error: say("not-json", { line, reason: bad }) };
    const obj = (value ?? {}) as Record<string, unknown>;
    const named = { agency: typeof obj.agency === "string" ? obj.agency : null, year: typeof obj.year === "number" ? obj.year : null };
    if (typeof obj.error === "string") return { ...entry, ...named, error: obj.error };
    const parsed = AnyReportSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ...entry, ...named, error: say("not-report", { line, path: issue.path.join(".") || "/", reason: issue.message }) };
    }
    return { ...entry, ...named, report: parsed.data };
  });
}

function toJson(entry: Entry, result: CheckResult | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { file: entry.file };
  if (entry.line !== undefined) out.line = entry.line;
  out.agency = entry.agency ?? null;
  out.year = entry.year ?? null;
  if (entry.report) out.format = entry.report.format;
  out.findings = result?.findings ?? [];
  if (entry.error) out.error = entry.error;
  return out;
}

const SHOWN_UNCHECKABLE = 10;

function formatText(entry: Entry, result: CheckResult | undefined, all: Entry[]): string {
  const lines = [`== ${entry.file}${entry.line ? `#${entry.line}` : ""}`];
  lines.push(say("heading", { agency: entry.agency || say("unknown"), year: entry.year ?? say("unknown") }));
  // The older format and a mix are said: the rules and rows differ (2021, the usual case, is not).
  if (entry.report && entry.report.format !== "2021") lines.push(render(FORMAT_MESSAGES["format-line"], { format: formatName(entry.report.format) }));
  if (!result) {
    lines.push(`  [${say("tag-error")}] ${entry.error ?? say("import-failed")}`);
    return lines.join("\n");
  }
  const count = (severity: Finding["severity"]) => result.findings.filter((f) => f.severity === severity).length;
  const clean = result.findings.length === 0;
  lines.push(clean ? verdict(result) : say("summary", { errors: count("error"), warnings: count("warning"), unchecked: count("info"), checked: result.checked }));
  // The one list every output shows (src/checks/listing.ts); here the not-checkable ones are cut short.
  const listed = listFindings(result.findings);
  const failed = listed.filter((l) => l.finding.status === "failed");
  const unchecked = listed.filter((l) => l.finding.status === "uncheckable");
  for (const l of [...failed, ...unchecked.slice(0, SHOWN_UNCHECKABLE)]) lines.push(`  [${l.tag}] ${l.message}`);
  if (unchecked.length > SHOWN_UNCHECKABLE) lines.push("  " + say("more-uncheckable", { count: unchecked.length - SHOWN_UNCHECKABLE }));
  const year = entry.year;
  const previous = typeof year === "number" ? all.find((p) => p.report && p.year === year - 1 && sameAgency(p.agency, entry.agency)) : undefined;
  if (previous) lines.push(say("two-years", { prevYear: year! - 1, file: previous.file }));
  return lines.join("\n");
}

/**
 * Workbooks: the tables found in them (report sheets, tables typed anywhere), checked; every
 * finding with its sheet and cell. Exit 1 when a finding is an error or a workbook holds no tables.
 */
async function checkWorkbookFiles(files: readonly string[], json: boolean): Promise<number> {
  let failing = false;
  const c = (code: keyof typeof COMBINE_MESSAGES, params: Record<string, unknown> = {}) => render(COMBINE_MESSAGES[code], params);
  for (const file of files) {
    let validation;
    try {
      validation = await workbookReports(file, await readInput(file));
    } catch (err) {
      failing = true;
      const error = describeReadError(file, err);
      if (json) console.log(JSON.stringify({ file, error }));
      console.error(`== ${file}\n  [${say("tag-error")}] ${error}`);
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
      const own = validation.findings.filter((f) => f.sheet === s.sheet && f.agency === s.report.agency && f.year === s.report.year);
      const findings = listFindings(own).map((l) => l.finding as SheetFinding);
      const area = rangeA1(s.area);
      if (json) {
        console.log(JSON.stringify({ file, sheet: s.sheet, area, agency: s.report.agency, year: s.report.year, findings }));
        continue;
      }
      console.log(c("checkSheetHeading", { sheet: s.sheet, cell: area, agency: s.report.agency ?? c("unknownAgency"), year: s.report.year ?? "" }));
      if (findings.length === 0) console.log(`  ${c("noFindings")}`);
      for (const f of findings) console.log(c("checkFindingLine", { tag: findingTag(f), sheet: f.sheet, cell: f.cell ?? "", message: f.message }));
    }
  }
  return failing ? 1 : 0;
}
