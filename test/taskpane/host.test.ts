// Inside Excel or in a plain browser: decided from what office.js answers, never waiting forever.
import { detectHost, langOf, watchHost } from "../../src/taskpane/host";

test("no office.js at all (blocked, WPS): browser mode in the browser's language", async () => {
  expect(await detectHost(undefined, "zh-CN")).toEqual({ mode: "browser", lang: "zh" });
  expect(await detectHost({}, "en-GB")).toEqual({ mode: "browser", lang: "en" });
});

test("office.js loaded in a plain browser reports no host: browser mode", async () => {
  const office = { onReady: (callback?: (info: { host: unknown }) => void) => callback?.({ host: null }) };
  expect(await detectHost(office, "zh-CN")).toEqual({ mode: "browser", lang: "zh" });
});

test("inside Excel: Excel mode, in Office's display language", async () => {
  const office = { onReady: (callback?: (info: { host: unknown }) => void) => callback?.({ host: "Excel" }), context: { displayLanguage: "en-US" } };
  expect(await detectHost(office, "zh-CN")).toEqual({ mode: "excel", lang: "en" });
  const chinese = { ...office, context: { displayLanguage: "zh-CN" } };
  expect(await detectHost(chinese, "en-US")).toEqual({ mode: "excel", lang: "zh" });
});

test("an office.js that never answers does not hold the pane: browser mode after the time limit", async () => {
  const silent = { onReady: () => new Promise(() => undefined) };
  expect(await detectHost(silent, "zh-CN", 5)).toEqual({ mode: "browser", lang: "zh" });
});

test("an office.js that answers only through its promise is heard", async () => {
  const promiseOnly = { onReady: () => Promise.resolve({ host: "Excel" }) };
  expect((await detectHost(promiseOnly, "zh-CN", 1000)).mode).toBe("excel");
});

test("languages: only English locales give English", () => {
  expect([langOf("en"), langOf("EN-us"), langOf("zh-TW"), langOf(undefined), langOf("fr-FR")]).toEqual(["en", "en", "zh", "zh", "zh"]);
});

test("Excel answering after the time limit still switches the pane to Excel mode", async () => {
  let answer: (info: { host: unknown }) => void = () => undefined;
  const slow = { onReady: (callback?: (info: { host: unknown }) => void) => void (answer = callback!) };
  const seen: string[] = [];
  await new Promise<void>((done) =>
    watchHost(slow, "zh-CN", (info) => {
      seen.push(info.mode);
      if (seen.length === 1) answer({ host: "Excel" });
      else done();
    }, 5),
  );
  expect(seen).toEqual(["browser", "excel"]);
});
