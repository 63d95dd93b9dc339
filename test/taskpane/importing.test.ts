// What the pane gives the importers: the paste's HTML before its plain text, files refused before
// reading when too large, and a message instead of an exception for anything unreadable.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PANE_MESSAGES } from "../../src/messages";
import { importFile, importInTurn, importPasted, pastedSource, type FileLike } from "../../src/taskpane/importing";

const SEED_TEXT = readFileSync(join(__dirname, "../fixtures/pane/prose-says-16-table-says-17.txt"), "utf8");
const clipboard = (types: Record<string, string>) => ({ getData: (type: string) => types[type] ?? "" });
const fileOf = (name: string, bytes: Uint8Array | string): FileLike => {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, arrayBuffer: async () => data.slice().buffer };
};

test("the paste's HTML is preferred; plain text when there is no HTML; nothing when both are blank", () => {
  expect(pastedSource(clipboard({ "text/html": "<table></table>", "text/plain": "t" }))).toMatchObject({ kind: "html" });
  expect(pastedSource(clipboard({ "text/plain": "报告" }))).toEqual({ kind: "text", content: "报告", text: "报告" });
  expect(pastedSource(clipboard({ "text/html": " ", "text/plain": "\n" }))).toBeNull();
  expect(pastedSource(null)).toBeNull();
});

test("an empty paste says what happened and what to do", () => {
  const result = importPasted(null);
  expect(result.ok).toBe(false);
  expect(result.ok ? "" : result.diagnostics[0].message).toBe(PANE_MESSAGES.pasteEmpty.zh);
});

test("HTML whose tables are pictures falls back to the plain text beside it", () => {
  const result = importPasted(pastedSource(clipboard({ "text/html": "<p><img src='table.png'></p>", "text/plain": SEED_TEXT })));
  expect(result.ok && result.report.requests[0][6]).toBe(17);
});

test("a file over 50 MB is refused without reading its bytes", async () => {
  const read = jest.fn();
  const result = await importFile({ name: "扫描件.pdf", size: 60 * 1024 * 1024, arrayBuffer: read });
  expect(read).not.toHaveBeenCalled();
  expect(result.ok ? "" : result.diagnostics[0].message).toMatch(/扫描件\.pdf.*60\.0/);
});

test("a file that cannot be read gets a message, not an exception", async () => {
  const result = await importFile({ name: "网盘文件.docx", size: 10, arrayBuffer: () => Promise.reject(new Error("NotReadableError")) });
  const message = result.ok ? "" : result.diagnostics[0].message;
  expect(message).toContain("读取文件“网盘文件.docx”时出错：");
  expect(message).toContain("请确认文件没有被其他程序占用，再试一次");
  // The browser's own English stays out of the Chinese message.
  expect(message).not.toContain("NotReadableError");
});

test("files import in turn; a bad one does not stop the next, and the report keeps its file name", async () => {
  const events: string[] = [];
  const results: boolean[] = [];
  let file: string | undefined;
  await importInTurn([fileOf("图片.docx", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])), fileOf("报告.txt", SEED_TEXT)], {
    started: (i) => events.push(`start ${i}`),
    finished: (i, result) => {
      events.push(`end ${i}`);
      results.push(result.ok);
      if (result.ok) file = result.report.file;
    },
  });
  expect(events).toEqual(["start 0", "end 0", "start 1", "end 1"]);
  expect(results).toEqual([false, true]);
  expect(file).toBe("报告.txt");
});
