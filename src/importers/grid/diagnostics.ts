// Diagnostics and failed results of the file importers, worded by src/messages/files.ts.
import { FILE_MESSAGES, render, type FileMessageCode } from "../../messages";
import type { Diagnostic, ImportResult, Location } from "../../model";

export function fileDiagnostic(
  code: FileMessageCode,
  severity: Diagnostic["severity"],
  params: Record<string, unknown> = {},
  location: Location = {},
): Diagnostic {
  const text = FILE_MESSAGES[code];
  const detail = Object.keys(params).length ? params : undefined;
  return { code, severity, message: render(text, params), message_en: render(text, params, "en"), ...location, detail };
}

/** An import that produced no report, for the reason `code` names. */
export function fileFailure(code: FileMessageCode, params: Record<string, unknown> = {}): ImportResult {
  return { ok: false, agency: null, year: null, diagnostics: [fileDiagnostic(code, "error", params)] };
}

/** A short reason from a thrown value, for messages about damaged files. */
export function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 120 ? text.slice(0, 117) + "…" : text;
}
