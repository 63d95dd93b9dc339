// Property: an edit of the text that keeps every figure (./edits.ts: tabs on blank lines, trailing
// and ideographic spaces, blank lines, bare page-number lines between rows, numbering `(1)` `（1）`
// `⑴`, Kangxi look-alikes, 无 for zero in table 四, prose wrapped at another width), alone or all
// together, leaves every figure as it was or null — never another value. Garbled, NUL-laden or cut
// text gives nulls, never zeros. Seeded: every run edits the same way. Over every text rendering
// of the corpus and of the variety cases.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importText } from "../../../src/importers/text";
import { FIGURE_SLOTS, flattenFigures } from "../../../src/model";
import { CORPUS } from "../../support/corpus";
import * as E from "./edits";

const VARIETY = join(__dirname, "../../fixtures/variety/cases");

interface Text {
  name: string;
  text: string;
  truth: Parameters<typeof flattenFigures>[0];
}

function texts(): Text[] {
  const out: Text[] = [];
  const seeds = join(CORPUS, "seeds");
  for (const f of readdirSync(seeds).filter((n) => n.endsWith(".txt")).sort())
    out.push({ name: `seeds/${f}`, text: readFileSync(join(seeds, f), "utf8"), truth: JSON.parse(readFileSync(join(seeds, f.replace(/\.txt$/, ".truth.json")), "utf8")) });
  for (const base of [join(CORPUS, "generated"), join(CORPUS, "real"), VARIETY])
    for (const c of readdirSync(base).sort()) {
      if (!existsSync(join(base, c, "truth.json"))) continue;
      const truth = JSON.parse(readFileSync(join(base, c, "truth.json"), "utf8"));
      for (const f of readdirSync(join(base, c)).sort()) if (/^text-.*\.txt$/.test(f)) out.push({ name: `${c}/${f}`, text: readFileSync(join(base, c, f), "utf8"), truth });
    }
  return out;
}

function figures(text: string): (number | null)[] | null {
  const r = importText(text);
  return r.ok && r.report.format === "2021" ? flattenFigures(r.report) : null;
}

const ALL = texts();
const ORIGINAL = new Map(ALL.map((t) => [t.name, figures(t.text)]));
const SEEDS = [1, 2];

/** Figures that differ from the original reading where both give one, and figures given that the truth does not hold. */
function changed(t: Text, got: (number | null)[] | null): string[] {
  const orig = ORIGINAL.get(t.name);
  if (!got || !orig) return [];
  const want = flattenFigures(t.truth);
  const out: string[] = [];
  got.forEach((g, i) => {
    if (g === null) return;
    const slot = FIGURE_SLOTS[i].headers.join("·");
    if ((orig[i] !== null && Math.abs(g - orig[i]!) > 1e-9) || want[i] === null || Math.abs(g - want[i]!) > 1e-9) out.push(`${t.name} ${slot}: ${g} (was ${orig[i]}, truth ${want[i]})`);
  });
  return out;
}

describe("edits that keep the figures never change a figure", () => {
  it("reads the originals with no wrong figure", () => {
    expect(ALL.length).toBeGreaterThan(100);
    const wrong = ALL.flatMap((t) => changed(t, ORIGINAL.get(t.name) ?? null));
    expect(wrong).toEqual([]);
  });

  it.each([...Object.keys(E.FAMILIES), "combined"])("%s: every figure as it was or null", (family) => {
    const edit = family === "combined" ? E.combined : E.FAMILIES[family];
    const wrong: string[] = [];
    for (const seed of SEEDS) for (const t of ALL) wrong.push(...changed(t, figures(edit(t.text, E.rng(seed)))));
    expect(wrong).toEqual([]);
  });

  it("reads the same text the same way for the same seed (reproducible)", () => {
    const t = ALL[0];
    expect(E.combined(t.text, E.rng(5))).toBe(E.combined(t.text, E.rng(5)));
    expect(figures(E.combined(t.text, E.rng(5)))).toEqual(figures(E.combined(t.text, E.rng(5))));
  });
});

describe("damaged text gives nulls, never zeros or other values", () => {
  it("garbled figures (�, private use, ?, NUL in a figure) are null where they stood, and no figure is wrong", () => {
    const wrong: string[] = [];
    for (const seed of SEEDS)
      for (const t of ALL) {
        const { text } = E.garble(t.text, E.rng(seed), 4);
        wrong.push(...changed(t, figures(text)));
      }
    expect(wrong).toEqual([]);
  });

  it("a figure garbled into `�` is null, and said — not 0", () => {
    const t = ALL.find((x) => x.name === "case000/text-office.txt")!;
    // Row 1's 自然人 (12) garbled.
    const text = t.text.replace(/(一、本年新收政府信息公开申请数量[^\n]*\n)12\n/, "$1\ufffd\ufffd\n");
    expect(text).not.toBe(t.text);
    const r = importText(text);
    if (!r.ok || r.report.format !== "2021") throw new Error("not read");
    expect(r.report.requests[0][0]).toBeNull();
    expect(r.report.diagnostics!.some((d) => d.table === "requests" && d.row === 1)).toBe(true);
  });

  it("NUL bytes and a text cut mid-row give no wrong figure", () => {
    const wrong: string[] = [];
    for (const seed of SEEDS)
      for (const t of ALL) {
        wrong.push(...changed(t, figures(E.nuls(t.text, E.rng(seed)))));
        wrong.push(...changed(t, figures(E.cutMidRow(t.text, E.rng(seed)))));
      }
    expect(wrong).toEqual([]);
  });
});
