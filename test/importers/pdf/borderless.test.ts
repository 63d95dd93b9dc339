// Tables without rulings, from positioned text: blank cells written out as 0 only where every
// figure lines up with a header; a row of figures at the top of a page is not a page number.
import { fillBlankCells, type PageLine } from "../../../src/importers/pdf/columns";
import type { TextBox } from "../../../src/importers/pdf/page";
import { lineText, pageLines } from "../../../src/importers/pdf/text";

const SIZE = 9;
function box(str: string, x0: number, y: number): TextBox {
  return { str, x0, x1: x0 + str.length * SIZE * 0.6, y0: y - SIZE * 0.85, y1: y + SIZE * 0.15, size: SIZE };
}
const line = (...boxes: TextBox[]): PageLine => ({ page: 1, boxes });
const texts = (lines: readonly PageLine[]) => lines.map((l) => lineText(l.boxes));

// Table 二's first rows as LibreOffice prints them: header and figures left-aligned in their cells.
const header = line(box("信息内容", 58, 245), box("本年制发件数", 127, 245), box("本年废止件数", 186, 245), box("现行有效件数", 246, 245));

describe("fillBlankCells", () => {
  test("a lone figure under 现行有效件数 keeps its column: the blank cells before it are zeros", () => {
    const rows = [header, line(box("规章", 58, 274), box("28", 246, 274)), line(box("行政规范性文件", 58, 303), box("10", 127, 303), box("15", 186, 303), box("81", 246, 303))];
    expect(texts(fillBlankCells(rows)).slice(1)).toEqual(["规章\t0\t0\t28", "行政规范性文件\t10\t15\t81"]);
  });

  test("a figure between two columns lines up with neither: the table is left as it was", () => {
    const rows = [header, line(box("规章", 58, 274), box("28", 215, 274))];
    expect(texts(fillBlankCells(rows))).toEqual(texts(rows));
  });

  test("a label-only line gets no zeros, nor a line whose own label names no three-column row of table 二", () => {
    const rows = [header, line(box("行政规范性", 58, 274)), line(box("文件", 58, 290), box("3", 127, 290))];
    expect(texts(fillBlankCells(rows))).toEqual(texts(rows));
  });

  test("行政许可's one figure in a cell merged over the three columns is not spread over them", () => {
    const centred = [header, line(box("规章", 58, 274), box("1", 127, 274), box("2", 186, 274), box("3", 246, 274)), line(box("行政许可", 58, 303), box("5", 186, 303))];
    expect(texts(fillBlankCells(centred)).slice(1)).toEqual(["规章\t1\t2\t3", "行政许可\t5"]);
  });
});

describe("page numbers", () => {
  test("a row of figures ('1 - - - - -') in the top margin is kept; a page number at the foot is dropped", () => {
    const page = [box("（二）部分公开", 120, 66), box("1", 375, 75), box("-", 408, 75), box("-", 449, 75), box("-", 482, 75), box("正文", 120, 400), box("- 2 -", 290, 820)];
    expect(pageLines(page, 842)).toEqual(["（二）部分公开", "1\t-\t-\t-", "正文"]);
  });
});
