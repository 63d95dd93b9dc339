// Shared by the combine tests: the corpus truths as reports, and LibreOffice computing a workbook.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Report } from "../../src/model";
import { parseCsv } from "../support/csv";

import { CORPUS } from "../support/corpus";
import { recalculatingProfile } from "../support/libreoffice";

/** The 5 seeds and the 12 generated cases, as reports (their `file` names the truth). */
export function corpusTruthReports(): Report[] {
  const seeds = readdirSync(join(CORPUS, "seeds"))
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => join(CORPUS, "seeds", f));
  const generated = readdirSync(join(CORPUS, "generated")).map((d) => join(CORPUS, "generated", d, "truth.json"));
  return [...seeds, ...generated].map((file) => {
    const t = JSON.parse(readFileSync(file, "utf8"));
    const name = file.includes("/generated/") ? basename(dirname(file)) : basename(file);
    return { format: "2021", agency: t.agency, year: t.year, active: t.active, requests: t.requests, appeals: t.appeals, file: name };
  });
}


/** Every sheet of the workbook as LibreOffice computes it (formulas evaluated), by sheet name. */
export function computeWithLibreOffice(bytes: Uint8Array): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-combine-lo-"));
  try {
    writeFileSync(join(dir, "book.xlsx"), bytes);
    // Own profile directory: other soffice processes on the machine must not collide with this one.
    execFileSync(
      "soffice",
      [
        recalculatingProfile(dir),
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        join(dir, "book.xlsx"),
      ],
      { stdio: "pipe", timeout: 170_000 },
    );
    return new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .map((f) => [f.replace(/^book-|\.csv$/g, ""), parseCsv(readFileSync(join(dir, f), "utf8"))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
