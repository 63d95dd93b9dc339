// The text importer: report text in any of the shapes people copy out of PDFs, web pages and Word.
// Pipeline: lines (half-width, page numbers dropped) → parts located by their headings → tokens of
// each table → each table read by its own reader → the interchange report with sources and
// diagnostics. Figures that cannot be placed with certainty stay null; nothing is guessed.
import {
  ACTIVE_COUNT,
  APPEAL_COLUMN_COUNT,
  APPEAL_COUNT,
  FEE_ITEM,
  REQUEST_COLUMN_COUNT,
  type Diagnostic,
  type ImportResult,
  type Location,
  type SourceRef,
  type TableId,
  FORMAT_2019_MARKERS,
  emptyReport,
  emptySources,
  labelKey,
} from "../../model";
import { readNarrativeNew } from "../narrative";
import { readTitle } from "../title";
import { readActive } from "./active";
import { readAppealBlocks } from "./appealBlocks";
import { raisedFigureLines } from "./layout";
import { readAppeals } from "./appeals";
import { diagnostic, tableParams } from "./diagnostics";
import type { Cell } from "./placement";
import { type TableRead, readRequests } from "./requests";
import { type Sections, findFormat2019Marker, locateSections } from "./sections";
import { type Line, type Token, controlCell, settleNone, splitLines, tokenize } from "./tokens";
import { summarizeNoneMarks } from "../none-marks";
import { type RunTogetherRead, readRunTogether, runTogetherBody } from "./runTogether";
import { readActive2019Text } from "./active2019";
import { emptyReport2019, emptySources2019, REQUEST_ROW_COUNT_2019 } from "../../model";

export function importText(text: string): ImportResult {
  if (text.trim() === "") return failure([diagnostic("empty-input", "error")]);
  const lines = splitLines(text);
  const sections = locateSections(lines);
  const title = readTitle(text.slice(0, sections.overview >= 0 ? lines[sections.overview].start : undefined));

  // Cells run together, the whole body on one line: its own reader (labels found in the line).
  const body = runTogetherBody(lines);
  const bodyKey = body ? labelKey(body.text.slice(0, 20_000)) : "";
  const marker = body ? (FORMAT_2019_MARKERS.find((m) => bodyKey.includes(m)) ?? null) : findFormat2019Marker(lines, sections);
  // The older format in text: tables 三 and 四 by the same readers (table 三 in its 23 rows), table 二
  // by its own reader. A 2021 table 三 under it is a mix. Run-together text is not read in that format.
  if (marker && !body) {
    const regions = tableRegions(lines, sections);
    const requestsText = (regions.requests ?? []).map((l) => l.key).join("");
    if (/不补正|收费通知|缴纳费用|逾期未按/.test(requestsText)) return asMixed(importText2021(text, lines, sections, title, null), marker);
    return importText2019(text, lines, sections, title, regions);
  }
  if (marker && body) {
    // Run together: the 2021 rows 21–22 (不补正, 收费通知) under the older table 二 make a mix.
    const requestsText = labelKey(body.text.slice(Math.max(0, body.text.search(/三[、.]\s*收到和处理/))));
    if (/不补正|收费通知|缴纳费用|逾期未按/.test(requestsText)) return asMixed(importText2021(text, lines, sections, title, body), marker);
    return importText2019(text, lines, sections, title, { active: null, requests: null, appeals: null }, readRunTogether(body, true));
  }
  return importText2021(text, lines, sections, title, body);
}

/** The 2021 reading of the text, lines and parts already found. */
function importText2021(text: string, lines: Line[], sections: Sections, title: { agency: string | null; year: number | null }, body: ReturnType<typeof runTogetherBody>): ImportResult {
  const together = body ? readRunTogether(body, false) : null;

  const regions = together ? { active: null, requests: null, appeals: null } : tableRegions(lines, sections);
  if (!together && !regions.active && !regions.requests && !regions.appeals) return failure([diagnostic("no-tables", "error")], title);

  const report = emptyReport();
  const sources = emptySources();
  const diagnostics: Diagnostic[] = [];
  report.agency = title.agency;
  report.year = title.year;

  const read = (id: TableId, region: Line[] | null, reader: (tokens: Token[]) => TableRead): (Cell | null)[] | null => {
    if (!region) {
      diagnostics.push(diagnostic("table-missing", "error", tableParams(id), { table: id }));
      return null;
    }
    const readLines = (ls: Line[]) => {
      const tokens = tokenize(ls);
      settleNone(tokens);
      return reader(tokens);
    };
    // NUL bytes among a table's figures: whether one stands for a lost figure or was added, the
    // text does not say, so no cell of the table is certain.
    const printed = tokenize(region);
    if (printed.some(controlCell)) {
      diagnostics.push(diagnostic("table-damaged", "error", tableParams(id), { table: id }));
      return null;
    }
    const result = readLines(region);
    // A lone number on a line of its own, in a table whose rows print their figures beside their
    // labels, may be a page number or a figure: both readings, and a cell only where they agree.
    // (Not a raised 总计 of table 三 that its row's count of cells places: see lowerRaisedFigures.)
    const raised = id === "requests" ? raisedFigureLines(printed, REQUEST_COLUMN_COUNT) : new Set<number>();
    const lone = new Set([...loneNumberLines(region)].filter((l) => !raised.has(l.number)));
    if (lone.size > 0) {
      const without = readLines(region.filter((l) => !lone.has(l)));
      const differ = result.cells.some((c, i) => (c?.value ?? null) !== (without.cells[i]?.value ?? null));
      diagnostics.push(...without.diagnostics);
      if (!differ) return without.cells;
      const texts = [...lone].map((l) => l.text.trim()).join("、");
      diagnostics.push(diagnostic("lone-number-line", "warning", { ...tableParams(id), figures: texts }, { table: id }));
      return without.cells.map((c, i) => (c && c.value === (result.cells[i]?.value ?? null) ? c : null));
    }
    diagnostics.push(...result.diagnostics);
    return result.cells;
  };

  if (together) diagnostics.push(...together.diagnostics);
  const active = together ? together.active : read("active", regions.active, (t) => readActive(t, 0, t.length));
  const requests = together ? together.requests : read("requests", regions.requests, (t) => readRequests(t, 0, t.length, sections.endsEarly && !regions.appeals));
  const appeals = together ? together.appeals : readAppealsOrBlocks(read("appeals", regions.appeals, (t) => readAppeals(t, 0, t.length, sections.endsEarly)), lines, sections, diagnostics);

  feeOrPageNumber(active, regions.active, diagnostics);
  if (sections.endsEarly && !together) cutLastRow(active, requests, appeals, diagnostics);
  for (let i = 0; i < ACTIVE_COUNT; i++) {
    const c = active?.[i] ?? null;
    report.active[i] = c?.value ?? null;
    sources.active[i] = sourceOf(text, c);
  }
  feeInYuan(report.active, active?.[FEE_ITEM - 1] ?? null, diagnostics);
  active?.forEach((c, i) => placeholderNote(c, { table: "active", item: i + 1 }, `主动公开表第${i + 1}项`, `active item ${i + 1}`, diagnostics));
  appeals?.forEach((c, i) => {
    const [group, col] = [Math.floor(i / APPEAL_COLUMN_COUNT) + 1, (i % APPEAL_COLUMN_COUNT) + 1];
    placeholderNote(c, { table: "appeals", group, col }, `复议诉讼表第${group}组第${col}列`, `appeals group ${group}, column ${col}`, diagnostics);
  });
  const requestCell = (i: number) => [Math.floor(i / REQUEST_COLUMN_COUNT) + 1, (i % REQUEST_COLUMN_COUNT) + 1];
  const appealCell = (i: number) => [Math.floor(i / APPEAL_COLUMN_COUNT) + 1, (i % APPEAL_COLUMN_COUNT) + 1];
  const requestWhere = (i: number): Where => {
    const [row, col] = requestCell(i);
    return { location: { table: "requests", row, col }, where: `申请办理表第${row}行第${col}列`, whereEn: `requests row ${row}, column ${col}` };
  };
  const appealWhere = (i: number): Where => {
    const [group, col] = appealCell(i);
    return { location: { table: "appeals", group, col }, where: `复议诉讼表第${group}组第${col}列`, whereEn: `appeals group ${group}, column ${col}` };
  };
  if (requests) for (let r = 0; r < requests.length; r += REQUEST_COLUMN_COUNT) distrustMarks(requests, r, REQUEST_COLUMN_COUNT, requestWhere, diagnostics);
  if (appeals) for (let g = 0; g < appeals.length; g += APPEAL_COLUMN_COUNT) distrustMarks(appeals, g, APPEAL_COLUMN_COUNT, appealWhere, diagnostics);
  active?.forEach((c, i) => noneMarkNote(c, { table: "active", item: i + 1 }, `主动公开表第${i + 1}项`, `active item ${i + 1}`, diagnostics));
  appeals?.forEach((c, i) => {
    const [group, col] = [Math.floor(i / APPEAL_COLUMN_COUNT) + 1, (i % APPEAL_COLUMN_COUNT) + 1];
    noneMarkNote(c, { table: "appeals", group, col }, `复议诉讼表第${group}组第${col}列`, `appeals group ${group}, column ${col}`, diagnostics);
  });
  requests?.forEach((c, i) => {
    const [row, col] = [Math.floor(i / REQUEST_COLUMN_COUNT), i % REQUEST_COLUMN_COUNT];
    noneMarkNote(c, { table: "requests", row: row + 1, col: col + 1 }, `申请办理表第${row + 1}行第${col + 1}列`, `requests row ${row + 1}, column ${col + 1}`, diagnostics);
    report.requests[row][col] = c?.value ?? null;
    sources.requests[row][col] = sourceOf(text, c);
  });
  for (let i = 0; i < APPEAL_COUNT; i++) {
    const c = appeals?.[i] ?? null;
    report.appeals[i] = c?.value ?? null;
    sources.appeals[i] = sourceOf(text, c);
  }

  if (report.agency === null) diagnostics.push(diagnostic("title-missing", "warning", { what: "机关名称", what_en: "agency" }));
  if (report.year === null) diagnostics.push(diagnostic("title-missing", "warning", { what: "年度", what_en: "year" }));
  report.narrative_new = readNarrativeNew(body ? bodyProse(body.text) : overviewProse(lines, sections));
  report.sources = sources;
  report.diagnostics = summarizeNoneMarks(diagnostics);
  return { ok: true, report };
}

/**
 * Table 四 that the row reader could not place at all may be plain pdftotext's column blocks: read
 * them when every cell is certain, in place of the row reader's diagnostics.
 */
function readAppealsOrBlocks(cells: (Cell | null)[] | null, lines: Line[], s: Sections, diagnostics: Diagnostic[]): (Cell | null)[] | null {
  if (s.appeals < 0 || s.endsEarly || (cells && cells.some((c) => c !== null && c.value !== null))) return cells;
  const blocks = readAppealBlocks(lines, s.appeals, s.end);
  if (!blocks) return cells;
  for (let i = diagnostics.length - 1; i >= 0; i--) if (diagnostics[i].table === "appeals") diagnostics.splice(i, 1);
  diagnostics.push(diagnostic("appeals-blocks-checked", "info", tableParams("appeals"), { table: "appeals" }));
  return blocks;
}

function failure(diagnostics: Diagnostic[], title = { agency: null as string | null, year: null as number | null }): ImportResult & { ok: false } {
  return { ok: false, agency: title.agency, year: title.year, diagnostics };
}

interface Regions {
  active: Line[] | null;
  requests: Line[] | null;
  appeals: Line[] | null;
}

/** Each table's lines: from its heading to the next table's heading (the last one to part 五). */
function tableRegions(lines: Line[], s: Sections): Regions {
  const starts: [keyof Regions, number][] = (
    [
      ["active", s.active],
      ["requests", s.requests],
      ["appeals", s.appeals],
    ] as [keyof Regions, number][]
  ).filter(([, at]) => at >= 0);
  const regions: Regions = { active: null, requests: null, appeals: null };
  starts.forEach(([id, at], k) => {
    const end = k + 1 < starts.length ? starts[k + 1][1] : s.end;
    // The heading line itself holds no figure; a table pasted without it starts at its first label.
    const from = HEADING_ONLY[id](lines[at].key) ? at + 1 : at;
    if (end > from) regions[id] = lines.slice(from, end);
  });
  return regions;
}

const HEADING_ONLY: Record<keyof Regions, (key: string) => boolean> = {
  active: (k) => k.includes("主动公开"),
  requests: (k) => k.includes("收到和处理"),
  appeals: (k) => k.includes("行政复议") && k.includes("行政诉讼") && k.length < 40,
};

/** Part 一 of a real report is a few thousand characters; a huge paste must not reach the prose reader whole. */
const MAX_PROSE = 50_000;

/** Pages of a report, at most: a larger number alone on a line is no page number. */
const MAX_PAGE = 60;
// 0 is no page number.
const LONE_NUMBER = /^[\s\u3000]*[1-9]\d{0,3}[\s\u3000]*$/;
const FIGURE_PIECE = /^[\d,.]+$/;

/**
 * Lines holding only a short number, in a table whose other figure lines hold a label or several
 * figures (rows printed on their lines); none in text that prints figures one per line.
 */
function loneNumberLines(region: readonly Line[]): Set<Line> {
  const lone = region.filter((l) => LONE_NUMBER.test(l.text));
  if (lone.length === 0) return new Set();
  let rowLines = 0;
  for (const l of region) {
    if (LONE_NUMBER.test(l.text)) continue;
    const pieces = l.text.trim().split(/[\s\u3000]+/);
    const glued = pieces.some((p) => /[\u4e00-\u9fff)）][\d,.]+$/.test(p));
    if (glued || (pieces.length >= 2 && pieces.some((p) => FIGURE_PIECE.test(p)))) rowLines++;
    // A figure alone on its line (`0`): this text prints figures one per line.
    else if (pieces.length === 1 && FIGURE_PIECE.test(pieces[0])) return new Set();
  }
  return rowLines >= 2 * lone.length ? new Set(lone) : new Set();
}

/** Table 二's rows: the items (0-based) each carries. */
const ACTIVE_ROW_ITEMS = [[0, 1, 2], [3, 4, 5], [6], [7], [8], [9]];

/**
 * A text that ends before part 五 may be cut in the middle of a row: the row of the last figure
 * read may have lost its others (or the last figure its last digits). Its cells are unread.
 */
function cutLastRow(active: (Cell | null)[] | null, requests: (Cell | null)[] | null, appeals: (Cell | null)[] | null, diagnostics: Diagnostic[]): void {
  let last: { table: TableId; cells: (Cell | null)[]; index: number; end: number } | null = null;
  for (const [table, cells] of [
    ["active", active],
    ["requests", requests],
    ["appeals", appeals],
  ] as const)
    cells?.forEach((c, index) => {
      const end = c?.span?.end ?? c?.token?.end ?? -1;
      if (end >= 0 && (!last || end > last.end)) last = { table, cells, index, end };
    });
  if (!last) return;
  const { table, cells, index } = last as { table: TableId; cells: (Cell | null)[]; index: number };
  const row =
    table === "requests"
      ? Array.from({ length: REQUEST_COLUMN_COUNT }, (_, c) => Math.floor(index / REQUEST_COLUMN_COUNT) * REQUEST_COLUMN_COUNT + c)
      : table === "active"
        ? ACTIVE_ROW_ITEMS.find((r) => r.includes(index))!
        : Array.from({ length: APPEAL_COUNT }, (_, i) => i);
  for (const i of row) cells[i] = null;
  const location = table === "requests" ? { table, row: Math.floor(index / REQUEST_COLUMN_COUNT) + 1 } : table === "active" ? { table, item: index + 1 } : { table };
  diagnostics.push(diagnostic("row-cut", "warning", tableParams(table), location));
}

/**
 * The fee printed alone on the last line of table 二, right before part 三: a page number looks
 * the same (`行政事业性收费` · `2` · `三、收到和处理…`). A whole number there is not taken.
 */
function feeOrPageNumber(active: (Cell | null)[] | null, region: Line[] | null, diagnostics: Diagnostic[]): void {
  const fee = active?.[FEE_ITEM - 1];
  const t = fee?.token;
  if (!active || !region || !t || t.kind !== "num" || !Number.isInteger(fee!.value)) return;
  const last = [...region].reverse().find((l) => l.text.trim() !== "");
  if (!last || last.number !== t.line || !LONE_NUMBER.test(last.text)) return;
  // Text that prints every figure on its own line (`行政处罚` · `8,007`) holds its fee so too: there
  // only a number small enough to be a page's is in doubt.
  const onePerLine = region.some((l) => l !== last && /^[\s\u3000]*[\d,.]+[\s\u3000]*$/.test(l.text));
  if (onePerLine && fee!.value! > MAX_PAGE) return;
  active[FEE_ITEM - 1] = null;
  diagnostics.push(diagnostic("lone-number-line", "warning", { ...tableParams("active"), figures: last.text.trim() }, { table: "active", item: FEE_ITEM }));
}

/** Part 一 of a body run together on one line: from its heading to table 二's. */
function bodyProse(text: string): string {
  const from = text.search(/一[、.]\s*总体情况/);
  const to = text.search(/二[、.]\s*主动公开/);
  return text.slice(Math.max(0, from), to > from ? to : Math.min(text.length, Math.max(0, from) + MAX_PROSE));
}

/** The prose of part 一 (总体情况), for the narrative-requests rule. */
function overviewProse(lines: readonly Line[], s: Sections): string {
  const from = s.overview >= 0 ? s.overview + 1 : 0;
  const to = s.active > from ? s.active : Math.min(lines.length, from + 200);
  return lines
    .slice(from, to)
    .map((l) => l.text)
    .join("\n")
    .slice(0, MAX_PROSE);
}

function sourceOf(text: string, cell: Cell | null): SourceRef | null {
  if (!cell || !cell.token) return null;
  const t = cell.token;
  const start = cell.span?.start ?? t.start;
  const end = cell.span?.end ?? t.end;
  return { kind: "text", line: t.line, start, end, text: text.slice(start, end) };
}

/** A cell that holds `*`, `x`, `…` instead of a figure: null, and said (table 三 says its own). */
function placeholderNote(cell: Cell | null, location: Location, where: string, whereEn: string, diagnostics: Diagnostic[]): void {
  if (!cell || cell.value !== null || cell.token?.kind !== "placeholder") return;
  diagnostics.push(diagnostic("cell-placeholder", "warning", { where, where_en: whereEn, text: cell.token.text }, location));
}

/**
 * A none-mark is 0 unless the row's own total says otherwise (`— 2 1 0 4`): then the mark hides a
 * figure, and its cell is unreadable, said as a placeholder.
 */
interface Where {
  location: Location;
  where: string;
  whereEn: string;
}

function distrustMarks(cells: (Cell | null)[], from: number, width: number, whereOf: (i: number) => Where, diagnostics: Diagnostic[]): void {
  const row = cells.slice(from, from + width);
  if (!row.some((c) => c?.token?.kind === "num" && c.token.noneMark)) return;
  if (row.some((c) => c === null || c.value === null)) return;
  const parts = row.slice(0, width - 1).reduce((n, c) => n + c!.value!, 0);
  if (Math.abs(parts - row[width - 1]!.value!) < 1e-9) return;
  row.forEach((c, i) => {
    const t = c?.token;
    if (t?.kind !== "num" || !t.noneMark) return;
    cells[from + i] = { value: null, token: { kind: "placeholder", text: t.text, line: t.line, start: t.start, end: t.end, col: t.col } };
    const w = whereOf(from + i);
    diagnostics.push(diagnostic("cell-placeholder", "warning", { where: w.where, where_en: w.whereEn, text: t.text }, w.location));
  });
}

/** A cell that holds `-`, `—`, `/` or `无`: read as 0, and said, so a person can look at it. */
function noneMarkNote(cell: Cell | null, location: Location, where: string, whereEn: string, diagnostics: Diagnostic[]): void {
  const t = cell?.token;
  if (!t || t.kind !== "num" || !t.noneMark) return;
  diagnostics.push(diagnostic("cell-none-mark", "warning", { where, where_en: whereEn, text: t.text }, location, { text: t.text }));
}

/** A fee written in 元 (`251000元`) is converted to the table's 万元. */
function feeInYuan(active: (number | null)[], fee: Cell | null, diagnostics: Diagnostic[]): void {
  const t = fee?.token;
  if (!t || t.kind !== "num" || t.unit !== "元" || fee.value === null) return;
  const value = Math.round((fee.value / 10000) * 1e6) / 1e6;
  active[FEE_ITEM - 1] = value;
  diagnostics.push(diagnostic("fee-in-yuan", "info", { text: t.text, value }, { table: "active", item: FEE_ITEM }));
}

/** A mix (a 2019 table 二 above a 2021 table 三): tables 三 and 四 as read, table 二 null, the mix said. */
function asMixed(result: ImportResult, marker: string): ImportResult {
  if (!result.ok || result.report.format !== "2021") return result;
  const { report } = result;
  const diagnostics = [diagnostic("format-mixed", "warning", { marker }, { table: "active" }), ...(report.diagnostics ?? []).filter((d) => d.table !== "active")];
  const sources = report.sources ? { ...report.sources, active: report.sources.active.map(() => null) } : undefined;
  return { ok: true, report: { ...report, format: "mixed", active: null, diagnostics, ...(sources ? { sources } : {}) } };
}

/** A report in the older 2019 format (22 · 23×7 · 15), in its own shape. */
function importText2019(text: string, lines: Line[], sections: Sections, title: { agency: string | null; year: number | null }, regions: Regions, together: RunTogetherRead | null = null): ImportResult {
  if (!together && !regions.active && !regions.requests && !regions.appeals) return failure([diagnostic("no-tables", "error")], title);
  const report = emptyReport2019();
  const sources = emptySources2019();
  const diagnostics: Diagnostic[] = [diagnostic("format-2019-read", "info")];
  report.agency = title.agency;
  report.year = title.year;
  const read = (id: TableId, region: Line[] | null, reader: (tokens: Token[]) => TableRead): (Cell | null)[] | null => {
    if (!region) {
      diagnostics.push(diagnostic("table-missing", "error", tableParams(id), { table: id }));
      return null;
    }
    const tokens = tokenize(region);
    settleNone(tokens);
    const result = reader(tokens);
    diagnostics.push(...result.diagnostics);
    return result.cells;
  };
  if (together) {
    // Run-together text: its own reader found all three tables (and said what it missed).
    diagnostics.push(...together.diagnostics);
    if (together.active2019) report.active = together.active2019;
  } else if (regions.active) {
    const active = readActive2019Text(regions.active);
    report.active = active.figures;
    diagnostics.push(...active.diagnostics);
  } else diagnostics.push(diagnostic("table-missing", "error", tableParams("active"), { table: "active" }));
  const requests = together ? together.requests : read("requests", regions.requests, (t) => readRequests(t, 0, t.length, sections.endsEarly && !regions.appeals, "2019"));
  const appeals = together ? together.appeals : readAppealsOrBlocks(read("appeals", regions.appeals, (t) => readAppeals(t, 0, t.length, sections.endsEarly)), lines, sections, diagnostics);
  for (let i = 0; i < REQUEST_ROW_COUNT_2019 * REQUEST_COLUMN_COUNT; i++) {
    const c = requests?.[i] ?? null;
    const [row, col] = [Math.floor(i / REQUEST_COLUMN_COUNT), i % REQUEST_COLUMN_COUNT];
    report.requests[row][col] = c?.value ?? null;
    sources.requests[row][col] = sourceOf(text, c);
  }
  for (let i = 0; i < APPEAL_COUNT; i++) {
    const c = appeals?.[i] ?? null;
    report.appeals[i] = c?.value ?? null;
    sources.appeals[i] = sourceOf(text, c);
  }
  if (report.agency === null) diagnostics.push(diagnostic("title-missing", "warning", { what: "机关名称", what_en: "agency" }));
  if (report.year === null) diagnostics.push(diagnostic("title-missing", "warning", { what: "年度", what_en: "year" }));
  report.narrative_new = readNarrativeNew(overviewProse(lines, sections));
  report.sources = sources;
  report.diagnostics = summarizeNoneMarks(diagnostics);
  return { ok: true, report };
}
