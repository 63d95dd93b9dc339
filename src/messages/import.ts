// Messages of the importers (text, HTML, .docx, PDF). Keys are the diagnostics' stable codes.
import type { MessageText } from "./format";

export const IMPORT_MESSAGES = {
  "empty-input": {
    zh: "没有读到任何文字：输入为空。请粘贴年度报告的全文，或选择报告文件。",
    en: "No text was read: the input is empty. Paste the whole annual report, or choose the report file.",
  },
} satisfies Record<string, MessageText>;
export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;
