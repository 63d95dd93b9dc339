// The text of a text or HTML file, keeping what it can: bytes that are not the file's encoding are
// replaced where they stand (never a switch of the whole file to another encoding), GB18030 is
// chosen only when the bytes are plainly not UTF-8, and control characters are taken out. Each
// repair is said in a diagnostic, so a person knows which figures to check.
import type { Diagnostic } from "../model";
import { fileDiagnostic } from "./grid/diagnostics";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Byte sequences that are not the encoding's, each replaced by U+FFFD. */
  replaced: number;
  /** 1-based line of the first replaced sequence. */
  firstReplacedLine?: number;
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const BOM_UTF16LE = [0xff, 0xfe];
const BOM_UTF16BE = [0xfe, 0xff];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Decodes a file's bytes: its BOM, else UTF-16 when it plainly is, else UTF-8 unless the bytes give
 * evidence of GB18030 (most of their non-ASCII sequences are not UTF-8, and GB18030 reads them
 * with fewer faults). `declared` is a web page's own charset, taken when the bytes agree with it.
 */
export function decodeBytes(bytes: Uint8Array, declared: TextEncoding | null = null): DecodedText {
  if (startsWith(bytes, BOM_UTF8)) return decodeAs(bytes.subarray(3), "utf-8");
  if (startsWith(bytes, BOM_UTF16LE)) return decodeAs(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, BOM_UTF16BE)) return decodeAs(bytes.subarray(2), "utf-16be");
  if (declared === "big5") return decodeAs(bytes, "big5");
  if (looksLikeUtf16le(bytes)) return decodeAs(bytes, "utf-16le");
  const utf8 = scanUtf8(bytes);
  if (utf8.invalid === 0) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", replaced: 0 };
  // A page declaring GB that holds some bytes UTF-8 cannot read is GB; an undeclared file only
  // when UTF-8 fails on most of its non-ASCII sequences (a flipped bit breaks one of thousands).
  const mostlyNotUtf8 = utf8.valid < utf8.invalid;
  if (declared === "gb18030" || mostlyNotUtf8) {
    const gb = decodeAs(bytes, "gb18030");
    if (declared === "gb18030" || gb.replaced < utf8.invalid) return gb;
  }
  return {
    text: new TextDecoder("utf-8").decode(bytes),
    encoding: "utf-8",
    replaced: utf8.invalid,
    firstReplacedLine: lineAtByte(bytes, utf8.firstInvalid),
  };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  let first = -1;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) {
    if (first < 0) first = i;
    replaced++;
  }
  return replaced === 0 ? { text, encoding, replaced } : { text, encoding, replaced, firstReplacedLine: lineAt(text, first) };
}

/** Valid multi-byte UTF-8 sequences and invalid ones (each maximal bad subpart counted once, as decoders replace them). */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const bad = (at: number) => {
    if (firstInvalid < 0) firstInvalid = at;
    invalid++;
  };
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) break;
    }
    if (k > need) valid++;
    else bad(i);
    i += k;
  }
  return { valid, invalid, firstInvalid };
}

function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 8) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros > n / 2 / 3;
}

function lineAtByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/g;
const DIGIT = /[\d\uff10-\uff19]/;
/** What ends a cell's text: white space, markup, a markdown pipe. */
const BOUNDARY = /[\s<>|]/;

export interface CleanedText {
  text: string;
  /** Runs of control characters taken out of words. */
  removed: number;
  /** Runs that stood by a digit or alone, now U+FFFD: a figure may have been there. */
  marked: number;
  firstLine?: number;
}

/**
 * The text without control characters (NUL and the like, from damaged or badly converted files).
 * Inside a word they are taken out; next to a digit or standing alone (where a figure may have
 * been) they become U+FFFD, so that no figure is made up by joining or losing digits.
 */
export function removeControls(text: string): CleanedText {
  if (!/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(text)) return { text, removed: 0, marked: 0 };
  let removed = 0;
  let marked = 0;
  let first = -1;
  const out = text.replace(CONTROLS, (run: string, at: number) => {
    if (first < 0) first = at;
    const before = at > 0 ? text[at - 1] : " ";
    const after = at + run.length < text.length ? text[at + run.length] : " ";
    if (DIGIT.test(before) || DIGIT.test(after) || (BOUNDARY.test(before) && BOUNDARY.test(after))) {
      marked++;
      return "\uFFFD";
    }
    removed++;
    return "";
  });
  return { text: out, removed, marked, firstLine: lineAt(text, first) };
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  gb18030: "GB18030/GBK",
  big5: "Big5",
};

/** A text file's or web page's text, repaired, with what was repaired said. */
export function readTextFile(bytes: Uint8Array, declared: TextEncoding | null = null): { text: string; diagnostics: Diagnostic[] } {
  const decoded = decodeBytes(bytes, declared);
  const cleaned = removeControls(decoded.text);
  const diagnostics: Diagnostic[] = [];
  if (decoded.replaced > 0)
    diagnostics.push(
      fileDiagnostic("text-bytes-replaced", "warning", {
        count: decoded.replaced,
        encoding: ENCODING_NAMES[decoded.encoding],
        line: decoded.firstReplacedLine ?? 1,
      }),
    );
  if (cleaned.removed + cleaned.marked > 0)
    diagnostics.push(
      fileDiagnostic("text-controls-removed", "warning", {
        count: cleaned.removed + cleaned.marked,
        marked: cleaned.marked,
        line: cleaned.firstLine ?? 1,
      }),
    );
  return { text: cleaned.text, diagnostics };
}
