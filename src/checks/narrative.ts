// narrative-requests: the prose's number of new requests agrees with table 三 row 1 总计, or with
// row 1 + row 2 (reports differ in which of the two they state). A warning, never an error.
import { CARRIED_IN_ROW, NEW_REQUESTS_ROW, REQUEST_TOTAL_COL, type Finding } from "../model";
import { failed, say, type Value } from "./finding";
import type { RequestGrid } from "./requests";

export function checkNarrative(said: number, grid: RequestGrid, out: Finding[]): number {
  const fresh: Value = grid[NEW_REQUESTS_ROW - 1]?.[REQUEST_TOTAL_COL - 1] ?? null;
  const carried: Value = grid[CARRIED_IN_ROW - 1]?.[REQUEST_TOTAL_COL - 1] ?? null;
  if (fresh === null) {
    // `table` stays absent: the table's figure is what could not be read.
    out.push({ rule: "narrative-requests", status: "uncheckable", severity: "info", said, ...say("narrative-requests-uncheckable", { said }) });
    return 1;
  }
  const withCarried = carried === null ? null : fresh + carried;
  if (said === fresh || said === withCarried) return 1;
  const plus = withCarried !== null && carried !== 0;
  out.push(
    failed({ rule: "narrative-requests", said, table: fresh, expected: fresh, actual: said }, "warning", "narrative-requests", {
      said,
      table: fresh,
      plusCarried: plus ? say("narrative-requests-plus", { sum: withCarried }).message : "",
      plusCarriedEn: plus ? say("narrative-requests-plus", { sum: withCarried }).message_en : "",
    }),
  );
  return 1;
}
