// The browser mode's result: one .xlsx made from the same sheet plans the Excel host writes, with
// plain-formula checks (src/hosts/xlsx leaves the XXGK.* cells out).
import { writeXlsx } from "../hosts/xlsx";
import { planWorkbook } from "../layout";
import { PANE_MESSAGES, type Lang } from "../messages";
import type { AnyReport as Report } from "../model";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadFileName(reports: readonly Report[], lang: Lang, today = new Date()): string {
  const date = `${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, "0")}${String(today.getDate()).padStart(2, "0")}`;
  const years = [...new Set(reports.map((r) => r.year).filter((y) => y !== null))];
  const base = PANE_MESSAGES.downloadFileName[lang];
  return `${base}${years.length === 1 ? `-${years[0]}` : ""}-${date}.xlsx`;
}

export async function workbookBytes(reports: readonly Report[]): Promise<Uint8Array> {
  return writeXlsx(planWorkbook(reports, { index: true }));
}

/** Hands the bytes to the browser as a download (the only DOM code here). */
export function saveFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
