// Tests that read 2021 reports narrow the importer's union here (failing loudly on another format).
import type { AnyReport, Report } from "../../src/model";

export function only2021(report: AnyReport): Report {
  if (report.format !== "2021") throw new Error(`expected a 2021-format report, read format ${report.format}`);
  return report;
}
