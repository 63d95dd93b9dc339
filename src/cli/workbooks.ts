// .xlsx inputs of the command line: opened with exceljs (loaded only when a workbook is given),
// a damaged or foreign file said in Chinese instead of JSZip's English.
import { CLI_MESSAGES } from "../messages/cli";
import { render } from "../messages/format";
import type { SheetCells, WorkbookValidation } from "../scan";
import { InputError } from "./inputs";

export interface OpenedWorkbook {
  readonly sheets: SheetCells[];
  readonly names: { name: string; reference: string }[];
}

export async function openWorkbook(file: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  const { readXlsxBook } = require("../hosts/xlsx/read") as typeof import("../hosts/xlsx/read");
  try {
    return await readXlsxBook(bytes);
  } catch {
    throw new InputError(render(CLI_MESSAGES.damagedXlsx, { file }));
  }
}

export const isWorkbook = (file: string) => /\.xlsx$/i.test(file);

/**
 * The reports in a workbook and their findings, each figure with its sheet cell: report sheets (by
 * their names, else their labels), the rows of a 合并表, tables a person typed anywhere (by their
 * labels). A combination's 汇总 and 核对结果 are not read as reports (src/scan/book.ts).
 */
export async function workbookReports(file: string, bytes: Uint8Array): Promise<WorkbookValidation> {
  const { validateWorkbook } = require("../scan") as typeof import("../scan");
  return validateWorkbook(await openWorkbook(file, bytes));
}
