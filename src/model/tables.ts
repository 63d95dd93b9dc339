// The three tables of the 2021 national format (国办公开办函〔2021〕30号), as typed constants.
// Every other part of the product (importers, checks, layout, combine) takes its row and column
// order, ids and canonical labels from here. See docs/FORMAT.md.

/** Table 二 — 主动公开: ten figures, in interchange order. */
export interface ActiveItem {
  /** 1-based position in the interchange array `active`. */
  readonly item: number;
  readonly id: string;
  /** The article of 第二十条 that heads the item's block in the table. */
  readonly article: string;
  /** Row label as printed (规章, 行政规范性文件, 行政许可 …). */
  readonly label: string;
  /** Column header as printed. */
  readonly column: string;
  /** The fee is the only decimal figure (万元); all others are counts. */
  readonly decimal: boolean;
  /** 2019 本年增/减: a signed whole number, may be negative. */
  readonly signed?: boolean;
}

export const ACTIVE_ITEMS: readonly ActiveItem[] = [
  { item: 1, id: "rules-issued", article: "第二十条第（一）项", label: "规章", column: "本年制发件数", decimal: false },
  { item: 2, id: "rules-repealed", article: "第二十条第（一）项", label: "规章", column: "本年废止件数", decimal: false },
  { item: 3, id: "rules-in-force", article: "第二十条第（一）项", label: "规章", column: "现行有效件数", decimal: false },
  { item: 4, id: "normative-issued", article: "第二十条第（一）项", label: "行政规范性文件", column: "本年制发件数", decimal: false },
  { item: 5, id: "normative-repealed", article: "第二十条第（一）项", label: "行政规范性文件", column: "本年废止件数", decimal: false },
  { item: 6, id: "normative-in-force", article: "第二十条第（一）项", label: "行政规范性文件", column: "现行有效件数", decimal: false },
  { item: 7, id: "licensing", article: "第二十条第（五）项", label: "行政许可", column: "本年处理决定数量", decimal: false },
  { item: 8, id: "penalty", article: "第二十条第（六）项", label: "行政处罚", column: "本年处理决定数量", decimal: false },
  { item: 9, id: "enforcement", article: "第二十条第（六）项", label: "行政强制", column: "本年处理决定数量", decimal: false },
  { item: 10, id: "fees", article: "第二十条第（八）项", label: "行政事业性收费", column: "本年收费金额（单位：万元）", decimal: true },
];

export const ACTIVE_COUNT = ACTIVE_ITEMS.length; // 10
/** 1-based item of the fee, the one decimal figure. */
export const FEE_ITEM = 10;

/** Table 三 — 申请办理: 25 rows × 7 columns. */
export interface RequestColumn {
  readonly col: number;
  readonly id: string;
  readonly label: string;
  /** 法人或其他组织 groups columns 2–6 under one header. */
  readonly group: string | null;
}

export const REQUEST_COLUMNS: readonly RequestColumn[] = [
  { col: 1, id: "natural-person", label: "自然人", group: null },
  { col: 2, id: "business", label: "商业企业", group: "法人或其他组织" },
  { col: 3, id: "research", label: "科研机构", group: "法人或其他组织" },
  { col: 4, id: "public-welfare", label: "社会公益组织", group: "法人或其他组织" },
  { col: 5, id: "legal-services", label: "法律服务机构", group: "法人或其他组织" },
  { col: 6, id: "other", label: "其他", group: "法人或其他组织" },
  { col: 7, id: "total", label: "总计", group: null },
];

export const REQUEST_COLUMN_COUNT = REQUEST_COLUMNS.length; // 7
/** 1-based column of 总计 in table 三. */
export const REQUEST_TOTAL_COL = 7;

export interface RequestRow {
  readonly row: number;
  readonly id: string;
  /** Canonical label of the row itself (without its group). */
  readonly label: string;
  /** The group heading(s) the row sits under, outermost first (三、本年度办理结果 · （三）不予公开). */
  readonly groups: readonly string[];
  /** A short label for narrow places (combined sheet headers, messages). */
  readonly short: string;
}

const RESULTS = "三、本年度办理结果";
const WITHHELD = "（三）不予公开";
const UNAVAILABLE = "（四）无法提供";
const NOT_PROCESSED = "（五）不予处理";
const OTHER = "（六）其他处理";

export const REQUEST_ROWS: readonly RequestRow[] = [
  { row: 1, id: "new", label: "一、本年新收政府信息公开申请数量", groups: [], short: "本年新收申请" },
  { row: 2, id: "carried-in", label: "二、上年结转政府信息公开申请数量", groups: [], short: "上年结转申请" },
  { row: 3, id: "granted", label: "（一）予以公开", groups: [RESULTS], short: "予以公开" },
  { row: 4, id: "partly-granted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", groups: [RESULTS], short: "部分公开" },
  { row: 5, id: "state-secret", label: "1.属于国家秘密", groups: [RESULTS, WITHHELD], short: "不予公开·国家秘密" },
  { row: 6, id: "prohibited-by-law", label: "2.其他法律行政法规禁止公开", groups: [RESULTS, WITHHELD], short: "不予公开·法律法规禁止" },
  { row: 7, id: "three-safeties", label: "3.危及“三安全一稳定”", groups: [RESULTS, WITHHELD], short: "不予公开·三安全一稳定" },
  { row: 8, id: "third-party", label: "4.保护第三方合法权益", groups: [RESULTS, WITHHELD], short: "不予公开·第三方权益" },
  { row: 9, id: "internal-affairs", label: "5.属于三类内部事务信息", groups: [RESULTS, WITHHELD], short: "不予公开·内部事务" },
  { row: 10, id: "process-info", label: "6.属于四类过程性信息", groups: [RESULTS, WITHHELD], short: "不予公开·过程性信息" },
  { row: 11, id: "enforcement-files", label: "7.属于行政执法案卷", groups: [RESULTS, WITHHELD], short: "不予公开·执法案卷" },
  { row: 12, id: "inquiry-matters", label: "8.属于行政查询事项", groups: [RESULTS, WITHHELD], short: "不予公开·行政查询" },
  { row: 13, id: "not-held", label: "1.本机关不掌握相关政府信息", groups: [RESULTS, UNAVAILABLE], short: "无法提供·不掌握" },
  { row: 14, id: "needs-creation", label: "2.没有现成信息需要另行制作", groups: [RESULTS, UNAVAILABLE], short: "无法提供·需另行制作" },
  { row: 15, id: "still-unclear", label: "3.补正后申请内容仍不明确", groups: [RESULTS, UNAVAILABLE], short: "无法提供·仍不明确" },
  { row: 16, id: "petitions", label: "1.信访举报投诉类申请", groups: [RESULTS, NOT_PROCESSED], short: "不予处理·信访举报投诉" },
  { row: 17, id: "repeated", label: "2.重复申请", groups: [RESULTS, NOT_PROCESSED], short: "不予处理·重复申请" },
  { row: 18, id: "publications", label: "3.要求提供公开出版物", groups: [RESULTS, NOT_PROCESSED], short: "不予处理·公开出版物" },
  { row: 19, id: "mass-repeated", label: "4.无正当理由大量反复申请", groups: [RESULTS, NOT_PROCESSED], short: "不予处理·大量反复申请" },
  { row: 20, id: "confirmation", label: "5.要求行政机关确认或重新出具已获取信息", groups: [RESULTS, NOT_PROCESSED], short: "不予处理·确认或重新出具" },
  {
    row: 21,
    id: "no-correction",
    label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    groups: [RESULTS, OTHER],
    short: "其他处理·逾期不补正",
  },
  {
    row: 22,
    id: "fee-unpaid",
    label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    groups: [RESULTS, OTHER],
    short: "其他处理·逾期未缴费",
  },
  { row: 23, id: "other-handling", label: "3.其他", groups: [RESULTS, OTHER], short: "其他处理·其他" },
  { row: 24, id: "results-total", label: "（七）总计", groups: [RESULTS], short: "办理结果总计" },
  { row: 25, id: "carried-out", label: "四、结转下年度继续办理", groups: [], short: "结转下年度" },
];

export const REQUEST_ROW_COUNT = REQUEST_ROWS.length; // 25
/** Rows 3–23 add up to row 24 (（七）总计). */
export const RESULT_ROWS_FIRST = 3;
export const RESULT_ROWS_LAST = 23;
export const RESULTS_TOTAL_ROW = 24;
export const NEW_REQUESTS_ROW = 1;
export const CARRIED_IN_ROW = 2;
export const CARRIED_OUT_ROW = 25;

/** The key rule printed in the table's own header. */
export const BALANCE_NOTE = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和";

/** Table 四 — 复议诉讼: three groups of five columns. */
export interface AppealGroup {
  readonly group: number;
  readonly id: string;
  readonly label: string;
  /** 行政诉讼 heads groups 2 and 3. */
  readonly parent: string | null;
}

export const APPEAL_GROUPS: readonly AppealGroup[] = [
  { group: 1, id: "reconsideration", label: "行政复议", parent: null },
  { group: 2, id: "direct-suit", label: "未经复议直接起诉", parent: "行政诉讼" },
  { group: 3, id: "suit-after-reconsideration", label: "复议后起诉", parent: "行政诉讼" },
];

export const APPEAL_COLUMNS: readonly { readonly col: number; readonly id: string; readonly label: string }[] = [
  { col: 1, id: "upheld", label: "结果维持" },
  { col: 2, id: "corrected", label: "结果纠正" },
  { col: 3, id: "other", label: "其他结果" },
  { col: 4, id: "pending", label: "尚未审结" },
  { col: 5, id: "total", label: "总计" },
];

export const APPEAL_GROUP_COUNT = 3;
export const APPEAL_COLUMN_COUNT = 5;
export const APPEAL_COUNT = APPEAL_GROUP_COUNT * APPEAL_COLUMN_COUNT; // 15
/** 1-based column of 总计 within each group of table 四. */
export const APPEAL_TOTAL_COL = 5;

/** 0-based index into `appeals` of a (1-based) group and column. */
export function appealIndex(group: number, col: number): number {
  return (group - 1) * APPEAL_COLUMN_COUNT + (col - 1);
}

/** The three tables, as named in the interchange JSON and in findings. */
export type TableId = "active" | "requests" | "appeals";

export const TABLES: readonly { readonly id: TableId; readonly part: string; readonly title: string; readonly short: string }[] = [
  { id: "active", part: "二", title: "二、主动公开政府信息情况", short: "主动公开" },
  { id: "requests", part: "三", title: "三、收到和处理政府信息公开申请情况", short: "申请办理" },
  { id: "appeals", part: "四", title: "四、政府信息公开行政复议、行政诉讼情况", short: "复议诉讼" },
];

/** Total figures in one report: 10 + 25×7 + 15. */
export const FIGURE_COUNT = ACTIVE_COUNT + REQUEST_ROW_COUNT * REQUEST_COLUMN_COUNT + APPEAL_COUNT; // 200
