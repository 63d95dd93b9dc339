// Every text a person sees lives in src/messages/*: Chinese first, English beside it.
export type Lang = "zh" | "en";

export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

/** Fills `{name}` placeholders from params. */
export function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const isText = (v: unknown): v is MessageText => typeof v === "object" && v !== null && typeof (v as MessageText).zh === "string" && typeof (v as MessageText).en === "string";

/** A param may itself be a MessageText (a file kind, a table's name): it is filled in the same language. */
export function render(text: MessageText, params: Record<string, unknown> = {}, lang: Lang = "zh"): string {
  const inLang = Object.values(params).some(isText) ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isText(v) ? v[lang] : v])) : params;
  return fill(text[lang], inLang);
}
