// Recognising the tables' rows and columns by their labels, whatever the report did to them:
// full-width forms, spaces inside words, misprints, group headings glued in front. Shared by the
// text importer, the grid mapper (HTML/.docx/PDF) and the workbook scanner.
import { labelKey } from "./normalize";

/**
 * Distinctive fragments of each row label of table 三, in row order (index 0 = row 1). A label
 * matches a row when its key contains one of the fragments. Fragments are chosen so that no
 * fragment of one row occurs in another row's canonical label (a test holds that).
 */
export const REQUEST_ROW_FRAGMENTS: readonly (readonly string[])[] = [
  ["本年新收", "新收政府信息", "新收申请"],
  ["上年结转", "上年度结转"],
  ["予以公开"],
  ["部分公开"],
  ["国家秘密"],
  ["法律行政法规禁止", "行政法规禁止", "法律行政", "禁止公开"],
  ["三安全", "一稳定", "危及"],
  ["第三方"],
  ["内部事务"],
  ["过程性"],
  ["执法案卷"],
  ["行政查询", "查询事项"],
  ["不掌握"],
  ["另行制作", "没有现成"],
  ["补正后", "仍不明确"],
  ["信访", "举报投诉"],
  ["重复申请"],
  ["出版物"],
  ["大量反复"],
  ["重新出具", "已获取信息", "确认或"],
  ["不补正"],
  ["收费通知", "缴纳费用"],
  [], // 3.其他 — only by position under （六）, see matchRequestRow
  [], // （七）总计 — by its marker, see matchRequestRow
  ["结转下年度", "下年度继续"],
];

/**
 * The row of table 三 (1-based) that a label names, or null. `label` may carry its group
 * headings in front (`三、本年度办理结果（三）不予公开1.属于国家秘密`).
 */
export function matchRequestRow(label: string): number | null {
  const key = labelKey(label);
  if (key === "") return null;
  // Row 4's own label mentions "不计其他情形": test the specific rows before the generic ones.
  for (let i = 0; i < REQUEST_ROW_FRAGMENTS.length; i++) {
    if (REQUEST_ROW_FRAGMENTS[i].some((f) => key.includes(f))) return i + 1;
  }
  if (/(\(七\)|七\.)?(总计|合计)$/.test(key) && key.length <= 8) return 24;
  if (/^(\(六\)其他处理)?3\.?其他$/.test(key)) return 23;
  return null;
}

/** Key fragments of the 2019 format that the 2021 format does not have. */
export const FORMAT_2019_MARKERS: readonly string[] = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "本年增/减",
  "本年增减",
  "其他对外管理服务事项",
  "政府集中采购",
  "采购总金额",
];

/** Row labels of table 二 (规章 … 行政事业性收费), matched to the items they carry. */
export function matchActiveRow(label: string): { items: readonly number[] } | null {
  const key = labelKey(label);
  if (key.includes("规范性文件")) return { items: [4, 5, 6] };
  if (key.endsWith("规章") || key === "规章") return { items: [1, 2, 3] };
  if (key.includes("行政许可")) return { items: [7] };
  if (key.includes("行政处罚")) return { items: [8] };
  if (key.includes("行政强制")) return { items: [9] };
  if (key.includes("事业性收费") || key.endsWith("收费")) return { items: [10] };
  return null;
}

/** Column headers of table 三 (自然人 … 总计), 1-based, or null. */
export function matchRequestColumn(header: string): number | null {
  const key = labelKey(header);
  if (key.includes("自然人")) return 1;
  if (key.includes("商业企业")) return 2;
  if (key.includes("科研机构")) return 3;
  if (key.includes("公益组织")) return 4;
  if (key.includes("法律服务")) return 5;
  if (key === "其他") return 6;
  if (key === "总计" || key === "合计") return 7;
  return null;
}

/** Column headers of one group of table 四 (结果维持 … 总计), 1-based, or null. */
export function matchAppealColumn(header: string): number | null {
  const key = labelKey(header);
  if (key.includes("维持")) return 1;
  if (key.includes("纠正")) return 2;
  if (key.includes("其他结果") || key === "其他") return 3;
  if (key.includes("尚未审结") || key.includes("未审结")) return 4;
  if (key === "总计" || key === "合计") return 5;
  return null;
}

/**
 * Row labels of the 2019 table 二, matched to their items (1-based, ACTIVE_ITEMS_2019). 规范性文件
 * (the 2019 label, without 行政) is tested before 规章 so `规章及规范性文件` headings do not mislead.
 */
export function matchActiveRow2019(label: string): { items: readonly number[] } | null {
  const key = labelKey(label);
  if (key.length > 24) return null;
  if (key.includes("规范性文件")) return { items: [4, 5, 6] };
  if (key.endsWith("规章")) return { items: [1, 2, 3] };
  if (key.includes("行政许可")) return { items: [7, 8, 9] };
  if (key.includes("对外管理服务") || key.includes("管理服务事项")) return { items: [10, 11, 12] };
  if (key.includes("行政处罚")) return { items: [13, 14, 15] };
  if (key.includes("行政强制")) return { items: [16, 17, 18] };
  if (key.includes("事业性收费") || key.endsWith("收费")) return { items: [19, 20] };
  if (key.includes("集中采购") || key.includes("政府采购")) return { items: [21, 22] };
  return null;
}

/**
 * Column headers of the 2019 table 二, as the position (0-based) within the row's items: 本年新制作
 * · 本年新公开 · 对外公开总数量; 上一年项目数量 · 本年增/减 · 处理决定数量; 采购项目数量 · 采购总金额.
 */
export function matchActiveColumn2019(header: string): { kind: "published" | "matters" | "procurement"; k: number } | null {
  const key = labelKey(header);
  if (key.includes("新制作")) return { kind: "published", k: 0 };
  if (key.includes("新公开")) return { kind: "published", k: 1 };
  if (key.includes("公开总数")) return { kind: "published", k: 2 };
  if (key.includes("上一年") || key.includes("上年项目")) return { kind: "matters", k: 0 };
  if (key.includes("增/减") || key.includes("增减") || key.includes("增或减")) return { kind: "matters", k: 1 };
  if (key.includes("处理决定")) return { kind: "matters", k: 2 };
  if (key.includes("采购项目")) return { kind: "procurement", k: 0 };
  if (key.includes("总金额") || key.includes("采购金额")) return { kind: "procurement", k: 1 };
  return null;
}

/** Row fragments of the 2021 table 三 that the 2019 one lacks: （六）'s sub-rows 1 and 2. */
export const REQUEST_SUBROW_FRAGMENTS_2021: readonly string[] = ["不补正", "收费通知", "缴纳费用"];
