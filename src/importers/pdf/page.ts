// One PDF page as positioned text and ruling lines, in page coordinates with y growing downward.
// Lines come from the operator list: stroked paths (Word, LibreOffice, WPS) and the thin filled
// rectangles browsers print table borders as.
import type { PdfPage } from "./load";

type Matrix = [number, number, number, number, number, number];

export interface TextBox {
  readonly str: string;
  readonly x0: number;
  readonly x1: number;
  /** Top and bottom of the glyphs' line box. */
  readonly y0: number;
  readonly y1: number;
  readonly size: number;
}

/** A horizontal (y0 === y1) or vertical (x0 === x1) ruling, with x0 <= x1 and y0 <= y1. */
export interface Segment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PageContent {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly texts: TextBox[];
  readonly horizontals: Segment[];
  readonly verticals: Segment[];
  /** Vertical rulings shorter than MIN_RULE_LENGTH: the cell borders of a thin (empty) row, or glyph parts. */
  readonly shortVerticals: Segment[];
  readonly images: number;
}

/** Lines thicker than this are shapes, not rulings. */
const MAX_RULE_THICKNESS = 3;
/** Shorter strokes are glyph parts or decorations. */
const MIN_RULE_LENGTH = 4;
/** Browsers print a row of empty cells a few points high; its side borders are this long at least. */
const MIN_SHORT_RULE = 1.5;

/** The OPS codes this reader uses; their values are pdf.js's own (`pdfjs.OPS`). */
export interface OpCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly moveTo: number;
  readonly lineTo: number;
  readonly rectangle: number;
  readonly closePath: number;
  readonly curveTo: number;
  readonly curveTo2: number;
  readonly curveTo3: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
  readonly endPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
}

export async function readPage(page: PdfPage, number: number, ops: OpCodes): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const content = await page.getTextContent({ disableNormalization: false });
  const texts: TextBox[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const m = multiply(view, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]) || Math.abs(item.height) || 1;
    const x0 = m[4];
    const baseline = m[5];
    texts.push({ str: item.str, x0, x1: x0 + item.width * Math.hypot(view[0], view[1]), y0: baseline - size * 0.85, y1: baseline + size * 0.15, size });
  }
  const list = await page.getOperatorList();
  const { horizontals, verticals, shortVerticals, images } = rulings(list.fnArray, list.argsArray, view, ops);
  return { page: number, width: viewport.width, height: viewport.height, texts, horizontals, verticals, shortVerticals, images };
}

function rulings(fns: number[], args: unknown[][], view: Matrix, ops: OpCodes) {
  const horizontals: Segment[] = [];
  const verticals: Segment[] = [];
  const shortVerticals: Segment[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  // Path pieces since the last painting operator, in device space: lines and rectangles.
  let lines: [number, number, number, number][] = [];
  let rects: [number, number, number, number][] = [];
  const point = (x: number, y: number): [number, number] => apply(multiply(view, ctm), x, y);
  const addRule = (x0: number, y0: number, x1: number, y1: number) => {
    const [ax, bx] = x0 <= x1 ? [x0, x1] : [x1, x0];
    const [ay, by] = y0 <= y1 ? [y0, y1] : [y1, y0];
    if (by - ay <= 1 && bx - ax >= MIN_RULE_LENGTH) horizontals.push({ x0: ax, x1: bx, y0: (ay + by) / 2, y1: (ay + by) / 2 });
    else if (bx - ax <= 1 && by - ay >= MIN_RULE_LENGTH) verticals.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: ay, y1: by });
    else if (bx - ax <= 1 && by - ay >= MIN_SHORT_RULE) shortVerticals.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: ay, y1: by });
  };
  const addThinRect = ([x0, y0, x1, y1]: [number, number, number, number]) => {
    const w = Math.abs(x1 - x0);
    const h = Math.abs(y1 - y0);
    if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) addRule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
    else if (w <= MAX_RULE_THICKNESS && h >= MIN_SHORT_RULE && h > w) addRule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
  };
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const a = args[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, a as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(a?.[0]) && a[0].length === 6) ctm = multiply(ctm, a[0] as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject) images++;
    else if (fn === ops.constructPath) {
      const [pathOps, coords] = a as [number[], number[]];
      let k = 0;
      let current: [number, number] | null = null;
      for (const op of pathOps) {
        if (op === ops.moveTo) {
          current = point(coords[k], coords[k + 1]);
          k += 2;
        } else if (op === ops.lineTo) {
          const next = point(coords[k], coords[k + 1]);
          if (current) lines.push([current[0], current[1], next[0], next[1]]);
          current = next;
          k += 2;
        } else if (op === ops.rectangle) {
          const [x, y, w, h] = coords.slice(k, k + 4);
          const p0 = point(x, y);
          const p1 = point(x + w, y + h);
          rects.push([p0[0], p0[1], p1[0], p1[1]]);
          current = p0;
          k += 4;
        } else if (op === ops.curveTo) k += 6;
        else if (op === ops.curveTo2 || op === ops.curveTo3) k += 4;
      }
    } else if (strokes.has(fn) || fills.has(fn) || fn === ops.endPath) {
      if (strokes.has(fn)) {
        for (const [x0, y0, x1, y1] of lines) addRule(x0, y0, x1, y1);
        for (const [x0, y0, x1, y1] of rects) {
          if (Math.abs(x1 - x0) <= MAX_RULE_THICKNESS || Math.abs(y1 - y0) <= MAX_RULE_THICKNESS) {
            addThinRect([x0, y0, x1, y1]);
            continue;
          }
          addRule(x0, y0, x1, y0);
          addRule(x0, y1, x1, y1);
          addRule(x0, y0, x0, y1);
          addRule(x1, y0, x1, y1);
        }
      } else if (fills.has(fn)) rects.forEach(addThinRect);
      lines = [];
      rects = [];
    }
  }
  return { horizontals, verticals, shortVerticals, images };
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
