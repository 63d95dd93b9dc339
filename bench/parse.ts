// Parse throughput of the text importer: every corpus text, and a batch of 1,000 reports.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { importText } from "../src/importers/text";
import { ADVERSARIAL } from "./adversarial";

interface Row {
  name: string;
  reports: number;
  seconds: number;
  bytes: number;
}

const CORPUS = resolve(__dirname, "..", "test/fixtures/corpus");
const INPUTS = ["text-pdf.txt", "text-pdf-layout.txt", "text-pdf-raw.txt", "text-office.txt", "text-web.txt"];

function corpusTexts(): string[] {
  const texts: string[] = [];
  const seeds = join(CORPUS, "seeds");
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) if (f.endsWith(".txt")) texts.push(readFileSync(join(seeds, f), "utf8"));
  const generated = join(CORPUS, "generated");
  if (existsSync(generated))
    for (const c of readdirSync(generated))
      for (const input of INPUTS) if (existsSync(join(generated, c, input))) texts.push(readFileSync(join(generated, c, input), "utf8"));
  return texts;
}

/** A typical 20 KB report: seed 000 with its own prose of 一、总体情况 repeated until it weighs 20 KB. */
function typical20k(): string | null {
  const file = join(CORPUS, "seeds", "000_bcfa5578fb71ac8f.txt");
  if (!existsSync(file)) return null;
  const seed = readFileSync(file, "utf8");
  const prose = seed.slice(seed.indexOf("一、总体情况") + "一、总体情况".length, seed.indexOf("二、主动公开政府信息情况"));
  const at = seed.indexOf("二、主动公开政府信息情况");
  let padded = seed;
  while (Buffer.byteLength(padded) < 20 * 1024) padded = padded.slice(0, at) + prose + padded.slice(at);
  return padded;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median seconds of `rounds` runs of parsing every text once. */
function timeRounds(texts: readonly string[], rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (const t of texts) importText(t);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return median(times);
}

export async function benchParse(): Promise<string> {
  const texts = corpusTexts();
  if (texts.length === 0) return `parse — 文本导入: no corpus at ${CORPUS}`;
  const bytesOf = (list: readonly string[]) => list.reduce((n, t) => n + Buffer.byteLength(t), 0);
  timeRounds(texts, 3); // warm-up: let the JIT settle
  const batch = Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]);
  const rows: Row[] = [
    { name: `corpus texts (${texts.length} files, ${(bytesOf(texts) / 1024).toFixed(0)} KB), median of 15 runs`, reports: texts.length, seconds: timeRounds(texts, 15), bytes: bytesOf(texts) },
    { name: "batch of 1,000 corpus reports, median of 5 runs", reports: batch.length, seconds: timeRounds(batch, 5), bytes: bytesOf(batch) },
  ];
  const typical = typical20k();
  if (typical) {
    const fifty = Array<string>(50).fill(typical);
    timeRounds(fifty, 3);
    const kb = (Buffer.byteLength(typical) / 1024).toFixed(1);
    rows.push({ name: `a typical report of ${kb} KB (seed 000, prose repeated), 50 × median of 15 runs`, reports: 50, seconds: timeRounds(fifty, 15), bytes: bytesOf(fifty) });
  }
  const crawled = join(CORPUS, "real", "ptzrz2023", "text-web.txt");
  if (existsSync(crawled)) {
    const text = readFileSync(crawled, "utf8");
    const fifty = Array<string>(50).fill(text);
    timeRounds(fifty, 3);
    const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
    rows.push({ name: `run-together one-line report (real/ptzrz2023, ${kb} KB), 50 × median of 15 runs`, reports: 50, seconds: timeRounds(fifty, 15), bytes: bytesOf(fifty) });
  }
  // The worst of the inputs built to explode the searches: each timed alone, the slowest shown.
  let worst: Row | null = null;
  for (const a of ADVERSARIAL) {
    const text = a.text();
    const ten = Array<string>(10).fill(text);
    timeRounds(ten, 2);
    const row: Row = { name: `adversarial input (worst case: ${a.name}), 10 × median of 5 runs`, reports: 10, seconds: timeRounds(ten, 5), bytes: bytesOf(ten) };
    if (!worst || row.seconds > worst.seconds) worst = row;
  }
  if (worst) rows.push(worst);
  const lines = ["parse — 文本导入 (importText)", "| what | reports | seconds | reports/s | MB/s | ms/report |", "|---|---:|---:|---:|---:|---:|"];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.reports} | ${r.seconds.toFixed(3)} | ${Math.round(r.reports / r.seconds)} | ${(r.bytes / 1024 / 1024 / r.seconds).toFixed(2)} | ${((r.seconds * 1000) / r.reports).toFixed(3)} |`,
    );
  return lines.join("\n");
}

if (require.main === module) benchParse().then((table) => console.log(table));
