// What the table readers fill in: the figures, where each came from, and what to tell people.
import {
  appealIndex,
  emptyReport,
  emptySources,
  type Diagnostic,
  type Location,
  type Report,
  type Sources,
} from "../../model";
import { readCellFigure } from "./cells";
import type { GridCell, GridTable } from "./grid";

export interface Reading {
  readonly report: Report;
  readonly sources: Sources;
  readonly diagnostics: Diagnostic[];
}

export function newReading(): Reading {
  return { report: emptyReport(), sources: emptySources(), diagnostics: [] };
}

/** Reads one cell into the figure that `location` names (1-based, as in findings). */
export function setFigure(reading: Reading, table: GridTable, cell: GridCell | null, location: Location): void {
  const read = readCellFigure(cell, table, location);
  if (read.diagnostic) reading.diagnostics.push(read.diagnostic);
  const { report, sources } = reading;
  if (location.table === "active") {
    report.active[location.item! - 1] = read.figure;
    sources.active[location.item! - 1] = read.source;
  } else if (location.table === "requests") {
    report.requests[location.row! - 1][location.col! - 1] = read.figure;
    sources.requests[location.row! - 1][location.col! - 1] = read.source;
  } else if (location.table === "appeals") {
    const i = appealIndex(location.group!, location.col!);
    report.appeals[i] = read.figure;
    sources.appeals[i] = read.source;
  }
}
