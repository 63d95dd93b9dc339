// Reports from HTML: a saved web page, or HTML pasted from a browser. Every <table> becomes a grid
// (rowspan/colspan placed as browsers do; a nested table is a grid of its own, not text of the
// outer cell); the mapper finds the report's tables among nav and layout tables by content.
// Parsed only, never executed or rendered; nested to any depth (see ../markup.ts).
import { Parser } from "htmlparser2";
import type { ImportResult } from "../../model";
import { fileDiagnostic, gridToReport, placeCells, type GridTable, type SourceCell } from "../grid";
import { looksLikeReportTable } from "../grid/report-table";
import { HTML_TABLE_TAGS, MAX_MARKUP_DEPTH, endBeforeCutCell, flattenHtml, markupDepth, withCutNote } from "../markup";

const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "title", "select", "option", "button"]);
const BLOCKS = new Set(["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "dd", "dt", "blockquote", "pre"]);

export function importHtml(source: string): ImportResult {
  const deep = markupDepth(source, true) > MAX_MARKUP_DEPTH;
  const html = deep ? flattenHtml(source) : source;
  if (deep && markupDepth(html, true) > MAX_MARKUP_DEPTH)
    return { ok: false, agency: null, year: null, diagnostics: [fileDiagnostic("markup-too-deep", "error", { limit: MAX_MARKUP_DEPTH, kind: "HTML" })] };
  const cut = endBeforeCutCell(html, HTML_TABLE_TAGS);
  const read = readPage(cut ?? html);
  const result = cut === null ? read : withCutNote(read);
  if (!deep) return result;
  const note = fileDiagnostic("html-too-deep", "warning", { limit: MAX_MARKUP_DEPTH });
  return result.ok
    ? { ok: true, report: { ...result.report, diagnostics: [note, ...(result.report.diagnostics ?? [])] } }
    : { ...result, diagnostics: [...result.diagnostics, note] };
}

/** Tables past these are no report's (a report's three have some 40 rows): their text is still read. */
export const MAX_TABLES = 2_000;
export const MAX_TABLE_ROWS = 2_000;

/** A line break that is no new line: the title's text reads on across it (`\s` to the title reader). */
const SOFT_BREAK = "\u2028";
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** What a tag's name looks like (`td`, `o:p`, `my-element`); anything else is a damaged tag. */
const TAG_NAME = /^[a-z][a-z0-9]*(?:[:_.-][a-z0-9]+)*$/;
/** Empty lines a cell holds: three `<p></p>` or `<br>`s are no blank for zero (see SourceCell). */
const BLANK_LINES = 3;

interface OpenCell {
  text: string[];
  colSpan: number;
  rowSpan: number;
  /** Line breaks and blocks in the cell itself (not in a table nested in it). */
  lines: number;
}

interface OpenTable {
  index: number;
  rows: SourceCell[][];
  row: SourceCell[] | null;
  cell: OpenCell | null;
}

/**
 * The page read as it is parsed, never held as a tree: memory for the text and the cells kept,
 * not for every element of the page. Document order: a layout table's cells are text like any
 * other, and the tables inside them (nested) come at their place, each a grid of its own.
 */
class PageReader {
  readonly tables: (GridTable | null)[] = [];
  /** For each table, how much of `out` came before it. */
  readonly textBefore: number[] = [];
  readonly out = new TextBuffer();
  title: string | null = null;
  private titleText: string[] | null = null;
  private skipped = 0;
  private headings = 0;
  private inBody = false;
  private readonly tableStack: OpenTable[] = [];

  onopentag(name: string, attribs: Record<string, string>): void {
    if (name === "body") this.inBody = true;
    if (name === "title" && !this.inBody && this.title === null) this.titleText = [];
    if (SKIPPED.has(name) || this.skipped > 0) {
      this.skipped++;
      return;
    }
    const table = this.tableStack[this.tableStack.length - 1];
    if (table?.cell && (name === "br" || BLOCKS.has(name))) table.cell.lines++;
    // `<p.12</p>`: a damaged `>` made the cell's text part of a tag; the cell is garbled, not empty.
    if (table?.cell && !TAG_NAME.test(name)) table.cell.text.push("\uFFFD");
    if (HEADINGS.has(name)) this.headings++;
    if (name === "table") this.openTable();
    else if (table && name === "tr") this.openRow(table);
    else if (table && (name === "td" || name === "th") && table.row) {
      table.cell = { text: [], colSpan: Number(attribs.colspan) || 1, rowSpan: Number(attribs.rowspan) || 1, lines: 0 };
    }
    // A break inside a heading only wraps the title (`赣州市<br>财政局…`): the title reads on.
    if (name === "br") this.text(this.headings > 0 ? SOFT_BREAK : "\n", this.headings > 0 ? SOFT_BREAK : "\n");
    else if (BLOCKS.has(name) || name === "td" || name === "th") this.text("\n", BLOCKS.has(name) ? "\n" : "");
  }

  onclosetag(name: string): void {
    if (name === "title" && this.titleText) {
      this.title = this.titleText.join("");
      this.titleText = null;
    }
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    if (HEADINGS.has(name)) this.headings--;
    const table = this.tableStack[this.tableStack.length - 1];
    if (name === "br") return;
    if (BLOCKS.has(name) || name === "td" || name === "th") this.text("\n", BLOCKS.has(name) && name !== "table" ? "\n" : "");
    if (!table) return;
    if ((name === "td" || name === "th") && table.cell) this.closeCell(table);
    else if (name === "tr") this.closeRow(table);
    else if (name === "table") this.closeTable();
  }

  ontext(data: string): void {
    if (this.titleText) this.titleText.push(data);
    if (this.skipped === 0) this.text(data, data);
  }

  /** Text for the page (`page`) and for the innermost open cell (`cell`). */
  private text(page: string, cell: string): void {
    this.out.push(page);
    const table = this.tableStack[this.tableStack.length - 1];
    if (table?.cell && cell !== "") table.cell.text.push(cell);
  }

  private openTable(): void {
    const index = this.tables.length;
    if (index >= MAX_TABLES) {
      this.tableStack.push({ index: -1, rows: [], row: null, cell: null });
      return;
    }
    this.textBefore.push(this.out.length);
    this.tables.push(null); // reserved: tables nested in it come after it
    this.tableStack.push({ index, rows: [], row: null, cell: null });
  }

  private openRow(table: OpenTable): void {
    if (table.cell) this.closeCell(table);
    if (table.row) this.closeRow(table);
    table.row = table.rows.length < MAX_TABLE_ROWS ? [] : null;
  }

  private closeCell(table: OpenTable): void {
    const cell = table.cell!;
    table.cell = null;
    if (!table.row) return;
    const text = tidy(cell.text.join(""));
    const source: SourceCell = { text, colSpan: cell.colSpan, rowSpan: cell.rowSpan };
    table.row.push(text === "" && cell.lines >= BLANK_LINES ? { ...source, blankLines: true } : source);
  }

  private closeRow(table: OpenTable): void {
    if (table.cell) this.closeCell(table);
    if (table.row) table.rows.push(table.row);
    table.row = null;
  }

  private closeTable(): void {
    const table = this.tableStack.pop()!;
    this.closeRow(table);
    if (table.index >= 0) this.tables[table.index] = placeCells(table.index, table.rows, true);
  }
}

/** Text pieces joined as they come, so that a page of a million tiny texts is a few strings. */
class TextBuffer {
  private readonly parts: string[] = [];
  private pending: string[] = [];
  length = 0;

  push(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.pending.length >= 4096) this.flush();
  }

  /** The text up to `end` (a length this buffer had). */
  slice(end: number): string {
    this.flush();
    return this.parts.join("").slice(0, end);
  }

  toString(): string {
    this.flush();
    return this.parts.join("");
  }

  private flush(): void {
    if (this.pending.length) this.parts.push(this.pending.join(""));
    this.pending = [];
  }
}

function readPage(html: string): ImportResult {
  const reader = new PageReader();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => reader.onopentag(name, attribs),
      onclosetag: (name) => reader.onclosetag(name),
      ontext: (data) => reader.ontext(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const tables = reader.tables.map((t, i) => t ?? placeCells(i, []));
  const first = tables.findIndex(looksLikeReportTable);
  const preamble = nearReport(first >= 0 ? reader.out.slice(reader.textBefore[first]) : reader.out.toString(), first >= 0);
  // A page whose body lacks the report's title still has it in <title>.
  const title = preamble.includes("年度报告") ? "" : tidy(reader.title ?? "");
  return gridToReport({ tables, preamble: tidy(`${title}\n${preamble}`) });
}

/** The title and part 一 stand within this much text before the report's first table. */
export const MAX_PREAMBLE = 200_000;

/** The text before the report as far as it can hold the title: a page of junk before it costs nothing. */
function nearReport(text: string, beforeTable: boolean): string {
  if (text.length <= MAX_PREAMBLE) return text;
  return beforeTable ? text.slice(text.length - MAX_PREAMBLE) : text.slice(0, MAX_PREAMBLE);
}

/** Source line breaks and indentation are not the text's own: collapse them, keep real lines. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
