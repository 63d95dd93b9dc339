#!/usr/bin/env node
// npm run validate: first the offline structural check (scripts/manifest/checkManifest.ts), which
// alone decides the exit status; then Microsoft's online validator (office-addin-manifest), tried
// with a short time limit because it is often out of reach (offline machines, closed networks).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
require("tsx/cjs/api").register();
const { checkManifest, describeProblem } = require("./manifest/checkManifest.ts");
const { VALIDATE_MESSAGES } = require("../src/messages/shell.ts");
const { render } = require("../src/messages/format.ts");

const ONLINE_TIME_LIMIT_MS = Number(process.env.XXGK_VALIDATE_TIMEOUT_MS) || 8000;

function say(message, params = {}) {
  console.log(`${render(message, params, "zh")}\n  ${render(message, params, "en")}`);
}

async function validateOnline(file) {
  const { validateManifest } = require("office-addin-manifest");
  let timer;
  const timeLimit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ONLINE_TIME_LIMIT_MS / 1000} s`)), ONLINE_TIME_LIMIT_MS);
  });
  try {
    return await Promise.race([validateManifest(file), timeLimit]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(argv) {
  const offlineOnly = argv.includes("--offline");
  const file = argv.find((arg) => !arg.startsWith("--"));
  if (!file) {
    say(VALIDATE_MESSAGES.usage);
    return 2;
  }
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (error) {
    say(VALIDATE_MESSAGES.unreadable, { file, detail: error.code || error.message });
    return 2;
  }

  const problems = checkManifest(xml);
  const shown = path.relative(process.cwd(), path.resolve(file)) || file;
  if (problems.length > 0) {
    say(VALIDATE_MESSAGES.offlineFailed, { file: shown, count: problems.length });
    for (const problem of problems) {
      console.log(`- ${describeProblem(problem, "zh")}\n  ${describeProblem(problem, "en")}`);
    }
    return 1;
  }
  say(VALIDATE_MESSAGES.offlinePassed, { file: shown });

  if (offlineOnly) {
    say(VALIDATE_MESSAGES.onlineSkipped);
    return 0;
  }
  let validation;
  try {
    validation = await validateOnline(file);
  } catch (error) {
    say(VALIDATE_MESSAGES.onlineUnreachable, { detail: String(error.message || error).split("\n").pop() });
    return 0;
  }
  if (validation.isValid) {
    say(VALIDATE_MESSAGES.onlinePassed);
    return 0;
  }
  if (!validation.report) {
    // An HTTP error page rather than a verdict: the service, not the manifest, failed.
    say(VALIDATE_MESSAGES.onlineUnreachable, { detail: `HTTP ${validation.status} ${validation.statusText || ""}`.trim() });
    return 0;
  }
  say(VALIDATE_MESSAGES.onlineRejected);
  for (const issue of validation.report.errors || []) {
    console.log(`- ${issue.title || ""}: ${issue.content || ""}${issue.line ? ` (line ${issue.line})` : ""}`);
  }
  return 1;
}

main(process.argv.slice(2)).then(
  // Exit at once: the online client may keep sockets open after the time limit.
  (status) => process.exit(status),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
