// One production build (npm run build) shared by every test that needs dist/: the first test to ask
// builds into a temporary folder named after a hash of the build's inputs; tests running at the same
// time in other Jest workers wait for it; a later run with unchanged sources reuses it.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const REPO = resolve(__dirname, "../..");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/webpack", "package-lock.json"];
const PREFIX = "xxgk-production-build-";
const WAIT_LIMIT_MS = 10 * 60_000;
const STALE_MS = 24 * 3600_000;

/** Every address in the built manifest starts with this (XXGK_PUBLIC_URL). */
export const TEST_PUBLIC_URL = "https://xxgk.example.gov.cn/addin/";

/** `npm run build` with the default settings (office.js from the add-in's own folder), plus the test address. */
function defaultBuildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XXGK_PUBLIC_URL: TEST_PUBLIC_URL };
  delete env.XXGK_OFFICE_JS;
  return env;
}

function hashInputs(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
      return;
    }
    hash.update(path.slice(REPO.length)).update("\0").update(readFileSync(path)).update("\0");
  };
  for (const input of INPUTS) visit(join(REPO, input));
  return hash.digest("hex").slice(0, 16);
}

function sweepStaleBuilds(keep: string): void {
  for (const entry of readdirSync(tmpdir())) {
    const path = join(tmpdir(), entry);
    if (!entry.startsWith(PREFIX) || path === keep || path === `${keep}.lock`) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another run is sweeping too
    }
  }
}

/** The folder holding a production build of the current sources. */
export async function productionBuild(attempt = 1): Promise<string> {
  const out = join(tmpdir(), `${PREFIX}${hashInputs()}`);
  const built = join(out, ".built");
  const failed = join(out, ".failed");
  const lock = `${out}.lock`;
  if (existsSync(built)) return out;

  // A lock left by a run that was killed mid-build must not hold later runs back.
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > WAIT_LIMIT_MS) rmSync(lock, { recursive: true, force: true });
  let mine = false;
  try {
    mkdirSync(lock); // atomic: exactly one worker builds
    mine = true;
  } catch {
    // someone else is building these sources
  }
  if (mine) {
    try {
      sweepStaleBuilds(out);
      rmSync(out, { recursive: true, force: true });
      await promisify(execFile)(
        process.execPath,
        [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
        { cwd: REPO, env: defaultBuildEnv(), maxBuffer: 64 * 1024 * 1024 },
      );
      writeFileSync(built, new Date().toISOString());
    } catch (error) {
      mkdirSync(out, { recursive: true });
      const { stdout = "", stderr = "", message = String(error) } = error as { stdout?: string; stderr?: string; message?: string };
      writeFileSync(failed, `${message}\n${stdout}\n${stderr}`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  } else {
    const started = Date.now();
    while (!existsSync(built) && !existsSync(failed) && existsSync(lock) && Date.now() - started < WAIT_LIMIT_MS) {
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  if (existsSync(failed)) throw new Error(`npm run build failed:\n${readFileSync(failed, "utf8").slice(-4000)}`);
  if (!existsSync(built)) {
    if (attempt >= 3) throw new Error(`no production build appeared in ${out}`);
    return productionBuild(attempt + 1); // the builder vanished: try again
  }
  return out;
}
