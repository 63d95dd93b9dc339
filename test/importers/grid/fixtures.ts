// Fixture files of the file importers and the truths they are checked against.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { flattenFigures, type Figure, type ImportResult, type Report } from "../../../src/model";
import { only2021 } from "../../support/report";

export const FILES = join(__dirname, "../../fixtures/files");
export { GENERATED as CORPUS } from "../../support/corpus";

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FILES, name)));
}

export interface Truth {
  agency: string;
  year: number;
  active: Figure[];
  requests: Figure[][];
  appeals: Figure[];
}

export function readTruth(path: string): Truth {
  return JSON.parse(readFileSync(path, "utf-8")) as Truth;
}

/** The report of a successful import (fails the test with its messages otherwise). */
export function reportOf(result: ImportResult): Report {
  if (!result.ok) throw new Error(`import failed: ${result.diagnostics.map((d) => d.message).join(" / ")}`);
  return only2021(result.report);
}

/** The 200 figures, as [index, got, want] for each one that differs. */
export function differences(report: Report, truth: Truth): [number, Figure, Figure][] {
  const got = flattenFigures(report);
  const want = flattenFigures(truth);
  return got.flatMap((g, i): [number, Figure, Figure][] => (g === want[i] ? [] : [[i, g, want[i]]]));
}

/** The diagnostics' messages of a failed import. */
export function failureMessages(result: ImportResult): string[] {
  return result.ok ? [] : result.diagnostics.map((d) => d.message);
}
