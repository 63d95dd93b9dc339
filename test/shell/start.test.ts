// npm start where Excel cannot run (Linux, as in CI): it must say so in Chinese and English, serve the
// pane for a plain browser and print the address and the steps for Excel on the web.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { render } from "../../src/messages/format";
import { START_MESSAGES } from "../../src/messages/shell";

const REPO = resolve(__dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child!.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  }
});

const onLinux = process.platform === "linux" ? test : test.skip;

onLinux(
  "says Excel cannot run here, serves taskpane.html over http and prints the address and sideload steps",
  async () => {
    const port = await freePort();
    child = spawn(process.execPath, ["scripts/start.js"], {
      cwd: REPO,
      env: { ...process.env, XXGK_PORT: String(port), XXGK_HTTP: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const stopLine = render(START_MESSAGES.stopHint);
    await new Promise<void>((done, fail) => {
      child!.stdout!.on("data", () => output.includes(stopLine) && done());
      child!.once("exit", (code) => fail(new Error(`npm start exited early (${code}):\n${output}`)));
    });

    expect(output).toContain(render(START_MESSAGES.excelUnavailable, { platform: "linux" }));
    expect(output).toContain(render(START_MESSAGES.serving, { url: `http://localhost:${port}/taskpane.html` }));
    expect(output).toContain("上传我的加载项");
    expect(output).toContain(render(START_MESSAGES.webNeedsHttps));

    const page = await fetch(`http://localhost:${port}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>政府信息公开年度报告导入");
  },
  180_000,
);

test("a busy port is explained in Chinese (and English), with the way out, and no stack trace", async () => {
  const port = await freePort();
  const busy = createServer();
  await new Promise<void>((done) => busy.listen(port, done));
  try {
    child = spawn(process.execPath, ["scripts/start.js"], { cwd: REPO, env: { ...process.env, XXGK_PORT: String(port), XXGK_HTTP: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((done) => child!.once("exit", done));
    expect(code).toBe(1);
    expect(stderr).toContain(render(START_MESSAGES.portInUse, { port, next: port + 1 }));
    expect(stderr).toContain(`XXGK_PORT=${port + 1} npm start`);
    expect(stderr + stdout).not.toMatch(/\n\s+at |EADDRINUSE/);
  } finally {
    await new Promise((done) => busy.close(done));
  }
}, 60_000);
