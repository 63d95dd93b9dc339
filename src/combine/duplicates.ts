// One report counted once: two inputs of one agency (names compared as the checks compare them)
// and one year are the same report, whether they came as two copies of a PDF, under two file
// names, or once as a PDF and once inside a workbook the pane downloaded. Pure: the CLI keeps the
// first and says so, the pane asks which to keep.
import { agencyKey } from "../checks";
import { COMBINE_MESSAGES } from "../messages/combine";
import { render, type Lang } from "../messages/format";
import type { Figure } from "../model";

/** What duplicate finding needs of an input: CombineEntry, Report and the pane's items all have it. */
export interface DuplicateCandidate {
  readonly agency: string | null;
  readonly year: number | null;
  readonly file?: string | null;
  readonly sheet?: string | null;
}

export interface DuplicateGroup<E> {
  /** The agency as the first input names it, and the year. */
  readonly agency: string;
  readonly year: number;
  /** Every input of this agency and year, in input order; the first is the one kept by default. */
  readonly entries: readonly E[];
  /** Their positions in the input. */
  readonly indexes: readonly number[];
  /** True when all of them carry the same figures (copies); false: different versions of one report. */
  readonly identical: boolean;
}

/**
 * Groups of inputs that are one report (same agency and year), in the order their first input
 * comes. Inputs without an agency or a year are never taken for duplicates: nothing says they are.
 * `figuresOf` (optional) tells copies from versions; without it `identical` is false.
 */
export function findDuplicateReports<E extends DuplicateCandidate>(entries: readonly E[], figuresOf?: (e: E) => readonly Figure[]): DuplicateGroup<E>[] {
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const key = e.agency ? agencyKey(e.agency) : "";
    if (key === "" || e.year === null) return;
    const k = `${key}|${e.year}`;
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  const out: DuplicateGroup<E>[] = [];
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const members = indexes.map((i) => entries[i]);
    const first = figuresOf ? figuresOf(members[0]) : null;
    const identical = first !== null && members.every((m) => sameFigures(figuresOf!(m), first));
    out.push({ agency: members[0].agency!, year: members[0].year!, entries: members, indexes, identical });
  }
  return out;
}

function sameFigures(a: readonly Figure[], b: readonly Figure[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** The inputs with each duplicate group's first kept and the others left out, and the groups. */
export function keepFirstOfDuplicates<E extends DuplicateCandidate>(entries: readonly E[], figuresOf?: (e: E) => readonly Figure[]): { kept: E[]; dropped: E[]; groups: DuplicateGroup<E>[] } {
  const groups = findDuplicateReports(entries, figuresOf);
  const drop = new Set(groups.flatMap((g) => g.indexes.slice(1)));
  return { kept: entries.filter((_, i) => !drop.has(i)), dropped: entries.filter((_, i) => drop.has(i)), groups };
}

/** How an input is named to a person: its file, and its sheet when it came from a workbook. */
export function inputName(e: DuplicateCandidate, lang: Lang = "zh"): string {
  const m = COMBINE_MESSAGES;
  const file = e.file || render(m.unnamedInput, {}, lang);
  return e.sheet ? render(m.inputInSheet, { file, sheet: e.sheet }, lang) : file;
}
