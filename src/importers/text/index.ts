// The text importer: report text in any of the shapes people copy out of PDFs, web pages and Word.
import { IMPORT_MESSAGES } from "../../messages";
import type { ImportResult } from "../../model";

export function importText(text: string): ImportResult {
  if (text.trim() === "") {
    const m = IMPORT_MESSAGES["empty-input"];
    return { ok: false, agency: null, year: null, diagnostics: [{ code: "empty-input", severity: "error", message: m.zh, message_en: m.en }] };
  }
  return { ok: false, agency: null, year: null, diagnostics: [{ code: "not-implemented", severity: "error", message: "尚未实现" }] };
}
