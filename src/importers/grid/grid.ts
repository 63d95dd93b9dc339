// The cell grid that every structured source (HTML table, .docx table, PDF rebuilt from its ruling
// lines) becomes before the one mapper reads the report from it. A merged cell occupies every grid
// position it spans; all of them hold the same GridCell object, so "the same cell" is `===`.

export interface GridCell {
  /** The cell's text, lines joined; may be "" (an empty cell). */
  readonly text: string;
  /** 0-based grid position of the cell's top-left corner. */
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** 1-based page the cell (its top) is printed on, for PDFs. */
  readonly page?: number;
  /** Nothing but empty lines (three empty paragraphs): not the blank of a zero, see SourceCell. */
  readonly blankLines?: boolean;
}

export interface GridTable {
  /** 0-based index of the table in its document, for SourceRef. */
  readonly index: number;
  /** rows[r][c]: the cell at grid position (r, c), or null where a ragged row has no cell. */
  readonly rows: readonly (readonly (GridCell | null)[])[];
  /**
   * Grid rows that begin a new page (PDF tables over a page break). A row split by the break is
   * two grid rows here, the second one's label a tail of the first's.
   */
  readonly pageBreaks?: readonly number[];
}

/** A structured document as the mapper needs it: its tables and the text around them. */
export interface GridDocument {
  readonly tables: readonly GridTable[];
  /** The text before the report's first table (title, part 一 and the heading of part 二). */
  readonly preamble: string;
}

/** One cell as a source lists it: its text and how far it spans. */
export interface SourceCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly page?: number;
  /**
   * .docx vertical merge: "continue" cells extend the cell above them in the same grid column
   * instead of standing on their own.
   */
  readonly continuesAbove?: boolean;
  /**
   * The cell holds empty lines and nothing else (several empty paragraphs or breaks): what is left
   * where a figure was lost, unlike the one empty paragraph of a cell left blank for zero.
   */
  readonly blankLines?: boolean;
}

/**
 * Places source rows (HTML <tr>s, .docx <w:tr>s) on a grid, the way browsers lay out rowspan and
 * colspan: each cell takes the first grid column its row has not filled yet.
 */
export function placeCells(index: number, sourceRows: readonly (readonly SourceCell[])[]): GridTable {
  const rows: (GridCell | null)[][] = sourceRows.map(() => []);
  // Cells that keep growing downward while .docx "continue" cells join them.
  const grown = new Map<GridCell, { rowSpan: number }>();
  for (let r = 0; r < sourceRows.length; r++) {
    let col = 0;
    for (const source of sourceRows[r]) {
      while (rows[r][col]) col++;
      const colSpan = clampSpan(source.colSpan, 1000);
      if (source.continuesAbove && r > 0 && rows[r - 1][col]) {
        const above = rows[r - 1][col]!;
        for (let c = col; c < col + colSpan; c++) rows[r][c] = above;
        grown.set(above, { rowSpan: r - above.row + 1 });
        col += colSpan;
        continue;
      }
      const rowSpan = clampSpan(source.rowSpan, sourceRows.length - r);
      const cell: GridCell = { text: source.text, row: r, col, rowSpan, colSpan, page: source.page };
      if (source.blankLines) (cell as { blankLines?: boolean }).blankLines = true;
      for (let rr = r; rr < r + rowSpan; rr++) for (let c = col; c < col + colSpan; c++) rows[rr][c] = cell;
      col += colSpan;
    }
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  const fixed = new Map<GridCell, GridCell>();
  for (const [cell, { rowSpan }] of grown) fixed.set(cell, { ...cell, rowSpan });
  return {
    index,
    rows: rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] ? (fixed.get(row[c]!) ?? row[c]!) : null))),
  };
}

function clampSpan(span: number | undefined, max: number): number {
  if (span === undefined || !Number.isFinite(span) || span < 1) return 1;
  return Math.max(1, Math.min(Math.floor(span), max));
}

/** The distinct cells of a grid row, left to right (a merged cell once). */
export function distinctCells(row: readonly (GridCell | null)[]): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of row) if (cell && out[out.length - 1] !== cell) out.push(cell);
  return out;
}

/** The grid as plain text, one line per row, cells separated by tabs (for recognizing content). */
export function gridText(table: GridTable): string {
  return table.rows.map((row) => distinctCells(row).map((c) => c.text).join("\t")).join("\n");
}
