// Damaged copies of the corpus's reports, made in the test from the committed originals: nothing
// damaged is committed. Each function names the damage it does.
import { deflateSync, inflateSync } from "node:zlib";
import JSZip from "jszip";

/** A .docx with its main part's XML changed by `edit`. */
export async function editDocx(docx: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file("word/document.xml")!;
  zip.file("word/document.xml", edit(await part.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * A PDF whose fonts' Unicode maps (ToUnicode CMaps) are changed by `edit`: the glyphs print the
 * same, but their text comes out as `edit` says — as with fonts that lack a proper Unicode map.
 * The streams are rewritten uncompressed-length-exact; pdf.js rebuilds the cross-reference table.
 */
export function editPdfUnicodeMaps(pdf: Uint8Array, edit: (cmap: string) => string): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const out: string[] = [];
  let at = 0;
  const STREAM = /(\d+ 0 obj\s*<<)([\s\S]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  let edited = 0;
  while ((m = STREAM.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    const raw = Buffer.from(text.slice(start, end), "latin1");
    let data: Buffer;
    try {
      data = /FlateDecode/.test(m[2]) ? inflateSync(raw) : raw;
    } catch {
      continue;
    }
    const body = data.toString("latin1");
    if (!/begincmap/.test(body) || !/beginbf(char|range)/.test(body)) continue;
    const packed = deflateSync(Buffer.from(edit(body), "latin1")).toString("latin1");
    const dict = m[2].replace(/\/Length\s+\d+(\s+0\s+R)?/, `/Length ${packed.length}`);
    out.push(text.slice(at, m.index), m[1], dict, ">>\nstream\n", packed, "\n");
    at = end;
    STREAM.lastIndex = end;
    edited++;
  }
  if (edited === 0) throw new Error("no Unicode map in this PDF");
  out.push(text.slice(at));
  return new Uint8Array(Buffer.from(out.join(""), "latin1"));
}

/** A CMap edit: the glyph that maps to `from` (a character) maps to `to` instead. */
export function remapCharacter(from: string, to: string): (cmap: string) => string {
  const hex = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return (cmap) => cmap.replace(new RegExp(`(<[0-9A-Fa-f]+>\\s*)<${hex(from)}>`, "g"), `$1<${hex(to)}>`);
}

/** Where a document's markup puts its tables, rows and figure cells. */
export interface Markup {
  table: readonly [string, string];
  row: readonly [string, string];
  /** A figure alone in its cell: group 1 before it, 2 the figure, 3 after it. */
  figure: RegExp;
}

export const HTML_MARKUP: Markup = {
  table: ["<table", "</table>"],
  row: ["<tr", "</tr>"],
  figure: /(<td[^>]*>(?:<p>)?)(\d[\d,.]*)((?:<\/p>)?<\/td>)/g,
};

export const DOCX_MARKUP: Markup = {
  table: ["<w:tbl>", "</w:tbl>"],
  row: ["<w:tr", "</w:tr>"],
  figure: /(<w:t(?: [^>]*)?>)(\d[\d,.]*)(<\/w:t>)/g,
};

/** The [start, end) spans of the parts of `text` that run from `open` to `close`. */
function spans(text: string, [open, close]: readonly [string, string]): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
    const end = text.indexOf(close, at);
    if (end < 0) break;
    out.push([at, end + close.length]);
  }
  return out;
}

export interface Target {
  /** Text the table holds (`行政复议`). */
  table: string;
  /** Text the row holds (`本年新收`); every row when absent. */
  row?: string;
  /** Only the row's nth figure (0-based). */
  nth?: number;
}

/** The markup with the figures of the target replaced by `by(figure)`. */
export function replaceFigures(text: string, markup: Markup, target: Target, by: (figure: string) => string): string {
  const table = spans(text, markup.table).find(([a, b]) => text.slice(a, b).includes(target.table));
  if (!table) throw new Error(`no table holding ${target.table}`);
  const rows = spans(text.slice(...table), markup.row)
    .map(([a, b]): [number, number] => [a + table[0], b + table[0]])
    .filter(([a, b]) => target.row === undefined || text.slice(a, b).includes(target.row));
  if (rows.length === 0) throw new Error(`no row holding ${target.row}`);
  let out = "";
  let at = 0;
  for (const [a, b] of rows) {
    let n = 0;
    const row = text.slice(a, b).replace(new RegExp(markup.figure.source, "g"), (whole, before: string, figure: string, after: string) =>
      target.nth === undefined || n++ === target.nth ? before + by(figure) + after : whole,
    );
    out += text.slice(at, a) + row;
    at = b;
  }
  return out + text.slice(at);
}

/** The bytes with one bit flipped. */
export function flipBit(bytes: Uint8Array, at: number, bit: number): Uint8Array {
  const out = bytes.slice();
  out[at] ^= 1 << bit;
  return out;
}

/**
 * A one-entry ZIP made by hand, its entry `name` holding `data` (raw deflate) that the central
 * directory says unpacks to `statedSize` bytes: how a bomb, or a lying damaged file, looks.
 */
export function handMadeZip(name: string, data: Uint8Array, statedSize: number, crc = 0): Uint8Array {
  const file = Buffer.from(name, "utf8");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(statedSize >>> 0, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(statedSize >>> 0, 24);
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE(0, 42); // local header at 0
  const centralAt = local.length + file.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return new Uint8Array(Buffer.concat([local, file, data, central, file, end]));
}
