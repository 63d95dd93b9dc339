// Table 二 of the older 2019 format in text: each row by its label (规章 … 政府集中采购), its figures
// the pieces after the label on its line — or, in one-cell-per-line text, on the lines right under
// it. A row is taken only when it shows exactly its own number of figures (2 or 3, in the printed
// order); else its figures stay unreadable and a diagnostic gives what was there. Signed 本年增/减
// (`+7`, `-1`, `减少2`) keep their signs; 采购总金额 in 元 is converted to 万元 and said.
import { ACTIVE_ITEMS_2019, PROCUREMENT_AMOUNT_ITEM, labelKey, matchActiveRow2019, readFigureText, readSignedFigureText, type Diagnostic, type Figure } from "../../model";
import { diagnostic } from "./diagnostics";
import type { Line } from "./tokens";

export interface Active2019Read {
  readonly figures: Figure[];
  readonly diagnostics: Diagnostic[];
}

/** A figure piece of a 2019 row: a number (signed where the column is), a none-mark, or nothing. */
function pieceValue(text: string, item: number): { value: Figure; yuan: boolean } | null {
  const it = ACTIVE_ITEMS_2019[item - 1];
  const read = it.signed ? readSignedFigureText(text) : readFigureText(text);
  if (read.kind === "none-mark") return { value: 0, yuan: false };
  if (read.kind !== "number") return null;
  if (item === PROCUREMENT_AMOUNT_ITEM && read.unit === "元") return { value: Math.round(read.value) / 10000, yuan: true };
  return { value: read.value, yuan: false };
}

const SPLIT = /[\s\u3000]+/;
const FIGURE_LIKE = /^[+\-−－]?[\d０-９,，.．]+(元|万元|件|个|项)?$|^(增加|减少|增|减)[\d０-９]+$|^[-—/无]$/;

export function readActive2019Text(region: readonly Line[]): Active2019Read {
  const figures = Array<Figure>(ACTIVE_ITEMS_2019.length).fill(null);
  const diagnostics: Diagnostic[] = [];
  const done = new Set<number>();
  for (let i = 0; i < region.length; i++) {
    const text = region[i].text.trim();
    const m = /^([^\d+\-−－\s]+)\s*(.*)$/.exec(text);
    if (!m) continue;
    const row = matchActiveRow2019(m[1]);
    if (!row || done.has(row.items[0]) || labelKey(m[1]).length > 16) continue;
    let pieces = m[2].split(SPLIT).filter((p) => p !== "");
    // One cell per line: the figures stand on the lines under the label.
    for (let j = i + 1; pieces.length === 0 && j < region.length; j++) {
      const below: string[] = [];
      for (let k = j; k < region.length && below.length < row.items.length; k++) {
        const t = region[k].text.trim();
        if (t === "") continue;
        if (!FIGURE_LIKE.test(t)) break;
        below.push(t);
      }
      pieces = below;
      break;
    }
    row.items.forEach((item) => done.add(item));
    const values = pieces.length === row.items.length ? pieces.map((p, k) => pieceValue(p, row.items[k])) : null;
    if (!values || values.some((v) => v === null)) {
      const where = ACTIVE_ITEMS_2019[row.items[0] - 1].label;
      diagnostics.push(
        diagnostic("row-ambiguous", "warning", { where: `主动公开表“${where}”`, where_en: `active row ${where}`, count: pieces.length, figures: pieces.join("、") || "无", unknown: row.items.length, open: "" }, { table: "active", item: row.items[0] }),
      );
      continue;
    }
    values.forEach((v, k) => {
      figures[row.items[k] - 1] = v!.value;
      if (v!.yuan) diagnostics.push(diagnostic("procurement-in-yuan", "info", { text: pieces[k], value: v!.value }, { table: "active", item: row.items[k] }));
    });
  }
  for (const it of ACTIVE_ITEMS_2019)
    if (!done.has(it.item) && it === ACTIVE_ITEMS_2019.find((x) => x.label === it.label))
      diagnostics.push(diagnostic("row-missing", "error", { where: `主动公开表“${it.label}”`, where_en: `active row ${it.label}` }, { table: "active", item: it.item }));
  return { figures, diagnostics };
}
