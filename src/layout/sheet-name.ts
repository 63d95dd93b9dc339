// Worksheet names that Excel, WPS and LibreOffice all accept, made from the agency and the year.
import { LAYOUT_MESSAGES } from "../messages/layout";

/** Excel counts a sheet name's length in UTF-16 units. */
export const SHEET_NAME_MAX = 31;

// Characters Excel refuses in a sheet name, replaced by their full-width look-alikes so the
// name still reads the same to a person.
const REPLACEMENTS: Record<string, string> = { "[": "［", "]": "］", ":": "：", "*": "＊", "?": "？", "/": "／", "\\": "＼" };

function clean(text: string): string {
  return text
    .replace(/[[\]:*?/\\]/g, (ch) => REPLACEMENTS[ch])
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function stripQuotes(text: string): string {
  return text.replace(/^'+/, "").replace(/'+$/, "");
}

/**
 * A valid, unused sheet name for one report: `{agency}{year}`, cut to 31 units keeping the
 * year, then ` (2)`, ` (3)`… when the name is taken (Excel compares names without case).
 */
export function sheetNameFor(agency: string | null, year: number | null, existingNames: Iterable<string>): string {
  const taken = new Set([...existingNames].map((n) => n.toLowerCase()));
  const tail = year === null ? "" : String(year);
  const head = stripQuotes(clean(agency ?? "")) || LAYOUT_MESSAGES.unknownAgency.zh;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = stripQuotes(cut(head, SHEET_NAME_MAX - tail.length - suffix.length).trimEnd()) + tail + suffix;
    // Excel keeps "History" for its change tracking.
    if (!taken.has(name.toLowerCase()) && name.toLowerCase() !== "history") return name;
  }
}

/** True when Excel accepts `name` as a sheet name (taken names aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= SHEET_NAME_MAX &&
    !/[[\]:*?/\\\u0000-\u001f]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
