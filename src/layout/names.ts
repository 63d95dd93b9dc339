// The defined names that mark a report sheet, in one place: the task pane and the combined sheet
// find a report's tables through them, never by guessing cell positions.
//
//   XXGK_<key>_<part>     workbook-scoped; <key> is 8 upper-case hex digits, one per report sheet.
//
// Parts and what they refer to:
//   active    the 10 figures of table 二 (a union: read its cells row by row, they are items 1–10)
//   requests  the 25×7 figures of table 三
//   appeals   the 1×15 figures of table 四
//   agency, year, file              the header cells
//   active_verdict, requests_verdict, appeals_verdict   the plain-formula verdict of each table
export const REPORT_NAME_PARTS = [
  "active",
  "requests",
  "appeals",
  "agency",
  "year",
  "file",
  "active_verdict",
  "requests_verdict",
  "appeals_verdict",
] as const;
export type ReportNamePart = (typeof REPORT_NAME_PARTS)[number];

export const REPORT_NAME_PREFIX = "XXGK_";
const NAME_PATTERN = /^XXGK_([0-9A-F]{8})_([a-z_]+)$/i;

export function reportName(key: string, part: ReportNamePart): string {
  return `${REPORT_NAME_PREFIX}${key}_${part}`;
}

/** Reads a defined name back into its key and part; null for names that are not ours. */
export function parseReportName(name: string): { key: string; part: ReportNamePart } | null {
  const m = NAME_PATTERN.exec(name);
  if (!m || !(REPORT_NAME_PARTS as readonly string[]).includes(m[2])) return null;
  return { key: m[1].toUpperCase(), part: m[2] as ReportNamePart };
}

/** FNV-1a, 32 bits: short, stable, no crypto needed (the key only has to be unique in a workbook). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The key of a new report sheet, derived from its sheet name and unused by any name already in
 * the workbook (Excel compares defined names without case).
 */
export function reportKeyFor(sheetName: string, existingNames: Iterable<string>): string {
  const usedKeys = new Set<string>();
  for (const n of existingNames) {
    const parsed = parseReportName(n);
    if (parsed) usedKeys.add(parsed.key);
  }
  for (let salt = 0; ; salt++) {
    const key = fnv1a(salt === 0 ? sheetName : `${sheetName}#${salt}`).toString(16).toUpperCase().padStart(8, "0");
    if (!usedKeys.has(key)) return key;
  }
}

/** The report sheets that a workbook's defined names mark: key → the parts present. */
export function findReportKeys(names: Iterable<string>): Map<string, Set<ReportNamePart>> {
  const found = new Map<string, Set<ReportNamePart>>();
  for (const n of names) {
    const parsed = parseReportName(n);
    if (!parsed) continue;
    if (!found.has(parsed.key)) found.set(parsed.key, new Set());
    found.get(parsed.key)!.add(parsed.part);
  }
  return found;
}
