// The table solver: readers propose, one solver decides.
//
// SPEC (what a table is) — `TableSpec`:
//   - `size` cells, numbered 0…size-1 in interchange order (table 三 2021: row-major 25 × 7 = 175);
//   - `rules`: linear equalities Σ coef·cell = 0, each with a stable id (FORMAT.md's rule ids:
//     `row-total`, `results-total`, `balance`, `appeal-total`); build them with `sumRule(total, parts)`
//     (total = Σ parts) or `balanceRule(left, right)` (Σ left = Σ right);
//   - `kinds`: per cell, what a figure may be — "count" (whole, ≥ 0; the default), "amount"
//     (≥ 0, decimals allowed: a fee), "signed" (whole, any sign: 2019's 本年增/减).
//   Specs of the tables are in ./specs.ts (`requestsSpec` takes the row layout, so the 2019 table 三
//   is `requestsSpec({ rows: 23, resultsFirst: 3, resultsLast: 21, totalRow: 22, carriedOutRow: 23 })`).
//
// PROPOSALS (what the text leaves open) — `Choice[]`: each choice covers some cells and lists its
//   alternatives, every way the text can be read there (each split of a digit run, each placement
//   of a short row, each order of figures whose columns the text lost). An alternative gives every
//   cell of the choice a value, or null (the text holds no figure there: unreadable). A choice with
//   one alternative is what the text fixes: it is taken as printed, even where a total is wrong.
//   Cells that no choice covers are unread. Choices must not overlap.
//
// DECISION — `solve(spec, choices)`: a cell gets a value only when every reading of the whole table
//   consistent with the text (one alternative per choice) and with the rules gives it that value.
//   Rules only choose among alternatives; they never change one. A rule that the text's fixed
//   figures break is the report's own error (the checks report it): it chooses nothing. A choice
//   none of whose alternatives keeps its own rules (a row total wrong in the source) is left open:
//   its differing cells are null, and no other rule reads through them. When the rules together
//   admit no reading, or the search passes `limit` steps, each choice keeps only what all its own
//   alternatives agree on. Every null says why (`CellVerdict`).

export type CellKind = "count" | "amount" | "signed";

export interface Term {
  readonly cell: number;
  readonly coef: number;
}

export interface Rule {
  /** FORMAT.md's rule id (`row-total`, `results-total`, `balance`, `appeal-total`). */
  readonly id: string;
  /** Σ coef · value = 0. */
  readonly terms: readonly Term[];
  /** Free words for messages (e.g. the row or column), not read by the solver. */
  readonly label?: string;
}

export interface TableSpec {
  readonly id: string;
  readonly size: number;
  readonly rules: readonly Rule[];
  /** Per cell; missing = "count". */
  readonly kinds?: readonly CellKind[];
}

export interface Choice {
  readonly cells: readonly number[];
  /** Each alternative: one value (or null) per cell of `cells`, in that order. */
  readonly options: readonly (readonly (number | null)[])[];
}

/** Why a cell is what it is. */
export type CellStatus =
  /** One value in every reading (text alone, or text and rules). */
  | "certain"
  /** Several values remain in readings that keep every rule. */
  | "open"
  /** Its choice keeps none of its own rules in any alternative (the source's own error): not chosen. */
  | "own-rule-fails"
  /** The rules together admit no reading of the table: only what the text alone fixes is placed. */
  | "rules-conflict"
  /** The search passed its limit. */
  | "limit"
  /** No choice covers it, or the text gives no figure (null) in every reading. */
  | "unread";

export interface CellVerdict {
  readonly value: number | null;
  readonly status: CellStatus;
  /** Distinct values the cell takes in the readings that remain (at most MAX_CANDIDATES), for messages. */
  readonly candidates: readonly number[];
  /** [choice, option] of a remaining reading that gives the value (for the source of the figure). */
  readonly from: readonly [number, number] | null;
}

export interface ChoiceVerdict {
  /** Alternatives left after the rules (capped at MAX_COUNTED). */
  readonly readings: number;
  /** The alternative every remaining reading takes, when there is just one. */
  readonly option: number | null;
  /** Alternatives that keep the choice's own rules (those whose cells all lie in it). */
  readonly ownHolding: number;
  readonly status: "fixed" | "settled" | "open" | "own-rule-fails" | "rules-conflict" | "limit";
}

export interface Solution {
  readonly cells: readonly CellVerdict[];
  readonly choices: readonly ChoiceVerdict[];
  /** Rules the fixed figures break (the report's own errors, for messages; the checks report them). */
  readonly brokenRules: readonly Rule[];
  /** Whether the search passed its limit. */
  readonly limited: boolean;
}

/** Steps (alternatives tried) of one table's search: beyond it, the search gives up (see solve). */
export const SOLVE_LIMIT = 100_000;
/** Alternatives of one choice the solver takes at most: a reader offering more gets its cells null. */
export const MAX_OPTIONS = 5_000;
const MAX_CANDIDATES = 6;
const MAX_COUNTED = 1000;
const EPS = 1e-6;

/** total = Σ parts. */
export function sumRule(id: string, total: number, parts: readonly number[], label?: string): Rule {
  return { id, label, terms: [{ cell: total, coef: -1 }, ...parts.map((cell) => ({ cell, coef: 1 }))] };
}

/** Σ left = Σ right. */
export function balanceRule(id: string, left: readonly number[], right: readonly number[], label?: string): Rule {
  return { id, label, terms: [...left.map((cell) => ({ cell, coef: 1 })), ...right.map((cell) => ({ cell, coef: -1 }))] };
}

function fitsKind(v: number | null, kind: CellKind): boolean {
  if (v === null) return true;
  if (!Number.isFinite(v)) return false;
  if (kind === "signed") return Number.isInteger(v);
  if (v < 0) return false;
  return kind === "amount" || Number.isInteger(v);
}

/** Rule value for a full assignment: null when a cell of it is null (not checkable = holds). */
function holds(rule: Rule, value: (cell: number) => number | null): boolean {
  let s = 0;
  for (const t of rule.terms) {
    const v = value(t.cell);
    if (v === null) return true;
    s += t.coef * v;
  }
  return Math.abs(s) < EPS;
}

export function solve(spec: TableSpec, choices: readonly Choice[], limit = SOLVE_LIMIT): Solution {
  const owner = new Int32Array(spec.size).fill(-1);
  const slot = new Int32Array(spec.size).fill(-1);
  choices.forEach((c, k) =>
    c.cells.forEach((cell, i) => {
      if (cell < 0 || cell >= spec.size || owner[cell] >= 0) throw new Error(`solve: cell ${cell} of ${spec.id} out of range or in two choices`);
      owner[cell] = k;
      slot[cell] = i;
    }),
  );
  const kind = (cell: number): CellKind => spec.kinds?.[cell] ?? "count";

  // 1. Each choice: alternatives of the right kind of figure, then those keeping its own rules.
  const ownRules: Rule[][] = choices.map(() => []);
  const crossRules: Rule[] = [];
  for (const r of spec.rules) {
    const ks = new Set(r.terms.map((t) => owner[t.cell]));
    if (ks.size === 1 && !ks.has(-1)) ownRules[[...ks][0]].push(r);
    else crossRules.push(r);
  }
  const brokenRules: Rule[] = [];
  const alive: number[][] = [];
  const ownHolding: number[] = [];
  const ownFails: boolean[] = [];
  const tooMany: boolean[] = [];
  choices.forEach((c, k) => {
    const all = c.options.map((_, i) => i);
    tooMany[k] = c.options.length > MAX_OPTIONS;
    if (tooMany[k]) {
      alive.push([]);
      ownHolding.push(0);
      ownFails.push(false);
      return;
    }
    const typed = all.filter((i) => c.options[i].every((v, j) => fitsKind(v, kind(c.cells[j]))));
    const base = typed.length > 0 ? typed : all;
    const valueIn = (i: number) => (cell: number) => c.options[i][slot[cell]];
    const keeping = base.filter((i) => ownRules[k].every((r) => holds(r, valueIn(i))));
    ownHolding.push(keeping.length);
    // None keeps its own rules: with one alternative, the source's error, taken as printed; with
    // several, the text leaves open what the rules cannot settle.
    ownFails.push(keeping.length === 0 && base.length > 1 && ownRules[k].length > 0);
    if (base.length === 1) for (const r of ownRules[k]) if (!holds(r, valueIn(base[0]))) brokenRules.push(r);
    alive.push(keeping.length > 0 ? keeping : base);
  });

  // What each choice settles on its own (used where the whole-table search cannot decide).
  const constant = (k: number, j: number): boolean => {
    const opts = alive[k];
    if (opts.length === 0) return false;
    const v = choices[k].options[opts[0]][j];
    return opts.every((i) => same(choices[k].options[i][j], v));
  };

  // 2. Cross rules that can choose: every cell covered, none an open cell of a failing choice; a
  // rule whose cells are all fixed only tells whether the source keeps it.
  const active: Rule[] = [];
  const fixedValue = (cell: number): number | null => choices[owner[cell]].options[alive[owner[cell]][0]][slot[cell]];
  for (const r of crossRules) {
    const usable = r.terms.every((t) => {
      const k = owner[t.cell];
      return k >= 0 && !tooMany[k] && alive[k].length > 0 && (!ownFails[k] || constant(k, slot[t.cell]));
    });
    if (!usable) continue;
    const open = r.terms.some((t) => alive[owner[t.cell]].length > 1 && !constant(owner[t.cell], slot[t.cell]));
    if (!open) {
      if (!holds(r, fixedValue)) brokenRules.push(r);
      continue;
    }
    active.push(r);
  }

  // 3. The search: choices with several alternatives that an active rule touches. Then the same
  // with each of those rules left out in turn: the report itself may break one rule (a wrong
  // total), and a figure chosen only by a broken rule would be a wrong figure. A figure is kept
  // only where every such reading agrees.
  let budget = limit;
  const runOn = (rules: readonly Rule[]) => {
    const searched = new Set<number>();
    for (const r of rules) for (const t of r.terms) if (alive[owner[t.cell]].length > 1 && !ownFails[owner[t.cell]]) searched.add(owner[t.cell]);
    const order = orderChoices([...searched], rules, owner);
    const r = search(spec, choices, alive, order, rules, owner, slot, budget);
    budget -= r.steps;
    const seen = new Map<number, Set<number>>();
    order.forEach((k, p) => seen.set(k, r.seen[p]));
    return { seen, count: r.count, limited: r.limited };
  };
  const full = runOn(active);
  const result = { seen: full.seen, count: full.count, limited: full.limited };
  if (!full.limited && full.count > 0)
    for (const left of active) {
      const sub = runOn(active.filter((r) => r !== left));
      if (sub.limited) {
        result.limited = true;
        break;
      }
      if (sub.count === 0) continue;
      for (const [k, set] of result.seen) for (const o of sub.seen.get(k) ?? alive[k]) set.add(o);
    }

  // 4. Verdicts.
  const chosen: ChoiceVerdict[] = choices.map((c, k) => {
    if (tooMany[k]) return { readings: 0, option: null, ownHolding: 0, status: "limit" };
    let opts = alive[k];
    let status: ChoiceVerdict["status"] = opts.length === 1 ? "fixed" : "open";
    if (ownFails[k]) status = "own-rule-fails";
    else if (result.seen.has(k)) {
      if (result.limited) status = "limit";
      else if (result.count === 0) status = "rules-conflict";
      else {
        opts = [...result.seen.get(k)!];
        status = opts.length === 1 ? "settled" : "open";
      }
    }
    return { readings: Math.min(opts.length, MAX_COUNTED), option: opts.length === 1 ? opts[0] : null, ownHolding: ownHolding[k], status };
  });
  const remaining = (k: number): number[] => {
    if (result.seen.has(k) && !result.limited && result.count > 0) return [...result.seen.get(k)!];
    return alive[k];
  };
  const cells: CellVerdict[] = [];
  for (let cell = 0; cell < spec.size; cell++) {
    const k = owner[cell];
    if (k < 0 || tooMany[k] || alive[k].length === 0) {
      cells.push({ value: null, status: k >= 0 && tooMany[k] ? "limit" : "unread", candidates: [], from: null });
      continue;
    }
    const opts = remaining(k);
    const values = opts.map((i) => choices[k].options[i][slot[cell]]);
    const distinct: number[] = [];
    for (const v of values) if (v !== null && !distinct.some((d) => same(d, v))) distinct.push(v);
    const allSame = values.every((v) => same(v, values[0]));
    if (allSame && values[0] !== null) {
      cells.push({ value: values[0], status: "certain", candidates: [values[0]], from: [k, opts[0]] });
      continue;
    }
    const status: CellStatus = allSame ? "unread" : chosen[k].status === "own-rule-fails" || chosen[k].status === "rules-conflict" || chosen[k].status === "limit" ? chosen[k].status : "open";
    cells.push({ value: null, status, candidates: distinct.slice(0, MAX_CANDIDATES), from: null });
  }
  return { cells, choices: chosen, brokenRules, limited: result.limited };
}

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < EPS;
}

/** Choices in an order that closes rules early: each next choice shares most rules with those before. */
function orderChoices(ks: number[], rules: readonly Rule[], owner: Int32Array): number[] {
  const touches = new Map<number, Set<number>>();
  rules.forEach((r, ri) => {
    for (const t of r.terms) {
      const k = owner[t.cell];
      if (!touches.has(k)) touches.set(k, new Set());
      touches.get(k)!.add(ri);
    }
  });
  const left = new Set(ks);
  const order: number[] = [];
  const seenRules = new Set<number>();
  while (left.size) {
    let best = -1;
    let bestScore = -1;
    for (const k of left) {
      const rs = touches.get(k) ?? new Set();
      let score = 0;
      for (const r of rs) if (seenRules.has(r)) score++;
      if (score > bestScore || (score === bestScore && k < best)) [best, bestScore] = [k, score];
    }
    left.delete(best);
    order.push(best);
    for (const r of touches.get(best) ?? []) seenRules.add(r);
  }
  return order;
}

interface SearchResult {
  /** Per searched choice (by its place in the order): alternatives seen in complete consistent readings. */
  readonly seen: Set<number>[];
  readonly count: number;
  readonly limited: boolean;
  readonly steps: number;
}

/**
 * Depth-first over the searched choices. Each rule keeps the sum of its assigned terms and the
 * least and greatest sum its unassigned terms can still add; a branch whose interval excludes 0 is
 * cut. A rule with a null term in the branch is not checkable there.
 */
function search(
  spec: TableSpec,
  choices: readonly Choice[],
  alive: readonly number[][],
  order: readonly number[],
  rules: readonly Rule[],
  owner: Int32Array,
  slot: Int32Array,
  limit: number,
): SearchResult {
  const n = order.length;
  const seen = order.map(() => new Set<number>());
  if (n === 0) return { seen, count: 1, limited: false, steps: 0 };
  const pos = new Map(order.map((k, i) => [k, i]));
  const R = rules.length;
  // Fixed part of each rule (cells of choices not searched), and per searched choice its contribution per alternative.
  const base = new Float64Array(R);
  const baseNull = new Int32Array(R);
  // contrib[p][a][r], nullIn[p][a][r]
  const contrib: Float64Array[][] = [];
  const nullIn: Uint8Array[][] = [];
  const lo: Float64Array[] = [];
  const hi: Float64Array[] = [];
  const rulesOf: number[][] = order.map(() => []);
  for (let p = 0; p < n; p++) {
    contrib.push(alive[order[p]].map(() => new Float64Array(R)));
    nullIn.push(alive[order[p]].map(() => new Uint8Array(R)));
    lo.push(new Float64Array(R));
    hi.push(new Float64Array(R));
  }
  rules.forEach((r, ri) => {
    const touched = new Set<number>();
    for (const t of r.terms) {
      const k = owner[t.cell];
      const p = pos.get(k);
      if (p === undefined) {
        const v = choices[k].options[alive[k][0]][slot[t.cell]];
        if (v === null) baseNull[ri]++;
        else base[ri] += t.coef * v;
        continue;
      }
      touched.add(p);
      alive[k].forEach((opt, a) => {
        const v = choices[k].options[opt][slot[t.cell]];
        if (v === null) nullIn[p][a][ri] = 1;
        else contrib[p][a][ri] += t.coef * v;
      });
    }
    for (const p of touched) {
      rulesOf[p].push(ri);
      let l = Infinity;
      let h = -Infinity;
      contrib[p].forEach((c, a) => {
        if (nullIn[p][a][ri]) {
          l = -Infinity;
          h = Infinity;
        } else {
          l = Math.min(l, c[ri]);
          h = Math.max(h, c[ri]);
        }
      });
      lo[p][ri] = l;
      hi[p][ri] = h;
    }
  });
  // Suffix bounds: the least and greatest that choices p… can still add to each rule.
  const sufLo: Float64Array[] = [];
  const sufHi: Float64Array[] = [];
  for (let p = n; p >= 0; p--) {
    const l = new Float64Array(R);
    const h = new Float64Array(R);
    if (p < n) for (let ri = 0; ri < R; ri++) [l[ri], h[ri]] = [sufLo[0][ri] + lo[p][ri], sufHi[0][ri] + hi[p][ri]];
    sufLo.unshift(l);
    sufHi.unshift(h);
  }
  const sum = Float64Array.from(base);
  const nulls = Int32Array.from(baseNull);
  const pick = new Int32Array(n);
  let steps = 0;
  let count = 0;
  let limited = false;
  let learned = 0;
  const totalAlts = order.reduce((s, k) => s + alive[k].length, 0);
  const feasible = (p: number, ri: number) => nulls[ri] > 0 || (sum[ri] + sufLo[p][ri] <= EPS && sum[ri] + sufHi[p][ri] >= -EPS);
  const walk = (p: number): boolean => {
    if (p === n) {
      count++;
      for (let q = 0; q < n; q++) {
        const s = seen[q];
        if (!s.has(pick[q])) {
          s.add(pick[q]);
          learned++;
        }
      }
      // Every alternative seen: nothing more to learn.
      return learned < totalAlts;
    }
    const alts = alive[order[p]];
    for (let a = 0; a < alts.length; a++) {
      if (++steps > limit) {
        limited = true;
        return false;
      }
      for (const ri of rulesOf[p]) {
        sum[ri] += contrib[p][a][ri];
        nulls[ri] += nullIn[p][a][ri];
      }
      let ok = true;
      for (const ri of rulesOf[p])
        if (!feasible(p + 1, ri)) {
          ok = false;
          break;
        }
      pick[p] = a;
      const go = ok ? walk(p + 1) : true;
      for (const ri of rulesOf[p]) {
        sum[ri] -= contrib[p][a][ri];
        nulls[ri] -= nullIn[p][a][ri];
      }
      if (!go) return false;
    }
    return true;
  };
  walk(0);
  void spec;
  // Alternatives are kept by their index among `alive`: map them back to the choice's options.
  const mapped = seen.map((s, p) => new Set([...s].map((a) => alive[order[p]][a])));
  return { seen: mapped, count, limited, steps };
}
