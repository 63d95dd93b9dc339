// The shape of each format's tables in one object, so code that walks the tables (checks, sheets,
// importers) takes the shape from the report's `format` instead of assuming the 2021 one.
import {
  ACTIVE_ITEMS,
  CARRIED_IN_ROW,
  CARRIED_OUT_ROW,
  NEW_REQUESTS_ROW,
  REQUEST_ROWS,
  RESULT_ROWS_FIRST,
  RESULT_ROWS_LAST,
  RESULTS_TOTAL_ROW,
  type ActiveItem,
  type RequestRow,
} from "./tables";
import { ACTIVE_ITEMS_2019, CARRIED_OUT_ROW_2019, REQUEST_ROWS_2019, RESULT_ROWS_LAST_2019, RESULTS_TOTAL_ROW_2019 } from "./tables2019";

/** The national formats: 2021 (国办公开办函〔2021〕30号) and the older 2019 (〔2019〕60号). */
export type TableFormat = "2021" | "2019";
/** A report's `format`: one of the two, or "mixed" (a 2019 table 二 above 2021 tables 三 and 四). */
export type ReportFormat = TableFormat | "mixed";

export interface RequestsShape {
  readonly rows: readonly RequestRow[];
  readonly rowCount: number;
  readonly newRow: number;
  readonly carriedInRow: number;
  /** Rows first…last add up to the results-total row. */
  readonly resultsFirst: number;
  readonly resultsLast: number;
  readonly resultsTotalRow: number;
  readonly carriedOutRow: number;
}

export interface TablesShape {
  readonly format: TableFormat;
  readonly activeItems: readonly ActiveItem[];
  readonly requests: RequestsShape;
}

export const SHAPE_2021: TablesShape = {
  format: "2021",
  activeItems: ACTIVE_ITEMS,
  requests: {
    rows: REQUEST_ROWS,
    rowCount: REQUEST_ROWS.length,
    newRow: NEW_REQUESTS_ROW,
    carriedInRow: CARRIED_IN_ROW,
    resultsFirst: RESULT_ROWS_FIRST,
    resultsLast: RESULT_ROWS_LAST,
    resultsTotalRow: RESULTS_TOTAL_ROW,
    carriedOutRow: CARRIED_OUT_ROW,
  },
};

export const SHAPE_2019: TablesShape = {
  format: "2019",
  activeItems: ACTIVE_ITEMS_2019,
  requests: {
    rows: REQUEST_ROWS_2019,
    rowCount: REQUEST_ROWS_2019.length,
    newRow: NEW_REQUESTS_ROW,
    carriedInRow: CARRIED_IN_ROW,
    resultsFirst: RESULT_ROWS_FIRST,
    resultsLast: RESULT_ROWS_LAST_2019,
    resultsTotalRow: RESULTS_TOTAL_ROW_2019,
    carriedOutRow: CARRIED_OUT_ROW_2019,
  },
};

/** The shape of a format's tables; a mixed report's tables 三 and 四 are in the 2021 shape. */
export function shapeOf(format: ReportFormat | undefined): TablesShape {
  return format === "2019" ? SHAPE_2019 : SHAPE_2021;
}
