// `npm test` prints jest's own report and nothing else: a test that measures something says it
// through test/support/note.ts (printed with XXGK_TIMINGS=1), never with a bare console call.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const TEST = resolve(__dirname, "..");

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "fixtures" ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

test("no test file prints with console.log, console.info or console.warn", () => {
  const noisy = testFiles(TEST).filter((file) => /\bconsole\.(log|info|warn)\(/.test(readFileSync(file, "utf8")));
  expect(noisy.map((f) => relative(TEST, f))).toEqual([]);
});
