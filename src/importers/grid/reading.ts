// What the table readers fill in: the figures, where each came from, and what to tell people.
// A reading is in one format's shape (2021, or the older 2019): the readers take rows, items and
// the names in messages from `shape`.
import {
  appealIndex,
  emptyReport,
  emptyReport2019,
  emptySources,
  emptySources2019,
  SHAPE_2019,
  SHAPE_2021,
  type Diagnostic,
  type Location,
  type Report,
  type Report2019,
  type Sources,
  type Sources2019,
  type TablesShape,
} from "../../model";
import { readCellFigure } from "./cells";
import type { GridCell, GridTable } from "./grid";

export interface Reading {
  readonly report: Report;
  readonly sources: Sources;
  readonly diagnostics: Diagnostic[];
  readonly shape: TablesShape;
}

export interface Reading2019 {
  readonly report: Report2019;
  readonly sources: Sources2019;
  readonly diagnostics: Diagnostic[];
  readonly shape: TablesShape;
}

export type AnyReading = Reading | Reading2019;

export function newReading(): Reading {
  return { report: emptyReport(), sources: emptySources(), diagnostics: [], shape: SHAPE_2021 };
}

export function newReading2019(): Reading2019 {
  return { report: emptyReport2019(), sources: emptySources2019(), diagnostics: [], shape: SHAPE_2019 };
}

/** Reads one cell into the figure that `location` names (1-based, as in findings). */
export function setFigure(reading: AnyReading, table: GridTable, cell: GridCell | null, location: Location): void {
  const read = readCellFigure(cell, table, location, reading.shape);
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
