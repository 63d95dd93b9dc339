// An in-memory stand-in for the parts of Office.js the Excel host uses. The request context is an
// office-addin-mock OfficeMockObject (its `sync` counted, and made to fail on demand); the
// workbook behind it records what the batch writes, so tests read cells back through the names.
// Like Office.js after a failed sync, everything queued before the failure stays applied.
import { OfficeMockObject } from "office-addin-mock";
import { cellsOf, parseRangeA1 } from "../../src/layout";

export interface FakeCell {
  formula?: string | number;
  numberFormat?: string;
  note?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly conditionalFormats: { address: string; formula?: string }[] = [];
  deleted = false;
  printArea?: string;
  frozenAt?: string;
  constructor(public name: string, private readonly book: FakeWorkbook) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row}:${col}`;
    if (!this.cells.has(key)) this.cells.set(key, {});
    return this.cells.get(key)!;
  }

  getRange(address: string) {
    const sheet = this;
    const isCells = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(address);
    const area = isCells ? parseRangeA1(address) : null;
    const write = (field: "formula" | "numberFormat") => (grid: (string | number)[][]) => {
      if (!area) throw new Error(`cannot write a grid to ${address}`);
      grid.forEach((line, i) => line.forEach((v, j) => ((sheet.cell(area.top + i, area.left + j) as Record<string, unknown>)[field] = v)));
    };
    const format = { font: {}, fill: {}, borders: { getItem: () => ({}) }, columnWidth: 0, rowHeight: 0 };
    return {
      address,
      format,
      set formulas(grid: (string | number)[][]) {
        write("formula")(grid);
      },
      set numberFormat(grid: string[][]) {
        write("numberFormat")(grid);
      },
      merge: () => sheet.merges.push(address),
      conditionalFormats: {
        add: () => {
          const entry: { address: string; formula?: string } = { address };
          sheet.conditionalFormats.push(entry);
          const rule = {
            set formula(f: string) {
              entry.formula = f;
            },
          };
          return { custom: { rule, format: { fill: {}, font: {} } } };
        },
      },
    };
  }

  get notes() {
    return { add: (address: string, text: string) => void (this.cell(parseRangeA1(address).top, parseRangeA1(address).left).note = text) };
  }
  get freezePanes() {
    return { freezeAt: (r: { address: string }) => void (this.frozenAt = r.address), freezeRows: () => undefined, freezeColumns: () => undefined };
  }
  get pageLayout() {
    return { setPrintArea: (a: string) => void (this.printArea = a), setPrintTitleRows: () => undefined };
  }
  activate(): void {}
  delete(): void {
    this.deleted = true;
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** name → reference formula (`='Sheet'!$D$8,...`) */
  readonly names = new Map<string, { formula: string; visible: boolean }>();
  syncs = 0;
  /** The sync (1-based) that throws, to test the rollback. */
  failAtSync?: number;
  /** Throws while queuing, as Office.js does for an invalid argument. */
  failOnAddName?: boolean;

  constructor(sheetNames: string[] = ["Sheet1"], definedNames: Record<string, string> = {}) {
    this.sheets = sheetNames.map((n) => new FakeSheet(n, this));
    for (const [n, f] of Object.entries(definedNames)) this.names.set(n, { formula: f, visible: true });
  }

  context(): Excel.RequestContext {
    const book = this;
    const context = new OfficeMockObject({
      workbook: {},
      sync: async () => {
        book.syncs++;
        if (book.syncs === book.failAtSync) throw new Error("模拟的同步失败 / simulated sync failure");
      },
    }) as unknown as { workbook: Record<string, unknown> };
    context.workbook.worksheets = {
      load: () => undefined,
      get items() {
        return book.sheets;
      },
      add: (name: string) => {
        if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet ${name} exists`);
        const sheet = new FakeSheet(name, book);
        book.sheets.push(sheet);
        return sheet;
      },
    };
    context.workbook.names = {
      load: () => undefined,
      get items() {
        return [...book.names.keys()].map((name) => ({ name }));
      },
      add: (name: string, formula: string) => {
        if (book.failOnAddName) throw new Error("模拟的名称错误");
        if (book.names.has(name)) throw new Error(`name ${name} exists`);
        const entry = { formula, visible: true };
        book.names.set(name, entry);
        return entry;
      },
      getItemOrNullObject: (name: string) => ({
        load: () => undefined,
        get isNullObject() {
          return !book.names.has(name);
        },
        delete: () => book.names.delete(name),
      }),
    };
    return context as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The cells a defined name refers to, in reading order. */
  namedCells(name: string): FakeCell[] {
    const entry = this.names.get(name);
    if (!entry) throw new Error(`no name ${name}`);
    const refs = entry.formula.replace(/^=/, "").split(/,(?=')/);
    const cells = refs.flatMap((ref) => {
      const bang = ref.lastIndexOf("!");
      const sheet = this.sheet(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"))!;
      return cellsOf(parseRangeA1(ref.slice(bang + 1))).map((c) => ({ ...c, sheet }));
    });
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    return cells.map((c) => c.sheet.cell(c.row, c.col));
  }
}
