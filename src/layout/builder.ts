// A mutable helper that builders use to assemble a SheetPlan cell by cell.
import type { Rect } from "./geometry";
import { wrappedRowHeights } from "./print";
import type { CellStyle, ConditionalFormat, DefinedNamePlan, PlanCell, PrintSetup, SheetPlan } from "./plan";

export class PlanBuilder {
  private readonly cells = new Map<string, PlanCell>();
  private readonly styles: { range: Rect; style: CellStyle }[] = [];
  private readonly merges: Rect[] = [];
  private readonly widths = new Map<number, number>();
  private readonly heights = new Map<number, number>();
  private readonly names: DefinedNamePlan[] = [];
  private readonly formats: ConditionalFormat[] = [];
  private frozen?: { rows: number; cols: number };
  private printSetup?: PrintSetup;

  constructor(readonly sheetName: string) {}

  put(cell: PlanCell): this {
    this.cells.set(`${cell.row}:${cell.col}`, cell);
    return this;
  }

  text(row: number, col: number, text: string, extra: Partial<PlanCell> = {}): this {
    return this.put({ row, col, content: { kind: "text", text }, numberFormat: "@", ...extra });
  }

  formula(row: number, col: number, formula: string, extra: Partial<PlanCell> = {}): this {
    return this.put({ row, col, content: { kind: "formula", formula }, ...extra });
  }

  /** Text over a merged rectangle: written in its top-left cell. */
  mergedText(r: Rect, text: string, style: CellStyle = {}): this {
    this.text(r.top, r.left, text);
    if (r.bottom > r.top || r.right > r.left) this.merge(r);
    if (Object.keys(style).length) this.style(r, style);
    return this;
  }

  merge(r: Rect): this {
    this.merges.push(r);
    return this;
  }

  style(range: Rect, style: CellStyle): this {
    this.styles.push({ range, style });
    return this;
  }

  width(col: number, width: number): this {
    this.widths.set(col, width);
    return this;
  }

  height(row: number, height: number): this {
    this.heights.set(row, Math.max(height, this.heights.get(row) ?? 0));
    return this;
  }

  name(name: string, areas: Rect[], comment?: string): this {
    this.names.push({ name, areas, comment });
    return this;
  }

  highlight(format: ConditionalFormat): this {
    this.formats.push(format);
    return this;
  }

  freeze(rows: number, cols: number): this {
    this.frozen = { rows, cols };
    return this;
  }

  print(setup: PrintSetup): this {
    this.printSetup = setup;
    return this;
  }

  build(): SheetPlan {
    // Wrapped text gets the rows it needs, so that printed lines never run over each other.
    for (const [row, height] of wrappedRowHeights([...this.cells.values()], this.styles, this.merges, this.widths, this.heights)) this.height(row, height);
    return {
      name: this.sheetName,
      cells: [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col),
      styles: this.styles,
      merges: this.merges,
      columnWidths: [...this.widths].map(([col, width]) => ({ col, width })),
      rowHeights: [...this.heights].map(([row, height]) => ({ row, height })),
      freeze: this.frozen,
      names: this.names,
      conditionalFormats: this.formats,
      print: this.printSetup,
    };
  }
}
