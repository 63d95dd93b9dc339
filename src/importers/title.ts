// Agency and year from a report's title ("攀枝花市仁和区人民政府 / 2024 年政府信息公开工作年度报告"),
// shared by every importer. The title is often on two lines, sometimes after web-page furniture
// (发布时间, 来源, 字号) or as markdown headings; a soft break may cut the agency's name in two.
import { toHalfWidth } from "../model";
import { foldLookalikes } from "./text/tokens";

export interface ReportTitle {
  agency: string | null;
  year: number | null;
}

const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", O: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
// `2024年政府信息公开工作年度报告`, `2024年度政府信息公开工作报告`, `二〇二四年…`.
const TITLE = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(?:度)?\s*(?:的)?\s*(?:本机关)?政府信息公开(?:工作)?(?:年度)?报告/;
// The year first, the agency after it: `2024年度示例市统计局政府信息公开工作年度报告`.
const YEAR_FIRST = /^((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年度?(.{2,40}?)政府信息公开(?:工作)?(?:年度)?报告/;
// Lines that belong to the web page, not to the report.
const FURNITURE = /发布时间|发布日期|来源[:：]|字号|阅读次数|浏览次数|索引号|分类[:：]|发文日期|打印|关闭窗口|www\.|https?:|【|】|当前位置|首页/;

function yearOf(text: string): number {
  const digits = [...text].map((c) => CN_DIGITS[c] ?? c).join("");
  return Number(digits);
}

/** The agency as the corpus writes it: no spaces, no markdown, no trailing 关于 or punctuation. */
function cleanAgency(text: string): string | null {
  const agency = toHalfWidth(text)
    .replace(/^#+/, "")
    .replace(/[\s\u3000]+/g, "")
    // A crawler's header block labels the title line (`标题: …`): the label is not the agency's.
    .replace(/^(?:文章)?(?:标题|题目|title)[:：]/i, "")
    .replace(/关于$/, "")
    .replace(/^[:：,，。.\-—]+|[:：,，。.\-—《》]+$/g, "");
  return agency.length >= 2 && agency.length <= 60 && /[\u4e00-\u9fff]/.test(agency) ? agency : null;
}

// The start of a title broken over lines: `…2021年度政府信息公开工作年` / `度报告`.
const TITLE_START = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年/;
const WHOLE_TITLE = /报告/;

/** A line holding a title's year and broken before 报告, joined with the (at most two) short lines after it. */
function joinBroken(compact: string, lines: readonly string[], i: number): string {
  if (!TITLE_START.test(compact) || WHOLE_TITLE.test(compact) || compact.length > 60) return compact;
  let joined = compact;
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const next = lines[j].replace(/[\s\u3000]+/g, "");
    if (next === "" || next.length > 20) break;
    joined += next;
    if (WHOLE_TITLE.test(joined)) return joined;
  }
  return compact;
}

/** Lines longer than this are no title: left out (as blank), however long, without reading them. */
const TITLE_LINE = 500;
const TITLE_LINES = 80;

/** The first lines of a text, half-width; overlong ones blank, so a huge first line costs nothing. */
function firstLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < TITLE_LINES && start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push(lineAt(text, start, end));
    start = end + 1;
  }
  return lines;
}

/** The last lines of a text (the title stands just before part 一, after whatever precedes it). */
function lastLines(text: string): string[] {
  const lines: string[] = [];
  let end = text.length;
  while (lines.length < TITLE_LINES && end >= 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    lines.unshift(lineAt(text, start, end));
    if (start === 0) break;
    end = start - 1;
  }
  return lines;
}

const lineAt = (text: string, start: number, end: number) =>
  end - start > TITLE_LINE ? "" : foldLookalikes(toHalfWidth(text.slice(start, end).replace(/\r$/, ""))).replace(CONTROL, "");

// NUL bytes and other control characters inside a title are no part of it.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

// An agency name broken over two lines (a soft break, a narrow title box): the upper part names a
// place (`赣州市`), the lower names no place (`财政局`). Both conditions, so that a site name or a
// banner above a whole agency name is never joined to it.
const ENDS_WITH_PLACE = /(?:省|市|县|区|州|盟|旗|镇|乡|街道)$/;
const NAMES_A_PLACE = /省|市|县|区|州|盟|旗|镇|乡|街道/;

/** The agency, with the line above joined to it when the agency lacks the place the line names. */
function wholeAgency(agency: string | null, lines: readonly string[], above: number): string | null {
  if (agency === null || NAMES_A_PLACE.test(agency)) return agency;
  for (let j = above; j >= 0 && j >= above - 2; j--) {
    const line = lines[j].trim();
    if (line === "") continue;
    if (FURNITURE.test(line)) return agency;
    const place = cleanAgency(line);
    return place && place.length <= 20 && ENDS_WITH_PLACE.test(place) ? place + agency : agency;
  }
  return agency;
}

/**
 * Reads the title from the text that comes before the report's first part (一、总体情况): its
 * first lines, else (a long text before the title) its last lines.
 */
export function readTitle(text: string): ReportTitle {
  const title = titleIn(firstLines(text));
  if (title.year !== null || title.agency !== null) return title;
  return linesMoreThan(text, TITLE_LINES) ? titleIn(lastLines(text)) : title;
}

function linesMoreThan(text: string, count: number): boolean {
  let at = -1;
  for (let n = 0; n < count; n++) if ((at = text.indexOf("\n", at + 1)) < 0) return false;
  return true;
}

function titleIn(lines: readonly string[]): ReportTitle {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (FURNITURE.test(line) && !TITLE.test(line.replace(/\s+/g, ""))) continue;
    const compact = joinBroken(line.replace(/[\s\u3000]+/g, ""), lines, i);
    const m = TITLE.exec(compact);
    const first = m ? null : YEAR_FIRST.exec(compact.replace(/^#+/, ""));
    if (!m && !first) continue;
    const year = yearOf((m ?? first)![1]);
    let agency = wholeAgency(cleanAgency(m ? compact.slice(0, m.index) : first![2]), lines, i - 1);
    // A two-line title: the agency is the line above (skipping blank lines and furniture).
    for (let j = i - 1; agency === null && j >= 0 && j >= i - 4; j--) {
      const above = lines[j].trim();
      if (above === "" || FURNITURE.test(above)) continue;
      agency = wholeAgency(cleanAgency(above), lines, j - 1);
      break;
    }
    return { agency, year: Number.isFinite(year) ? year : null };
  }
  return { agency: null, year: null };
}
