// Writing reports into the open workbook through the Excel host, one report per batch. A sheet
// name already taken gets a new unique name, or, when the person asked to be asked, a question:
// 新建副本 (a copy under the suggested name) or 取消. Nothing existing is ever overwritten.
import { insertReportSheet } from "../hosts/excel";
import { PANE_MESSAGES, render, type Lang } from "../messages";
import type { AnyReport as Report } from "../model";
import type { WriteState } from "./items";

/** Excel.run, or a stand-in in tests. */
export type RunInExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Asks the person what to do about a taken name; true = add a copy under `suggestion`. */
export type AskAboutName = (wanted: string, suggestion: string) => Promise<boolean>;

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function writeReport(run: RunInExcel, report: Report, ask: AskAboutName | null, lang: Lang): Promise<WriteState> {
  try {
    let result = await run((context) => insertReportSheet(context, report, { onSheetNameTaken: ask ? "ask" : "suffix", activate: true }));
    if (result.status === "name-taken") {
      if (!(await ask!(result.wanted, result.suggestion))) return { state: "cancelled", wanted: result.wanted };
      // The workbook may have changed while the question was open: the host picks a free name again.
      result = await run((context) => insertReportSheet(context, report, { onSheetNameTaken: "suffix", activate: true }));
    }
    switch (result.status) {
      case "inserted":
        return { state: "written", sheet: result.sheetName };
      case "failed":
        return { state: "failed", message: render(PANE_MESSAGES.writeFailed, { reason: result.message }, lang) };
      case "name-taken":
        return { state: "cancelled", wanted: result.wanted };
    }
  } catch (err) {
    return { state: "failed", message: render(PANE_MESSAGES.writeError, { reason: reasonOf(err) }, lang) };
  }
}

/** What the person reads about a write, in the pane's language. */
export function describeWrite(state: WriteState, lang: Lang): string {
  switch (state.state) {
    case "writing":
      return render(PANE_MESSAGES.writing, {}, lang);
    case "written":
      return render(PANE_MESSAGES.written, { sheet: state.sheet }, lang);
    case "cancelled":
      return render(PANE_MESSAGES.writeCancelled, { wanted: state.wanted }, lang);
    case "failed":
      return state.message;
  }
}
