// The one list of a report's findings, for every output: the pane, `xxgk check`, the report
// sheet and 核对结果 show these entries, in this order, in these words (the finding's own message,
// the rule's Chinese name, one tag per kind).
import { FINDING_TAGS, RULE_NAMES, render, type Lang } from "../messages";
import type { Finding, RuleId } from "../model";

export interface ListedFinding {
  readonly finding: Finding;
  /** 错误 / 注意 / 无法校验. */
  readonly tag: string;
  /** The rule's name: 表三各行总计, 正文与表格一致, …. */
  readonly ruleName: string;
  readonly message: string;
}

export function ruleName(rule: RuleId | string, lang: Lang = "zh"): string {
  const name = RULE_NAMES[rule as RuleId];
  return name ? render(name, {}, lang) : rule;
}

export function findingTag(f: Pick<Finding, "status" | "severity">, lang: Lang = "zh"): string {
  return render(FINDING_TAGS[f.status === "uncheckable" ? "uncheckable" : f.severity === "error" ? "error" : "warning"], {}, lang);
}

const RANK = (f: Finding) => (f.status === "uncheckable" ? 2 : f.severity === "error" ? 0 : 1);

/**
 * The findings as every output lists them: errors first, then warnings (prose against table
 * included), then what could not be checked; within each, in the engine's order.
 * `failedOnly` leaves out the last kind (a headline, a count of problems).
 */
export function listFindings(findings: readonly Finding[], options: { lang?: Lang; failedOnly?: boolean } = {}): ListedFinding[] {
  const lang = options.lang ?? "zh";
  return findings
    .map((finding, i) => ({ finding, i }))
    .filter(({ finding }) => !options.failedOnly || finding.status === "failed")
    .sort((a, b) => RANK(a.finding) - RANK(b.finding) || a.i - b.i)
    .map(({ finding }) => ({
      finding,
      tag: findingTag(finding, lang),
      ruleName: ruleName(finding.rule, lang),
      message: lang === "en" ? (finding.message_en ?? finding.message) : finding.message,
    }));
}
