// Shared by the text importer's tests: the project's copy of the corpus, and figure-by-figure comparison.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { FIGURE_SLOTS, figureSlotsOf, flattenAny, type AnyReport, type Diagnostic, type ReportFormat } from "../../../src/model";
import { CORPUS } from "../../support/corpus";

export { CORPUS };

export interface Truth {
  /** Absent in the 2021 truths; "2019" or "mixed" for the older-format ones. */
  format?: ReportFormat;
  agency: string;
  year: number;
  active: number[];
  requests: number[][];
  appeals: number[];
  style?: { blank_zero?: boolean };
}

export interface CorpusText {
  name: string;
  path: string;
  truth: Truth;
  input: string;
}

export const TEXT_INPUTS = ["text-pdf.txt", "text-pdf-layout.txt", "text-pdf-raw.txt", "text-office.txt", "text-web.txt"];

export function corpusTexts(): CorpusText[] {
  const out: CorpusText[] = [];
  const seeds = join(CORPUS, "seeds");
  for (const f of readdirSync(seeds).filter((n) => n.endsWith(".truth.json")).sort()) {
    const txt = join(seeds, f.replace(/\.truth\.json$/, ".txt"));
    if (existsSync(txt)) out.push({ name: `seeds/${f.replace(/\.truth\.json$/, ".txt")}`, path: txt, truth: readJson(join(seeds, f)), input: "seed" });
  }
  const generated = join(CORPUS, "generated");
  for (const c of readdirSync(generated).sort()) {
    const truth = readJson(join(generated, c, "truth.json"));
    for (const input of TEXT_INPUTS) {
      const p = join(generated, c, input);
      if (existsSync(p)) out.push({ name: `generated/${c}/${input}`, path: p, truth, input });
    }
  }
  return out;
}

function readJson(p: string): Truth {
  return JSON.parse(readFileSync(p, "utf8")) as Truth;
}

export interface Comparison {
  exact: number;
  nulls: number;
  /** `表·位置: got ≠ truth` for each wrong figure. */
  wrong: string[];
  /** Null figures no diagnostic speaks of. */
  unexplained: string[];
}

/** Whether a diagnostic speaks of the figure at a slot (a table-wide one speaks of all its figures). */
function covers(d: Diagnostic, slot: (typeof FIGURE_SLOTS)[number]): boolean {
  if (d.table !== slot.table) return false;
  if (d.row === undefined && d.item === undefined && d.group === undefined) return true;
  if (d.row !== undefined && d.row !== slot.row) return false;
  if (d.item !== undefined && d.item !== slot.item) return false;
  if (d.group !== undefined && d.group !== slot.group) return false;
  return d.col === undefined || d.col === slot.col;
}

export function compare(report: AnyReport, truth: Pick<Truth, "format" | "active" | "requests" | "appeals">): Comparison {
  const format = truth.format ?? "2021";
  if (report.format !== format) throw new Error(`read as format ${report.format}, the truth is ${format}`);
  const slots = figureSlotsOf(format);
  const got = flattenAny(report);
  const want = flattenAny({ ...truth, format } as AnyReport);
  const result: Comparison = { exact: 0, nulls: 0, wrong: [], unexplained: [] };
  got.forEach((g, i) => {
    const slot = slots[i];
    const where = `${slot.headers.join("·")}`;
    if (g === null) {
      result.nulls++;
      if (!(report.diagnostics ?? []).some((d) => covers(d, slot))) result.unexplained.push(where);
    } else if (want[i] !== null && Math.abs(g - (want[i] as number)) < 1e-9) result.exact++;
    else result.wrong.push(`${where}: ${g} ≠ ${want[i]}`);
  });
  return result;
}
