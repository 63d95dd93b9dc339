// The corpus reports the damaged tests start from, and what a damaged reading must show.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { flattenFigures, type Diagnostic, type Figure, type ImportResult, type Report } from "../../src/model";
import { GENERATED } from "../support/corpus";
import { only2021 } from "../support/report";

export interface Truth {
  agency: string;
  year: number;
  active: Figure[];
  requests: Figure[][];
  appeals: Figure[];
}

export const corpusBytes = (name: string, file: string) => new Uint8Array(readFileSync(join(GENERATED, name, file)));
export const corpusText = (name: string, file: string) => readFileSync(join(GENERATED, name, file), "utf8");
export const corpusTruth = (name: string) => JSON.parse(corpusText(name, "truth.json")) as Truth;

/** Index in flattenFigures order: active 0–9, requests 10–184 row by row, appeals 185–199. */
export const requestIndex = (row: number, col: number) => 10 + (row - 1) * 7 + (col - 1);
export const appealIndex = (group: number, col: number) => 185 + (group - 1) * 5 + (col - 1);

export function reportOf(result: ImportResult): Report {
  if (!result.ok) throw new Error(`import failed: ${result.diagnostics.map((d) => d.message).join(" / ")}`);
  return only2021(result.report);
}

/**
 * The figures that differ from the truth, as [index, got, truth]: the damaged ones must be null,
 * every other one must be the truth's.
 */
export function wrongFigures(report: Report, truth: Truth, damaged: (index: number) => boolean): [number, Figure, Figure][] {
  const want = flattenFigures(truth);
  return flattenFigures(report).flatMap((got, i): [number, Figure, Figure][] => {
    const expected = damaged(i) ? null : want[i];
    return got === expected ? [] : [[i, got, expected]];
  });
}

/** Figures read that are neither the truth's nor null: what must never happen. */
export function madeUpFigures(report: Report, truth: Truth): [number, Figure, Figure][] {
  const want = flattenFigures(truth);
  return flattenFigures(report).flatMap((got, i): [number, Figure, Figure][] => (got === null || got === want[i] ? [] : [[i, got, want[i]]]));
}

export const codesOf = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? []).map((d) => d.code);
