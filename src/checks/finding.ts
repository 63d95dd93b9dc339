// Building findings: one place that turns a message code and its facts into the Chinese and
// English texts, so every rule words its findings the same way.
import type { Finding } from "../model";
import { CHECK_MESSAGES, render, type CheckMessageCode } from "../messages";

/** What a figure slot holds for the engine: a number, or null when unreadable or not numeric. */
export type Value = number | null;

export function asValue(figure: unknown): Value {
  return typeof figure === "number" && Number.isFinite(figure) ? figure : null;
}

export function say(code: CheckMessageCode, params: Record<string, unknown>): { message: string; message_en: string } {
  return { message: render(CHECK_MESSAGES[code], params, "zh"), message_en: render(CHECK_MESSAGES[code], params, "en") };
}

type FindingFacts = Omit<Finding, "message" | "message_en" | "status" | "severity">;

export function failed(
  facts: FindingFacts,
  severity: "error" | "warning",
  code: CheckMessageCode,
  params: Record<string, unknown>,
): Finding {
  return { ...facts, status: "failed", severity, ...say(code, { ...params, expected: facts.expected, actual: facts.actual }) };
}

export function uncheckable(facts: FindingFacts, code: CheckMessageCode, params: Record<string, unknown>): Finding {
  return { ...facts, status: "uncheckable", severity: "info", ...say(code, params) };
}

/** Sum of figures, or null when any is null. Rounded to cents so 0.1 + 0.2 sums compare exactly. */
export function sum(values: readonly Value[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return Math.round(total * 100) / 100;
}
