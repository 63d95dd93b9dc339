// How the dev server listens: https with office-addin-dev-certs' trusted localhost certificate when
// it can be made (Excel loads https only), otherwise plain http so that a browser can still open the
// pane. Decided once per process and shared by webpack.config.js and scripts/start.js.
"use strict";

const DEV_PORT = Number(process.env.XXGK_PORT) || 3000;

let decided;

/** @returns {Promise<{ server: object, secure: boolean, reason?: string }>} */
function devServerOptions() {
  decided ??= decide();
  return decided;
}

async function decide() {
  if (process.env.XXGK_HTTP === "1") {
    return { server: { type: "http" }, secure: false, reason: "XXGK_HTTP=1" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { server: { type: "https", options: { ca, key, cert } }, secure: true };
  } catch (error) {
    return { server: { type: "http" }, secure: false, reason: String((error && error.message) || error).split("\n")[0] };
  }
}

module.exports = { devServerOptions, DEV_PORT };
