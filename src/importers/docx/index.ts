// Reports from .docx (Word, WPS, LibreOffice and other writers): the main document part's tables
// become grids (gridSpan and vMerge resolved; a nested table is a grid of its own), the paragraphs
// before the first report table give the title and part 一.
import JSZip from "jszip";
import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import type { ImportResult } from "../../model";
import { fileFailure, gridToReport, placeCells, reasonOf, type GridTable, type SourceCell } from "../grid";
import { looksLikeReportTable } from "../grid/report-table";

const DEFAULT_PART = "word/document.xml";

export async function importDocx(bytes: Uint8Array, name: string): Promise<ImportResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    return fileFailure("file-damaged", { name, kind: "Word .docx", reason: reasonOf(err) });
  }
  const partName = await mainPartName(zip);
  const part = zip.file(partName);
  if (!part) return fileFailure("file-unsupported", { name, kind: zipKind(zip) });
  const xml = await part.async("string");
  const body = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const reader = new BodyReader();
  reader.walk(body.children);
  const first = reader.tables.findIndex(looksLikeReportTable);
  // Tables pasted as screenshots: pictures, and no table (or only layout tables around them).
  if (first < 0 && reader.images > 0) return fileFailure("docx-pictures-only", { name, images: reader.images });
  const preamble = first >= 0 ? reader.textBefore[first] : reader.paragraphs.join("\n");
  return gridToReport({ tables: reader.tables, preamble });
}

/** The main document part, as the package's relationships name it (some writers rename it). */
async function mainPartName(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (!rels) return DEFAULT_PART;
  const xml = await rels.async("string");
  const m = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(xml);
  const target = m && /Target="([^"]+)"/.exec(m[0]);
  return target ? target[1].replace(/^\//, "") : DEFAULT_PART;
}

function zipKind(zip: JSZip): string {
  if (zip.file("xl/workbook.xml")) return "Excel .xlsx";
  if (zip.file("ppt/presentation.xml")) return "PowerPoint .pptx";
  if (zip.file("content.xml")) return "OpenDocument";
  return "ZIP";
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const children = (el: Element, name: string) => el.children.filter((c): c is Element => isTag(c) && local(c.name) === name);
const child = (el: Element, name: string) => children(el, name)[0];
const attr = (el: Element | undefined, name: string) => (el ? (el.attribs[`w:${name}`] ?? el.attribs[name]) : undefined);

/** Elements whose content is only wrapped, not changed (content controls, tracked insertions …). */
const WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "smartTag", "ins", "hyperlink", "fldSimple", "moveTo"]);

class BodyReader {
  readonly tables: GridTable[] = [];
  /** Body paragraphs before each table (by table index), joined. */
  readonly textBefore: string[] = [];
  readonly paragraphs: string[] = [];
  images = 0;

  walk(nodes: readonly AnyNode[]): void {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const name = local(node.name);
      if (name === "p") this.paragraphs.push(paragraphText(node, this));
      else if (name === "tbl") this.table(node);
      else if (WRAPPERS.has(name) || name === "document" || name === "body") this.walk(node.children);
    }
  }

  private table(tbl: Element): void {
    const index = this.tables.length;
    this.textBefore.push(this.paragraphs.join("\n"));
    this.tables.push(placeCells(index, [])); // reserved: tables nested in it come after it
    const rows = rowsOf(tbl).map((tr) => {
      const cells: SourceCell[] = [];
      const trPr = child(tr, "trPr");
      const before = Number(attr(trPr && child(trPr, "gridBefore"), "val")) || 0;
      if (before > 0) cells.push({ text: "", colSpan: before });
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, "tcPr");
        const span = Number(attr(tcPr && child(tcPr, "gridSpan"), "val")) || 1;
        const vMerge = tcPr && child(tcPr, "vMerge");
        const continues = vMerge !== undefined && attr(vMerge, "val") !== "restart";
        cells.push({ text: this.cellBlocks(tc).join("\n").trim(), colSpan: span, continuesAbove: continues });
      }
      return cells;
    });
    this.tables[index] = placeCells(index, rows);
  }

  /**
   * A cell's paragraphs. They are the document's text too (a layout table may hold the title), and
   * a table nested in the cell is read at its place.
   */
  private cellBlocks(el: Element): string[] {
    const texts: string[] = [];
    for (const c of el.children) {
      if (!isTag(c)) continue;
      const n = local(c.name);
      if (n === "p") {
        const text = paragraphText(c, this);
        texts.push(text);
        this.paragraphs.push(text);
      } else if (n === "tbl") this.table(c);
      else if (WRAPPERS.has(n)) texts.push(...this.cellBlocks(c));
    }
    return texts;
  }
}

function rowsOf(tbl: Element): Element[] {
  const rows: Element[] = [];
  for (const c of tbl.children) {
    if (!isTag(c)) continue;
    if (local(c.name) === "tr") rows.push(c);
    else if (WRAPPERS.has(local(c.name))) rows.push(...rowsOf(c));
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  for (const c of tr.children) {
    if (!isTag(c)) continue;
    if (local(c.name) === "tc") cells.push(c);
    else if (WRAPPERS.has(local(c.name))) cells.push(...cellsOf(c));
  }
  return cells;
}

/** A paragraph's text: runs' w:t, tabs and breaks; deleted text and field codes left out. */
function paragraphText(p: Element, reader: BodyReader): string {
  let text = "";
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const name = local(node.name);
      if (name === "t") text += node.children.map((c) => (isText(c) ? c.data : "")).join("");
      else if (name === "tab") text += "\t";
      else if (name === "br" || name === "cr") text += "\n";
      else if (name === "noBreakHyphen") text += "-";
      else if (name === "drawing" || name === "pict") reader.images++;
      else if (name === "AlternateContent") visit(node.children.slice(0, 1));
      else if (name === "delText" || name === "instrText" || name === "del" || name === "rPr" || name === "pPr") continue;
      else visit(node.children);
    }
  };
  visit(p.children);
  return text;
}
