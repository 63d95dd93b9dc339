// Table 四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import { APPEAL_COLUMN_COUNT, APPEAL_GROUP_COUNT, APPEAL_TOTAL_COL, appealIndex, type Finding } from "../model";
import { failed, sum, uncheckable, type Value } from "./finding";
import { appealColName, appealGroupName } from "./where";

export function checkAppealTotals(appeals: readonly Value[], out: Finding[]): number {
  for (let group = 1; group <= APPEAL_GROUP_COUNT; group++) {
    const cols = Array.from({ length: APPEAL_COLUMN_COUNT }, (_, i) => i + 1);
    const value = (col: number) => appeals[appealIndex(group, col)] ?? null;
    const expected = sum(cols.filter((c) => c !== APPEAL_TOTAL_COL).map(value));
    const actual = value(APPEAL_TOTAL_COL);
    const facts = { rule: "appeal-total" as const, table: "appeals" as const, group, expected, actual };
    if (expected === null || actual === null) {
      const unread = cols.filter((c) => value(c) === null).map((c) => appealColName(c));
      const unreadEn = cols.filter((c) => value(c) === null).map((c) => appealColName(c, "en"));
      out.push(uncheckable(facts, "appeal-total-uncheckable", { group: appealGroupName(group), groupEn: appealGroupName(group, "en"), cols: unread.join("、"), colsEn: unreadEn.join(", ") }));
    } else if (expected !== actual) out.push(failed(facts, "error", "appeal-total", { group: appealGroupName(group), groupEn: appealGroupName(group, "en") }));
  }
  return APPEAL_GROUP_COUNT;
}
