// Agency and year from a report's title ("攀枝花市仁和区人民政府 / 2024 年政府信息公开工作年度报告"),
// shared by every importer. OWNER: text importer. The title is often on two lines, sometimes after
// web-page furniture (发布时间, 来源, 字号) or as markdown headings.
import { toHalfWidth } from "../model";

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

/** Reads the title from the text that comes before the report's first part (一、总体情况). */
export function readTitle(text: string): ReportTitle {
  const lines = toHalfWidth(text.slice(0, 20_000)).split(/\r?\n/).slice(0, 80);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (FURNITURE.test(line) && !TITLE.test(line.replace(/\s+/g, ""))) continue;
    const compact = joinBroken(line.replace(/[\s\u3000]+/g, ""), lines, i);
    const m = TITLE.exec(compact);
    const first = m ? null : YEAR_FIRST.exec(compact.replace(/^#+/, ""));
    if (!m && !first) continue;
    const year = yearOf((m ?? first)![1]);
    let agency = cleanAgency(m ? compact.slice(0, m.index) : first![2]);
    // A two-line title: the agency is the line above (skipping blank lines and furniture).
    for (let j = i - 1; agency === null && j >= 0 && j >= i - 4; j--) {
      const above = lines[j].trim();
      if (above === "" || FURNITURE.test(above)) continue;
      agency = cleanAgency(above);
      break;
    }
    return { agency, year: Number.isFinite(year) ? year : null };
  }
  return { agency: null, year: null };
}
