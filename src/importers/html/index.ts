// Reports from HTML: a saved web page, or HTML pasted from a browser. Every <table> becomes a grid
// (rowspan/colspan placed as browsers do; a nested table is a grid of its own, not text of the
// outer cell); the mapper finds the report's tables among nav and layout tables by content.
// Parsed only, never executed or rendered; nested to any depth (see ../markup.ts).
import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
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
  const read = readPage(parseDocument(cut ?? html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }));
  const result = cut === null ? read : withCutNote(read);
  if (!deep) return result;
  const note = fileDiagnostic("html-too-deep", "warning", { limit: MAX_MARKUP_DEPTH });
  return result.ok
    ? { ok: true, report: { ...result.report, diagnostics: [note, ...(result.report.diagnostics ?? [])] } }
    : { ...result, diagnostics: [...result.diagnostics, note] };
}

/** One step of a walk: a node to visit, or the line break that ends a block. */
type Step = AnyNode | typeof END_OF_BLOCK;
const END_OF_BLOCK = "\n";

function readPage(dom: Document): ImportResult {
  const tables: GridTable[] = [];
  const textBeforeTable: string[] = [];
  const out: string[] = [];
  // Document order: a layout table's cells are text like any other, and the tables inside them
  // (nested) come at their place. A stack, not recursion: pages nest as deep as they like.
  const steps: Step[] = [...dom.children].reverse();
  while (steps.length > 0) {
    const node = steps.pop()!;
    if (node === END_OF_BLOCK) {
      out.push("\n");
      continue;
    }
    if (isText(node)) out.push(node.data);
    else if (isTag(node)) {
      if (SKIPPED.has(node.name)) continue;
      if (node.name === "table") {
        textBeforeTable.push(out.join(""));
        tables.push(readTable(node, tables.length));
      }
      // A break inside a heading only wraps the title (`赣州市<br>财政局…`): the title reads on.
      if (node.name === "br" && insideHeading(node)) {
        out.push(SOFT_BREAK);
        continue;
      }
      const block = BLOCKS.has(node.name) || node.name === "td" || node.name === "th";
      if (block) {
        out.push("\n");
        steps.push(END_OF_BLOCK);
      }
      for (let i = node.children.length - 1; i >= 0; i--) steps.push(node.children[i]);
    }
  }
  const first = tables.findIndex(looksLikeReportTable);
  const preamble = first >= 0 ? textBeforeTable[first] : out.join("");
  // A page whose body lacks the report's title still has it in <title>.
  const title = preamble.includes("年度报告") ? "" : pageTitle(dom);
  return gridToReport({ tables, preamble: tidy(`${title}\n${preamble}`) });
}

/** A line break that is no new line: the title's text reads on across it (`\s` to the title reader). */
const SOFT_BREAK = "\u2028";
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

function insideHeading(node: Element): boolean {
  for (let up = node.parent; up; up = up.parent) if (isTag(up) && HEADINGS.has(up.name)) return true;
  return false;
}

function readTable(table: Element, index: number): GridTable {
  return placeCells(
    index,
    ownRows(table).map((row) =>
      ownCells(row).map((cell): SourceCell => {
        const text = tidy(cellText(cell.children));
        const source = { text, colSpan: Number(cell.attribs.colspan) || 1, rowSpan: Number(cell.attribs.rowspan) || 1 };
        return text === "" && emptyLines(cell) >= BLANK_LINES ? { ...source, blankLines: true } : source;
      }),
    ),
  );
}

/** Empty lines a cell holds: three `<p></p>` or `<br>`s are no blank for zero (see SourceCell). */
const BLANK_LINES = 3;

function emptyLines(cell: Element): number {
  let lines = 0;
  const steps: AnyNode[] = [...cell.children];
  while (steps.length > 0 && lines < BLANK_LINES) {
    const node = steps.pop()!;
    if (!isTag(node)) continue;
    if (node.name === "br" || BLOCKS.has(node.name)) lines++;
    for (const child of node.children) steps.push(child);
  }
  return lines;
}

/** The table's own rows: directly, or in its thead/tbody/tfoot, never those of a nested table. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === "tr") rows.push(child);
    else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot")
      rows.push(...child.children.filter((c): c is Element => isTag(c) && c.name === "tr"));
  }
  return rows;
}

function ownCells(row: Element): Element[] {
  return row.children.filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th"));
}

/** A cell's text; <br> and block elements break lines; nested tables are left out. */
function cellText(nodes: readonly AnyNode[]): string {
  let text = "";
  const steps: Step[] = [...nodes].reverse();
  while (steps.length > 0) {
    const node = steps.pop()!;
    if (node === END_OF_BLOCK) text += "\n";
    else if (isText(node)) text += node.data;
    else if (isTag(node) && !SKIPPED.has(node.name) && node.name !== "table") {
      if (BLOCKS.has(node.name)) {
        text += "\n";
        steps.push(END_OF_BLOCK);
      }
      for (let i = node.children.length - 1; i >= 0; i--) steps.push(node.children[i]);
    }
  }
  return text;
}

/** The page's <title>, outside <body>. */
function pageTitle(dom: Document): string {
  const steps: AnyNode[] = [...dom.children].reverse();
  while (steps.length > 0) {
    const node = steps.pop()!;
    if (!isTag(node) || node.name === "body") continue;
    if (node.name === "title") return cellText(node.children);
    for (let i = node.children.length - 1; i >= 0; i--) steps.push(node.children[i]);
  }
  return "";
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
