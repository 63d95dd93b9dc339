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

export function render(text: MessageText, params: Record<string, unknown> = {}, lang: Lang = "zh"): string {
  return fill(text[lang], params);
}
