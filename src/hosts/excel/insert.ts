// Adds the standardized sheet of one report to the open workbook in one batch:
//   sync 1 reads the sheet and defined names already there, sync 2 writes everything.
// Nothing that exists is overwritten: a taken sheet name gets a suffix or is put to the person
// (the caller's policy), defined-name keys avoid existing ones. If the write fails, the sheet
// this call added is deleted again (sync 3, and a 4th only if some of its names got through).
import type { AnyReport } from "../../model";
import { LAYOUT_MESSAGES } from "../../messages/layout";
import { render } from "../../messages/format";
import { planReportSheet, sheetNameFor, type SheetPlan } from "../../layout";
import { queuePlan } from "./apply";
import { NOTES_API, supports } from "./requirements";
import { countSyncs } from "./sync";

export interface InsertOptions {
  /** `suffix`: use `名称 (2)`; `ask`: change nothing and return the suggestion for the person to accept. */
  readonly onSheetNameTaken: "suffix" | "ask";
  /** Attach the 未能读取 notes (ExcelApi 1.18). Default: when the host supports it. */
  readonly notes?: boolean;
  readonly activate?: boolean;
}

export type InsertResult =
  | { readonly status: "inserted"; readonly sheetName: string; readonly key: string; readonly syncs: number }
  | { readonly status: "name-taken"; readonly wanted: string; readonly suggestion: string; readonly message: string; readonly syncs: number }
  | { readonly status: "failed"; readonly sheetName: string; readonly message: string; readonly rolledBack: boolean; readonly syncs: number };

const notesSupported = () => supports("ExcelApi", NOTES_API);

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function insertReportSheet(context: Excel.RequestContext, report: AnyReport, options: InsertOptions): Promise<InsertResult> {
  const round = countSyncs(context);
  const sync = round.sync;
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  sheets.load("items/name");
  names.load("items/name");
  await sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const definedNames = names.items.map((n) => n.name);

  const { plan, entry } = planReportSheet(report, { sheetNames, definedNames });
  const wanted = sheetNameFor(report.agency, report.year, []);
  if (plan.name !== wanted && options.onSheetNameTaken === "ask") {
    const message = render(LAYOUT_MESSAGES.sheetNameTaken, { wanted, suggestion: plan.name });
    return { status: "name-taken", wanted, suggestion: plan.name, message, syncs: round.count };
  }

  const sheet = sheets.add(plan.name);
  try {
    queuePlan(sheet, names, plan, { notes: options.notes ?? notesSupported() });
    if (options.activate) sheet.activate();
    await sync();
    return { status: "inserted", sheetName: plan.name, key: entry.key, syncs: round.count };
  } catch (err) {
    const rolledBack = await rollBack(context, sheet, plan, sync);
    const message = render(rolledBack ? LAYOUT_MESSAGES.insertFailed : LAYOUT_MESSAGES.rollbackFailed, { sheet: plan.name, reason: reasonOf(err) });
    return { status: "failed", sheetName: plan.name, message, rolledBack, syncs: round.count };
  }
}

/** Deletes the sheet this call added, and any of its names that got through before the failure. */
async function rollBack(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetPlan, sync: () => Promise<void>): Promise<boolean> {
  try {
    sheet.delete();
    const probes = plan.names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
    for (const p of probes) p.load("isNullObject");
    await sync();
    const leftover = probes.filter((p) => !p.isNullObject);
    if (leftover.length > 0) {
      for (const p of leftover) p.delete();
      await sync();
    }
    return true;
  } catch {
    return false;
  }
}
