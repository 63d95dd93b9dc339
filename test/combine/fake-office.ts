// A small in-memory Excel behind an office-addin-mock context, for the combine and validate hosts:
// sheets of cells (value or formula, number format, fill), merges, defined names, autofilter.
// It counts syncs and the bytes of formulas and formats queued between two syncs.
import { OfficeMockObject } from "office-addin-mock";
import { cellA1, cellsOf, parseRangeA1, type Rect } from "../../src/layout";
import type { SheetCells } from "../../src/scan";

export interface Cell {
  formula?: string | number;
  numberFormat?: string;
  fill?: string;
}

/** A1 ranges; whole columns (`D:D`) and rows (`3:3`), used only for their format, span the sheet. */
function areaOf(address: string): Rect {
  const a = address.replace(/^.*!/, "");
  if (/^[A-Z]+:[A-Z]+$/.test(a) || /^\d+:\d+$/.test(a)) return { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
  return parseRangeA1(a);
}

export class Sheet {
  readonly cells = new Map<string, Cell>();
  merges: Rect[] = [];
  /** Where the autofilter stands (A1), or null. */
  filterAddress: string | null = null;
  conditionalFormats = 0;
  constructor(public name: string, private readonly book: Book) {}

  cell(row: number, col: number): Cell {
    const key = `${row}:${col}`;
    if (!this.cells.has(key)) this.cells.set(key, {});
    return this.cells.get(key)!;
  }

  value(row: number, col: number): string | number {
    const f = this.cells.get(`${row}:${col}`)?.formula;
    return f === undefined ? "" : typeof f === "string" && f.startsWith("'") ? f.slice(1) : f;
  }

  used(): Rect | null {
    let rect: Rect | null = null;
    for (const [key, c] of this.cells) {
      if (c.formula === undefined || c.formula === "") continue;
      const [row, col] = key.split(":").map(Number);
      rect = rect ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }

  getRange(address?: string) {
    const sheet = this;
    const book = this.book;
    const area = address ? areaOf(address) : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
    const grid = (field: "formula" | "numberFormat") => (values: (string | number)[][]) => {
      book.pendingBytes += JSON.stringify(values).length;
      values.forEach((line, i) => line.forEach((v, j) => ((sheet.cell(area.top + i, area.left + j) as Record<string, unknown>)[field] = v)));
    };
    const fill = {
      set color(c: string) {
        for (const { row, col } of cellsOf(area)) sheet.cell(row, col).fill = c;
      },
    };
    return {
      address: address ?? "",
      format: { font: {}, fill, borders: { getItem: () => ({}) }, columnWidth: 0, rowHeight: 0 },
      set formulas(values: (string | number)[][]) {
        grid("formula")(values);
      },
      set numberFormat(values: string[][]) {
        grid("numberFormat")(values);
      },
      load: () => undefined,
      get values() {
        return Array.from({ length: area.bottom - area.top + 1 }, (_, i) => Array.from({ length: area.right - area.left + 1 }, (_, j) => sheet.value(area.top + i, area.left + j)));
      },
      merge: () => void sheet.merges.push(area),
      unmerge: () => void (sheet.merges = sheet.merges.filter((m) => m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right)),
      clear: () => {
        for (const key of [...sheet.cells.keys()]) {
          const [row, col] = key.split(":").map(Number);
          if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) sheet.cells.delete(key);
        }
      },
      select: () => void (book.selected = `${sheet.name}!${address}`),
      conditionalFormats: {
        add: () => {
          sheet.conditionalFormats++;
          return { custom: { rule: {}, format: { fill: {}, font: {} } } };
        },
        clearAll: () => void (sheet.conditionalFormats = 0),
      },
    };
  }

  getUsedRangeOrNullObject() {
    const used = this.used();
    if (!used) return { isNullObject: true, load: () => undefined };
    const range = this.getRange(`${cellA1(used.top, used.left)}:${cellA1(used.bottom, used.right)}`);
    const sheet = this;
    return Object.assign(range, {
      isNullObject: false,
      rowIndex: used.top - 1,
      columnIndex: used.left - 1,
      rowCount: used.bottom - used.top + 1,
      columnCount: used.right - used.left + 1,
      getMergedAreasOrNullObject: () => {
        const inside = sheet.merges.filter((m) => m.top >= used.top && m.left >= used.left);
        const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
        return { isNullObject: inside.length === 0, load: () => undefined, address: inside.map((m) => `${quoted}!${cellA1(m.top, m.left)}:${cellA1(m.bottom, m.right)}`).join(",") };
      },
    });
  }

  get autoFilter() {
    return {
      apply: (range: { address: string }) => void (this.filterAddress = range.address),
      remove: () => void (this.filterAddress = null),
    };
  }
  get notes() {
    return { add: () => undefined };
  }
  get freezePanes() {
    return { freezeAt: () => undefined, freezeRows: () => undefined, freezeColumns: () => undefined };
  }
  get pageLayout() {
    return { setPrintArea: () => undefined, setPrintTitleRows: () => undefined };
  }
  activate(): void {
    this.book.active = this.name;
  }
  delete(): void {
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
  }
}

export class Book {
  sheets: Sheet[] = [];
  readonly names = new Map<string, string>();
  syncs = 0;
  pendingBytes = 0;
  /** Bytes of formulas and formats queued before each sync. */
  readonly bytesPerSync: number[] = [];
  active?: string;
  selected?: string;

  sheet(name: string): Sheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  addSheet(name: string): Sheet {
    const sheet = new Sheet(name, this);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet holding what `cells` holds (values and merges), as if a person had typed it. */
  typeSheet(cells: SheetCells): Sheet {
    const sheet = this.addSheet(cells.name);
    cells.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (sheet.cell(r + 1, c + 1).formula = typeof v === "boolean" ? String(v) : v)));
    sheet.merges = [...cells.merges];
    return sheet;
  }

  context(): Excel.RequestContext {
    const book = this;
    const context = new OfficeMockObject({
      workbook: {},
      sync: async () => {
        book.syncs++;
        book.bytesPerSync.push(book.pendingBytes);
        book.pendingBytes = 0;
      },
    }) as unknown as { workbook: Record<string, unknown> };
    const nullSheet = { isNullObject: true, getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }) };
    context.workbook.worksheets = {
      load: () => undefined,
      get items() {
        return book.sheets;
      },
      getItem: (name: string) => book.sheet(name),
      getItemOrNullObject: (name: string) => book.sheets.find((s) => s.name === name) ?? nullSheet,
      add: (name: string) => {
        if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet ${name} exists`);
        return book.addSheet(name);
      },
    };
    context.workbook.names = {
      load: () => undefined,
      get items() {
        return [...book.names].map(([name, formula]) => ({ name, formula }));
      },
      add: (name: string, formula: string) => {
        if (book.names.has(name)) throw new Error(`name ${name} exists`);
        book.names.set(name, formula);
        return { visible: true };
      },
      getItemOrNullObject: (name: string) => ({ load: () => undefined, isNullObject: !book.names.has(name), delete: () => book.names.delete(name) }),
    };
    return context as unknown as Excel.RequestContext;
  }
}
