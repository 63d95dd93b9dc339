// Where the pane runs: inside Excel (Office.js answers with host Excel) or in a plain browser
// (office.js missing, blocked, or Office.onReady reporting no host). The pane never waits for Office
// longer than `timeoutMs`: outside Office, office.js may load and never call back.
import type { Lang } from "../messages";

export type PaneMode = "excel" | "browser";

export interface HostInfo {
  readonly mode: PaneMode;
  readonly lang: Lang;
}

/** The parts of office.js the pane reads; absent or partial outside Office. */
export interface OfficeLike {
  onReady?: (callback?: (info: { host: unknown; platform?: unknown }) => void) => unknown;
  context?: { displayLanguage?: string };
}

export function langOf(locale: string | undefined | null): Lang {
  return typeof locale === "string" && locale.toLowerCase().startsWith("en") ? "en" : "zh";
}

function officeReady(office: OfficeLike, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    const done = (info: unknown) => {
      clearTimeout(timer);
      resolve(info);
    };
    try {
      const answer = office.onReady!((info) => done(info));
      // Some office.js versions answer through the promise only.
      if (answer && typeof (answer as Promise<unknown>).then === "function") (answer as Promise<unknown>).then(done, () => done(null));
    } catch {
      done(null);
    }
  });
}

export async function detectHost(
  office: OfficeLike | undefined,
  browserLocale: string | undefined,
  timeoutMs = 3000,
): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function") return { mode: "browser", lang: langOf(browserLocale) };
  const info = (await officeReady(office, timeoutMs)) as { host?: unknown } | null;
  const host = info?.host;
  if (typeof host !== "string" || host.toLowerCase() !== "excel") return { mode: "browser", lang: langOf(browserLocale) };
  let display: string | undefined;
  try {
    display = office.context?.displayLanguage;
  } catch {
    display = undefined;
  }
  return { mode: "excel", lang: langOf(display ?? browserLocale) };
}
