// A small evaluator of the formulas our plans write (IF, IFERROR, COUNT, COUNTIF, COUNTBLANK,
// SUM, SUBTOTAL, SUMPRODUCT, INT, AND, OR, NOT, ISNUMBER, ISBLANK, HYPERLINK, …, operators,
// ranges, other sheets, defined names), so that a written file carries each formula's result for
// readers that never calculate. It follows Excel's rules for the cases our sheets produce; a
// function it does not know gives `undefined` (no stored result) rather than a guess.
import { parseRangeA1, type Rect } from "./geometry";

export type Scalar = number | string | boolean | null | FormulaError;
export interface FormulaError {
  readonly error: "#VALUE!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#N/A" | "#NUM!";
}
type Matrix = Scalar[][];
interface RangeRef {
  readonly kind: "range";
  readonly sheet: string;
  readonly rect: Rect;
}
type Value = Scalar | Matrix | RangeRef | RangeRef[];

export interface FormulaContext {
  /** The sheet the formula stands on (references without a sheet point here). */
  readonly sheet: string;
  /**
   * The formula's own cell. Given, formulas that differ only in relative references (the same
   * check on 10,000 rows) are parsed once and shifted.
   */
  readonly at?: { readonly row: number; readonly col: number };
  /** A cell's value (formulas already computed); null for an empty cell; undefined: not computable. */
  value(sheet: string, row: number, col: number): Scalar | undefined;
  /** The areas a defined name refers to. */
  name(name: string): readonly { sheet: string; rect: Rect }[] | undefined;
}

class Unknown extends Error {}

// ── parsing ────────────────────────────────────────────────────────────────────────────────────

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; sheet: string | null; rect: Rect; abs: { top: boolean; left: boolean; bottom: boolean; right: boolean } }
  | { t: "name"; v: string }
  | { t: "call"; fn: string; args: Node[] }
  | { t: "unary"; op: string; x: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "pct"; x: Node };

const REF = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])/;
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.compare();
    this.ws();
    if (this.i < this.s.length) throw new Unknown(`unexpected ${this.s.slice(this.i, this.i + 10)}`);
    return n;
  }
  private ws() {
    while (this.s[this.i] === " ") this.i++;
  }
  private eat(tok: string): boolean {
    this.ws();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }
  private compare(): Node {
    let a = this.concat();
    for (;;) {
      const op = ["<>", "<=", ">=", "=", "<", ">"].find((o) => this.eat(o));
      if (!op) return a;
      a = { t: "bin", op, a, b: this.concat() };
    }
  }
  private concat(): Node {
    let a = this.additive();
    while (this.eat("&")) a = { t: "bin", op: "&", a, b: this.additive() };
    return a;
  }
  private additive(): Node {
    let a = this.term();
    for (;;) {
      const op = ["+", "-"].find((o) => this.eat(o));
      if (!op) return a;
      a = { t: "bin", op, a, b: this.term() };
    }
  }
  private term(): Node {
    let a = this.power();
    for (;;) {
      const op = ["*", "/"].find((o) => this.eat(o));
      if (!op) return a;
      a = { t: "bin", op, a, b: this.power() };
    }
  }
  private power(): Node {
    let a = this.unary();
    while (this.eat("^")) a = { t: "bin", op: "^", a, b: this.unary() };
    return a;
  }
  private unary(): Node {
    if (this.eat("-")) return { t: "unary", op: "-", x: this.unary() };
    if (this.eat("+")) return this.unary();
    let x = this.primary();
    while (this.eat("%")) x = { t: "pct", x };
    return x;
  }
  private primary(): Node {
    this.ws();
    const rest = this.s.slice(this.i);
    if (this.eat("(")) {
      const x = this.compare();
      if (!this.eat(")")) throw new Unknown("missing )");
      return x;
    }
    if (rest[0] === '"') {
      let j = 1;
      let v = "";
      for (;;) {
        if (j >= rest.length) throw new Unknown("unclosed string");
        if (rest[j] === '"') {
          if (rest[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += rest[j++];
      }
      this.i += j + 1;
      return { t: "str", v };
    }
    const num = NUMBER.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { t: "num", v: Number(num[0]) };
    }
    const ref = REF.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      const [first, second = first] = ref[3].split(":");
      const absCol = (p: string) => p.startsWith("$");
      const absRow = (p: string) => /\$\d/.test(p);
      return { t: "ref", sheet, rect: parseRangeA1(ref[3].replace(/\$/g, "")), abs: { top: absRow(first), left: absCol(first), bottom: absRow(second), right: absCol(second) } };
    }
    const id = IDENT.exec(rest);
    if (id) {
      this.i += id[0].length;
      if (this.eat("(")) {
        const args: Node[] = [];
        if (!this.eat(")")) {
          do args.push(this.compare());
          while (this.eat(","));
          if (!this.eat(")")) throw new Unknown("missing )");
        }
        return { t: "call", fn: id[0].toUpperCase(), args };
      }
      const upper = id[0].toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
      return { t: "name", v: id[0] };
    }
    throw new Unknown(`cannot read ${rest.slice(0, 10)}`);
  }
}

const parsed = new Map<string, { node: Node; at: { row: number; col: number } }>();

// A1 references outside quotes ("text", 'sheet names'), not function names: rewritten relative to
// the formula's cell, they give the key under which formulas of one shape share their parse.
const QUOTED_OR_REF = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![\w.$\u00C0-\uFFFF])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function shapeOf(formula: string, at: { row: number; col: number }): string {
  return formula.replace(QUOTED_OR_REF, (whole, colAbs?: string, letters?: string, rowAbs?: string, digits?: string) => {
    if (letters === undefined) return whole;
    const col = colAbs ? `$${letters}` : `{c${colNumber(letters) - at.col}}`;
    const row = rowAbs ? `$${digits}` : `{r${Number(digits) - at.row}}`;
    return `${col}${row}`;
  });
}

/** The parse of `formula`, and the cell it was parsed for (its relative references are as seen from there). */
function parseFormula(formula: string, at?: { row: number; col: number }): { node: Node; at: { row: number; col: number } } {
  const origin = at ?? { row: 0, col: 0 };
  const key = at ? shapeOf(formula, at) : formula;
  let hit = parsed.get(key);
  if (!hit) {
    hit = { node: new Parser(formula.replace(/^=/, "")).parse(), at: origin };
    if (parsed.size > 2000) parsed.clear();
    parsed.set(key, hit);
  }
  return hit;
}

// ── values ─────────────────────────────────────────────────────────────────────────────────────

const err = (error: FormulaError["error"]): FormulaError => ({ error });
const isError = (v: unknown): v is FormulaError => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: Value): v is RangeRef => typeof v === "object" && v !== null && !Array.isArray(v) && "kind" in v;
const isRanges = (v: Value): v is RangeRef[] => Array.isArray(v) && v.length > 0 && isRange(v[0] as Value);
const isMatrix = (v: Value): v is Matrix => Array.isArray(v) && !isRanges(v);

class Evaluator {
  constructor(
    private readonly ctx: FormulaContext,
    /** How far this cell is from the one the formula was parsed for: relative references move by it. */
    private readonly shift = { rows: 0, cols: 0 },
  ) {}

  private cell(sheet: string, row: number, col: number): Scalar {
    const v = this.ctx.value(sheet, row, col);
    if (v === undefined) throw new Unknown(`${sheet}!R${row}C${col}`);
    return v;
  }
  private matrixOf(r: RangeRef): Matrix {
    const out: Matrix = [];
    for (let row = r.rect.top; row <= r.rect.bottom; row++) {
      const line: Scalar[] = [];
      for (let col = r.rect.left; col <= r.rect.right; col++) line.push(this.cell(r.sheet, row, col));
      out.push(line);
    }
    return out;
  }
  /** Every cell of the argument, in reading order, for SUM, COUNT and the like. */
  private flat(v: Value): { value: Scalar; fromRange: boolean }[] {
    if (isRanges(v)) return v.flatMap((r) => this.flat(r));
    if (isRange(v)) return this.matrixOf(v).flat().map((value) => ({ value, fromRange: true }));
    if (isMatrix(v)) return v.flat().map((value) => ({ value, fromRange: true }));
    return [{ value: v, fromRange: false }];
  }
  /** A value as an array (ranges read), or a scalar. */
  deref(v: Value): Scalar | Matrix {
    if (isRanges(v)) {
      if (v.length !== 1) return err("#VALUE!");
      return this.deref(v[0]);
    }
    if (isRange(v)) {
      const m = this.matrixOf(v);
      return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
    }
    return v;
  }
  private scalar(v: Value): Scalar {
    const d = this.deref(v);
    return Array.isArray(d) ? (d.length === 1 && d[0].length === 1 ? d[0][0] : err("#VALUE!")) : d;
  }

  eval(n: Node): Value {
    switch (n.t) {
      case "num":
        return n.v;
      case "str":
        return n.v;
      case "bool":
        return n.v;
      case "ref": {
        const { rows, cols } = this.shift;
        const r = n.rect;
        const rect = rows === 0 && cols === 0 ? r : { top: r.top + (n.abs.top ? 0 : rows), left: r.left + (n.abs.left ? 0 : cols), bottom: r.bottom + (n.abs.bottom ? 0 : rows), right: r.right + (n.abs.right ? 0 : cols) };
        return { kind: "range", sheet: n.sheet ?? this.ctx.sheet, rect };
      }
      case "name": {
        const areas = this.ctx.name(n.v);
        if (!areas) return err("#NAME?");
        return areas.map((a) => ({ kind: "range" as const, sheet: a.sheet, rect: a.rect }));
      }
      case "pct":
        return this.map1(this.deref(this.eval(n.x)), (x) => (isError(x) ? x : toNumber(x, (y) => y / 100)));
      case "unary":
        return this.map1(this.deref(this.eval(n.x)), (x) => toNumber(x, (y) => -y));
      case "bin":
        return this.binary(n.op, this.deref(this.eval(n.a)), this.deref(this.eval(n.b)));
      case "call":
        return this.call(n.fn, n.args);
    }
  }

  private map1(v: Scalar | Matrix, f: (x: Scalar) => Scalar): Scalar | Matrix {
    return Array.isArray(v) ? v.map((line) => line.map(f)) : f(v);
  }
  private binary(op: string, a: Scalar | Matrix, b: Scalar | Matrix): Scalar | Matrix {
    if (Array.isArray(a) || Array.isArray(b)) {
      const rows = Math.max(Array.isArray(a) ? a.length : 1, Array.isArray(b) ? b.length : 1);
      const cols = Math.max(Array.isArray(a) ? a[0].length : 1, Array.isArray(b) ? b[0].length : 1);
      const at = (m: Scalar | Matrix, r: number, c: number): Scalar => {
        if (!Array.isArray(m)) return m;
        const line = m.length === 1 ? m[0] : m[r];
        if (line === undefined) return err("#N/A");
        const v = line.length === 1 ? line[0] : line[c];
        return v === undefined ? err("#N/A") : v;
      };
      const out: Matrix = [];
      for (let r = 0; r < rows; r++) {
        const line: Scalar[] = [];
        for (let c = 0; c < cols; c++) line.push(scalarOp(op, at(a, r, c), at(b, r, c)));
        out.push(line);
      }
      return out;
    }
    return scalarOp(op, a, b);
  }

  private call(fn: string, args: Node[]): Value {
    const all = () => args.map((a) => this.eval(a));
    const nums = (values: Value[]) => {
      const out: number[] = [];
      for (const v of values)
        for (const { value, fromRange } of this.flat(v)) {
          if (isError(value)) throw new ErrorValue(value);
          if (typeof value === "number") out.push(value);
          else if (!fromRange && value !== null) {
            const n = toNumber(value, (x) => x);
            if (isError(n)) throw new ErrorValue(n);
            out.push(n as number);
          }
        }
      return out;
    };
    try {
      switch (fn) {
        case "IF": {
          const cond = this.scalar(this.eval(args[0]));
          if (isError(cond)) return cond;
          const truth = toBoolean(cond);
          if (isError(truth)) return truth;
          const branch = truth ? args[1] : args[2];
          if (branch === undefined) return truth ? 0 : false;
          return this.eval(branch);
        }
        case "IFERROR": {
          let v: Scalar | Matrix;
          try {
            v = this.deref(this.eval(args[0]));
          } catch (e) {
            if (e instanceof ErrorValue) return this.eval(args[1]);
            throw e;
          }
          if (Array.isArray(v)) return v;
          return isError(v) ? this.eval(args[1]) : v;
        }
        case "SUM":
          return nums(all()).reduce((s, x) => s + x, 0);
        case "SUBTOTAL": {
          const kind = this.scalar(this.eval(args[0]));
          if (kind !== 9 && kind !== 109) throw new Unknown(`SUBTOTAL(${String(kind)})`);
          return nums(args.slice(1).map((a) => this.eval(a))).reduce((s, x) => s + x, 0);
        }
        case "COUNT":
          return all().reduce<number>((n, v) => n + this.flat(v).filter(({ value, fromRange }) => typeof value === "number" || (!fromRange && typeof toNumber(value, (x) => x) === "number" && value !== null)).length, 0);
        case "COUNTA":
          return all().reduce<number>((n, v) => n + this.flat(v).filter(({ value }) => value !== null).length, 0);
        case "COUNTBLANK":
          return this.flat(this.eval(args[0])).filter(({ value }) => value === null || value === "").length;
        case "COUNTIF": {
          const test = criterion(this.scalar(this.eval(args[1])));
          return this.flat(this.eval(args[0])).filter(({ value }) => test(value)).length;
        }
        case "SUMPRODUCT": {
          const arrays = all().map((v) => {
            const d = this.deref(v);
            return Array.isArray(d) ? d.flat() : [d];
          });
          const len = arrays[0].length;
          if (arrays.some((a) => a.length !== len)) return err("#VALUE!");
          let sum = 0;
          for (let i = 0; i < len; i++) {
            let p = 1;
            for (const a of arrays) {
              const x = a[i];
              if (isError(x)) return x;
              p *= typeof x === "number" ? x : 0;
            }
            sum += p;
          }
          return sum;
        }
        case "INT":
          return this.map1(this.deref(this.eval(args[0])), (x) => toNumber(x, Math.floor));
        case "ABS":
          return this.map1(this.deref(this.eval(args[0])), (x) => toNumber(x, Math.abs));
        case "ROUND": {
          const digits = this.scalar(this.eval(args[1] ?? { t: "num", v: 0 }));
          const f = 10 ** (typeof digits === "number" ? digits : 0);
          return this.map1(this.deref(this.eval(args[0])), (x) => toNumber(x, (y) => Math.sign(y) * Math.round(Math.abs(y) * f) / f));
        }
        case "AND":
        case "OR": {
          const bools: boolean[] = [];
          for (const v of all())
            for (const { value, fromRange } of this.flat(v)) {
              if (isError(value)) return value;
              if (fromRange && typeof value !== "number" && typeof value !== "boolean") continue;
              const b = toBoolean(value);
              if (isError(b)) return b;
              bools.push(b);
            }
          if (bools.length === 0) return err("#VALUE!");
          return fn === "AND" ? bools.every(Boolean) : bools.some(Boolean);
        }
        case "NOT": {
          const b = toBoolean(this.scalar(this.eval(args[0])));
          return isError(b) ? b : !b;
        }
        case "ISNUMBER":
          return this.map1(this.deref(this.eval(args[0])), (x) => typeof x === "number");
        case "ISBLANK":
          return this.map1(this.deref(this.eval(args[0])), (x) => x === null);
        case "ISERROR":
          return this.map1(this.deref(this.eval(args[0])), (x) => isError(x));
        case "HYPERLINK":
          return this.scalar(this.eval(args[1] ?? args[0]));
        case "LEN": {
          const v = this.scalar(this.eval(args[0]));
          return isError(v) ? v : textOf(v).length;
        }
        case "TEXT":
        default:
          throw new Unknown(fn);
      }
    } catch (e) {
      if (e instanceof ErrorValue) return e.value;
      throw e;
    }
  }
}

class ErrorValue extends Error {
  constructor(readonly value: FormulaError) {
    super(value.error);
  }
}

function textOf(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return isError(v) ? v.error : v;
}

function toNumber(v: Scalar, f: (x: number) => number): Scalar {
  if (isError(v)) return v;
  if (v === null) return f(0);
  if (typeof v === "boolean") return f(v ? 1 : 0);
  if (typeof v === "number") return f(v);
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return f(Number(t));
  return err("#VALUE!");
}

function toBoolean(v: Scalar): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return err("#VALUE!");
}

/** Excel's comparison: blanks take the other side's type; numbers < text < booleans; text ignores case. */
function compare(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (x: Scalar) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function scalarOp(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case "&":
      return textOf(a) + textOf(b);
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">=":
      return compare(a, b) >= 0;
  }
  const x = toNumber(a, (n) => n);
  const y = toNumber(b, (n) => n);
  if (isError(x)) return x;
  if (isError(y)) return y;
  const p = x as number;
  const q = y as number;
  switch (op) {
    case "+":
      return p + q;
    case "-":
      return p - q;
    case "*":
      return p * q;
    case "/":
      return q === 0 ? err("#DIV/0!") : p / q;
    case "^":
      return p ** q;
  }
  throw new Unknown(op);
}

/** COUNTIF's criterion: ">0", "<0", "=x", a number, or text matched whole (case ignored). */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === "number" || typeof c === "boolean") return (v) => v !== null && compare(v, c) === 0;
  const text = textOf(c);
  const m = /^(<>|<=|>=|=|<|>)(.*)$/.exec(text);
  const op = m ? m[1] : "=";
  const operand = m ? m[2] : text;
  const asNumber = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  return (v) => {
    if (isError(v)) return false;
    if (asNumber !== null) {
      if (typeof v !== "number") return op === "<>";
      const d = v - asNumber;
      return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
    }
    if (op === "=" && operand === "") return v === null || v === "";
    if (typeof v !== "string") return op === "<>";
    const cmp = compare(v, operand);
    return op === "=" ? cmp === 0 : op === "<>" ? cmp !== 0 : op === "<" ? cmp < 0 : op === ">" ? cmp > 0 : op === "<=" ? cmp <= 0 : cmp >= 0;
  };
}

/**
 * The formula's value in `ctx`, as a cell shows it: a number, text, a boolean or an error; null
 * for an empty result; undefined when the evaluator cannot tell (an unknown function, a cell it
 * cannot see).
 */
export function evaluateFormula(formula: string, ctx: FormulaContext): Scalar | undefined {
  try {
    const { node, at } = parseFormula(formula, ctx.at);
    const ev = new Evaluator(ctx, ctx.at ? { rows: ctx.at.row - at.row, cols: ctx.at.col - at.col } : undefined);
    const d = ev.deref(ev.eval(node));
    // A formula yielding a larger array shows #VALUE! in one cell; an empty cell's value shows 0.
    const v = Array.isArray(d) ? (d.length === 1 && d[0].length === 1 ? d[0][0] : err("#VALUE!")) : d;
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
}

export const isFormulaError = isError;
