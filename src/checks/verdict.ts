// A one-line verdict for a person: "全部 39 项校验通过" / "3 项不符：… 等".
import { CHECK_MESSAGES, render, type Lang } from "../messages";
import type { Finding } from "../model";
import type { CheckResult } from "./types";

const text = (f: Finding, lang: Lang) => (lang === "en" ? (f.message_en ?? f.message) : f.message);

export function verdict(result: CheckResult, lang: Lang = "zh"): string {
  const failures = result.findings.filter((f) => f.status === "failed");
  const unchecked = result.findings.filter((f) => f.status === "uncheckable");
  if (failures.length > 0) {
    const code = failures.length > 1 ? "some-failed-more" : "some-failed";
    let line = render(CHECK_MESSAGES[code], { count: failures.length, first: text(failures[0], lang) }, lang);
    if (unchecked.length > 0) line += render(CHECK_MESSAGES["also-uncheckable"], { count: unchecked.length }, lang);
    return line;
  }
  if (unchecked.length > 0) {
    const code = unchecked.length > 1 ? "some-uncheckable-more" : "some-uncheckable";
    return render(CHECK_MESSAGES[code], { count: unchecked.length, first: text(unchecked[0], lang) }, lang);
  }
  return render(CHECK_MESSAGES["all-passed"], { count: result.checked }, lang);
}
