// What a file is, told by its bytes rather than its name (a .doc that is really .docx, a .txt that is
// a saved web page, a PDF renamed .docx), and how its text is encoded.
import { decodeBytes, type TextEncoding } from "./decoding";

export type FileKind =
  | "empty"
  | "pdf"
  | "docx"
  /** Another ZIP package (.xlsx, .odt, …) or a .docx whose parts could not be seen. */
  | "zip"
  /** OLE compound file: Word 97–2003 .doc, WPS .wps, old .xls. */
  | "ole"
  /** A password-protected .docx/.xlsx: Office wraps it in an OLE file holding "EncryptedPackage". */
  | "ole-encrypted"
  | "rtf"
  | "image"
  | "html"
  | "text"
  | "binary";

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x42, 0x4d], // BMP
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Where `magic` first occurs within the first `limit` bytes, or -1. */
function indexOf(bytes: Uint8Array, magic: readonly number[], limit: number): number {
  const end = Math.min(bytes.length - magic.length, limit);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, magic, i)) return i;
  return -1;
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const WORD_DOCUMENT = ascii("word/document");
// Stream names in an OLE directory are UTF-16LE.
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);

export function detectKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  // Some PDF writers put a few bytes of junk before the header; readers accept up to 1 KB.
  if (indexOf(bytes, PDF, 1024) >= 0) return "pdf";
  if (startsWith(bytes, ZIP)) return indexOf(bytes, WORD_DOCUMENT, bytes.length) >= 0 ? "docx" : "zip";
  if (startsWith(bytes, OLE)) return indexOf(bytes, ENCRYPTED_PACKAGE, bytes.length) >= 0 ? "ole-encrypted" : "ole";
  if (startsWith(bytes, ascii("{\\rtf"))) return "rtf";
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return "image";
  const head = decodeText(bytes.subarray(0, 4096));
  if (/\uFFFD{8,}|[\u0000-\u0008\u000e-\u001a]{4,}/.test(head)) return "binary";
  if (looksLikeHtml(head)) return "html";
  return "text";
}

/** A saved page or the HTML a browser puts on the clipboard (CF_HTML starts "Version:0.9"). */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF/, "").trimStart().slice(0, 512).toLowerCase();
  if (/^(<!doctype html|<html|<head|<meta|<body|<table|<div|<p[\s>]|<!--|<\?xml[^>]*>\s*<html|version:\d)/.test(start)) {
    return start.startsWith("version:") ? /starthtml:/i.test(head) : true;
  }
  return /<table[\s>]/i.test(head) && /<\/t[dr]>/i.test(head);
}

/** A file's text as decoded (see decoding.ts), before any repair: for telling what a file is. */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** The charset a page declares in its first bytes (`<meta charset=gb2312>`), as an encoding. */
export function declaredEncoding(bytes: Uint8Array): TextEncoding | null {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const charset = m ? m[1].toLowerCase() : null;
  if (charset && GB_CHARSETS.has(charset)) return "gb18030";
  if (charset === "big5") return "big5";
  return null;
}

const GB_CHARSETS = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"]);

/** A web page's text: its BOM, else the charset it declares when its bytes agree, else as any text file. */
export function decodeHtml(bytes: Uint8Array): string {
  return decodeBytes(bytes, declaredEncoding(bytes)).text;
}
