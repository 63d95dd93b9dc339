// How deep a page's or a .docx part's tags nest, told by one linear pass before parsing: the parser
// (htmlparser2) keeps its open tags in an array it shifts at the front, so 100,000 unclosed tags
// cost it minutes. A page nested past the limit loses its formatting tags (div, span, font …),
// which nest without meaning, and keeps those the report is read from (tables, paragraphs, breaks).
// And where a cut-off document (a download stopped short) ends inside a table's cell.
import type { ImportResult } from "../model";
import { fileDiagnostic } from "./grid/diagnostics";

/** Deeper than any page or document a person made; real reports nest a few dozen levels. */
export const MAX_MARKUP_DEPTH = 1000;

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][^\s/>]*)[^>]*>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** HTML elements that close their open sibling (`<td>…<td>`, `<p>…<p>`): they never nest by themselves. */
const SIBLINGS = new Set(["p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

/**
 * The greatest depth of open elements, counted the simple way (an unmatched close tag still closes
 * one level): never less than what a parser builds for XML, about it for HTML.
 */
export function markupDepth(text: string, html: boolean): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(text))) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    const selfClosing = m[0].endsWith("/>");
    if (html && (VOID.has(name) || SIBLINGS.has(name))) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!selfClosing) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (html && RAW_TEXT.has(name)) skipRawText(text, name);
    }
  }
  return deepest;
}

/** After `<script>`, the text up to `</script>` is not markup. */
function skipRawText(text: string, name: string): void {
  const close = new RegExp(`</${name}`, "gi");
  close.lastIndex = TAG.lastIndex;
  const end = close.exec(text);
  TAG.lastIndex = end ? end.index : text.length;
}

/** Tags the HTML importer reads structure from; every other tag only formats or wraps. */
const KEPT = new Set([
  "html", "head", "title", "meta", "body", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
  "colgroup", "col", "br", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "script", "style",
  "noscript", "template", "select", "option", "button", "textarea",
]);
/** Wrappers that break lines where they start and end: a line break keeps the text apart. */
const BLOCK_WRAPPERS = new Set(["div", "section", "article", "ul", "ol", "dl", "blockquote", "pre", "center", "header", "footer", "nav", "main", "aside", "form", "fieldset", "figure"]);

/**
 * The page without its formatting and wrapper tags (their text stays; block wrappers become line
 * breaks, a run of them one break). One pass, copying only what is kept.
 */
export function flattenHtml(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  let pendingBreak = false;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (m[2] === undefined || KEPT.has(m[2].toLowerCase())) continue;
    if (m.index > copied) {
      if (pendingBreak) parts.push("<br>");
      pendingBreak = false;
      parts.push(html.slice(copied, m.index));
    }
    if (BLOCK_WRAPPERS.has(m[2].toLowerCase())) pendingBreak = true;
    copied = TAG.lastIndex;
  }
  if (pendingBreak) parts.push("<br>");
  parts.push(html.slice(copied));
  return parts.join("");
}

export interface TableTags {
  table: readonly string[];
  tableEnd: readonly string[];
  cell: readonly string[];
  cellEnd: readonly string[];
}

export const HTML_TABLE_TAGS: TableTags = {
  table: ["<table", "<TABLE"],
  tableEnd: ["</table", "</TABLE"],
  cell: ["<td", "<th", "<TD", "<TH"],
  cellEnd: ["</td", "</th", "</TD", "</TH"],
};

export const DOCX_TABLE_TAGS: TableTags = { table: ["<w:tbl>", "<w:tbl "], tableEnd: ["</w:tbl>"], cell: ["<w:tc>", "<w:tc "], cellEnd: ["</w:tc>"] };

/** Where the last of the tags starts, or -1. */
const lastOf = (text: string, tags: readonly string[]) => Math.max(...tags.map((t) => text.lastIndexOf(t)));

/**
 * A text cut off inside a table's cell (a download or a copy stopped short: `<td>13` may have
 * been 1345) up to the start of that cell, or null when it does not end inside a cell. The cells
 * before it are whole; the cut one is left out, so its figure is missing, never a part of it.
 */
export function endBeforeCutCell(text: string, tags: TableTags): string | null {
  const table = lastOf(text, tags.table);
  if (table < 0 || lastOf(text, tags.tableEnd) > table) return null;
  const cell = lastOf(text, tags.cell);
  return cell > table && cell > lastOf(text, tags.cellEnd) ? text.slice(0, cell) : null;
}

/** A result with the note that the document ends inside a table's cell, which was left out. */
export function withCutNote(result: ImportResult): ImportResult {
  const note = fileDiagnostic("file-cut-in-cell", "warning");
  return result.ok
    ? { ok: true, report: { ...result.report, diagnostics: [note, ...(result.report.diagnostics ?? [])] } }
    : { ...result, diagnostics: [...result.diagnostics, note] };
}
