// The pane's language for every component: Chinese unless Office (or the browser) runs in English.
import { createContext, useContext } from "react";
import { PANE_MESSAGES, render, type Lang, type PaneMessageCode } from "../../messages";

export const LangContext = createContext<Lang>("zh");

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t("written", { sheet })`: a pane message in the pane's language. */
export function useText(): (code: PaneMessageCode, params?: Record<string, unknown>) => string {
  const lang = useLang();
  return (code, params) => render(PANE_MESSAGES[code], params, lang);
}
