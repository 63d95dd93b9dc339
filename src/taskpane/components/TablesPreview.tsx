// The three tables of one report as compact grids, in the report's own format (../preview.ts). Figures are React text: whatever a report
// contains is shown, never run. Marked cells carry their reasons as a tooltip (title).
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, type RefObject } from "react";
import type { AnyReport, Figure } from "../../model";
import type { CellMarks } from "../marks";
import { previewTables, type PreviewGrid } from "../preview";
import { useLang, useText } from "./lang";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", marginBottom: "8px" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, padding: "4px 0" },
  table: { borderCollapse: "collapse", fontSize: "11px", lineHeight: "14px", fontVariantNumeric: "tabular-nums" },
  // Narrow column headers that wrap: table 三's seven columns fit a 350-pixel task pane.
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    padding: "2px 2px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    maxWidth: "36px",
    verticalAlign: "bottom",
  },
  // Row labels stay in view while the figures scroll sideways (table 四's fifteen columns, or
  // table 三's seven in a 350-pixel pane).
  label: {
    padding: "2px 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    maxWidth: "72px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    position: "sticky",
    left: "0",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
  corner: { position: "sticky", left: "0", zIndex: 1 },
  wideLabel: { padding: "2px 4px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  figure: { padding: "2px 3px", border: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right", minWidth: "22px" },
  unreadable: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightBold, textAlign: "center" },
  failed: { backgroundColor: tokens.colorPaletteRedBackground2, outline: `2px solid ${tokens.colorPaletteRedBorderActive}`, outlineOffset: "-2px" },
  culprit: { fontWeight: tokens.fontWeightBold },
});

function FigureCell({ figure, markKey, marks }: { figure: Figure; markKey: string; marks: CellMarks }) {
  const styles = useStyles();
  const t = useText();
  const mark = marks.get(markKey);
  const classes = [styles.figure];
  const reasons: string[] = [];
  if (mark?.unreadable) {
    classes.push(styles.unreadable);
    reasons.push(t("cellUnreadable"));
  }
  if (mark && mark.failed.length > 0) {
    classes.push(styles.failed);
    reasons.push(...mark.failed);
  }
  if (mark?.culprit) classes.push(styles.culprit);
  const state = mark?.failed.length ? "failed" : mark?.unreadable ? "unreadable" : undefined;
  return (
    <td className={classes.join(" ")} data-cell={markKey} data-mark={state} title={reasons.length ? reasons.join("\n") : undefined}>
      {figure === null ? "?" : String(figure)}
    </td>
  );
}

export function TablesPreview({ report, marks }: { report: AnyReport; marks: CellMarks }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const tables = useMemo(() => previewTables(report, lang), [report, lang]);
  return (
    <div>
      <div className={styles.scroller}>
        <table className={styles.table} data-table="active" data-format={report.format}>
          <caption className={styles.caption}>{t("tableActive")}</caption>
          <tbody>
            {tables.active.state === "read" ? (
              tables.active.items.map((it) => (
                <tr key={it.item}>
                  <td className={styles.wideLabel}>{it.label}</td>
                  <FigureCell figure={it.cell.figure} markKey={it.cell.key} marks={marks} />
                </tr>
              ))
            ) : (
              <tr>
                <td className={styles.wideLabel} data-field="active-not-read">
                  {tables.active.reason}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <FigureGrid table="requests" caption={t("tableRequests")} grid={tables.requests} marks={marks} />
      <FigureGrid table="appeals" caption={t("tableAppeals")} grid={tables.appeals} marks={marks} />
    </div>
  );
}

/** Table 三 or 四: a header of column labels, then one labelled row of figures per row or group. */
/**
 * Scrolls the grid sideways so that its first marked (red) cell stands in view beside the labels;
 * the page itself does not move.
 */
function useMarkedCellInView(scroller: RefObject<HTMLDivElement | null>, marks: CellMarks) {
  useEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLElement>("[data-mark=failed]");
    if (!box || !cell) return;
    const area = box.getBoundingClientRect();
    const label = box.querySelector("tbody td")?.getBoundingClientRect().width ?? 0;
    const c = cell.getBoundingClientRect();
    if (c.left >= area.left + label && c.right <= area.right) return;
    box.scrollLeft += c.left + c.width / 2 - (area.left + label + (area.width - label) / 2);
  }, [scroller, marks]);
}

function FigureGrid(props: {
  table: "requests" | "appeals";
  caption: string;
  grid: PreviewGrid;
  marks: CellMarks;
}) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  useMarkedCellInView(scroller, props.marks);
  return (
    <div className={styles.scroller} ref={scroller} data-scroller={props.table}>
      <table className={styles.table} data-table={props.table}>
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} />
            {props.grid.columns.map((c) => (
              <th key={c.col} className={styles.head} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.grid.rows.map((r) => (
            <tr key={r.key}>
              <td className={styles.label} title={r.title}>
                {r.label}
              </td>
              {r.cells.map((c) => (
                <FigureCell key={c.key} figure={c.figure} markKey={c.key} marks={props.marks} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
