// The pane says which format a report is in: a 2019 or mixed report's card names its format and
// gives the verdict of that format's own rules (the preview takes the 2021 shape only, for now).
import { finishedItem, formatNote, readState, reportOf, waitingItem } from "../../src/taskpane/items";
import { consistent2019 } from "./helpers";

test("a 2019 report: named as such, checked by the 2019 rules, not previewed", () => {
  const item = finishedItem(waitingItem(1, "2019年报告.pdf"), { ok: true, report: consistent2019(51) });
  expect(reportOf(item)).toBeNull();
  expect(formatNote(item, "zh")).toBe("“2019年报告.pdf”是2019年版格式（旧格式）的报告，预览暂不能处理这种格式，已跳过。 全部 43 项校验通过");
  expect(formatNote(item, "en")).toContain("2019 format (older)");
  expect(readState(item)).toBe("read");
});

test("a broken 2019 report: the verdict says what is wrong", () => {
  const report = consistent2019(52);
  report.requests[22][0] = report.requests[22][0]! + 1;
  const item = finishedItem(waitingItem(2, "旧格式.html"), { ok: true, report });
  expect(formatNote(item, "zh")).toContain("项不符");
});
