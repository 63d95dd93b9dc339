// Which Office.js requirement set each call needs. manifest.xml declares what is called without
// asking (ExcelApi 1.9: pageLayout, autoFilter, RangeAreas; CustomFunctionsRuntime 1.3: the
// functions' parameter addresses); anything newer goes through supports() with an older path:
//   ExcelApi 1.13  Range.getMergedAreasOrNullObject (validation reads merges; without it, none)
//   ExcelApi 1.18  Worksheet.notes (the 未能读取 notes; without them the amber fill still marks)
export const DECLARED_EXCEL_API = "1.9";
export const MERGED_AREAS_API = "1.13";
export const NOTES_API = "1.18";

/** Office.context.requirements.isSetSupported, false outside Office or when it throws. */
export function supports(set: string, version: string): boolean {
  try {
    const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(s: string, v?: string): boolean } } } }).Office;
    return office?.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}
