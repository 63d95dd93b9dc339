// Reports from .docx (Word, WPS, LibreOffice and other writers): the main document part's tables
// become grids (gridSpan and vMerge resolved; a nested table is a grid of its own), the paragraphs
// before the first report table give the title and part 一.
import JSZip from "jszip";
import { Parser } from "htmlparser2";
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
  const reader = readBody(cut ?? xml);
  const first = reader.tables.findIndex(looksLikeReportTable);
  // Tables pasted as screenshots: pictures, and no table (or only layout tables around them).
  if (first < 0 && reader.images > 0) return fileFailure("docx-pictures-only", { name, images: reader.images });
  const preamble = reader.paragraphs.slice(0, first >= 0 ? reader.textBefore[first] : undefined).join("\n");
  const result = gridToReport({ tables: reader.tables, preamble });
  return cut === null ? result : withCutNote(result);
}

const megabytes = (bytes: number) => String(Math.ceil(bytes / 1024 / 1024));

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
const attr = (attribs: Record<string, string>, name: string): string | undefined => attribs[`w:${name}`] ?? attribs[name];

/** Elements whose content is only wrapped, not changed (content controls, tracked insertions …). */
const WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "smartTag", "ins", "hyperlink", "fldSimple", "moveTo"]);
/** Inside a paragraph: text that is not the document's (deleted, field codes) or no text at all. */
const LEFT_OUT = new Set(["delText", "instrText", "del", "rPr", "pPr"]);

/** Line breaks in an empty cell (three empty paragraphs) that make it no blank for zero. */
const BLANK_LINES = 2;

/**
 * A line break inside a paragraph (Shift+Enter, often within a title: `赣州市<w:br/>财政局`): white
 * space to the title reader, which reads the paragraph as one line; a new line in a cell.
 */
const SOFT_BREAK = "\u2028";

/**
 * What an open element is to the reader: a place for paragraphs and tables (the body, a cell, a
 * wrapper in them), a table, a row, a cell's or row's properties, a paragraph, or something whose
 * content is not read at all.
 */
type Frame =
  | { kind: "blocks" }
  | { kind: "table" }
  | { kind: "row" }
  | { kind: "cell" }
  | { kind: "rowProperties" }
  | { kind: "cellProperties" }
  | { kind: "paragraph" }
  | { kind: "text" }
  | { kind: "alternatives"; seen: number }
  | { kind: "ignored" };

interface OpenTable {
  index: number;
  rows: SourceCell[][];
  row: SourceCell[] | null;
  /** The current row's w:gridAfter. */
  after: number;
}

interface OpenCell {
  paragraphs: string[];
  span: number;
  continues: boolean;
}

/**
 * The main part read as it is parsed (no tree: memory for the text and cells kept): tables become
 * grids (gridSpan and vMerge resolved; a nested table is a grid of its own, after the table it is
 * in), paragraphs — in cells too, a layout table may hold the title — the document's text.
 */
class BodyReader {
  readonly tables: GridTable[] = [];
  /** How many paragraphs came before each table (by table index). */
  readonly textBefore: number[] = [];
  readonly paragraphs: string[] = [];
  images = 0;
  private readonly frames: Frame[] = [];
  private readonly openTables: OpenTable[] = [];
  private readonly openCells: OpenCell[] = [];
  private paragraph: string | null = null;

  onopentag(qualified: string, attribs: Record<string, string>): void {
    const name = local(qualified);
    const parent = this.frames[this.frames.length - 1] ?? { kind: "blocks" };
    this.frames.push(this.frameFor(name, attribs, parent));
  }

  private frameFor(name: string, attribs: Record<string, string>, parent: Frame): Frame {
    switch (parent.kind) {
      case "blocks":
      case "cell":
        if (name === "p") {
          this.paragraph = "";
          return { kind: "paragraph" };
        }
        if (name === "tbl") {
          this.openTable();
          return { kind: "table" };
        }
        if (parent.kind === "cell" && name === "tcPr") return { kind: "cellProperties" };
        return WRAPPERS.has(name) || name === "document" || name === "body" ? { kind: parent.kind === "cell" ? "cell" : "blocks" } : { kind: "ignored" };
      case "table":
        if (name === "tr") {
          this.table().row = [];
          return { kind: "row" };
        }
        return WRAPPERS.has(name) ? { kind: "table" } : { kind: "ignored" };
      case "row":
        if (name === "tc") {
          this.openCells.push({ paragraphs: [], span: 1, continues: false });
          return { kind: "cell" };
        }
        if (name === "trPr") return { kind: "rowProperties" };
        return WRAPPERS.has(name) ? { kind: "row" } : { kind: "ignored" };
      case "rowProperties": {
        const before = Number(attr(attribs, "val")) || 0;
        const row = this.table().row;
        if (name === "gridBefore" && before > 0 && row) row.push({ text: "", colSpan: before });
        if (name === "gridAfter" && before > 0) this.table().after = before;
        return { kind: "ignored" };
      }
      case "cellProperties": {
        const cell = this.openCells[this.openCells.length - 1];
        if (name === "gridSpan") cell.span = Number(attr(attribs, "val")) || 1;
        if (name === "vMerge") cell.continues = attr(attribs, "val") !== "restart";
        return { kind: "ignored" };
      }
      case "paragraph":
      case "text":
        return this.inParagraph(name, attribs);
      case "alternatives":
        // Only the first choice: the others are the same content in another form.
        return parent.seen++ === 0 ? { kind: "paragraph" } : { kind: "ignored" };
      case "ignored":
        return parent;
    }
  }

  /** A paragraph's runs: w:t, tabs and breaks; deleted text and field codes left out. */
  private inParagraph(name: string, attribs: Record<string, string>): Frame {
    if (name === "t") return { kind: "text" };
    if (name === "tab") this.paragraph += "\t";
    else if (name === "br" || name === "cr") this.paragraph += attr(attribs, "type") === "page" ? "\n" : SOFT_BREAK;
    else if (name === "noBreakHyphen") this.paragraph += "-";
    else if (name === "drawing" || name === "pict") {
      this.images++;
      return { kind: "ignored" };
    } else if (name === "AlternateContent") return { kind: "alternatives", seen: 0 };
    else if (LEFT_OUT.has(name)) return { kind: "ignored" };
    return { kind: "paragraph" };
  }

  ontext(data: string): void {
    if (this.frames[this.frames.length - 1]?.kind === "text") this.paragraph += data;
  }

  onclosetag(qualified: string): void {
    const frame = this.frames.pop();
    const name = local(qualified);
    if (frame?.kind === "paragraph" && name === "p" && this.paragraph !== null && this.isBlockParagraph()) {
      this.paragraphs.push(this.paragraph);
      this.openCells[this.openCells.length - 1]?.paragraphs.push(this.paragraph);
      this.paragraph = null;
    } else if (frame?.kind === "cell" && name === "tc") this.closeCell();
    else if (frame?.kind === "row" && name === "tr") {
      const table = this.table();
      // Columns a row leaves out at its end (w:gridAfter) are empty cells, so the row is full width.
      if (table.row && table.after > 0) table.row.push({ text: "", colSpan: table.after });
      if (table.row) table.rows.push(table.row);
      table.row = null;
      table.after = 0;
    } else if (frame?.kind === "table" && name === "tbl") {
      const table = this.openTables.pop()!;
      this.tables[table.index] = placeCells(table.index, table.rows, true);
    }
  }

  /** Whether the paragraph just closed is one of the body or of a cell (not one inside a run). */
  private isBlockParagraph(): boolean {
    const parent = this.frames[this.frames.length - 1];
    return parent === undefined || parent.kind === "blocks" || parent.kind === "cell";
  }

  private openTable(): void {
    const index = this.tables.length;
    this.textBefore.push(this.paragraphs.length);
    this.tables.push(placeCells(index, [])); // reserved: tables nested in it come after it
    this.openTables.push({ index, rows: [], row: null, after: 0 });
  }

  private table(): OpenTable {
    return this.openTables[this.openTables.length - 1];
  }

  private closeCell(): void {
    const cell = this.openCells.pop()!;
    const row = this.table()?.row;
    if (!row) return;
    const raw = cell.paragraphs.join("\n").replaceAll(SOFT_BREAK, "\n");
    const text = raw.trim();
    const blankLines = text === "" && (raw.match(/\n/g)?.length ?? 0) >= BLANK_LINES;
    row.push({ text, colSpan: cell.span, continuesAbove: cell.continues, ...(blankLines ? { blankLines } : {}) });
  }
}

/** Reads the main part's XML, streaming. */
function readBody(xml: string): BodyReader {
  const reader = new BodyReader();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => reader.onopentag(name, attribs),
      onclosetag: (name) => reader.onclosetag(name),
      ontext: (data) => reader.ontext(data),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return reader;
}
