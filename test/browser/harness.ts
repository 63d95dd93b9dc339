// Reusable pieces for tests that load the built add-in in a real browser: Debian's Chromium driven
// by playwright-core (which downloads no browser of its own), and a tiny static server for dist/.
// Nothing leaves the machine: the server listens on 127.0.0.1 and pages may reach only it.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium, listed in .ci/apt-packages) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 — no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the files under `directory` over plain http on 127.0.0.1, on a port the system picks. */
export async function serveDirectory(directory: string): Promise<StaticServer> {
  const root = resolve(directory);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(root, pathname === "/" ? "taskpane.html" : pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where a default build's taskpane.html loads office.js from: its own copy (webpack.config.js). */
export const LOCAL_OFFICE_JS_PATH = "/office-js/office.js";

/**
 * Answers the page's office.js request (its own copy or the CDN's) with `stand-in` (script text)
 * and refuses every other request that does not go to `origin`, so a test never waits on the
 * network and never leaves the machine.
 */
export async function isolatePage(page: Page, origin: string, officeStandIn: string): Promise<void> {
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL || url === `${origin}${LOCAL_OFFICE_JS_PATH}`) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandIn });
    if (url.startsWith(`${origin}/`)) return route.continue();
    return route.abort("blockedbyclient");
  });
}

/** A stand-in for office.js: Office.onReady answers at once, CustomFunctions.associate records ids. */
export const RECORDING_OFFICE_STAND_IN = `
  window.__associated = {};
  window.Office = {
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      if (callback) setTimeout(function () { callback(info); }, 0);
      return Promise.resolve(info);
    },
  };
  window.CustomFunctions = {
    associate: function (id, fn) {
      if (typeof id === "object") { for (var key in id) window.__associated[key] = typeof id[key]; return; }
      window.__associated[id] = typeof fn;
    },
  };
`;
