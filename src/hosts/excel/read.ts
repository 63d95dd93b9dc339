// Reading regions of sheets within Excel's limits: a request reads at most `cellsPerSync` cells
// (Excel on the web answers at most 5 MB and reads at most 5 million cells at once), regions of
// several sheets share a request, a large region is cut into row bands. Merged areas come with the
// values when asked for, per band of at most `mergeRows` rows (getMergedAreasOrNullObject fails
// above 512 areas). When Excel refuses a request anyway (long texts, many merges), it is split in
// two and tried again; a single row that still fails is read without its merges, and says so.
import { parseRangeA1, rangeA1, rect, type Rect } from "../../layout";

export type CellValues = (string | number | boolean)[][];

export interface ReadRequest {
  readonly sheet: string;
  readonly rect: Rect;
  /** Also read the merged areas (needs ExcelApi 1.13: the caller asks supports()). */
  readonly merges?: boolean;
}

export interface ReadResult {
  /** The region's values, row by row, `rect` of the request. */
  readonly values: CellValues;
  /** The merged areas that touch the region, sheet coordinates. */
  readonly merges: Rect[];
  /** Why some merged areas could not be read, if so. */
  readonly mergeError?: string;
}

export interface ReadLimits {
  readonly cellsPerSync: number;
  readonly mergeRows: number;
}

export const READ_LIMITS: ReadLimits = { cellsPerSync: 150_000, mergeRows: 200 };

interface Band {
  readonly index: number;
  readonly sheet: string;
  readonly rect: Rect;
  merges: boolean;
}

const cellCount = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Errors that splitting cannot help: the sheet is gone, the call is not there. */
function isFinal(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || code === "ApiNotFound" || code === "AccessDenied" || code === "InvalidReference";
}

/** `'S 1'!A1:B2,'S 1'!C3` → its areas. */
export function areasOf(address: string): Rect[] {
  return address
    .split(",")
    .map((a) => a.replace(/^.*!/, "").replace(/\$/g, ""))
    .filter((a) => /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(a))
    .map((a) => parseRangeA1(a));
}

export async function readRegions(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  requests: readonly ReadRequest[],
  limits: ReadLimits = READ_LIMITS,
): Promise<ReadResult[]> {
  const values: CellValues[] = requests.map((r) => []);
  const rowsOf = new Map<number, Map<number, (string | number | boolean)[]>>();
  const merges = requests.map(() => new Map<string, Rect>());
  const mergeErrors: (string | undefined)[] = requests.map(() => undefined);

  // Row bands: each within the cell budget, and within mergeRows rows when merges are read.
  const pending: Band[][] = [];
  let batch: Band[] = [];
  let batchCells = 0;
  requests.forEach((req, index) => {
    const width = req.rect.right - req.rect.left + 1;
    const byCells = Math.max(1, Math.floor(limits.cellsPerSync / width));
    const bandRows = req.merges ? Math.min(byCells, limits.mergeRows) : byCells;
    for (let top = req.rect.top; top <= req.rect.bottom; top += bandRows) {
      const band: Band = { index, sheet: req.sheet, rect: rect(top, req.rect.left, Math.min(req.rect.bottom, top + bandRows - 1), req.rect.right), merges: !!req.merges };
      const cells = cellCount(band.rect);
      if (batch.length > 0 && batchCells + cells > limits.cellsPerSync) {
        pending.push(batch);
        batch = [];
        batchCells = 0;
      }
      batch.push(band);
      batchCells += cells;
    }
  });
  if (batch.length > 0) pending.push(batch);

  const sheets = context.workbook.worksheets;
  // Rows per band of each request once Excel refused one (long texts): later bands are cut to it.
  const maxRows = new Map<number, number>();
  const cut = (band: Band): Band[] => {
    const limit = maxRows.get(band.index);
    if (limit === undefined || band.rect.bottom - band.rect.top + 1 <= limit) return [band];
    const out: Band[] = [];
    for (let top = band.rect.top; top <= band.rect.bottom; top += limit) out.push({ ...band, rect: { ...band.rect, top, bottom: Math.min(band.rect.bottom, top + limit - 1) } });
    return out;
  };
  while (pending.length > 0) {
    const queued = pending.shift()!;
    const bands = queued.flatMap(cut);
    if (bands.length > queued.length) {
      // Cut after a refusal: each band its own request.
      pending.unshift(...bands.map((b) => [b]));
      continue;
    }
    const loads = bands.map((band) => {
      const range = sheets.getItem(band.sheet).getRange(rangeA1(band.rect));
      range.load("values");
      const areas = band.merges ? range.getMergedAreasOrNullObject() : null;
      areas?.load("address");
      return { band, range, areas };
    });
    try {
      await sync();
    } catch (err) {
      if (isFinal(err)) throw err;
      if (bands.length > 1) {
        const half = Math.ceil(bands.length / 2);
        pending.unshift(bands.slice(0, half), bands.slice(half));
        continue;
      }
      const [band] = bands;
      if (band.rect.bottom > band.rect.top) {
        maxRows.set(band.index, Math.ceil((band.rect.bottom - band.rect.top + 1) / 2));
        pending.unshift([band]);
        continue;
      }
      if (band.merges) {
        mergeErrors[band.index] = reasonOf(err);
        pending.unshift([{ ...band, merges: false }]);
        continue;
      }
      throw err;
    }
    for (const { band, range, areas } of loads) {
      const rows = rowsOf.get(band.index) ?? new Map();
      rowsOf.set(band.index, rows);
      (range.values as CellValues).forEach((row, i) => rows.set(band.rect.top + i, row));
      if (areas && !areas.isNullObject) for (const a of areasOf(areas.address)) merges[band.index].set(rangeA1(a), a);
    }
  }
  return requests.map((req, index) => {
    const rows = rowsOf.get(index) ?? new Map();
    for (let r = req.rect.top; r <= req.rect.bottom; r++) values[index].push(rows.get(r) ?? []);
    return { values: values[index], merges: [...merges[index].values()], ...(mergeErrors[index] ? { mergeError: mergeErrors[index] } : {}) };
  });
}
