// `npm run bench`: runs every benchmark module in turn and prints what each reports. A benchmark
// module exports an async function returning its printed table; add it to BENCHMARKS.
import { benchChecks } from "./checks";
import { benchCombine } from "./combine";
import { benchFormats } from "./formats";
import { benchLayout } from "./layout";
import { benchParse } from "./parse";

const BENCHMARKS: readonly { name: string; run: () => Promise<string> }[] = [
  { name: "parse", run: benchParse },
  { name: "formats", run: benchFormats },
  { name: "checks", run: benchChecks },
  { name: "layout", run: benchLayout },
  { name: "combine", run: benchCombine },
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
