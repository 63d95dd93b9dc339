// A check's result: findings as in FORMAT.md "Findings". Rule ids are stable.
import { z } from "zod";
import { LocationSchema } from "./report";

export const RULE_IDS = [
  "row-total",
  "results-total",
  "balance",
  "appeal-total",
  "integer",
  "narrative-requests",
  "carry-over",
  "in-force",
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

/**
 * - `failed`: the rule does not hold (severity error, or warning for the soft rules);
 * - `uncheckable`: the rule touches a null or non-numeric figure, so it could not be checked.
 *   Such a finding has severity "info": it is not a pass, and not a proven error either.
 */
export const FindingSchema = LocationSchema.omit({ table: true }).extend({
  rule: RuleIdSchema,
  status: z.enum(["failed", "uncheckable"]),
  severity: z.enum(["error", "warning", "info"]),
  /** The table concerned; for narrative-requests, the table's figure (FORMAT.md). */
  table: z.union([z.enum(["active", "requests", "appeals"]), z.number()]).optional(),
  /** narrative-requests: the number the prose states. */
  said: z.number().optional(),
  expected: z.number().nullable().optional(),
  actual: z.number().nullable().optional(),
  message: z.string(),
  message_en: z.string().optional(),
  /** When several findings point at one cell, that cell (the likely culprit). */
  culprit: LocationSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
