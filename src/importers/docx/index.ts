// Reports from .docx (Word, WPS, LibreOffice and other writers): the main document part's tables
// become grids (gridSpan and vMerge resolved; a nested table is a grid of its own), the paragraphs
// before the first report table give the title and part 一.
import JSZip from "jszip";
import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import type { ImportResult } from "../../model";
import { damageReason, fileFailure, gridToReport, placeCells, type GridTable, type SourceCell } from "../grid";
import { looksLikeReportTable } from "../grid/report-table";
import { DOCX_TABLE_TAGS, MAX_MARKUP_DEPTH, endBeforeCutCell, markupDepth, withCutNote } from "../markup";

const DEFAULT_PART = "word/document.xml";

/**
 * The most a part may unpack to. A report's document.xml is well under 5 MB; past this, parsing
 * alone would take far more memory than any report needs (a "zip bomb" unpacks to gigabytes).
 */
export const MAX_PART_BYTES = 32 * 1024 * 1024;

export async function importDocx(bytes: Uint8Array, name: string): Promise<ImportResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    return fileFailure("file-damaged", { name, kind: "Word .docx", ...damageReason(err) });
  }
  const partName = await mainPartName(zip);
  const part = zip.file(partName);
  if (!part) return fileFailure("file-unsupported", { name, kind: zipKind(zip) });
  let xml: string | { tooLarge: number };
  try {
    xml = await readPart(part);
  } catch (err) {
    return fileFailure("file-damaged", { name, kind: "Word .docx", ...damageReason(err) });
  }
  if (typeof xml !== "string")
    return fileFailure("docx-part-too-large", { name, part: partName, size: megabytes(xml.tooLarge), limit: megabytes(MAX_PART_BYTES) });
  if (markupDepth(xml, false) > MAX_MARKUP_DEPTH) return fileFailure("markup-too-deep", { limit: MAX_MARKUP_DEPTH, kind: "Word .docx" });
  const cut = endBeforeCutCell(xml, DOCX_TABLE_TAGS);
  const body = parseDocument(cut ?? xml, { xmlMode: true, decodeEntities: true });
  const reader = new BodyReader();
  reader.walk(body.children);
  const first = reader.tables.findIndex(looksLikeReportTable);
  // Tables pasted as screenshots: pictures, and no table (or only layout tables around them).
  if (first < 0 && reader.images > 0) return fileFailure("docx-pictures-only", { name, images: reader.images });
  const preamble = first >= 0 ? reader.textBefore[first] : reader.paragraphs.join("\n");
  const result = gridToReport({ tables: reader.tables, preamble });
  return cut === null ? result : withCutNote(result);
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

/** JSZip's own view of an entry: the size its central directory states, and a chunked reader. */
interface ZipEntryInternals {
  _data?: { uncompressedSize?: number; crc32?: number };
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

/**
 * A part's text, or how far it got past MAX_PART_BYTES. The size the zip states is checked before
 * inflating; since a damaged or crafted zip may state any size, the inflated bytes are counted too,
 * and inflating stops at the limit.
 */
async function readPart(part: JSZip.JSZipObject, limit = MAX_PART_BYTES): Promise<string | { tooLarge: number }> {
  const entry = part as unknown as ZipEntryInternals;
  const stated = entry._data?.uncompressedSize ?? 0;
  if (stated > limit) return { tooLarge: stated };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const bytes = await new Promise<Uint8Array | { tooLarge: number }>((resolve, reject) => {
    const stream = entry.internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          chunks.length = 0;
          resolve({ tooLarge: size });
        } else chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve(concat(chunks, size)))
      .resume();
  });
  if (!(bytes instanceof Uint8Array)) return bytes;
  // jszip does not check the checksum: a flipped bit would pass as other text, even other figures.
  const stored = entry._data?.crc32;
  if (stored !== undefined && stored !== 0 && crc32(bytes) !== stored >>> 0) throw new Error("CRC32 mismatch");
  return new TextDecoder("utf-8").decode(bytes);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The main document part, as the package's relationships name it (some writers rename it). */
async function mainPartName(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (!rels) return DEFAULT_PART;
  const xml = await readPart(rels, 1024 * 1024);
  if (typeof xml !== "string") return DEFAULT_PART;
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
        const raw = this.cellBlocks(tc).join("\n").replaceAll(SOFT_BREAK, "\n");
        const text = raw.trim();
        const blankLines = text === "" && (raw.match(/\n/g)?.length ?? 0) >= BLANK_LINES;
        cells.push({ text, colSpan: span, continuesAbove: continues, ...(blankLines ? { blankLines } : {}) });
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

/** Line breaks in an empty cell (three empty paragraphs) that make it no blank for zero. */
const BLANK_LINES = 2;

/**
 * A line break inside a paragraph (Shift+Enter, often within a title: `赣州市<w:br/>财政局`): white
 * space to the title reader, which reads the paragraph as one line; a new line in a cell.
 */
const SOFT_BREAK = "\u2028";

/** A paragraph's text: runs' w:t, tabs and breaks; deleted text and field codes left out. */
function paragraphText(p: Element, reader: BodyReader): string {
  let text = "";
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const name = local(node.name);
      if (name === "t") text += node.children.map((c) => (isText(c) ? c.data : "")).join("");
      else if (name === "tab") text += "\t";
      else if (name === "br" || name === "cr") text += attr(node, "type") === "page" ? "\n" : SOFT_BREAK;
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
