// Diagnostics of the text importer, built from the message catalogue (src/messages/import.ts).
import { fill } from "../../messages";
import { IMPORT_MESSAGES, type ImportMessageCode } from "../../messages/import";
import { type Diagnostic, type Location, REQUEST_COLUMNS, REQUEST_ROWS, REQUEST_ROWS_2019, TABLES, type TableId } from "../../model";

export function diagnostic(
  code: ImportMessageCode,
  severity: Diagnostic["severity"],
  params: Record<string, unknown> = {},
  location: Location = {},
  detail?: Record<string, unknown>,
): Diagnostic {
  const text = IMPORT_MESSAGES[code];
  // `{open}` lists a row's open cells and their candidates where the reader knows them.
  if (params.open === undefined) params = { ...params, open: "" };
  return {
    code,
    severity,
    ...location,
    message: fill(text.zh, params),
    message_en: fill(text.en, { ...params, ...englishParams(params) }),
    ...(detail ? { detail } : {}),
  };
}

// English messages get the table's id instead of its Chinese name.
function englishParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof params.tableId === "string") out.table = params.tableId;
  if (typeof params.where_en === "string") out.where = params.where_en;
  return out;
}

export function tableParams(table: TableId): Record<string, unknown> {
  return { table: TABLES.find((t) => t.id === table)!.short, tableId: table };
}

/** `第（二）部分公开行` style place names for messages. */
export function requestRowWhere(row: number): Record<string, unknown> {
  const r = REQUEST_ROWS[row - 1];
  return { where: `申请办理表第${row}行（${r.short}）`, where_en: `requests row ${row} (${r.id})` };
}

/** A row of the 2019 table 三 (23 rows), named as requestRowWhere names the 2021 ones. */
export function requestRowWhere2019(row: number): Record<string, unknown> {
  const r = REQUEST_ROWS_2019[row - 1];
  return { where: `申请办理表第${row}行（${r.short}）`, where_en: `requests row ${row} (${r.id})` };
}

export function requestCellWhere(row: number, col: number): Record<string, unknown> {
  const r = REQUEST_ROWS[row - 1];
  const c = REQUEST_COLUMNS[col - 1];
  return { where: `申请办理表第${row}行（${r.short}）“${c.label}”列`, where_en: `requests row ${row} (${r.id}), column ${col} (${c.id})` };
}

export function figuresText(values: readonly (number | null)[]): string {
  return values.map((v) => (v === null ? "?" : String(v))).join("、");
}

/**
 * `：“商业企业”列可能是0或3；“总计”列可能是2或5` — the open cells of a row and what each may be
 * (a cell with more than three candidates is named alone); empty when no cell has candidates.
 */
export function openCellsText(cells: readonly { name: string; candidates: readonly number[] }[]): string {
  if (!cells.some((c) => c.candidates.length > 1 && c.candidates.length <= MAX_LISTED)) return "";
  return "：" + cells.map((c) => (c.candidates.length > 1 && c.candidates.length <= MAX_LISTED ? `${c.name}可能是${c.candidates.join("或")}` : c.name)).join("；");
}

const MAX_LISTED = 3;
