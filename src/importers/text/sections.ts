// Where the report's parts begin: the headings 一、总体情况 … 五、存在的主要问题, with fallbacks on
// the tables' own first labels for texts that lost their headings (a table pasted on its own).
import { FORMAT_2019_MARKERS } from "../../model";
import type { Line } from "./tokens";

export interface Sections {
  /** Line index (into the lines array) where part 一 begins, or -1. */
  overview: number;
  active: number;
  requests: number;
  appeals: number;
  /** Where the last table ends (part 五, or the end of the text). */
  end: number;
  /** The text ends before part 五: a table may be cut off. */
  endsEarly: boolean;
}

// Keys are labelKey()s: `、` became `.`, brackets half-width, no spaces. Markdown `#` is allowed.
const HEADING = {
  overview: /^#*\(?[一1]\)?[.]?总体情况/,
  active: /^#*\(?[二2]\)?[.]?主动公开(政府)?信息/,
  requests: /^#*\(?[三3]\)?[.]?收到和处理(政府信息公开)?申请/,
  appeals: /^#*\(?[四4]\)?[.]?.{0,8}行政复议.{0,3}行政诉讼/,
  closing: /^#*\(?[五5]\)?[.]?存在的?(?:主要)?问题/,
};

// Every word a heading or a fallback label holds somewhere: lines without any are skipped unkeyed.
const SOUGHT = /情|况|问|题|第|条|申|请|结|转|复|议|新|收/;

function findLine(lines: readonly Line[], test: (key: string) => boolean, from: number, to = lines.length): number {
  for (let i = Math.max(0, from); i < to; i++) if (lines[i].mentions(SOUGHT) && test(lines[i].key)) return i;
  return -1;
}

export function locateSections(lines: readonly Line[]): Sections {
  const firstArticle = findLine(lines, (k) => k.includes("第二十条第"), 0);
  // A table of contents may list the headings first: take the 二 heading nearest the table.
  let active = -1;
  for (let i = 0; i < (firstArticle < 0 ? lines.length : firstArticle); i++) if (lines[i].mentions(SOUGHT) && HEADING.active.test(lines[i].key)) active = i;
  if (active < 0 && firstArticle >= 0) active = firstArticle;
  if (active < 0) active = findLine(lines, (k) => HEADING.active.test(k), 0);

  let requests = findLine(lines, (k) => HEADING.requests.test(k), Math.max(active, 0));
  if (requests < 0) requests = findLine(lines, (k) => k.includes("申请人情况") || k.includes("本年新收"), Math.max(active, 0));

  let appeals = findLine(lines, (k) => HEADING.appeals.test(k) && k.length < 40, Math.max(requests, active, 0));
  if (appeals < 0) {
    const lastRow = findLine(lines, (k) => k.includes("结转下年度") || k.includes("下年度继续"), Math.max(requests, 0));
    if (lastRow >= 0) appeals = findLine(lines, (k) => k.includes("行政复议"), lastRow + 1);
  }

  const closing = findLine(lines, (k) => HEADING.closing.test(k), Math.max(appeals, requests, active, 0));
  const overviewLimit = active >= 0 ? active : lines.length;
  let overview = -1;
  for (let i = 0; i < overviewLimit; i++) if (lines[i].mentions(SOUGHT) && HEADING.overview.test(lines[i].key)) overview = i;
  return { overview, active, requests, appeals, end: closing < 0 ? lines.length : closing, endsEarly: closing < 0 };
}

/** The 2019 format's own column and row labels, in the text of table 二 (or anywhere, lacking it). */
export function findFormat2019Marker(lines: readonly Line[], sections: Sections): string | null {
  const from = sections.active >= 0 ? sections.active : 0;
  const to = sections.requests > from ? sections.requests : Math.min(lines.length, from + 400);
  // Labels may be broken over lines: look in the joined text of the table.
  const joined = lines
    .slice(from, to)
    .map((l) => l.key)
    .join("");
  return FORMAT_2019_MARKERS.find((m) => joined.includes(m)) ?? null;
}
