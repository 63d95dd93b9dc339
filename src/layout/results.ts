// Stored results: the value of every formula cell of a set of planned sheets, computed from the
// figures the plans hold (./formula.ts evaluates), so that a written file shows its verdicts in
// readers that never calculate (file previews, phone apps, scripts). Excel, WPS and LibreOffice
// still recalculate: the stored value is only what the file shows before they do.
import { evaluateFormula, type Scalar } from "./formula";
import type { Rect } from "./geometry";
import type { CellContent, SheetPlan } from "./plan";

export type StoredResult = number | string | boolean | { readonly error: string };

/** A sheet as the evaluator sees it: what a cell holds (undefined: empty). */
export interface SheetSource {
  readonly name: string;
  content(row: number, col: number): CellContent | undefined;
}

/** A planned sheet as written to a file: cells only the add-in writes (`host: "office"`) are empty. */
export function planSource(plan: SheetPlan): SheetSource {
  const cells = new Map<number, CellContent>();
  for (const c of plan.cells) if (c.host !== "office") cells.set(c.row * 100_000 + c.col, c.content);
  return { name: plan.name, content: (row, col) => cells.get(row * 100_000 + col) };
}

export class WorkbookResults {
  private readonly sheets = new Map<string, SheetSource>();
  private readonly names = new Map<string, { sheet: string; rect: Rect }[]>();
  private readonly memo = new Map<string, Map<number, Scalar | undefined>>();
  private readonly busy = new Set<string>();

  constructor(sources: readonly SheetSource[], plans: readonly SheetPlan[] = []) {
    for (const s of sources) this.sheets.set(s.name, s);
    for (const p of plans) for (const n of p.names) this.names.set(n.name.toUpperCase(), n.areas.map((rect) => ({ sheet: p.name, rect })));
  }

  /** Plans and, optionally, sheets given as sources (a combined sheet streamed row by row). */
  static of(plans: readonly SheetPlan[], more: readonly SheetSource[] = []): WorkbookResults {
    return new WorkbookResults([...plans.map(planSource), ...more], plans);
  }

  /** What a cell shows: null when empty, undefined when its formula cannot be computed here. */
  value(sheet: string, row: number, col: number): Scalar | undefined {
    const source = this.sheets.get(sheet);
    if (!source) return undefined;
    const content = source.content(row, col);
    if (!content || content.kind === "blank") return null;
    if (content.kind === "text") return content.text;
    if (content.kind === "number") return content.value;
    let memo = this.memo.get(sheet);
    if (!memo) this.memo.set(sheet, (memo = new Map()));
    const key = row * 100_000 + col;
    if (memo.has(key)) return memo.get(key);
    const id = `${sheet}!${key}`;
    if (this.busy.has(id)) return undefined; // a circular reference: no stored value
    this.busy.add(id);
    const v = evaluateFormula(content.formula, {
      sheet,
      at: { row, col },
      value: (s, r, c) => this.value(s, r, c),
      name: (n) => this.names.get(n.toUpperCase()),
    });
    this.busy.delete(id);
    memo.set(key, v);
    return v;
  }

  /** The value to store with the formula in (sheet, row, col); undefined when none can be given. */
  resultAt(sheet: string, row: number, col: number): StoredResult | undefined {
    const v = this.value(sheet, row, col);
    return v === null ? undefined : v;
  }

  /** Forget a sheet's computed values (a streamed sheet's rows once written). */
  forget(sheet: string): void {
    this.memo.delete(sheet);
  }
}
