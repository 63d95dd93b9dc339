// The pane says which format a report is in: a 2019 report's card names its format and gives the
// verdict of that format's own rules (the preview itself: test/taskpane/format2019.test.ts).
import { verdict } from "../../src/checks";
import { checksOf, finishedItem, formatNote, readState, reportOf, waitingItem } from "../../src/taskpane/items";
import { consistent2019 } from "./helpers";

test("a 2019 report: named as such, checked by the 2019 rules, previewed", () => {
  const item = finishedItem(waitingItem(1, "2019年报告.pdf"), { ok: true, report: consistent2019(51) });
  expect(reportOf(item)!.format).toBe("2019");
  expect(formatNote(item, "zh")).toBe("格式：2019年版格式（旧格式）");
  expect(formatNote(item, "en")).toBe("Format: 2019 format (older)");
  expect(verdict(checksOf(reportOf(item)!), "zh")).toBe("全部 43 项校验通过");
  expect(readState(item)).toBe("read");
});

test("a broken 2019 report: the verdict says what is wrong", () => {
  const report = consistent2019(52);
  report.requests[22][0] = report.requests[22][0]! + 1;
  const item = finishedItem(waitingItem(2, "旧格式.html"), { ok: true, report });
  expect(verdict(checksOf(reportOf(item)!), "zh")).toContain("项不符");
});
