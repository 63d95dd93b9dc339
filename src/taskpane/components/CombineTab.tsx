// ── 汇总与校验 ── the place of issue 7's work (combined sheet, 汇总, workbook validation).
// combineInWorkbook() and validateWorkbookInExcel() are wired in here once they exist.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { PaneMode } from "../host";
import { useText } from "./lang";

export function CombineTab({ mode }: { mode: PaneMode }) {
  const t = useText();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t(mode === "excel" ? "combinePending" : "combineNeedsExcel")}</MessageBarBody>
    </MessageBar>
  );
}
