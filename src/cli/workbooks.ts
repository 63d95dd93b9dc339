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
 * The reports in a workbook and their findings, each figure with its sheet cell: report sheets,
 * tables a person typed anywhere (found by their labels). The sheets a combination wrote (marked
 * by hidden names) are not read as reports.
 */
export async function workbookReports(file: string, bytes: Uint8Array): Promise<WorkbookValidation> {
  const book = await openWorkbook(file, bytes);
  const { markedCombineSheets } = require("../layout/combined") as typeof import("../layout/combined");
  const { validateSheets } = require("../scan") as typeof import("../scan");
  const ours = markedCombineSheets(book.names);
  return validateSheets(book.sheets.filter((s) => !ours.has(s.name)));
}
