// Reports from PDF: text with positions and ruling lines (pdf.js) rebuilt into the tables' cells.
// A table that runs over a page break (same outer edges, nothing but page furniture between the
// parts) becomes one grid with the union of its parts' column boundaries. Page headers and footers
// lie outside every table and never reach a grid.
import type { ImportResult } from "../../model";
import { damageReason, fileFailure, gridToReport, type GridCell, type GridTable } from "../grid";
import { looksLikeReportTable } from "../grid/report-table";
import { importText } from "../text";
import { distinct, findFrames, TOLERANCE, type Frame } from "./frames";
import { frameGrid } from "./grid";
import { openPdf } from "./load";
import { readPage, type PageContent, type TextBox } from "./page";
import { fillBlankAppeals, withBorderlessAppeals } from "./appeals";
import { withBorderlessRequests } from "./borderless";
import { fillBlankCells } from "./columns";
import { lineText, pageLines, runningLines, sortPageLines, textQuality } from "./text";

export { configurePdfAssets } from "./load";

const SCAN_STAMP_CHARACTERS = 30;

export async function importPdf(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const opened = await openPdf(bytes);
  if (!opened.ok)
    return opened.reason === "password"
      ? fileFailure("pdf-encrypted", { name })
      : fileFailure("file-damaged", { name, kind: "PDF", ...damageReason(new Error(opened.message)) });
  const { doc, pdfjs } = opened;
  try {
    const pages: PageContent[] = [];
    for (let p = 1; p <= doc.numPages; p++) pages.push(await readPage(await doc.getPage(p), p, pdfjs.OPS));
    const quality = textQuality(pages.flatMap((page) => page.texts.map((t) => t.str)));
    // A scan may still carry a stamped page number or a scanner's name: a few characters are no report.
    const pictures = pages.reduce((n, page) => n + page.images, 0);
    if (quality.characters === 0 || (quality.characters < SCAN_STAMP_CHARACTERS && pictures > 0))
      return fileFailure("pdf-no-text", { name, pages: doc.numPages });
    if (quality.garbled) return fileFailure("pdf-garbled", { name });
    const running = runningLines(pages);
    const result = readTables(pages, running);
    if (result.ok || result.format !== undefined || !result.diagnostics.some((d) => d.code === "no-tables")) return result;
    // Tables drawn without rulings: the text importer reads the page text, its blank cells written
    // out as 0 where the header's columns say where they are; what it leaves unreadable in tables
    // 三 and 四 is then read from the text positions.
    const sorted = pages.map((page) => ({ page: page.page, ...sortPageLines(page.texts, page.height, running) }));
    const lines = sorted.flatMap(({ page, kept }) => kept.map((boxes) => ({ page, boxes })));
    const pageNumbers = sorted.flatMap(({ page, pageNumbers }) => pageNumbers.map((boxes) => ({ page, boxes })));
    const text = fillBlankAppeals(fillBlankCells(lines))
      .map((line) => lineText(line.boxes))
      .join("\n");
    const asText = withBorderlessAppeals(withBorderlessRequests(importText(text), lines, pageNumbers), lines, pageNumbers);
    // Fonts without a Unicode map can also come out as wrong but valid Chinese characters.
    if (!asText.ok && quality.characters >= 200 && !/政府|信息|公开|申请/.test(text)) return fileFailure("pdf-garbled", { name });
    return asText;
  } finally {
    await doc.destroy();
  }
}


interface Placed {
  frame: Frame;
  /** Text of the page outside every frame. */
  free: TextBox[];
}

function readTables(pages: readonly PageContent[], running: ReadonlySet<string>): ImportResult {
  const placed: Placed[] = [];
  const freeText: TextBox[][] = [];
  for (const page of pages) {
    const frames = findFrames(page.page, page.horizontals, page.verticals, page.shortVerticals);
    const inside = (t: TextBox) => frames.some((f) => t.x0 + 1 >= f.left && t.x1 - 1 <= f.right && t.y0 + 1 >= f.top && t.y1 - 1 <= f.bottom);
    const free = page.texts.filter((t) => !inside(t));
    freeText.push(free);
    for (const frame of frames) placed.push({ frame, free });
  }
  const chains = chainsOverPageBreaks(placed, pages, running);
  const tables: GridTable[] = [];
  const starts: Frame[] = [];
  for (const chain of chains) {
    const xs = distinct(chain.flatMap((f) => f.xs));
    const parts = chain.map((frame) => {
      frame.xs = xs.filter((x) => x >= frame.left - 4 && x <= frame.right + 4);
      return frameGrid(frame, pages[frame.page - 1].texts, tables.length).table;
    });
    tables.push(joinParts(tables.length, parts));
    starts.push(chain[0]);
  }
  const first = tables.findIndex(looksLikeReportTable);
  const preamble: string[] = [];
  pages.forEach((page, p) => {
    const start = first >= 0 ? starts[first] : null;
    if (start && page.page > start.page) return;
    const above = start && page.page === start.page ? freeText[p].filter((t) => t.y1 <= start.top + TOLERANCE) : freeText[p];
    preamble.push(...pageLines(above, page.height, running));
  });
  return gridToReport({ tables, preamble: preamble.join("\n") });
}

/**
 * Frames in reading order, grouped into tables: a frame continues the one before it when it is the
 * first on the next page, has the same outer edges, and only page furniture lies between them.
 */
function chainsOverPageBreaks(placed: readonly Placed[], pages: readonly PageContent[], running: ReadonlySet<string>): Frame[][] {
  const chains: Frame[][] = [];
  placed.forEach(({ frame, free }, i) => {
    const before = i > 0 ? placed[i - 1] : null;
    const last = before?.frame;
    const continues =
      last !== undefined &&
      frame.page === last.page + 1 &&
      Math.abs(frame.left - last.left) <= 3 &&
      Math.abs(frame.right - last.right) <= 3 &&
      pageLines(before!.free.filter((t) => t.y0 >= last.bottom), pages[last.page - 1].height, running).length === 0 &&
      pageLines(free.filter((t) => t.y1 <= frame.top), pages[frame.page - 1].height, running).length === 0;
    if (continues) chains[chains.length - 1].push(frame);
    else chains.push([frame]);
  });
  return chains;
}

/** The parts of a table over page breaks as one grid; the rows where pages begin are noted. */
function joinParts(index: number, parts: readonly GridTable[]): GridTable {
  if (parts.length === 1) return { ...parts[0], index };
  const rows: (GridCell | null)[][] = [];
  const pageBreaks: number[] = [];
  const width = Math.max(...parts.map((p) => p.rows[0]?.length ?? 0));
  for (const part of parts) {
    const offset = rows.length;
    if (offset > 0) pageBreaks.push(offset);
    const moved = new Map<GridCell, GridCell>();
    for (const row of part.rows)
      rows.push(
        row.map((cell) => {
          if (!cell) return null;
          if (!moved.has(cell)) moved.set(cell, { ...cell, row: cell.row + offset });
          return moved.get(cell)!;
        }),
      );
  }
  for (const row of rows) while (row.length < width) row.push(null);
  return { index, rows, pageBreaks };
}
