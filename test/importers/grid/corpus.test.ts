// Every figure of the corpus's generated reports, from their HTML, .docx and PDF renderings (when
// the shared corpus is on this machine; its blank-zero case is also a committed fixture).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importBytes } from "../../../src/importers";
import { CORPUS, differences, readTruth, reportOf } from "./fixtures";

const RENDERINGS = ["report.html", "report.docx", "report.pdf"];
const cases = existsSync(CORPUS) ? readdirSync(CORPUS).filter((c) => existsSync(join(CORPUS, c, "truth.json"))) : [];
const inputs = cases.flatMap((c) => RENDERINGS.filter((r) => existsSync(join(CORPUS, c, r))).map((r) => [c, r]));

(inputs.length ? describe : describe.skip)("corpus renderings", () => {
  test.each(inputs)("%s/%s: all 200 figures", async (name, rendering) => {
    const truth = readTruth(join(CORPUS, name, "truth.json"));
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name, rendering)));
    const report = reportOf(await importBytes(bytes, rendering));
    expect(differences(report, truth)).toEqual([]);
    expect(report.diagnostics).toBeUndefined();
  });
});
