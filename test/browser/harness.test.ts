// The harness's static server must serve what a built add-in needs with the right types, and nothing
// outside the folder it was given.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDirectory, type StaticServer } from "./harness";

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xxgk-harness-"));
  mkdirSync(join(dir, "site"));
  writeFileSync(join(dir, "site", "taskpane.html"), "<title>政府信息公开</title>");
  writeFileSync(join(dir, "site", "pdf.worker.min.mjs"), "export {};");
  writeFileSync(join(dir, "secret.txt"), "outside");
  server = await serveDirectory(join(dir, "site"));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("serves taskpane.html at / as UTF-8 HTML on 127.0.0.1", async () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${server.origin}/`);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await response.text()).toBe("<title>政府信息公开</title>");
});

test("serves the pdf.js worker (.mjs) as JavaScript, which module workers require", async () => {
  const response = await fetch(`${server.origin}/pdf.worker.min.mjs`);
  expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
});

test("refuses paths that climb out of the folder", async () => {
  const response = await fetch(`${server.origin}/%2e%2e/secret.txt`);
  expect(response.status).toBe(404);
});
