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
  /**
   * Rows whose cells fill a different width than most rows of the table: a cell lost or gained
   * (a damaged tag, a wrong colspan or rowspan) has moved the cells after it to other columns.
   */
  readonly raggedRows?: readonly number[];
  /**
   * Cells delimited by tags (HTML, .docx), which one damaged tag can move: only such tables are
   * checked for ragged rows and moved cells. A PDF's grid comes from its lines, whole.
   */
  readonly tagged?: boolean;
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
export function placeCells(index: number, sourceRows: readonly (readonly SourceCell[])[], tagged = false): GridTable {
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
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0); // no spread: tables may have 100,000 rows
  const fixed = new Map<GridCell, GridCell>();
  for (const [cell, { rowSpan }] of grown) fixed.set(cell, { ...cell, rowSpan });
  const placed = rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] ? (fixed.get(row[c]!) ?? row[c]!) : null)));
  if (!tagged) return { index, rows: placed };
  const ragged = raggedRows(placed);
  return ragged.length ? { index, rows: placed, tagged, raggedRows: ragged } : { index, rows: placed, tagged };
}

/** Rows filling another width than a clear majority of the table's rows do (see GridTable). */
function raggedRows(rows: readonly (readonly (GridCell | null)[])[]): number[] {
  const filled = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return end;
  });
  const counts = new Map<number, number>();
  for (const w of filled) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [usual, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  if (rows.length < 3 || count * 2 <= rows.length) return [];
  return filled.flatMap((w, r) => (w === usual || w === 0 ? [] : [r]));
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

/** The table with one more row known to be ragged: its cells are read as unplaceable. */
export function withRaggedRow(table: GridTable, row: number): GridTable {
  return table.raggedRows?.includes(row) ? table : { ...table, raggedRows: [...(table.raggedRows ?? []), row] };
}

/**
 * Whether a row's cells stand where the header's columns say: a column the header names has no
 * cell in the row, or the row has text right of every named column, means its cells have moved
 * (a cell lost or gained in a damaged table) and none of them can be placed with certainty.
 */
export function cellsMoved(row: readonly (GridCell | null)[], columns: Iterable<number>): boolean {
  const named = [...columns];
  if (named.length === 0) return false;
  if (named.some((c) => row[c] === null || row[c] === undefined)) return true;
  const last = Math.max(...named);
  return row.some((cell, c) => c > last && cell !== null && cell.col > last && cell.text.trim() !== "");
}
