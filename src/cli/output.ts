// How the command line shows reports: one JSON object per input, or a readable preview.
import { formatName } from "../messages";
import { APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, appealIndex, flattenAny, shapeOf, type Figure, type ImportResult } from "../model";

/** The interchange object for one input; a failed input still gets its object, with `error`. */
export function importResultToJson(result: ImportResult, file: string): Record<string, unknown> {
  if (result.ok) return { ...result.report, file };
  const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
  return {
    format: result.format ?? null,
    agency: result.agency,
    year: result.year,
    file,
    error: errors.join("；") || "未能读取报告",
    diagnostics: result.diagnostics,
  };
}

const cell = (f: Figure) => (f === null ? "?" : String(f));

const SEVERITY: Record<string, string> = { error: "错误", warning: "注意", info: "提示" };

/** A person's view of one import: the three tables, ? for what could not be read, and why. */
export function formatPreview(result: ImportResult, file: string): string {
  const lines: string[] = [`== ${file}`];
  if (!result.ok) {
    if (result.format === "2019") lines.push("格式：2019年版（旧格式，未读入）");
    if (result.agency || result.year) lines.push(`机关：${result.agency ?? "（未识别）"}    年度：${result.year ?? "（未识别）"}`);
    lines.push(`未能读取：${result.diagnostics.map((d) => d.message).join("\n  ")}`);
    return lines.join("\n");
  }
  const r = result.report;
  const shape = shapeOf(r.format);
  const figures = flattenAny(r);
  const unread = figures.filter((f) => f === null).length;
  lines.push(`机关：${r.agency ?? "（未识别）"}    年度：${r.year ?? "（未识别）"}    格式：${formatName(r.format)}`);
  lines.push(unread === 0 ? `已读出全部${figures.length}个数字。` : `已读出${figures.length - unread}个数字，${unread}个无法读取（显示为 ?，原因见“说明”）。`);
  lines.push("", "二、主动公开政府信息情况");
  if (r.active === null) lines.push("  （新旧格式混用，表二未读入，见“说明”）");
  else for (const it of shape.activeItems) lines.push(`  ${it.label} · ${it.column}：${cell(r.active[it.item - 1])}`);
  lines.push("", "三、收到和处理政府信息公开申请情况");
  lines.push("  " + ["", ...REQUEST_COLUMNS.map((c) => c.label)].join("\t"));
  for (const row of shape.requests.rows) lines.push(`  ${row.short}\t${r.requests[row.row - 1].map(cell).join("\t")}`);
  lines.push("", "四、政府信息公开行政复议、行政诉讼情况");
  for (const g of APPEAL_GROUPS) {
    const values = APPEAL_COLUMNS.map((c) => `${c.label} ${cell(r.appeals[appealIndex(g.group, c.col)])}`);
    lines.push(`  ${g.parent ? `${g.parent}·` : ""}${g.label}：${values.join("  ")}`);
  }
  const notes = r.diagnostics ?? [];
  if (notes.length) {
    lines.push("", "说明：");
    for (const d of notes) lines.push(`  [${SEVERITY[d.severity]}] ${d.message}`);
  }
  return lines.join("\n");
}
