// Entry point of the importers: any source (bytes of a file, or pasted text) to an ImportResult.
// Engine code: no Node-only APIs, it runs in the task pane too.
import { FILE_KIND_NAMES } from "../messages/files";
import type { MessageText } from "../messages";
import type { Diagnostic, ImportResult } from "../model";
import { readTextFile } from "./decoding";
import { declaredEncoding, detectKind } from "./detect";
import { reportExtent } from "./extent";
import { importDocx } from "./docx";
import { damageReason, fileFailure } from "./grid";
import { importHtml } from "./html";
import { importPdf } from "./pdf";
import { importText as readText } from "./text";

/** Larger files are not annual reports (a report with pictures is a few MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const KIND_NAMES: Record<string, string | MessageText> = { pdf: "PDF", docx: "Word .docx", html: "HTML", text: FILE_KIND_NAMES.text };

/**
 * Reads the bytes of a report file. The reader is chosen by the content, whatever the extension
 * says; a file that cannot be read gets a message saying what to do, never an exception.
 */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const name = fileName;
  if (bytes.length > MAX_FILE_BYTES)
    return fileFailure("file-too-large", { name, size: (bytes.length / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 });
  const kind = detectKind(bytes);
  try {
    switch (kind) {
      case "empty":
        return fileFailure("file-empty", { name });
      case "pdf":
        return await importPdf(bytes, name);
      case "docx":
      case "zip":
        return await importDocx(bytes, name);
      case "ole":
        return fileFailure("file-binary-word", { name });
      case "ole-encrypted":
        return fileFailure("file-encrypted-office", { name });
      case "html": {
        const page = readTextFile(bytes, declaredEncoding(bytes));
        return withRepairs(importHtml(page.text), page.diagnostics);
      }
      case "text": {
        const file = readTextFile(bytes);
        return withRepairs(importText(file.text), file.diagnostics);
      }
      case "rtf":
        return fileFailure("file-unsupported", { name, kind: "RTF" });
      case "image":
        return fileFailure("file-unsupported", { name, kind: FILE_KIND_NAMES.image });
      case "binary":
        return fileFailure("file-unsupported", { name, kind: FILE_KIND_NAMES.binary });
    }
  } catch (err) {
    return fileFailure("file-damaged", { name, kind: KIND_NAMES[kind] ?? kind, ...damageReason(err) });
  }
}

/** A result with what decoding repaired (bad bytes, control characters) said first among its notes. */
function withRepairs(result: ImportResult, repairs: readonly Diagnostic[]): ImportResult {
  if (repairs.length === 0) return result;
  if (!result.ok) return { ...result, diagnostics: [...result.diagnostics, ...repairs] };
  return { ok: true, report: { ...result.report, diagnostics: [...repairs, ...(result.report.diagnostics ?? [])] } };
}

/**
 * Report text, pasted or from a file. A text of millions of lines (50 MB of digits, one per
 * line) is read around its report, in memory for what is kept (see extent.ts).
 */
export function importText(text: string): ImportResult {
  const extent = reportExtent(text);
  return withRepairs(readText(extent.text), extent.diagnostics);
}

export { importHtml, importDocx, importPdf };
export { configurePdfAssets } from "./pdf";
