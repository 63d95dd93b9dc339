// `npm run bench`: runs every benchmark module in turn and prints what each reports. A benchmark
// module exports an async function returning its printed table; add it to BENCHMARKS.
import { benchChecks } from "./checks";
import { benchLayout } from "./layout";
import { benchParse } from "./parse";

const BENCHMARKS: readonly { name: string; run: () => Promise<string> }[] = [
  { name: "parse", run: benchParse },
  { name: "checks", run: benchChecks },
  { name: "layout", run: benchLayout },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const bench of BENCHMARKS) {
    if (only.length && !only.includes(bench.name)) continue;
    console.log(await bench.run());
    console.log("");
  }
}

void main();
