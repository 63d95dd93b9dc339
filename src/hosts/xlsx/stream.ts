// Node only (the command line): exceljs's streaming writer as a target of ./combined.ts, so a
// combination of 10,000 reports is written row by row instead of held as cell objects.
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { XlsxTarget } from "./combined";

export function streamingTarget(): XlsxTarget {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  return {
    workbook: writer as unknown as ExcelJS.Workbook,
    finish: async () => {
      await writer.commit();
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
