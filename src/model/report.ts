// The interchange JSON of one report (FORMAT.md), as zod schemas and the types inferred from them.
// Arrays follow the order of ./tables.ts exactly; a figure that could not be read is null, never a guess.
import { z } from "zod";
import { ACTIVE_COUNT, APPEAL_COUNT, REQUEST_COLUMN_COUNT, REQUEST_ROW_COUNT } from "./tables";

/** A figure: a number, or null when it could not be read with certainty. */
export const FigureSchema = z.number().finite().nullable();
export type Figure = z.infer<typeof FigureSchema>;

/**
 * Where a figure came from, so a person can be shown the spot in the source.
 * - text: character offsets [start, end) into the text the importer was given, and its 1-based line;
 * - cell: a cell of a structured source (HTML/.docx table, PDF rebuilt grid), 0-based within that table.
 */
export const SourceRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), line: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() }),
  z.object({
    kind: z.literal("cell"),
    table: z.number().int(),
    row: z.number().int(),
    col: z.number().int(),
    text: z.string(),
    page: z.number().int().optional(),
  }),
]);
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** Location keys shared by diagnostics and findings (1-based, as in FORMAT.md "Findings"). */
export const LocationSchema = z.object({
  table: z.enum(["active", "requests", "appeals"]).optional(),
  item: z.number().int().optional(),
  row: z.number().int().optional(),
  col: z.number().int().optional(),
  group: z.number().int().optional(),
});
export type Location = z.infer<typeof LocationSchema>;

/**
 * Something the importer wants a person to know: a figure it could not read, a table it did not
 * find, a format it does not read. `code` is stable (see src/messages); `message` is the Chinese text.
 */
export const DiagnosticSchema = LocationSchema.extend({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  /** The English text, for panes running in English. */
  message_en: z.string().optional(),
  /** Extra facts for the message (the figures of a row, the text found, …). */
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const ActiveSchema = z.array(FigureSchema).length(ACTIVE_COUNT);
export const RequestsSchema = z.array(z.array(FigureSchema).length(REQUEST_COLUMN_COUNT)).length(REQUEST_ROW_COUNT);
export const AppealsSchema = z.array(FigureSchema).length(APPEAL_COUNT);

/** Source positions, parallel to the figure arrays. */
export const SourcesSchema = z.object({
  active: z.array(SourceRefSchema.nullable()).length(ACTIVE_COUNT),
  requests: z.array(z.array(SourceRefSchema.nullable()).length(REQUEST_COLUMN_COUNT)).length(REQUEST_ROW_COUNT),
  appeals: z.array(SourceRefSchema.nullable()).length(APPEAL_COUNT),
});
export type Sources = z.infer<typeof SourcesSchema>;

/** A report in the 2021 format: the interchange object. */
export const ReportSchema = z.object({
  format: z.literal("2021"),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  active: ActiveSchema,
  requests: RequestsSchema,
  appeals: AppealsSchema,
  /** New requests as stated in the prose of 一、总体情况, when the importer found such a sentence. */
  narrative_new: z.number().nullable().optional(),
  sources: SourcesSchema.optional(),
  diagnostics: z.array(DiagnosticSchema).optional(),
  /** Name of the file the report was read from, when there was one. */
  file: z.string().optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/**
 * What an importer returns: a 2021 report, or the reason there is none (empty text, no tables,
 * the older 2019 format, an unreadable file). `diagnostics` says what, in Chinese.
 */
export type ImportResult =
  | { ok: true; report: Report }
  | { ok: false; format?: "2019"; agency: string | null; year: number | null; diagnostics: Diagnostic[] };

/** A report with every figure null: the starting point of every importer. */
export function emptyReport(): Report {
  return {
    format: "2021",
    agency: null,
    year: null,
    active: Array<Figure>(ACTIVE_COUNT).fill(null),
    requests: Array.from({ length: REQUEST_ROW_COUNT }, () => Array<Figure>(REQUEST_COLUMN_COUNT).fill(null)),
    appeals: Array<Figure>(APPEAL_COUNT).fill(null),
  };
}

export function emptySources(): Sources {
  return {
    active: Array<SourceRef | null>(ACTIVE_COUNT).fill(null),
    requests: Array.from({ length: REQUEST_ROW_COUNT }, () => Array<SourceRef | null>(REQUEST_COLUMN_COUNT).fill(null)),
    appeals: Array<SourceRef | null>(APPEAL_COUNT).fill(null),
  };
}

/** The 200 figures in interchange order: active, then requests row by row, then appeals. */
export function flattenFigures(report: Pick<Report, "active" | "requests" | "appeals">): Figure[] {
  return [...report.active, ...report.requests.flat(), ...report.appeals];
}
