// Every way a run of digits splits into cells: what a reader of run-together text proposes to the
// solver. A part has no leading zero (`0` stands alone); a none-mark (`-`, `—`, `/`, `无`) is a cell
// of its own. Groups of parts may carry their own total (the last part of the group is the sum of
// the others: a row of table 三, a group of table 四); splits that break it are pruned as they are
// made, so a row of twenty digits costs a few hundred steps, not C(19, 6). Bounded: past `limit`
// steps the answer is null (too many to tell), never a partial list.

/** One atom of a run: a digit, or a none-mark (a cell of 0 on its own). */
export type Atom = { readonly digit: string } | { readonly mark: string };

export interface Part {
  readonly value: number;
  /** Index of the part's first atom and one past its last. */
  readonly from: number;
  readonly to: number;
}

export interface SplitOptions {
  /** Sizes of consecutive groups of parts (a row of table 三: [7]; table 四: [5, 5, 5]). */
  readonly groups: readonly number[];
  /** Whether each group's last part must be the sum of its others. */
  readonly totals: boolean;
  /** Steps before giving up. */
  readonly limit?: number;
}

export const SPLIT_LIMIT = 20_000;
/** A cell of a report holds at most this many digits (a count below ten million). */
const MAX_PART_DIGITS = 7;

/** The splits of `atoms` into the groups, or null past the limit. */
export function splitRun(atoms: readonly Atom[], opts: SplitOptions): Part[][] | null {
  const limit = opts.limit ?? SPLIT_LIMIT;
  const n = atoms.length;
  const out: Part[][] = [];
  const parts: Part[] = [];
  let steps = 0;
  const sizes = opts.groups;
  const totalParts = sizes.reduce((a, b) => a + b, 0);
  // Minimum atoms still needed for parts from index p on: one each.
  // More digits than the parts can hold: too long to be one row's figures.
  if (n > totalPartsOf(opts.groups) * MAX_PART_DIGITS) return null;
  const walk = (pos: number, g: number, inGroup: number, sum: number): boolean => {
    if (++steps > limit) return false;
    if (g === sizes.length) {
      if (pos === n) out.push([...parts]);
      return true;
    }
    const left = totalParts - parts.length;
    if (n - pos < left) return true;
    const size = sizes[g];
    const last = inGroup === size - 1;
    const a = atoms[pos];
    const lengths: number[] = [];
    const values: number[] = [];
    if ("mark" in a || a.digit === "0") {
      lengths.push(1);
      values.push(0);
    } else {
      let v = 0;
      for (let len = 1; len <= MAX_PART_DIGITS && pos + len <= n; len++) {
        const x = atoms[pos + len - 1];
        if ("mark" in x) break;
        v = v * 10 + (x.digit.charCodeAt(0) - 48);
        lengths.push(len);
        values.push(v);
      }
    }
    for (let li = 0; li < lengths.length; li++) {
      const len = lengths[li];
      if (n - (pos + len) < left - 1) break;
      const value = values[li];
      if (opts.totals && last && value !== sum) continue;
      if (opts.totals && !last && sum + value > maxTotal(atoms, pos + len, size - inGroup - 1)) continue;
      parts.push({ value, from: pos, to: pos + len });
      const ok = last ? walk(pos + len, g + 1, 0, 0) : walk(pos + len, g, inGroup + 1, sum + value);
      parts.pop();
      if (!ok) return false;
    }
    return true;
  };
  return walk(0, 0, 0, 0) ? out : null;
}

const totalPartsOf = (groups: readonly number[]) => groups.reduce((a, b) => a + b, 0);

/** The greatest value the group's total part could still take from `pos` on (its digits at most). */
function maxTotal(atoms: readonly Atom[], pos: number, partsLeft: number): number {
  if (partsLeft <= 0) return Infinity;
  const room = Math.min(MAX_PART_DIGITS, atoms.length - pos - (partsLeft - 1));
  return room <= 0 ? -1 : 10 ** room;
}

/** Atoms of a figure text: digits and none-marks; spaces and thousands commas dropped. Null if anything else stands in it. */
export function atomsOf(text: string): { atoms: Atom[]; at: number[] } | null {
  const atoms: Atom[] = [];
  const at: number[] = [];
  const paired = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch >= "0" && ch <= "9") {
      atoms.push({ digit: ch });
      at.push(i);
    } else if (ch === "-" || ch === "—" || ch === "/" || ch === "无" || ch === "–") {
      // `——` (a dash of two em dashes) is one mark; each `-` is a cell of its own.
      if (ch === "—" && i > 0 && text[i - 1] === "—" && at.length > 0 && at[at.length - 1] === i - 1 && !paired.has(i - 1)) {
        paired.add(i);
        continue;
      }
      atoms.push({ mark: ch });
      at.push(i);
    } else if (ch === " " || ch === "\u00a0" || ch === "," || ch === "\u3000") continue;
    else return null;
  }
  return { atoms, at };
}
