// The engine over the corpus truth arrays: exactly the expected findings of each truth file.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { checkTables } from "../../src/checks";

import { CORPUS } from "../support/corpus";
const LOCATION = ["row", "col", "group", "item", "said"] as const;

function key(f: Record<string, unknown>): string {
  const parts: string[] = [String(f.rule)];
  for (const k of LOCATION) if (f[k] !== undefined && f[k] !== null) parts.push(`${k}=${f[k]}`);
  if (f.rule === "narrative-requests") parts.push(`table=${f.table}`);
  return parts.join(" ");
}

function truthFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  const seeds = readdirSync(join(CORPUS, "seeds")).filter((n) => n.endsWith(".truth.json")).map((n) => join(CORPUS, "seeds", n));
  const generated = readdirSync(join(CORPUS, "generated")).map((n) => join(CORPUS, "generated", n, "truth.json")).filter(existsSync);
  return [...seeds, ...generated];
}

const files = truthFiles();
(files.length ? describe : describe.skip)("engine over corpus truth", () => {
  test.each(files.map((f) => [f.replace(CORPUS + "/", ""), f]))("%s", (_name, file) => {
    const truth = JSON.parse(readFileSync(file, "utf-8"));
    const { findings } = checkTables(truth);
    const got = findings.filter((f) => f.severity !== "info").map(key).sort();
    const want = (truth.expected_findings as Record<string, unknown>[]).map(key).sort();
    expect(got).toEqual(want);
  });
});
