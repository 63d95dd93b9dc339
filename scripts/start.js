#!/usr/bin/env node
// npm start: serve the add-in from webpack's dev server (https when a trusted localhost certificate
// can be made), sideload it into desktop Excel where Excel runs (Windows, macOS), and everywhere say
// in Chinese and English where the pane is and how to load it into Excel on the web.
// Environment: XXGK_PORT (default 3000), XXGK_HTTP=1 (skip certificates), XXGK_NO_SIDELOAD=1.
"use strict";
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
require("tsx/cjs/api").register();
const { START_MESSAGES } = require("../src/messages/shell.ts");
const { render } = require("../src/messages/format.ts");
const { devServerOptions, DEV_PORT } = require("./webpack/devServerOptions");

const MANIFEST = path.join(__dirname, "..", "manifest.xml");
const EXCEL_PLATFORMS = new Set(["win32", "darwin"]);

function say(message, params = {}) {
  console.log(`\n${render(message, params, "zh")}\n${render(message, params, "en")}`);
}

async function sideload() {
  const { startDebugging, AppType } = require("office-addin-debugging");
  say(START_MESSAGES.sideloading);
  await startDebugging(MANIFEST, {
    appType: AppType.Desktop,
    app: "excel",
    devServerPort: DEV_PORT, // already running: only wait for it
    enableDebugging: false,
  });
}

async function unload() {
  try {
    await require("office-addin-debugging").stopDebugging(MANIFEST);
  } catch {
    // nothing was sideloaded
  }
}

/** Whether something already listens on the port (any address): then the dev server cannot. */
function portTaken(port) {
  return new Promise((done) => {
    const probe = require("node:net").createServer();
    probe.once("error", (error) => done(error.code === "EADDRINUSE"));
    probe.listen(port, () => probe.close(() => done(false)));
  });
}

function sayError(message, params = {}) {
  console.error(`\n${render(message, params, "zh")}\n${render(message, params, "en")}`);
}

async function main() {
  if (await portTaken(DEV_PORT)) {
    sayError(START_MESSAGES.portInUse, { port: DEV_PORT, next: DEV_PORT + 1 });
    process.exit(1);
  }
  const { secure, reason } = await devServerOptions();
  if (!secure) say(START_MESSAGES.certificatesFailed, { detail: reason });

  const makeConfig = require("../webpack.config.js");
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  // Quiet build output, so that the directions below stay on screen; errors still show.
  config.stats = "errors-warnings";
  config.infrastructureLogging = { level: "warn" };
  const compiler = webpack(config);
  const firstBuild = new Promise((done) => compiler.hooks.done.tap("xxgk-start", done));
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  await firstBuild;

  let sideloaded = false;
  if (!EXCEL_PLATFORMS.has(process.platform)) {
    say(START_MESSAGES.excelUnavailable, { platform: process.platform });
  } else if (!secure) {
    say(START_MESSAGES.sideloadFailed, { detail: "https" });
  } else if (process.env.XXGK_NO_SIDELOAD !== "1") {
    try {
      await sideload();
      sideloaded = true;
    } catch (error) {
      say(START_MESSAGES.sideloadFailed, { detail: String((error && error.message) || error).split("\n")[0] });
    }
  }

  say(START_MESSAGES.serving, { url: `${secure ? "https" : "http"}://localhost:${DEV_PORT}/taskpane.html` });
  say(START_MESSAGES.browserHint);
  say(START_MESSAGES.webSideloadSteps, { manifest: MANIFEST });
  if (!secure) say(START_MESSAGES.webNeedsHttps);
  say(START_MESSAGES.stopHint);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (sideloaded) await unload();
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  // The port may be taken between the check and the start; anything else is said in one line.
  if (error && error.code === "EADDRINUSE") sayError(START_MESSAGES.portInUse, { port: DEV_PORT, next: DEV_PORT + 1 });
  else sayError(START_MESSAGES.startFailed, { reason: String((error && error.message) || error).split("\n")[0] });
  process.exit(1);
});
