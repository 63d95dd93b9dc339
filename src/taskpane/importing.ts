// From what the person gives the pane (a paste, files) to import results. The importers do the
// reading; this file only picks the right one, refuses what must not be read, and never throws.
import { importBytes, importHtml, importText, MAX_FILE_BYTES } from "../importers";
import { fileFailure, reasonOf } from "../importers/grid";
import { PANE_MESSAGES, render } from "../messages";
import type { ImportResult } from "../model";

/** What a paste event carries, reduced to the two types the importers read. */
export interface ClipboardLike {
  getData(type: string): string;
}

export type PastedSource = { readonly kind: "html" | "text"; readonly content: string; readonly text: string };

/** The paste's content: its HTML when there is some (tables keep their cells), else its plain text. */
export function pastedSource(clipboard: ClipboardLike | null | undefined): PastedSource | null {
  const html = safeGet(clipboard, "text/html");
  const text = safeGet(clipboard, "text/plain");
  if (html.trim() !== "") return { kind: "html", content: html, text };
  if (text.trim() !== "") return { kind: "text", content: text, text };
  return null;
}

function safeGet(clipboard: ClipboardLike | null | undefined, type: string): string {
  try {
    return clipboard?.getData(type) ?? "";
  } catch {
    return "";
  }
}

export function emptyPasteFailure(): ImportResult {
  const text = PANE_MESSAGES.pasteEmpty;
  return { ok: false, agency: null, year: null, diagnostics: [{ code: "paste-empty", severity: "error", message: text.zh, message_en: text.en }] };
}

/**
 * Imports a paste. HTML first; when the HTML yields no report but the plain text beside it does
 * (some editors put the tables in the HTML as pictures, or as layout the reader cannot follow),
 * the plain text's report is taken.
 */
export function importPasted(source: PastedSource | null): ImportResult {
  if (!source) return emptyPasteFailure();
  if (source.kind === "text") return importText(source.content);
  const fromHtml = importHtml(source.content);
  if (fromHtml.ok || source.text.trim() === "") return fromHtml;
  const fromText = importText(source.text);
  return fromText.ok ? fromText : fromHtml;
}

/** The parts of a browser File the pane uses. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Imports one file; a file too large is refused before its bytes are read into memory. */
export async function importFile(file: FileLike): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES)
    return fileFailure("file-too-large", { name: file.name, size: (file.size / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    const text = PANE_MESSAGES.readFailed;
    const params = { name: file.name, reason: reasonOf(err) };
    return { ok: false, agency: null, year: null, diagnostics: [{ code: "read-failed", severity: "error", message: render(text, params), message_en: render(text, params, "en") }] };
  }
  try {
    const result = await importBytes(bytes, file.name);
    return result.ok ? { ok: true, report: { ...result.report, file: result.report.file ?? file.name } } : result;
  } catch (err) {
    // importBytes answers with a message for every file it knows; this is the last safety net.
    return fileFailure("file-damaged", { name: file.name, kind: "?", reason: reasonOf(err) });
  }
}

/** Lets the browser draw (progress, the last file's status) before the next file is read. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports files one after another (pdf.js and the Word reader run on this thread: in turn they
 * keep the pane responsive), reporting each start and each result.
 */
export async function importInTurn(
  files: readonly FileLike[],
  events: { started(index: number): void; finished(index: number, result: ImportResult): void },
): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    events.started(i);
    await yieldToBrowser();
    events.finished(i, await importFile(files[i]));
  }
}
