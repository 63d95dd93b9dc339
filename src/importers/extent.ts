// The part of a huge text file that can hold the report. A report is a few thousand lines even
// printed one character per line; a file of millions of lines (50 MB of digits, one per line) would
// cost the text importer memory for every line. Past the limit, the importer is given the lines
// from just before the report's first heading, and the message says which lines were read.
import type { Diagnostic } from "../model";
import { fileDiagnostic } from "./grid/diagnostics";

/** Far more lines than any report takes; below this a text is read whole. */
export const MAX_TEXT_LINES = 200_000;
/** Lines kept before the first heading: the title stands there. */
const LINES_BEFORE_HEADING = 60;

const HEADING = /总体情况|主动公开政府信息情况|收到和处理政府信息公开申请|行政复议、?行政诉讼情况/;

export interface TextExtent {
  text: string;
  diagnostics: Diagnostic[];
}

/** The text, or for a text of more than MAX_TEXT_LINES lines, the lines around its report. */
export function reportExtent(text: string): TextExtent {
  const total = linesIn(text, 0, text.length);
  if (total <= MAX_TEXT_LINES) return { text, diagnostics: [] };
  const heading = Math.max(0, text.search(HEADING));
  let from = heading;
  for (let n = 0; n <= LINES_BEFORE_HEADING && from > 0; n++) from = text.lastIndexOf("\n", from - 1);
  from = from <= 0 ? 0 : from + 1;
  let to = from - 1;
  for (let n = 0; n < MAX_TEXT_LINES; n++) {
    to = text.indexOf("\n", to + 1);
    if (to < 0) break;
  }
  const end = to < 0 ? text.length : to;
  const first = linesIn(text, 0, from);
  const params = { total, from: first, to: first + linesIn(text, from, end) - 1, limit: MAX_TEXT_LINES };
  return { text: text.slice(from, end), diagnostics: [fileDiagnostic("text-lines-cut", "warning", params)] };
}

/** Lines the text has from `from` up to `to` (a line begun counts). */
function linesIn(text: string, from: number, to: number): number {
  let lines = 1;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
