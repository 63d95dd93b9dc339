// The tables of the older national format (国办公开办函〔2019〕60号), used for the reports on 2019 and
// 2020 and by some agencies after 2021. Read in their own shape, never mapped onto the 2021 arrays:
// 对外公开总数量 is not 现行有效件数. See docs/FORMAT.md, "The older format".
import type { ActiveItem, RequestRow } from "./tables";
import { REQUEST_ROWS } from "./tables";

const A1 = "第二十条第（一）项";
const A5 = "第二十条第（五）项";
const A6 = "第二十条第（六）项";
const A8 = "第二十条第（八）项";
const A9 = "第二十条第（九）项";

function counts(first: number, idBase: string, article: string, label: string, columns: readonly [string, string, string][]): ActiveItem[] {
  return columns.map(([idTail, column, kind], i) => ({
    item: first + i,
    id: `${idBase}-${idTail}`,
    article,
    label,
    column,
    decimal: false,
    ...(kind === "signed" ? { signed: true } : {}),
  }));
}

const PUBLISHED: [string, string, string][] = [
  ["made", "本年新制作数量", ""],
  ["published", "本年新公开数量", ""],
  ["public-total", "对外公开总数量", ""],
];
const MATTERS: [string, string, string][] = [
  ["previous", "上一年项目数量", ""],
  ["change", "本年增/减", "signed"],
  ["decisions", "处理决定数量", ""],
];

/** Table 二 (2019) — 主动公开: 22 figures, in interchange order. */
export const ACTIVE_ITEMS_2019: readonly ActiveItem[] = [
  ...counts(1, "rules", A1, "规章", PUBLISHED),
  ...counts(4, "normative", A1, "规范性文件", PUBLISHED),
  ...counts(7, "licensing", A5, "行政许可", MATTERS),
  ...counts(10, "services", A5, "其他对外管理服务事项", MATTERS),
  ...counts(13, "penalty", A6, "行政处罚", MATTERS),
  ...counts(16, "enforcement", A6, "行政强制", MATTERS),
  ...counts(19, "fees", A8, "行政事业性收费", MATTERS.slice(0, 2)),
  { item: 21, id: "procurement-projects", article: A9, label: "政府集中采购", column: "采购项目数量", decimal: false },
  { item: 22, id: "procurement-amount", article: A9, label: "政府集中采购", column: "采购总金额（单位：万元）", decimal: true },
];

export const ACTIVE_COUNT_2019 = ACTIVE_ITEMS_2019.length; // 22
/** 1-based item of 采购总金额, the one decimal figure of the 2019 table 二. */
export const PROCUREMENT_AMOUNT_ITEM = 22;
/** 1-based items of 本年增/减: signed, may be negative. */
export const SIGNED_ITEMS_2019: readonly number[] = ACTIVE_ITEMS_2019.filter((it) => it.signed).map((it) => it.item);

/** The blocks of the 2019 table 二 as printed: one header line of columns per article. */
export const ACTIVE_BLOCKS_2019: readonly { readonly article: string; readonly items: readonly number[] }[] = [
  { article: A1, items: [1, 2, 3, 4, 5, 6] },
  { article: A5, items: [7, 8, 9, 10, 11, 12] },
  { article: A6, items: [13, 14, 15, 16, 17, 18] },
  { article: A8, items: [19, 20] },
  { article: A9, items: [21, 22] },
];

/** Table 三 (2019): 23 rows. Rows 1–20 are the 2021 rows; （六）其他处理 is one row. */
export const REQUEST_ROWS_2019: readonly RequestRow[] = [
  ...REQUEST_ROWS.slice(0, 20),
  { row: 21, id: "other-handling", label: "（六）其他处理", groups: ["三、本年度办理结果"], short: "其他处理" },
  { row: 22, id: "results-total", label: "（七）总计", groups: ["三、本年度办理结果"], short: "办理结果总计" },
  { row: 23, id: "carried-out", label: "四、结转下年度继续办理", groups: [], short: "结转下年度" },
];

export const REQUEST_ROW_COUNT_2019 = REQUEST_ROWS_2019.length; // 23
export const RESULT_ROWS_LAST_2019 = 21;
export const RESULTS_TOTAL_ROW_2019 = 22;
export const CARRIED_OUT_ROW_2019 = 23;
