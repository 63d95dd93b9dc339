// Where the pane runs: inside Excel (Office.js answers with host Excel) or in a plain browser
// (office.js missing, blocked, or Office.onReady reporting no host). The pane never waits for Office
// longer than `timeoutMs`: outside Office, office.js may load and never call back. Excel on the web
// can be slow to answer, so a late "Excel" still switches the pane to Excel mode.
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

export const HOST_TIMEOUT_MS = 3000;

export function langOf(locale: string | undefined | null): Lang {
  return typeof locale === "string" && locale.toLowerCase().startsWith("en") ? "en" : "zh";
}

function hostOf(office: OfficeLike, info: unknown, browserLocale: string | undefined): HostInfo {
  const host = (info as { host?: unknown } | null)?.host;
  if (typeof host !== "string" || host.toLowerCase() !== "excel") return { mode: "browser", lang: langOf(browserLocale) };
  let display: string | undefined;
  try {
    display = office.context?.displayLanguage;
  } catch {
    display = undefined;
  }
  return { mode: "excel", lang: langOf(display ?? browserLocale) };
}

/**
 * Calls `onHost` with browser mode when Office is absent or silent for `timeoutMs`, and with what
 * Office says whenever it answers (at most once).
 */
export function watchHost(office: OfficeLike | undefined, browserLocale: string | undefined, onHost: (info: HostInfo) => void, timeoutMs = HOST_TIMEOUT_MS): void {
  const browser: HostInfo = { mode: "browser", lang: langOf(browserLocale) };
  if (!office || typeof office.onReady !== "function") return onHost(browser);
  let answered = false;
  const timer = setTimeout(() => onHost(browser), timeoutMs);
  const answer = (info: unknown) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    onHost(hostOf(office, info, browserLocale));
  };
  try {
    const promise = office.onReady((info) => answer(info));
    // Some office.js versions answer through the promise only.
    if (promise && typeof (promise as Promise<unknown>).then === "function") (promise as Promise<unknown>).then(answer, () => answer(null));
  } catch {
    answer(null);
  }
}

/** The first answer of watchHost. */
export function detectHost(office: OfficeLike | undefined, browserLocale: string | undefined, timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  return new Promise((resolve) => watchHost(office, browserLocale, resolve, timeoutMs));
}
