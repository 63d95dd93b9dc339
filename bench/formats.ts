// File importers bench: milliseconds per report file for HTML, .docx and PDF (importBytes, the
// whole path from bytes to report), over the corpus renderings, or the committed fixtures when the
// corpus is not on this machine. The first PDF also pays for loading pdf.js: shown apart.
// Run: npx tsx bench/formats.ts
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { importBytes } from "../src/importers";

const CORPUS = join(__dirname, "../test/fixtures/corpus/generated");
const FIXTURES = join(__dirname, "../test/fixtures/files");
const ROUNDS = 5;

interface Input {
  name: string;
  bytes: Uint8Array;
}

function inputs(): { source: string; byFormat: Map<string, Input[]> } {
  const byFormat = new Map<string, Input[]>([
    ["html", []],
    ["docx", []],
    ["pdf", []],
  ]);
  const add = (path: string) => {
    const format = path.slice(path.lastIndexOf(".") + 1);
    byFormat.get(format)?.push({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  };
  if (existsSync(CORPUS)) {
    for (const c of readdirSync(CORPUS)) for (const r of ["report.html", "report.docx", "report.pdf"]) if (existsSync(join(CORPUS, c, r))) add(join(CORPUS, c, r));
    return { source: CORPUS, byFormat };
  }
  for (const f of ["web-page-hazards.html", "libreoffice-from-web-page.docx", "blank-zeros-as-empty-cells.docx", "chromium-printed.pdf", "blank-zeros-rows-cut-by-page-breaks.pdf"])
    add(join(FIXTURES, f));
  return { source: FIXTURES, byFormat };
}

async function timeOne(input: Input): Promise<number> {
  const start = performance.now();
  const result = await importBytes(input.bytes, input.name);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`${input.name}: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchFormats(): Promise<string> {
  const { source, byFormat } = inputs();
  const lines = [
    `formats — 文件导入 (importBytes; ${source}, median of ${ROUNDS} rounds per file)`,
    "| format | files | KB/file | median ms/file | slowest ms/file | files/s |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  const firstPdf = byFormat.get("pdf")?.[0];
  const coldPdf = firstPdf ? await timeOne(firstPdf) : null;
  for (const [format, files] of byFormat) {
    if (files.length === 0) continue;
    for (const f of files) await timeOne(f); // warm-up
    const perFile: number[] = [];
    for (const f of files) {
      const runs: number[] = [];
      for (let i = 0; i < ROUNDS; i++) runs.push(await timeOne(f));
      perFile.push(median(runs));
    }
    const kb = files.reduce((n, f) => n + f.bytes.length, 0) / files.length / 1024;
    const med = median(perFile);
    lines.push(`| ${format} | ${files.length} | ${kb.toFixed(0)} | ${med.toFixed(1)} | ${Math.max(...perFile).toFixed(1)} | ${(1000 / med).toFixed(1)} |`);
  }
  if (coldPdf !== null) lines.push(`first PDF of the process, loading pdf.js included: ${coldPdf.toFixed(0)} ms`);
  return lines.join("\n");
}

if (require.main === module) benchFormats().then((table) => console.log(table));
