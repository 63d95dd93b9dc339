// The number of new requests stated in the prose of 一、总体情况 (for the narrative-requests rule),
// shared by every importer. OWNER: checks. Returns null when the prose states no such number, or
// states several different ones: a missed sentence costs one warning, a wrong number a false one.
import { toHalfWidth } from "../model";

// Where the prose ends: the heading of part 二 or the first table's row label.
const PROSE_END = /二[、.]?主动公开政府信息情况|本年新收政府信息公开申请数量|三[、.]?收到和处理政府信息公开申请情况/;

// "<receiving verb> … <申请|信件|事项> [共|共计|合计|总计] N 件". The verb must come first so that
// "因政府信息公开申请引发行政诉讼1件" and "办结21件" are never read as requests received.
const STATED =
  /(?:新收|受理|收到|接到|接收|收悉|办理)(?:[^，,。；;：:]{0,40}?)(?:申请|信件|事项|依申请公开(?:的)?(?:政府)?信息)(?:件数|数量|总数)?(?:共计|合计|总计|共|为)?(\d+(?:,\d{3})*)(?:件|个|条|份|宗|次)/g;

// "未收到…申请" / "没有接到…申请": a stated zero.
const NONE = /(?:未|没有|无)(?:收到|接到|接收|受理)(?:[^，,。；;：:]{0,20}?)申请/;

export function readNarrativeNew(prose: string): number | null {
  // PDF text breaks sentences over lines and puts spaces between digits and words.
  const flat = toHalfWidth(prose).replace(/[\s\u00a0\u3000]+/g, "");
  const end = flat.search(PROSE_END);
  const text = end >= 0 ? flat.slice(0, end) : flat;
  const values = new Set<number>();
  for (const m of text.matchAll(STATED)) {
    if (/复议|诉讼|举报|投诉/.test(m[0])) continue;
    values.add(Number(m[1].replace(/,/g, "")));
  }
  if (values.size === 1) return [...values][0];
  if (values.size === 0 && NONE.test(text)) return 0;
  return null;
}
