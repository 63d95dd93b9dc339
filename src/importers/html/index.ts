// Reports from HTML: a saved web page, or HTML pasted from a browser. Every <table> becomes a grid
// (rowspan/colspan placed as browsers do; a nested table is a grid of its own, not text of the
// outer cell); the mapper finds the report's tables among nav and layout tables by content.
// Parsed only, never executed or rendered.
import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import type { ImportResult } from "../../model";
import { gridToReport, placeCells, type GridTable, type SourceCell } from "../grid";
import { looksLikeReportTable } from "../grid/report-table";

const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "title", "select", "option", "button"]);
const BLOCKS = new Set(["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "dd", "dt", "blockquote", "pre"]);

export function importHtml(html: string): ImportResult {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const tables: GridTable[] = [];
  const textBeforeTable: string[] = [];
  const out: string[] = [];
  // Document order: a layout table's cells are text like any other, and the tables inside them
  // (nested) come at their place.
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) out.push(node.data);
      else if (isTag(node)) {
        if (SKIPPED.has(node.name)) continue;
        if (node.name === "table") {
          textBeforeTable.push(out.join(""));
          tables.push(readTable(node, tables.length));
        }
        const block = BLOCKS.has(node.name) || node.name === "td" || node.name === "th";
        if (block) out.push("\n");
        walk(node.children);
        if (block) out.push("\n");
      }
    }
  };
  walk(dom.children);
  const first = tables.findIndex(looksLikeReportTable);
  const preamble = first >= 0 ? textBeforeTable[first] : out.join("");
  // A page whose body lacks the report's title still has it in <title>.
  const title = preamble.includes("年度报告") ? "" : pageTitle(dom.children);
  return gridToReport({ tables, preamble: tidy(`${title}\n${preamble}`) });
}

function readTable(table: Element, index: number): GridTable {
  return placeCells(
    index,
    ownRows(table).map((row) =>
      ownCells(row).map(
        (cell): SourceCell => ({
          text: tidy(cellText(cell.children)),
          colSpan: Number(cell.attribs.colspan) || 1,
          rowSpan: Number(cell.attribs.rowspan) || 1,
        }),
      ),
    ),
  );
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
  for (const node of nodes) {
    if (isText(node)) text += node.data;
    else if (isTag(node) && !SKIPPED.has(node.name) && node.name !== "table") {
      const block = BLOCKS.has(node.name);
      text += (block ? "\n" : "") + cellText(node.children) + (block ? "\n" : "");
    }
  }
  return text;
}

function pageTitle(nodes: readonly AnyNode[]): string {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === "title") return cellText(node.children);
    if (node.name === "body") continue;
    const inner = pageTitle(node.children);
    if (inner) return inner;
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
