#!/usr/bin/env node
// The `xxgk` command runs JavaScript compiled from src/ by the project itself, not a TypeScript
// loader at every start. The compiled files live in .xxgk-cli/<hash of the sources>/ (git-ignored):
// the first run after a clone or an edit of src/ compiles them once with the installed @swc/core
// (typescript's transpiler when swc is missing), every later run only hashes the sources and
// loads. No install script is needed (.npmrc turns them off), so `npm ci && npx xxgk …` works.
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const OUT = path.join(ROOT, ".xxgk-cli");
// A clone on a read-only disk builds into the system's temporary folder instead.
const FALLBACK = path.join(require("node:os").tmpdir(), "xxgk-cli");
// The browser-only folders never run in the command line.
const SKIP = new Set(["taskpane"]);

function sources(dir, rel = "") {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP.has(r)) found.push(...sources(path.join(dir, e.name), r));
    } else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) found.push(r);
  }
  return found;
}

function compiler() {
  try {
    const swc = require("@swc/core");
    const options = {
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
      // Dynamic import() stays native: pdf.js ships ES modules only.
      module: { type: "commonjs", ignoreDynamic: true },
      sourceMaps: false,
    };
    return (code, file) => swc.transformSync(code, { ...options, filename: file }).code;
  } catch {
    const ts = require("typescript");
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, isolatedModules: true };
    return (code, file) => ts.transpileModule(code, { compilerOptions, fileName: file }).outputText;
  }
}

function build(files, texts, target, out) {
  const compile = compiler();
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    files.forEach((rel, i) => {
      const out = path.join(tmp, rel.replace(/\.ts$/, ".js"));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, compile(texts[i], path.join(SRC, rel)));
    });
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  try {
    fs.renameSync(tmp, target);
  } catch (err) {
    // Another run built the same sources at the same moment: use its copy.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, "cli", "main.js"))) throw err;
  }
  // Older builds go; a build younger than a minute may still be loading in another run.
  for (const old of fs.readdirSync(out)) {
    const p = path.join(out, old);
    if (p !== target && Date.now() - fs.statSync(p).mtimeMs > 60_000) fs.rmSync(p, { recursive: true, force: true });
  }
}

function compiledMain() {
  const files = sources(SRC);
  const texts = files.map((rel) => fs.readFileSync(path.join(SRC, rel), "utf8"));
  const hash = createHash("sha1");
  files.forEach((rel, i) => hash.update(rel).update("\0").update(texts[i]).update("\0"));
  const id = hash.digest("hex").slice(0, 16);
  for (const out of [OUT, FALLBACK]) {
    const main = path.join(out, id, "cli", "main.js");
    if (fs.existsSync(main)) return main;
  }
  try {
    fs.mkdirSync(OUT, { recursive: true });
    build(files, texts, path.join(OUT, id), OUT);
    return path.join(OUT, id, "cli", "main.js");
  } catch (err) {
    if (!["EACCES", "EPERM", "EROFS"].includes(err && err.code)) throw err;
    fs.mkdirSync(FALLBACK, { recursive: true });
    build(files, texts, path.join(FALLBACK, id), FALLBACK);
    return path.join(FALLBACK, id, "cli", "main.js");
  }
}

let main;
try {
  main = require(compiledMain()).main;
} catch (err) {
  process.stderr.write(`xxgk：无法准备命令行程序（${err && err.message ? err.message : String(err)}）。请在项目目录运行 npm ci 后重试。\n`);
  process.exit(3);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // main() turns every failure into a message; this is the last guard, still without a stack.
    process.stderr.write(`xxgk：意外错误：${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 3;
  },
);
