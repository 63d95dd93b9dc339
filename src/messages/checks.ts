// Messages of the check engine (勾稽关系). Each finding's text is built from one of these.
import type { MessageText } from "./format";

export const CHECK_MESSAGES = {
  "row-total": {
    zh: "「{row}」行（第{rowNo}行）：总计应为{expected}，实为{actual}",
    en: "Row “{rowEn}” (row {rowNo}): the total should be {expected}, it is {actual}",
  },
  "row-total-uncheckable": {
    zh: "「{row}」行（第{rowNo}行）有数字无法读取（{cols}），总计无法校验",
    en: "Row “{rowEn}” (row {rowNo}) has figures that could not be read ({colsEn}); its total cannot be checked",
  },
  "results-total": {
    zh: "「{col}」列：（七）总计应为{expected}（第3至{last}行之和），实为{actual}",
    en: "Column “{colEn}”: (7) total should be {expected} (sum of rows 3–{last}), it is {actual}",
  },
  "results-total-uncheckable": {
    zh: "「{col}」列有数字无法读取（第{rows}行），（七）总计无法校验",
    en: "Column “{colEn}” has figures that could not be read (rows {rows}); its (7) total cannot be checked",
  },
  balance: {
    zh: "「{col}」列：第一项加第二项（新收加上年结转）为{expected}，第三项加第四项（办理结果总计加结转下年度）为{actual}，两者应相等",
    en: "Column “{colEn}”: items 1 + 2 (new + carried in) make {expected}, items 3 + 4 (results total + carried over) make {actual}; they should be equal",
  },
  "balance-uncheckable": {
    zh: "「{col}」列有数字无法读取（第{rows}行），第一项加第二项是否等于第三项加第四项无法校验",
    en: "Column “{colEn}” has figures that could not be read (rows {rows}); the balance of items 1 + 2 and 3 + 4 cannot be checked",
  },
  "appeal-total": {
    zh: "「{group}」：总计应为{expected}，实为{actual}",
    en: "“{groupEn}”: the total should be {expected}, it is {actual}",
  },
  "appeal-total-uncheckable": {
    zh: "「{group}」有数字无法读取（{cols}），总计无法校验",
    en: "“{groupEn}” has figures that could not be read ({colsEn}); its total cannot be checked",
  },
  integer: {
    zh: "{where}：{actual} 不是大于等于0的整数",
    en: "{whereEn}: {actual} is not a whole number ≥ 0",
  },
  "integer-fee": {
    zh: "{where}：{actual} 不是大于等于0的数",
    en: "{whereEn}: {actual} is not a number ≥ 0",
  },
  "integer-signed": {
    zh: "{where}：{actual} 不是整数",
    en: "{whereEn}: {actual} is not a whole number",
  },
  "integer-uncheckable": {
    zh: "{where}：数字无法读取，无法校验",
    en: "{whereEn}: the figure could not be read; it cannot be checked",
  },
  "narrative-requests": {
    zh: "一、总体情况中说本年收到申请{said}件，但表三第一项“本年新收”总计为{table}件{plusCarried}",
    en: "Part 1 (overview) says {said} requests were received, but table 3 item 1 (new requests) totals {table}{plusCarriedEn}",
  },
  "narrative-requests-plus": {
    zh: "（加上年结转为{sum}件）",
    en: " ({sum} with those carried in)",
  },
  "narrative-requests-uncheckable": {
    zh: "一、总体情况中说本年收到申请{said}件，但表三第一项总计无法读取，无法核对",
    en: "Part 1 (overview) says {said} requests were received, but table 3 item 1 total could not be read; cannot compare",
  },
  "carry-over": {
    zh: "「{col}」列：{year}年“上年结转”为{actual}，但{prevYear}年报告“结转下年度继续办理”为{expected}",
    en: "Column “{colEn}”: carried in for {year} is {actual}, but the {prevYear} report carried over {expected}",
  },
  "carry-over-uncheckable": {
    zh: "「{col}」列：{year}年“上年结转”或{prevYear}年“结转下年度继续办理”无法读取，无法核对",
    en: "Column “{colEn}”: carried in for {year} or carried over in {prevYear} could not be read; cannot compare",
  },
  "in-force": {
    zh: "{label}现行有效件数：按{prevYear}年现行有效{previous}件加本年制发{issued}件减本年废止{repealed}件，应为{expected}件，实为{actual}件（如有修订可说明原因）",
    en: "{labelEn} in force: {prevYear}'s {previous} + {issued} issued − {repealed} repealed makes {expected}, the report says {actual} (revisions may explain it)",
  },
  "in-force-uncheckable": {
    zh: "{label}现行有效件数：{prevYear}年或{year}年的数字无法读取，无法核对",
    en: "{labelEn} in force: figures of {prevYear} or {year} could not be read; cannot compare",
  },
  culprit: {
    zh: "（最可能出错的是{where}）",
    en: " (most likely wrong: {where})",
  },
  "where-requests": { zh: "表三「{row}」行「{col}」列", en: "table 3, row “{row}”, column “{col}”" },
  "where-active": { zh: "表二「{label}」「{column}」", en: "table 2, item “{label}”" },
  "where-appeals": { zh: "表四「{group}」「{col}」", en: "table 4, “{group}” “{col}”" },
  "all-passed": { zh: "全部 {count} 项校验通过", en: "All {count} checks passed" },
  "some-failed": { zh: "{count} 项不符：{first}", en: "{count} failed: {first}" },
  "some-failed-more": { zh: "{count} 项不符：{first} 等", en: "{count} failed: {first} and more" },
  "some-uncheckable": { zh: "{count} 项无法校验：{first}", en: "{count} could not be checked: {first}" },
  "some-uncheckable-more": { zh: "{count} 项无法校验：{first} 等", en: "{count} could not be checked: {first} and more" },
  "also-uncheckable": { zh: "；另有 {count} 项无法校验", en: "; {count} more could not be checked" },
} satisfies Record<string, MessageText>;
export type CheckMessageCode = keyof typeof CHECK_MESSAGES;

/** Each rule's name as a person reads it, wherever findings are listed (pane, check, sheets). */
export const RULE_NAMES = {
  "row-total": { zh: "表三各行总计", en: "Table 3 row totals" },
  "results-total": { zh: "表三办理结果总计", en: "Table 3 results total" },
  balance: { zh: "表三新收与结转平衡", en: "Table 3 balance" },
  "appeal-total": { zh: "表四各组总计", en: "Table 4 totals" },
  integer: { zh: "数字为非负整数", en: "Whole numbers ≥ 0" },
  "narrative-requests": { zh: "正文与表格一致", en: "Prose agrees with the table" },
  "carry-over": { zh: "与上年结转一致", en: "Carried over from last year" },
  "in-force": { zh: "现行有效件数", en: "Documents in force" },
} satisfies Record<string, MessageText>;

/** A listed finding's 现状 cell, a formula over today's figures (src/layout/recheck.ts). */
export const RECHECK_MESSAGES = {
  ok: { zh: "已相符", en: "Now consistent" },
  still: { zh: "仍不符", en: "Still inconsistent" },
  header: { zh: "现状（随数字更新）", en: "Now (follows the figures)" },
  tagHeader: { zh: "级别", en: "Kind" },
  ruleHeader: { zh: "规则", en: "Rule" },
  messageHeader: { zh: "说明", en: "Finding" },
  narrativeLabel: { zh: "正文所述本年新收申请（件）", en: "New requests stated in the prose" },
  narrativeNone: { zh: "报告“一、总体情况”中未找到本年新收申请的件数", en: "The report's overview states no number of new requests" },
  narrativeNote: {
    zh: "报告“一、总体情况”中所写的数字，与表三第一项“本年新收”总计（或加上年结转）核对",
    en: "The number the report's overview states, compared with table 3 item 1 total (or with those carried in)",
  },
} satisfies Record<string, MessageText>;

/** How a finding is tagged: a failed rule (error or warning), or one that could not be checked. */
export const FINDING_TAGS = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "注意", en: "Warning" },
  uncheckable: { zh: "无法校验", en: "Not checkable" },
} satisfies Record<string, MessageText>;

/** Texts of `xxgk check`. */
export const CHECK_CLI_MESSAGES = {
  usage: {
    zh: "请给出至少一个报告文件（PDF、Word、网页、文本，或交换格式 JSON）：xxgk check FILE... [--json]",
    en: "Give at least one report file (PDF, Word, web page, text, or interchange JSON): xxgk check FILE... [--json]",
  },
  "file-unreadable": { zh: "无法读取文件 {file}：{reason}", en: "Cannot read file {file}: {reason}" },
  "not-json": {
    zh: "第{line}行不是有效的 JSON：{reason}。交换格式文件每行应是一个报告对象",
    en: "Line {line} is not valid JSON: {reason}. An interchange file holds one report object per line",
  },
  "not-report": {
    zh: "第{line}行不是交换格式的报告（{path}：{reason}），请用 xxgk parse --json 生成",
    en: "Line {line} is not an interchange report ({path}: {reason}); make it with xxgk parse --json",
  },
  "import-failed": { zh: "未能读取报告，无法检查", en: "The report could not be read; nothing was checked" },
  heading: { zh: "机关：{agency}    年度：{year}", en: "Agency: {agency}    Year: {year}" },
  summary: {
    zh: "结论：{errors} 项错误，{warnings} 项注意，{unchecked} 项无法校验（共校验 {checked} 项）",
    en: "Result: {errors} errors, {warnings} warnings, {unchecked} not checkable ({checked} checks)",
  },
  unknown: { zh: "（未识别）", en: "(unknown)" },
  "tag-error": { zh: "错误", en: "error" },
  "tag-warning": { zh: "注意", en: "warning" },
  "tag-info": { zh: "无法校验", en: "not checkable" },
  "more-uncheckable": { zh: "……另有 {count} 项无法校验（使用 --json 查看全部）", en: "… {count} more not checkable (see --json)" },
  "two-years": { zh: "已与 {prevYear} 年报告（{file}）核对结转和现行有效件数", en: "Compared carry-over and documents in force with the {prevYear} report ({file})" },
} satisfies Record<string, MessageText>;
