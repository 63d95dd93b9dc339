// Table 四 laid out as three labelled rows (行政复议 / 未经复议直接起诉 / 复议后起诉) under one header
// of five columns. Each row is read like a row of table 三: whole when its five figures stand
// together, by placements its own total allows when blank cells were lost — except in text that
// stacks figures one per line (plain PDF text), where figures may have
// come from the neighbouring row, or a row's first figure printed last: there a row is read only
// when whole, its total holds, and no rotation of its figures holds too.
import { APPEAL_COLUMN_COUNT, APPEAL_COUNT, APPEAL_GROUPS, APPEAL_TOTAL_COL, appealIndex, type Diagnostic } from "../../model";
import { diagnostic, figuresText } from "./diagnostics";
import { BLANK, type Cell, type Reading, placedByTabs, placements, rotations, sumHolds } from "./placement";
import { solveAppeals } from "./appeals";
import type { TableRead } from "./requests";
import { headerLine, pickByLayout, verifiedColumns } from "./layout";
import { type Run, figureCount, runValues } from "./runs";
import type { Token } from "./tokens";

/** Row labels of the three groups, in group order; 行政诉讼 alone heads groups 2 and 3 and names none. */
const GROUP_LABELS: readonly RegExp[] = [/行政复议/g, /未经复议|直接起诉/g, /复议后起诉/g];
const PARTS = [0, 1, 2, 3];
const TOTAL = APPEAL_TOTAL_COL - 1;

/** The group whose label stands last in `text` (after offset `after`), or null. */
function lastGroup(text: string, after = -1): number | null {
  let best: { group: number; end: number } | null = null;
  GROUP_LABELS.forEach((p, i) => {
    p.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.exec(text))) if (m.index > after && (!best || m.index + m[0].length > best.end)) best = { group: i + 1, end: m.index + m[0].length };
  });
  return best ? (best as { group: number }).group : null;
}

/** Column heads before the first figures: one 总计 (or 合计) means one header for all three rows. */
function oneHeader(header: string): boolean {
  return (header.match(/总计|合计/g)?.length ?? 0) === 1 && /结果维持|结果维/.test(header);
}

/** No figure at all: the header, then the three row labels in order with nothing after them. */
function allBlank(text: string): boolean {
  if (!oneHeader(text)) return false;
  let at = Math.max(text.lastIndexOf("总计"), text.lastIndexOf("合计"));
  for (const p of GROUP_LABELS) {
    p.lastIndex = at;
    const m = p.exec(text);
    if (!m) return false;
    at = m.index + m[0].length;
  }
  return true;
}

const stacked = (run: Run) => !run.tabbed && new Set(run.cells.map((c) => (c === "blank" ? -1 : c.line))).size > 1;

/** Table 四 in the per-group layout, or null when the text is not laid out that way. */
export function readAppealRows(tokens: readonly Token[], from: number, runs: readonly Run[], after: string): TableRead | null {
  if (runs.length === 0) return allBlank(after) ? { cells: Array<Cell>(APPEAL_COUNT).fill(BLANK), diagnostics: [] } : null;
  if (!oneHeader(runs[0].before)) return null;
  const byGroup = new Map<number, Run>();
  let last = 0;
  // The first row's label follows the header (in the 15-column layout the group names precede it).
  const headerEnd = Math.max(runs[0].before.lastIndexOf("总计"), runs[0].before.lastIndexOf("合计"));
  for (const run of runs) {
    const group = lastGroup(run.before, run === runs[0] ? headerEnd : -1);
    if (group === null || group <= last) return null;
    byGroup.set(group, run);
    last = group;
  }
  const tailGroup = lastGroup(after);
  const seen = (g: number) => g <= Math.max(last, tailGroup ?? 0);
  const diagnostics: Diagnostic[] = [];
  const cells = Array<Cell | null>(APPEAL_COUNT).fill(null);
  const short = (run: Run | undefined) => !run || run.cells.length < APPEAL_COLUMN_COUNT;
  // Plain PDF text: figures one per line.
  const untrusted = [...byGroup.values()].some(stacked);
  const xs = verifiedColumns(headerLine(tokens.slice(from), runs[0].at - from, APPEAL_COLUMN_COUNT), runs, APPEAL_COLUMN_COUNT);
  for (const g of APPEAL_GROUPS) {
    const run = byGroup.get(g.group);
    const where = { where: `复议诉讼表“${g.label}”`, where_en: `appeals group ${g.group}` };
    const loc = { table: "appeals" as const, group: g.group };
    if (!seen(g.group)) {
      diagnostics.push(diagnostic("row-missing", "error", where, loc));
      continue;
    }
    const items = run ?? { cells: [], tabbed: false };
    let readings: Reading[] = placements(items, APPEAL_COLUMN_COUNT);
    const whole = items.cells.length === APPEAL_COLUMN_COUNT || placedByTabs(items, APPEAL_COLUMN_COUNT);
    if (untrusted && short(run)) readings = [];
    // Stacked one per line, a whole row's order is open: each rotation is a reading (the solver decides).
    else if (untrusted) readings = whole && readings.length === 1 ? rotations(readings[0]).filter((r) => sumHolds(r, PARTS, TOTAL)) : readings.filter((r) => sumHolds(r, PARTS, TOTAL));
    else if (!whole) readings = readings.filter((r) => sumHolds(r, PARTS, TOTAL));
    if (run && !whole) readings = [...pickByLayout(readings, run, xs)];
    const agreed = solveAppeals(readings.length ? [{ cells: [1, 2, 3, 4, 5].map((c) => appealIndex(g.group, c)), readings }] : []).filter((_, i) => Math.floor(i / APPEAL_COLUMN_COUNT) === g.group - 1);
    agreed.forEach((c, i) => (cells[appealIndex(g.group, i + 1)] = c));
    const unknown = agreed.filter((c) => c === null).length;
    if (unknown === 0) continue;
    const figures = run ? figuresText(runValues(run)) : "";
    if (readings.length === 0 && untrusted && short(run)) diagnostics.push(diagnostic("row-stacked-blanks", "warning", { ...where, figures }, loc));
    else if (readings.length === 0) diagnostics.push(diagnostic("row-inconsistent", "error", { ...where, figures }, loc));
    else if (untrusted && whole) diagnostics.push(diagnostic("row-order-open", "warning", { ...where, figures, unknown, count: readings.length }, loc));
    else diagnostics.push(diagnostic("row-ambiguous", "warning", { ...where, count: run ? figureCount(run) : 0, figures, unknown }, loc));
  }
  return { cells, diagnostics };
}
