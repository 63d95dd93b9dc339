// A strict stand-in for Excel behind the Office.js API the hosts use (src/hosts/excel). Where
// office-addin-mock takes any call and answers anything, this one enforces what real Excel does:
//   - calls are queued and run only at context.sync(), in order; a property read before `load`
//     and a `sync` that brought it back throws PropertyNotLoaded (collections' `items` too);
//   - a request over 5 MB (REQUEST_LIMIT_BYTES, measured as the JSON of every queued call) is
//     refused whole; a response over 5 MB, or a read of more than 5 million cells, fails the sync;
//   - getMergedAreasOrNullObject fails above 512 areas (and without ExcelApi 1.13);
//   - adding a defined name or sheet that exists is refused (ItemAlreadyExists); sheet names over
//     31 characters, empty, or with [ ] : * ? / \ are refused (InvalidArgument);
//   - deleting a sheet turns the names that point at it into `=#REF!$D$26:$J$50`; renaming one
//     rewrites them, as Excel does;
//   - a protected sheet refuses every change to its cells, formats, merges, filter and notes;
//   - a batch that fails midway keeps what it already did (Excel's batches are not transactions),
//     and none of the values it loaded come back;
//   - the arrays given to `formulas`, `values`, `numberFormat` must match the range's size;
//   - a call on a null object (or navigating from one) fails, whatever Excel might forgive.
// Tests act as a person would between runs with the helpers of StrictWorkbook (deleteSheet,
// renameSheet, protect, typeSheet) and read back cells, names, syncs and bytes per request.
import { cellA1, parseRangeA1, quoteSheetName, rangeA1, type Rect } from "../../../src/layout";
import type { SheetCells } from "../../../src/scan";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
export const MERGED_AREAS_LIMIT = 512;
export const SHEET_NAME_LIMIT = 31;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** What Office.js adds to each queued call besides its arguments (ids, types), roughly. */
const CALL_OVERHEAD_BYTES = 80;

const utf8 = new TextEncoder();
// Proxies passed as arguments travel as references (ids) in a real request.
const bytesOf = (value: unknown) => utf8.encode(JSON.stringify(value, (_k, v) => (v instanceof Bound ? "#ref" : v)) ?? "").length;

/** The shape of OfficeExtension.Error that the hosts read: `code` and `message`. */
export class StrictExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface StrictCell {
  formula?: string | number | boolean;
  numberFormat?: string;
  fill?: string;
  note?: string;
}

export class SheetModel {
  readonly cells = new Map<string, StrictCell>();
  merges: Rect[] = [];
  protected = false;
  filter: string | null = null;
  /** Highlight rules in priority order (the first wins where they overlap). */
  conditionalFormats: { address: string; formula?: string }[] = [];
  printArea?: string;
  /** Page-layout properties as set (paperSize, orientation, zoom, margins, print titles). */
  readonly pageLayout: Record<string, unknown> = {};
  /** Manual page breaks, as the address each was added before. */
  readonly rowBreaks: string[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): StrictCell {
    const key = `${row}:${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }

  /** What the cell shows, as `values` returns it: text without its apostrophe, "" when empty. */
  value(row: number, col: number): string | number | boolean {
    const f = this.cells.get(`${row}:${col}`)?.formula;
    if (f === undefined) return "";
    return typeof f === "string" && f.startsWith("'") ? f.slice(1) : f;
  }

  /** The used range by values (getUsedRange(true)), or null. */
  used(): Rect | null {
    let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
    for (const [key, c] of this.cells) {
      if (c.formula === undefined || c.formula === "") continue;
      const [row, col] = key.split(":").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  guard(what: string): void {
    if (this.protected)
      throw new StrictExcelError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${this.name}: ${what}).`);
  }
}

export interface NameModel {
  name: string;
  formula: string;
  visible: boolean;
  comment?: string;
}

interface Op {
  readonly bytes: number;
  /** Runs the call against the model; loads stage what they read (committed if the sync succeeds). */
  run(stage: (commit: () => void, responseBytes: number) => void): void;
}

const NAME_FORBIDDEN = /[[\]:*?/\\]/;

function checkSheetName(name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > SHEET_NAME_LIMIT || NAME_FORBIDDEN.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history")
    throw new StrictExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (sheet name "${name}").`);
}

const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** `D26:J50`, `D:D`, `3:3`, or a whole sheet. */
function areaOf(address: string | undefined): Rect {
  if (address === undefined) return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
  const a = address.replace(/^.*!/, "").replace(/\$/g, "");
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (cols) return { ...parseRangeA1(`${cols[1]}1:${cols[2]}1`), top: 1, bottom: MAX_ROW };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COL };
  if (!/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(a)) throw new StrictExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address "${address}").`);
  return parseRangeA1(a);
}

/** `='S 1'!$D$8,'S 1'!$E$8:$F$9` → the sheets it names. */
function sheetsInFormula(formula: string): string[] {
  const out: string[] = [];
  const re = /(?:'((?:[^']|'')+)'|([^'!,=()]+))!/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim());
  return out;
}

export interface StrictWorkbookOptions {
  /** Highest ExcelApi version the host supports (isSetSupported answers by it). Default 1.18. */
  readonly excelApi?: string;
}

export class StrictWorkbook {
  sheets: SheetModel[] = [];
  /** Defined names by the name as written (Excel compares them ignoring case: see name()). */
  readonly names = new Map<string, NameModel>();
  private readonly nameIndex = new Map<string, string>();
  syncs = 0;
  /** Bytes of each request sent (calls queued between two syncs), in order. */
  readonly requestBytes: number[] = [];
  /** Calls in each request, in order. */
  readonly callsPerSync: number[] = [];
  /** Sizes of the responses Excel refused to send (over 5 MB). */
  readonly refusedResponses: number[] = [];
  /** Bytes of each response (the values loaded), in order; 0 for a failed or refused one. */
  readonly responseBytes: number[] = [];
  active?: string;
  selected?: string;
  /** Make the n-th sync (1-based, counted over the book's life) fail after its first `afterCalls` calls. */
  failAt?: { sync: number; afterCalls: number; message?: string };
  excelApi: string;

  constructor(sheetNames: string[] = [], definedNames: Record<string, string> = {}, options: StrictWorkbookOptions = {}) {
    for (const n of sheetNames) this.addSheet(n);
    for (const [n, f] of Object.entries(definedNames)) this.defineName(n, f);
    this.excelApi = options.excelApi ?? "1.18";
  }

  // ── a person's actions, outside any batch ──

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.findSheet(name)) throw new StrictExcelError("ItemAlreadyExists", `A resource with the same name or identifier already exists (${name}).`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet holding what `cells` holds (values and merges), as if a person had typed it. */
  typeSheet(cells: SheetCells): SheetModel {
    const sheet = this.addSheet(cells.name);
    cells.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (sheet.cell(r + 1, c + 1).formula = v)));
    sheet.merges = [...cells.merges];
    return sheet;
  }

  /** Deletes a sheet the way Excel does: names that point at it now read #REF!. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const n of this.names.values()) n.formula = this.refAfterDelete(n.formula, sheet.name);
    if (this.active === sheet.name) this.active = undefined;
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    checkSheetName(to);
    const other = this.findSheet(to);
    if (other && other !== sheet) throw new StrictExcelError("ItemAlreadyExists", `A resource with the same name or identifier already exists (${to}).`);
    for (const n of this.names.values()) n.formula = this.refAfterRename(n.formula, sheet.name, to);
    sheet.name = to;
  }

  protect(name: string): void {
    this.sheet(name).protected = true;
  }

  defineName(name: string, formula: string, visible = true): NameModel {
    const model = { name, formula, visible };
    this.removeName(name);
    this.names.set(name, model);
    this.nameIndex.set(name.toUpperCase(), name);
    return model;
  }

  removeName(name: string): void {
    const existing = this.name(name);
    if (existing) this.names.delete(existing.name);
    this.nameIndex.delete(name.toUpperCase());
  }

  // ── reading back ──

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }

  name(name: string): NameModel | undefined {
    const key = this.nameIndex.get(name.toUpperCase());
    const hit = key !== undefined ? this.names.get(key) : undefined;
    if (hit) return hit;
    for (const n of this.names.values()) if (n.name.toUpperCase() === name.toUpperCase()) return n;
    return undefined;
  }

  /** The cells a defined name refers to, in reading order. */
  namedCells(name: string): StrictCell[] {
    const entry = this.name(name);
    if (!entry) throw new Error(`no name ${name}`);
    const out: { row: number; col: number; cell: StrictCell }[] = [];
    const re = /(?:'((?:[^']|'')+)'|([^'!,=]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
    for (let m = re.exec(entry.formula); m; m = re.exec(entry.formula)) {
      const sheet = this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
      const r = parseRangeA1(m[3].replace(/\$/g, ""));
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col, cell: sheet.cell(row, col) });
    }
    out.sort((a, b) => a.row - b.row || a.col - b.col);
    return out.map((c) => c.cell);
  }

  resetCounters(): void {
    this.syncs = 0;
    this.requestBytes.length = 0;
    this.callsPerSync.length = 0;
    this.responseBytes.length = 0;
  }

  /** A request context over this book; also makes `Office.context.requirements` answer for it. */
  context(): Excel.RequestContext {
    const book = this;
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (set: string, version?: string) => book.supports(set, version) } },
    };
    return new StrictContext(this) as unknown as Excel.RequestContext;
  }

  supports(set: string, version = "1.1"): boolean {
    if (set !== "ExcelApi") return true;
    const a = this.excelApi.split(".").map(Number);
    const b = version.split(".").map(Number);
    return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
  }

  requireApi(version: string, what: string): void {
    if (!this.supports("ExcelApi", version)) throw new StrictExcelError("ApiNotFound", `The API you are trying to use could not be found (${what} needs ExcelApi ${version}).`);
  }

  private refAfterDelete(formula: string, sheet: string): string {
    return formula.replace(/(?:'((?:[^']|'')+)'|([^'!,=()]+))!/g, (all, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? "").trim();
      return name.toLowerCase() === sheet.toLowerCase() ? "#REF!" : all;
    });
  }

  private refAfterRename(formula: string, from: string, to: string): string {
    return formula.replace(/(?:'((?:[^']|'')+)'|([^'!,=()]+))!/g, (all, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? "").trim();
      return name.toLowerCase() === from.toLowerCase() ? `${quoteSheetName(to)}!` : all;
    });
  }
}

class StrictContext {
  readonly workbook: WorkbookProxy;
  private queue: Op[] = [];
  constructor(readonly book: StrictWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(args: unknown, run: Op["run"]): void {
    this.queue.push({ bytes: CALL_OVERHEAD_BYTES + bytesOf(args), run });
  }

  async sync(): Promise<void> {
    const book = this.book;
    const ops = this.queue;
    this.queue = [];
    book.syncs++;
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    book.requestBytes.push(request);
    book.callsPerSync.push(ops.length);
    if (request > REQUEST_LIMIT_BYTES) {
      book.responseBytes.push(0);
      throw new StrictExcelError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request} bytes).`);
    }
    const commits: (() => void)[] = [];
    let response = 0;
    const fail = book.failAt?.sync === book.syncs ? book.failAt : undefined;
    try {
      ops.forEach((op, i) => {
        if (fail && i === fail.afterCalls) throw new StrictExcelError("GeneralException", fail.message ?? "模拟的同步失败 / simulated sync failure");
        op.run((commit, bytes) => {
          commits.push(commit);
          response += bytes;
        });
      });
    } catch (err) {
      book.responseBytes.push(0);
      throw err instanceof StrictExcelError ? err : new StrictExcelError("GeneralException", err instanceof Error ? err.message : String(err));
    }
    if (response > RESPONSE_LIMIT_BYTES) {
      book.responseBytes.push(0);
      book.refusedResponses.push(response);
      throw new StrictExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response} bytes).`);
    }
    book.responseBytes.push(response);
    for (const c of commits) c();
  }
}

/** Loaded values of a proxy: readable only after load + a successful sync. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  set(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }
  get<T>(prop: string): T {
    if (!this.values.has(prop))
      throw new StrictExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this.what} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.values.get(prop) as T;
  }
}

const propsOf = (spec: string | string[] | undefined): string[] =>
  (Array.isArray(spec) ? spec : (spec ?? "").split(","))
    .map((p) => p.trim())
    .filter(Boolean);

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(ctx: StrictContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }
}

class WorksheetCollectionProxy {
  private readonly loaded = new Loaded("WorksheetCollection");
  constructor(private readonly ctx: StrictContext) {}
  get items(): WorksheetProxy[] {
    return this.loaded.get("items");
  }
  load(spec?: string): void {
    const props = propsOf(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ load: "worksheets", props }, (stage) => {
      const items = this.ctx.book.sheets.map((s) => {
        const proxy = new WorksheetProxy(this.ctx, () => s);
        proxy.stageLoad(props, stage);
        return proxy;
      });
      stage(() => this.loaded.set("items", items), bytesOf(items.length) + items.length * 40);
    });
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.findSheet(name);
      if (!s) throw new StrictExcelError("ItemNotFound", `The requested resource doesn't exist (sheet "${name}").`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.findSheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    let made: SheetModel | undefined;
    this.ctx.enqueue({ add: name }, () => {
      made = this.ctx.book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!made) throw new StrictExcelError("ItemNotFound", `The sheet "${name}" was not added.`);
      return made;
    });
  }
}

type Resolve<T> = () => T | null;

/** A proxy bound to a model object once a queued call first resolves it. */
abstract class Bound<T> {
  private bound?: T | null;
  protected readonly loaded: Loaded;
  constructor(
    protected readonly ctx: StrictContext,
    private readonly resolver: Resolve<T>,
    what: string,
  ) {
    this.loaded = new Loaded(what);
  }
  /** The model, or null for a null object; throws ItemNotFound as Excel does at sync. */
  protected model(): T | null {
    if (this.bound === undefined) this.bound = this.resolver();
    return this.bound;
  }
  protected target(what: string): T {
    const m = this.model();
    if (m === null) throw new StrictExcelError("InvalidOperation", `The object is a null object; ${what} is not possible.`);
    return m;
  }
  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  /** Every load also brings isNullObject back. */
  protected stageNull(stage: (commit: () => void, bytes: number) => void): T | null {
    const m = this.model();
    stage(() => this.loaded.set("isNullObject", m === null), 8);
    return m;
  }
}

class WorksheetProxy extends Bound<SheetModel> {
  constructor(ctx: StrictContext, resolver: Resolve<SheetModel>) {
    super(ctx, resolver, "Worksheet");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(value: string) {
    this.ctx.enqueue({ rename: value }, () => this.ctx.book.renameSheet(this.target("rename").name, value));
  }
  stageLoad(props: string[], stage: (commit: () => void, bytes: number) => void): void {
    const m = this.stageNull(stage);
    if (!m) return;
    for (const p of props.length ? props : ["name"]) {
      if (p === "name") stage(() => this.loaded.set("name", m.name), bytesOf(m.name));
      else if (p === "protection/protected") stage(() => this.protection.set(m.protected), 8);
    }
  }
  load(spec?: string): void {
    const props = propsOf(spec);
    this.ctx.enqueue({ load: "worksheet", props }, (stage) => this.stageLoad(props, stage));
  }
  readonly protection = new ProtectionProxy(this.ctx, () => this.model());
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.target("getRange");
      return { sheet, rect: areaOf(address) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const sheet = this.target("getUsedRangeOrNullObject");
      const used = sheet.used();
      return used ? { sheet, rect: used } : null;
    });
  }
  get autoFilter() {
    const call = (what: string, fn: (s: SheetModel) => void) => this.ctx.enqueue({ autoFilter: what }, () => fn(this.target("autoFilter")));
    return {
      apply: (range: RangeProxy) =>
        call("apply", (s) => {
          this.ctx.book.requireApi("1.9", "autoFilter");
          s.guard("autoFilter");
          s.filter = range.addressNow();
        }),
      remove: () =>
        call("remove", (s) => {
          this.ctx.book.requireApi("1.9", "autoFilter");
          s.guard("autoFilter");
          s.filter = null;
        }),
    };
  }
  get notes() {
    if (!this.ctx.book.supports("ExcelApi", "1.18")) return undefined as never;
    return {
      add: (address: string, text: string) =>
        this.ctx.enqueue({ note: address, text }, () => {
          const s = this.target("notes.add");
          s.guard("notes");
          const r = areaOf(address);
          s.cell(r.top, r.left).note = text;
        }),
    };
  }
  get freezePanes() {
    const call = (args: unknown) => this.ctx.enqueue({ freeze: args }, () => void this.target("freezePanes"));
    return { freezeAt: (r: RangeProxy) => call(r), freezeRows: (n: number) => call(n), freezeColumns: (n: number) => call(n) };
  }
  get horizontalPageBreaks() {
    return {
      add: (address: string) =>
        this.ctx.enqueue({ pageBreak: address }, () => {
          this.ctx.book.requireApi("1.9", "horizontalPageBreaks");
          areaOf(address);
          this.target("horizontalPageBreaks").rowBreaks.push(address);
        }),
    };
  }
  get pageLayout() {
    const set = (prop: string) => (value: unknown) =>
      this.ctx.enqueue({ pageLayout: prop, value }, () => {
        this.ctx.book.requireApi("1.9", "pageLayout");
        this.target("pageLayout").pageLayout[prop] = value;
      });
    const layout = {
      setPrintArea: (a: string) =>
        this.ctx.enqueue({ printArea: a }, () => {
          this.ctx.book.requireApi("1.9", "pageLayout");
          this.target("pageLayout").printArea = a;
        }),
      setPrintTitleRows: (rows: string) => set("printTitleRows")(rows),
      setPrintTitleColumns: (cols: string) => set("printTitleColumns")(cols),
    };
    for (const prop of ["paperSize", "orientation", "zoom", "centerHorizontally", "centerVertically", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"])
      Object.defineProperty(layout, prop, { set: set(prop), enumerable: true });
    return layout;
  }
  activate(): void {
    this.ctx.enqueue({ activate: true }, () => void (this.ctx.book.active = this.target("activate").name));
  }
  delete(): void {
    this.ctx.enqueue({ delete: true }, () => this.ctx.book.deleteSheet(this.target("delete").name));
  }
}

class ProtectionProxy {
  private readonly loaded = new Loaded("WorksheetProtection");
  constructor(
    private readonly ctx: StrictContext,
    private readonly sheet: () => SheetModel | null,
  ) {}
  get protected(): boolean {
    return this.loaded.get("protected");
  }
  set(value: boolean): void {
    this.loaded.set("protected", value);
  }
  load(spec?: string): void {
    void spec;
    this.ctx.enqueue({ load: "protection" }, (stage) => {
      const s = this.sheet();
      if (!s) throw new StrictExcelError("ItemNotFound", "The requested resource doesn't exist.");
      stage(() => this.loaded.set("protected", s.protected), 8);
    });
  }
}

interface Area {
  sheet: SheetModel;
  rect: Rect;
}

class RangeProxy extends Bound<Area> {
  constructor(ctx: StrictContext, resolver: Resolve<Area>) {
    super(ctx, resolver, "Range");
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.target("worksheet").sheet);
  }
  /** For calls that take a range (autoFilter.apply), while a sync runs. */
  addressNow(): string {
    return rangeA1(this.target("address").rect);
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  private writeGrid(field: "formula" | "numberFormat", grid: unknown[][]): void {
    this.ctx.enqueue({ [field]: grid }, () => {
      const { sheet, rect } = this.target(field);
      sheet.guard(field);
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== cols))
        throw new StrictExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rangeA1(rect)}).`);
      grid.forEach((line, i) =>
        line.forEach((v, j) => {
          const c = sheet.cell(rect.top + i, rect.left + j);
          if (field === "formula") c.formula = v as string | number;
          else c.numberFormat = String(v);
        }),
      );
    });
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid("formula", grid);
  }
  set values(grid: unknown[][]) {
    this.writeGrid("formula", grid);
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid("numberFormat", grid);
  }
  load(spec?: string): void {
    const props = propsOf(spec);
    this.ctx.enqueue({ load: "range", props }, (stage) => {
      const area = this.stageNull(stage);
      if (!area) return;
      const { sheet, rect } = area;
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      for (const p of props) {
        if (p === "values" || p === "formulas") {
          if (rows * cols > READ_CELL_LIMIT)
            throw new StrictExcelError("ResponsePayloadSizeLimitExceeded", `The range ${rangeA1(rect)} has ${rows * cols} cells; reading more than ${READ_CELL_LIMIT} at once is refused.`);
          const grid = Array.from({ length: rows }, (_, i) =>
            Array.from({ length: cols }, (_, j) => (p === "values" ? sheet.value(rect.top + i, rect.left + j) : (sheet.cells.get(`${rect.top + i}:${rect.left + j}`)?.formula ?? ""))),
          );
          stage(() => this.loaded.set(p, grid), bytesOf(grid));
        } else if (p === "address") stage(() => this.loaded.set("address", `${quoteSheetName(sheet.name)}!${rangeA1(rect)}`), 40);
        else if (p === "rowIndex") stage(() => this.loaded.set(p, rect.top - 1), 8);
        else if (p === "columnIndex") stage(() => this.loaded.set(p, rect.left - 1), 8);
        else if (p === "rowCount") stage(() => this.loaded.set(p, rows), 8);
        else if (p === "columnCount") stage(() => this.loaded.set(p, cols), 8);
        else if (p !== "isNullObject") throw new Error(`strict-excel: loading ${p} of a range is not modelled`);
      }
    });
  }
  get format() {
    const change = (what: string, apply?: (a: Area, v: unknown) => void) => (value: unknown) =>
      this.ctx.enqueue({ format: what, value }, () => {
        const a = this.target("format");
        a.sheet.guard(`format.${what}`);
        apply?.(a, value);
      });
    const setters = (names: string[], apply?: Record<string, (a: Area, v: unknown) => void>) => {
      const o = {};
      for (const n of names) Object.defineProperty(o, n, { set: change(n, apply?.[n]), enumerable: true });
      return o;
    };
    const fill = setters(["color"], {
      color: ({ sheet, rect }, v) => {
        for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 5000); r++) for (let c = rect.left; c <= Math.min(rect.right, rect.left + 500); c++) sheet.cell(r, c).fill = String(v);
      },
    });
    const format = setters(["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"]);
    Object.assign(format, {
      font: setters(["bold", "size", "color", "italic", "name"]),
      fill,
      borders: { getItem: () => setters(["style", "color", "weight"]) },
    });
    return format as Excel.RangeFormat;
  }
  merge(across?: boolean): void {
    this.ctx.enqueue({ merge: across ?? false }, () => {
      const { sheet, rect } = this.target("merge");
      sheet.guard("merge");
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      sheet.merges.push(rect);
    });
  }
  unmerge(): void {
    this.ctx.enqueue({ unmerge: true }, () => {
      const { sheet, rect } = this.target("unmerge");
      sheet.guard("unmerge");
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }
  clear(applyTo?: string): void {
    this.ctx.enqueue({ clear: applyTo ?? "All" }, () => {
      const { sheet, rect } = this.target("clear");
      sheet.guard("clear");
      for (const key of [...sheet.cells.keys()]) {
        const [row, col] = key.split(":").map(Number);
        if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) sheet.cells.delete(key);
      }
    });
  }
  select(): void {
    this.ctx.enqueue({ select: true }, () => {
      const { sheet, rect } = this.target("select");
      this.ctx.book.selected = `${sheet.name}!${rangeA1(rect)}`;
    });
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        const entry: { address: string; formula?: string } = { address: "" };
        this.ctx.enqueue({ conditionalFormat: type }, () => {
          const { sheet, rect } = this.target("conditionalFormats.add");
          sheet.guard("conditionalFormats");
          entry.address = rangeA1(rect);
          // As Excel: a new rule goes on top (priority 0); the list is in priority order.
          sheet.conditionalFormats.unshift(entry);
        });
        const set = (what: string, apply?: (v: unknown) => void) => ({ set: (v: unknown) => this.ctx.enqueue({ cf: what, v }, () => apply?.(v)), enumerable: true });
        const rule = Object.defineProperties({}, { formula: set("formula", (v) => (entry.formula = String(v))) });
        const font = Object.defineProperties({}, { color: set("font.color"), bold: set("font.bold") });
        const fill = Object.defineProperties({}, { color: set("fill.color") });
        return { custom: { rule, format: { font, fill } } };
      },
      clearAll: () =>
        this.ctx.enqueue({ conditionalFormats: "clearAll" }, () => {
          const { sheet, rect } = this.target("conditionalFormats.clearAll");
          sheet.guard("conditionalFormats");
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(areaOf(f.address), rect));
        }),
    };
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      this.ctx.book.requireApi("1.13", "getMergedAreasOrNullObject");
      const area = this.model();
      if (!area) return null;
      const inside = area.sheet.merges.filter((m) => intersects(m, area.rect));
      if (inside.length > MERGED_AREAS_LIMIT)
        throw new StrictExcelError("GeneralException", `getMergedAreasOrNullObject: ${inside.length} merged areas in ${rangeA1(area.rect)}, more than ${MERGED_AREAS_LIMIT}.`);
      return inside.length === 0 ? null : { sheet: area.sheet, areas: inside };
    });
  }
}

class RangeAreasProxy extends Bound<{ sheet: SheetModel; areas: Rect[] }> {
  constructor(ctx: StrictContext, resolver: Resolve<{ sheet: SheetModel; areas: Rect[] }>) {
    super(ctx, resolver, "RangeAreas");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get areaCount(): number {
    return this.loaded.get("areaCount");
  }
  load(spec?: string): void {
    const props = propsOf(spec);
    this.ctx.enqueue({ load: "rangeAreas", props }, (stage) => {
      const m = this.stageNull(stage);
      if (!m) return;
      const address = m.areas.map((r) => `${quoteSheetName(m.sheet.name)}!${cellA1(r.top, r.left)}:${cellA1(r.bottom, r.right)}`).join(",");
      for (const p of props) {
        if (p === "address") stage(() => this.loaded.set("address", address), bytesOf(address));
        else if (p === "areaCount") stage(() => this.loaded.set("areaCount", m.areas.length), 8);
      }
    });
  }
}

class NamedItemCollectionProxy {
  private readonly loaded = new Loaded("NamedItemCollection");
  constructor(private readonly ctx: StrictContext) {}
  get items(): NamedItemProxy[] {
    return this.loaded.get("items");
  }
  load(spec?: string): void {
    const props = propsOf(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ load: "names", props }, (stage) => {
      const items = [...this.ctx.book.names.values()].map((n) => {
        const proxy = new NamedItemProxy(this.ctx, () => n);
        proxy.stageLoad(props, stage);
        return proxy;
      });
      stage(() => this.loaded.set("items", items), items.length * 20);
    });
  }
  add(name: string, reference: string, comment?: string): NamedItemProxy {
    let made: NameModel | undefined;
    this.ctx.enqueue({ add: name, reference, comment }, () => {
      const book = this.ctx.book;
      if (book.name(name)) throw new StrictExcelError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name)) throw new StrictExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (name "${name}").`);
      for (const s of sheetsInFormula(reference))
        if (!book.findSheet(s)) throw new StrictExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (no sheet "${s}").`);
      made = book.defineName(name, reference.startsWith("=") ? reference : `=${reference}`);
      if (comment) made.comment = comment;
    });
    return new NamedItemProxy(this.ctx, () => {
      if (!made) throw new StrictExcelError("ItemNotFound", `The name "${name}" was not added.`);
      return made;
    });
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => {
      const n = this.ctx.book.name(name);
      if (!n) throw new StrictExcelError("ItemNotFound", `The requested resource doesn't exist (name "${name}").`);
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.ctx.book.name(name) ?? null);
  }
}

class NamedItemProxy extends Bound<NameModel> {
  constructor(ctx: StrictContext, resolver: Resolve<NameModel>) {
    super(ctx, resolver, "NamedItem");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  get formula(): string {
    return this.loaded.get("formula");
  }
  set visible(value: boolean) {
    this.ctx.enqueue({ visible: value }, () => void (this.target("visible").visible = value));
  }
  set formula(value: string) {
    this.ctx.enqueue({ formula: value }, () => {
      for (const s of sheetsInFormula(value))
        if (!this.ctx.book.findSheet(s)) throw new StrictExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (no sheet "${s}").`);
      this.target("formula").formula = value.startsWith("=") ? value : `=${value}`;
    });
  }
  /** The range the name refers to (its first area), or a null object for #REF! or a constant. */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      // Strict: navigating from a null object is refused (Excel's behaviour is not documented).
      const n = this.target("getRangeOrNullObject");
      const m = /^=?(?:'((?:[^']|'')+)'|([^'!,=()#]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/.exec(n.formula);
      if (!m) return null;
      const sheet = this.ctx.book.findSheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
      if (!sheet) return null;
      return { sheet, rect: parseRangeA1(m[5] ? `${m[3]}${m[4]}:${m[5]}${m[6]}` : `${m[3]}${m[4]}`) };
    });
  }
  stageLoad(props: string[], stage: (commit: () => void, bytes: number) => void): void {
    const m = this.stageNull(stage);
    if (!m) return;
    const snapshot = { name: m.name, formula: m.formula, visible: m.visible };
    for (const p of props) if (p in snapshot) stage(() => this.loaded.set(p, snapshot[p as keyof typeof snapshot]), bytesOf(snapshot[p as keyof typeof snapshot]));
  }
  load(spec?: string): void {
    const props = propsOf(spec);
    this.ctx.enqueue({ load: "name", props }, (stage) => this.stageLoad(props, stage));
  }
  delete(): void {
    this.ctx.enqueue({ delete: true }, () => {
      this.ctx.book.removeName(this.target("delete").name);
    });
  }
}
