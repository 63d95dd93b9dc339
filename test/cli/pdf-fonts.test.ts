// The command line reads PDFs whose Chinese fonts are not embedded (older Word/WPS exports use the
// predefined CMap UniGB-UCS2-H with STSong): it hands pdf.js the character maps of the installed package.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const REPO = resolve(__dirname, "../..");
const FIXTURE = join(REPO, "test/fixtures/files/non-embedded-cjk-font-unigb.pdf");

test("xxgk parse reads every figure of a PDF with a non-embedded Chinese font", () => {
  const out = execFileSync(process.execPath, [join(REPO, "bin/xxgk.js"), "parse", "--json", FIXTURE], { cwd: REPO, encoding: "utf8" });
  const report = JSON.parse(out.trim().split("\n").pop()!);
  const truth = JSON.parse(readFileSync(FIXTURE.replace(/\.pdf$/, ".truth.json"), "utf8"));
  expect(report.year).toBe(truth.year);
  expect([report.active, report.requests, report.appeals]).toEqual([truth.active, truth.requests, truth.appeals]);
});
