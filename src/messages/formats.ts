// Messages about the report formats (2021, the older 2019, mixed): what each is called, and what a
// part of the product says when it cannot yet take a report of a format.
import { render, type Lang, type MessageText } from "./format";

export const FORMAT_MESSAGES = {
  "format-name-2021": { zh: "2021年版格式", en: "2021 format" },
  "format-name-2019": { zh: "2019年版格式（旧格式）", en: "2019 format (older)" },
  "format-name-mixed": { zh: "新旧格式混用", en: "mixed formats" },
  "format-line": { zh: "格式：{format}", en: "Format: {format}" },
  "format-unsupported": {
    zh: "“{name}”是{format}的报告，{what}暂不能处理这种格式，已跳过。",
    en: "“{name}” is a report in the {format}; {what} cannot take that format yet, so it was skipped.",
  },
  "what-combine": { zh: "汇总", en: "combining" },
  "what-sheet": { zh: "规范工作表", en: "the standardized sheet" },
  "what-preview": { zh: "预览", en: "the preview" },
} satisfies Record<string, MessageText>;

export type FormatMessageCode = keyof typeof FORMAT_MESSAGES;

/** A report format's name as people read it: 2019年版格式（旧格式）. */
export function formatName(format: "2021" | "2019" | "mixed", lang: Lang = "zh"): string {
  return render(FORMAT_MESSAGES[`format-name-${format}`], {}, lang);
}

/** What a part of the product says when it skips a report whose format it cannot take yet. */
export function unsupportedFormat(name: string, format: "2021" | "2019" | "mixed", what: "what-combine" | "what-sheet" | "what-preview", lang: Lang = "zh"): string {
  return render(FORMAT_MESSAGES["format-unsupported"], { name, format: formatName(format, lang), what: render(FORMAT_MESSAGES[what], {}, lang) }, lang);
}
