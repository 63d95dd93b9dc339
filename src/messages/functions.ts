// Messages of the XXGK custom functions: errors for ranges of the wrong shape, notes on cells,
// spill headers, and the Chinese names and descriptions of the functions (localized metadata).
import type { MessageText } from "./format";

export const FUNCTION_MESSAGES = {
  "wrong-shape": {
    zh: "区域为 {rows} 行 × {cols} 列，无法识别为表格。请选择：表三 25行×7列（或连同行标题），表二 1×10 或 2×5，表四 3×5 或 1×15（或连同表头）",
    en: "The range is {rows} rows × {cols} columns and is not a table. Select table 3 as 25×7 (or with its row labels), table 2 as 1×10 or 2×5, table 4 as 3×5 or 1×15 (or with its headers)",
  },
  "wrong-table": {
    zh: "{fn} 只用于{expected}，所选区域是{actual}",
    en: "{fn} works on {expectedEn}; the range holds {actualEn}",
  },
  "rows-missing": {
    zh: "按行标题没有找到：{rows}（这些行的数字按无法读取处理）",
    en: "No row labelled: {rows} (their figures count as unreadable)",
  },
  "text-in-cell": {
    zh: "{cell} 是文字「{text}」，不是数字",
    en: "{cell} holds the text “{text}”, not a figure",
  },
  "not-computable": {
    zh: "有数字无法读取，无法计算",
    en: "Some figures could not be read; cannot compute",
  },
  /** One cell of a spilled difference that could not be computed (text, not #N/A: office-js#2174). */
  "not-computable-cell": { zh: "无法计算", en: "n/a" },
  "table-requests": { zh: "表三（申请办理）", en: "table 3 (requests)" },
  "table-active": { zh: "表二（主动公开）", en: "table 2 (active disclosure)" },
  "table-appeals": { zh: "表四（复议诉讼）", en: "table 4 (appeals)" },
  "header-rule": { zh: "规则", en: "Rule" },
  "header-cell": { zh: "单元格", en: "Cell" },
  "header-expected": { zh: "应为", en: "Expected" },
  "header-actual": { zh: "实为", en: "Actual" },
  "header-message": { zh: "说明", en: "Message" },
  "range-cell": { zh: "区域第{row}行第{col}列", en: "range row {row}, column {col}" },
} satisfies Record<string, MessageText>;
export type FunctionMessageCode = keyof typeof FUNCTION_MESSAGES;

/**
 * Chinese names and descriptions of the XXGK functions, keyed by function id (the English names
 * and descriptions come from the JSDoc in src/functions/functions.ts). Parameters by their name.
 */
export const FUNCTION_METADATA_ZH: Readonly<
  Record<string, { name: string; description: string; parameters: Readonly<Record<string, { name: string; description: string }>> }>
> = {
  CHECK: {
    name: "校验表格",
    description: "检查表格的勾稽关系（表三、表二或表四），给出一句结论，如“全部 39 项校验通过”或“3 项不符：……”",
    parameters: {
      range: { name: "区域", description: "表格区域：只含数字（表三 25×7、表二 1×10 或 2×5、表四 3×5 或 1×15），或连同行标题和表头" },
    },
  },
  FINDINGS: {
    name: "校验明细",
    description: "列出每一项不符或无法校验的内容：规则、单元格、应为、实为、说明",
    parameters: {
      range: { name: "区域", description: "表格区域：只含数字，或连同行标题和表头" },
    },
  },
  ROWDIFF: {
    name: "行差额",
    description: "每一行的“总计”减去各项之和（表三 25 行，表四 3 组）；0 表示相符",
    parameters: {
      range: { name: "区域", description: "表三或表四的区域：只含数字，或连同行标题和表头" },
    },
  },
  COLDIFF: {
    name: "列差额",
    description: "表三每一列的“（七）总计”减去第3至23行之和；0 表示相符",
    parameters: {
      range: { name: "区域", description: "表三的区域：25行×7列的数字，或连同行标题和表头" },
    },
  },
  BALANCE: {
    name: "平衡差额",
    description: "表三每一列：（第一项＋第二项）减（第三项＋第四项），即（新收＋上年结转）减（办理结果总计＋结转下年度）；0 表示相符",
    parameters: {
      range: { name: "区域", description: "表三的区域：25行×7列的数字，或连同行标题和表头" },
    },
  },
};

/** What the build says when a functions metadata file breaks Excel's naming rules. */
export const FUNCTION_NAMING_MESSAGES = {
  badId: {
    zh: "{file}：函数 id“{id}”不合 Excel 的要求（以字母开头，至少 3 个字符，只含 A–Z、0–9、下划线和句点）。",
    en: "{file}: function id \"{id}\" breaks Excel's rule (a letter first, at least 3 characters, only A–Z, 0–9, underscore and period).",
  },
  badName: {
    zh: "{file}：函数 {id} 的名称“{name}”不合 Excel 的要求（以字母开头，至少 3 个字符，只含字母、下划线和句点，且不能像单元格地址）。这样的函数在 Excel 中无法使用。",
    en: "{file}: the name \"{name}\" of function {id} breaks Excel's rule (a letter first, at least 3 characters, only letters, underscore and period, not like a cell address). Excel would not offer it.",
  },
  duplicateName: {
    zh: "{file}：函数名称“{name}”重复（{ids}）。",
    en: "{file}: the function name \"{name}\" is used twice ({ids}).",
  },
  idsDiffer: {
    zh: "{file} 的函数 id 与 {reference} 不一致：{file} 有 {found}，{reference} 有 {expected}。",
    en: "The function ids of {file} differ from {reference}: {found} against {expected}.",
  },
  noFunctions: {
    zh: "{file} 中没有函数。",
    en: "{file} declares no functions.",
  },
} satisfies Record<string, MessageText>;
