// Diagnostics and failed results of the file importers, worded by src/messages/files.ts.
import { FILE_MESSAGES, render, type FileMessageCode, type MessageText } from "../../messages";
import { FILE_REASONS } from "../../messages/files";
import type { Diagnostic, ImportResult, Location } from "../../model";

export function fileDiagnostic(
  code: FileMessageCode,
  severity: Diagnostic["severity"],
  params: Record<string, unknown> = {},
  location: Location = {},
): Diagnostic {
  const text = FILE_MESSAGES[code];
  // A reason given in one language only (callers outside the importers) serves both.
  if ("reason" in params && !("reason_en" in params)) params = { ...params, reason_en: params.reason };
  const detail = Object.keys(params).length ? params : undefined;
  return { code, severity, message: render(text, params), message_en: render(text, params, "en"), ...location, detail };
}

/** An import that produced no report, for the reason `code` names. */
export function fileFailure(code: FileMessageCode, params: Record<string, unknown> = {}): ImportResult {
  return { ok: false, agency: null, year: null, diagnostics: [fileDiagnostic(code, "error", params)] };
}

/**
 * Why a file could not be opened, from what the engine threw (jszip, pdf.js, the JavaScript
 * engine itself), in words a person reads: Chinese, then English. An engine's own text never
 * reaches the message; it stays in the diagnostic's detail (`engine`) for whoever debugs.
 */
export function reasonOf(err: unknown): string {
  return damageReason(err).reason;
}

/** The params of a `file-damaged` message for what the engine threw: reason, reason_en, engine. */
export function damageReason(err: unknown): { reason: string; reason_en: string; engine: string } {
  const text = err instanceof Error ? err.message : String(err);
  const reason = ENGINE_REASONS.find(([pattern]) => pattern.test(text))?.[1] ?? FILE_REASONS.unknown;
  return { reason: reason.zh, reason_en: reason.en, engine: engineText(err) };
}

/** The engine's own words, shortened, for a diagnostic's detail. */
export function engineText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 120 ? text.slice(0, 117) + "…" : text;
}

const ENGINE_REASONS: [RegExp, MessageText][] = [
  [/call stack|too much recursion/i, FILE_REASONS.tooDeep],
  [/invalid string length|allocation failed|out of memory|invalid array length/i, FILE_REASONS.tooLarge],
  [/password/i, FILE_REASONS.password],
  [/zip|central directory|end of data|inflat|deflat|distance|block type|header check|stored block|crc|compress|size mismatch|unexpected end/i, FILE_REASONS.zip],
  [/pdf|xref|trailer|startxref|stream|object|root/i, FILE_REASONS.pdf],
];
