// A table's tokens as runs: the label text before each stretch of figures, and the figures
// themselves. Which row a run belongs to is decided by the table readers from that label text.
import type { RowItems } from "./placement";
import type { Token } from "./tokens";

export interface Run extends RowItems {
  /** Label text (labelKey form) between the previous run and this one. */
  readonly before: string;
  /** Index of the run's first cell token in the token array. */
  readonly at: number;
  /** Tabs between the label text and the first figure: in a row without a label cell, its leading blanks. */
  readonly leadingSeps: number;
}

export interface Runs {
  readonly runs: readonly Run[];
  /** Label text after the last run. */
  readonly after: string;
}

/** Runs of the tokens [from, to). Tabs between cells mark blank cells (two tabs, one blank). */
export function collectRuns(tokens: readonly Token[], from: number, to: number): Runs {
  const runs: Run[] = [];
  let before = "";
  let cells: (Token | "blank")[] = [];
  let tabbed = false;
  let sepsSinceCell = 0;
  let at = -1;
  let leadingSeps = 0;
  let textLine = -1;
  let sepsAfterTextLine = 0;
  // A row of tab-separated text on one line, its label first: the tabs between the label and the
  // first figure, and those after the last, may be its blank cells (`规章\t\t1\t27`: 0, 1, 27).
  let leadBlanks = -1;
  let trailTabs = 0;
  let pipes = false;
  const close = () => {
    const oneLine = cells.every((c) => c === "blank" || c.line === textLine);
    const edges = leadBlanks >= 0 && oneLine && !pipes ? { lead: leadBlanks, trail: trailTabs } : undefined;
    leadBlanks = -1;
    trailTabs = 0;
    pipes = false;
    if (cells.length) runs.push(edges ? { before, cells, tabbed, at, leadingSeps, edges } : { before, cells, tabbed, at, leadingSeps });
    cells = [];
    tabbed = false;
    before = "";
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "sep") {
      sepsSinceCell++;
      if (t.pipe) pipes = true;
      if (cells.length && t.line === textLine) trailTabs++;
      if (t.line > textLine) sepsAfterTextLine++;
      continue;
    }
    if (t.kind === "text") {
      if (cells.length) close();
      before += t.key;
      sepsSinceCell = 0;
      sepsAfterTextLine = 0;
      textLine = t.line;
      continue;
    }
    trailTabs = 0;
    if (cells.length === 0) {
      at = i;
      if (t.line === textLine && sepsSinceCell > 0) leadBlanks = sepsSinceCell - 1;
      // Tabs ending the label's own line belong to that line, not to the figures' row.
      leadingSeps = sepsAfterTextLine;
    } else if (sepsSinceCell > 0) {
      tabbed = true;
      for (let b = 1; b < sepsSinceCell; b++) cells.push("blank");
    }
    cells.push(t);
    sepsSinceCell = 0;
  }
  const after = cells.length ? "" : before;
  close();
  return { runs, after };
}

export function figureCount(run: RowItems): number {
  return run.cells.filter((c) => c !== "blank").length;
}

/** The values of a run's figure tokens (null for a placeholder), for messages. */
export function runValues(run: RowItems): (number | null)[] {
  const out: (number | null)[] = [];
  for (const c of run.cells) if (c !== "blank") out.push(c.kind === "num" ? c.value : null);
  return out;
}
