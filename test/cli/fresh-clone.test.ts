// `npx xxgk parse --json FILE` in a fresh clone after `npm ci` (install scripts off, .npmrc):
// nothing compiled yet, so the first run builds the command line from src/ into .xxgk-cli/ and
// runs it; the next run reuses that build; an edit of src/ makes a new one.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, statSync, symlinkSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SEEDS } from "../support/corpus";

const REPO = resolve(__dirname, "../..");

test("npx xxgk parse --json works from a clone with nothing built, and builds once", () => {
  const clone = mkdtempSync(join(tmpdir(), "xxgk-clone-"));
  for (const part of ["package.json", "bin", "src"]) cpSync(join(REPO, part), join(clone, part), { recursive: true });
  symlinkSync(join(REPO, "node_modules"), join(clone, "node_modules"), "dir");
  const file = join(SEEDS, "000_bcfa5578fb71ac8f.txt");
  const run = () => execFileSync("npx", ["--no-install", "xxgk", "parse", "--json", file], { cwd: clone, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });

  const report = JSON.parse(run().trim());
  expect(report).toMatchObject({ format: "2021", agency: "攀枝花市仁和区人民政府", year: 2024, narrative_new: 16 });
  expect(report.requests[0][6]).toBe(17);
  const builds = readdirSync(join(clone, ".xxgk-cli"));
  expect(builds).toHaveLength(1);
  const main = join(clone, ".xxgk-cli", builds[0], "cli", "main.js");
  const built = statSync(main).mtimeMs;

  run();
  expect(readdirSync(join(clone, ".xxgk-cli"))).toEqual(builds);
  expect(statSync(main).mtimeMs).toBe(built);

  // An edit of the sources: the next run compiles them again.
  appendFileSync(join(clone, "src", "cli", "output.ts"), "\n// edited\n");
  expect(JSON.parse(run().trim()).year).toBe(2024);
  expect(readdirSync(join(clone, ".xxgk-cli")).filter((d) => d !== builds[0])).toHaveLength(1);
}, 120_000);
