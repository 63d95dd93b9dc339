// The interchange JSON of one report (FORMAT.md), as zod schemas and the types inferred from them.
// A union on `format`: 2021 (./tables.ts), 2019 (./tables2019.ts) or mixed. Arrays follow those
// orders exactly; a figure that could not be read is null, never a guess.
import { z } from "zod";
import { ACTIVE_COUNT, APPEAL_COUNT, REQUEST_COLUMN_COUNT, REQUEST_ROW_COUNT } from "./tables";
import { ACTIVE_COUNT_2019, REQUEST_ROW_COUNT_2019 } from "./tables2019";

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
/** Table 二 of the 2019 format: 22 figures (本年增/减 signed). */
export const Active2019Schema = z.array(FigureSchema).length(ACTIVE_COUNT_2019);
/** Table 三 of the 2019 format: 23 rows × 7. */
export const Requests2019Schema = z.array(z.array(FigureSchema).length(REQUEST_COLUMN_COUNT)).length(REQUEST_ROW_COUNT_2019);

const refs = (n: number) => z.array(SourceRefSchema.nullable()).length(n);
const refGrid = (rows: number) => z.array(refs(REQUEST_COLUMN_COUNT)).length(rows);

/** Source positions, parallel to the figure arrays. */
export const SourcesSchema = z.object({
  active: refs(ACTIVE_COUNT),
  requests: refGrid(REQUEST_ROW_COUNT),
  appeals: refs(APPEAL_COUNT),
});
export type Sources = z.infer<typeof SourcesSchema>;
export const Sources2019Schema = z.object({
  active: refs(ACTIVE_COUNT_2019),
  requests: refGrid(REQUEST_ROW_COUNT_2019),
  appeals: refs(APPEAL_COUNT),
});
export type Sources2019 = z.infer<typeof Sources2019Schema>;

const common = {
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  /** New requests as stated in the prose of 一、总体情况, when the importer found such a sentence. */
  narrative_new: z.number().nullable().optional(),
  diagnostics: z.array(DiagnosticSchema).optional(),
  /** Name of the file the report was read from, when there was one. */
  file: z.string().optional(),
};

/** A report in the 2021 format. */
export const Report2021Schema = z.object({
  format: z.literal("2021"),
  ...common,
  active: ActiveSchema,
  requests: RequestsSchema,
  appeals: AppealsSchema,
  sources: SourcesSchema.optional(),
});
export type Report2021 = z.infer<typeof Report2021Schema>;

/** A report in the older 2019 format, in its own shape (22 · 23×7 · 15 figures). */
export const Report2019Schema = z.object({
  format: z.literal("2019"),
  ...common,
  active: Active2019Schema,
  requests: Requests2019Schema,
  appeals: AppealsSchema,
  sources: Sources2019Schema.optional(),
});
export type Report2019 = z.infer<typeof Report2019Schema>;

/**
 * A report that mixes the formats (a 2019 table 二 above 2021 tables 三 and 四): tables 三 and 四 in
 * the 2021 shape, table 二 null (its figures fit neither shape); a diagnostic names the mix.
 * `sources.active` stays all null.
 */
export const ReportMixedSchema = z.object({
  format: z.literal("mixed"),
  ...common,
  active: z.null(),
  requests: RequestsSchema,
  appeals: AppealsSchema,
  sources: SourcesSchema.optional(),
});
export type ReportMixed = z.infer<typeof ReportMixedSchema>;

/** The interchange object of one report, of any format: narrow on `format` before reading the tables. */
export const AnyReportSchema = z.discriminatedUnion("format", [Report2021Schema, Report2019Schema, ReportMixedSchema]);
export type AnyReport = z.infer<typeof AnyReportSchema>;

/**
 * `Report` is the 2021 shape, the one most code handles; a function that takes it cannot be given a
 * 2019 or mixed report without narrowing (`report.format === "2021"`).
 */
export const ReportSchema = Report2021Schema;
export type Report = Report2021;

/**
 * What an importer returns: a report of any format, or the reason there is none (empty text, no
 * tables, an unreadable file). `diagnostics` says what, in Chinese.
 */
export type ImportResult =
  | { ok: true; report: AnyReport }
  | { ok: false; format?: "2019"; agency: string | null; year: number | null; diagnostics: Diagnostic[] };

/** An ImportResult that holds a 2021 report (the only kind some readers produce). */
export type ImportResult2021 = { ok: true; report: Report2021 } | Extract<ImportResult, { ok: false }>;

const nulls = (n: number): Figure[] => Array<Figure>(n).fill(null);
const nullGrid = (rows: number): Figure[][] => Array.from({ length: rows }, () => nulls(REQUEST_COLUMN_COUNT));

/** A report with every figure null: the starting point of every importer. */
export function emptyReport(): Report2021 {
  return { format: "2021", agency: null, year: null, active: nulls(ACTIVE_COUNT), requests: nullGrid(REQUEST_ROW_COUNT), appeals: nulls(APPEAL_COUNT) };
}

export function emptyReport2019(): Report2019 {
  return {
    format: "2019",
    agency: null,
    year: null,
    active: nulls(ACTIVE_COUNT_2019),
    requests: nullGrid(REQUEST_ROW_COUNT_2019),
    appeals: nulls(APPEAL_COUNT),
  };
}

const nullRefs = (n: number): (SourceRef | null)[] => Array<SourceRef | null>(n).fill(null);
const nullRefGrid = (rows: number) => Array.from({ length: rows }, () => nullRefs(REQUEST_COLUMN_COUNT));

export function emptySources(): Sources {
  return { active: nullRefs(ACTIVE_COUNT), requests: nullRefGrid(REQUEST_ROW_COUNT), appeals: nullRefs(APPEAL_COUNT) };
}

export function emptySources2019(): Sources2019 {
  return { active: nullRefs(ACTIVE_COUNT_2019), requests: nullRefGrid(REQUEST_ROW_COUNT_2019), appeals: nullRefs(APPEAL_COUNT) };
}

/** The 200 figures of a 2021 report in interchange order: active, then requests row by row, then appeals. */
export function flattenFigures(report: Pick<Report2021, "active" | "requests" | "appeals">): Figure[] {
  return [...report.active, ...report.requests.flat(), ...report.appeals];
}

/**
 * The figures of a report of any format in its own interchange order (200 for 2021, 198 for 2019,
 * 190 for mixed: table 二 is absent). Index them with the slots of `figureSlotsOf(format)`.
 */
export function flattenAny(report: AnyReport): Figure[] {
  return [...(report.active ?? []), ...report.requests.flat(), ...report.appeals];
}
