#!/usr/bin/env node
// The command line runs the TypeScript sources directly (tsx), so it never lags behind them.
require("tsx/cjs");
require("../src/cli/main.ts").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 2; },
);
