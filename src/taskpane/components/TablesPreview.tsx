// The three tables of one report as compact grids. Figures are React text: whatever a report
// contains is shown, never run. Marked cells carry their reasons as a tooltip (title).
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type RefObject } from "react";
import { ACTIVE_ITEMS, APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, appealIndex, type Figure, type Report } from "../../model";
import { activeKey, appealKey, requestKey, type CellMarks } from "../marks";
import { useText } from "./lang";

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

export function TablesPreview({ report, marks }: { report: Report; marks: CellMarks }) {
  const styles = useStyles();
  const t = useText();
  return (
    <div>
      <div className={styles.scroller}>
        <table className={styles.table} data-table="active">
          <caption className={styles.caption}>{t("tableActive")}</caption>
          <tbody>
            {ACTIVE_ITEMS.map((it) => (
              <tr key={it.item}>
                <td className={styles.wideLabel}>
                  {it.label} · {it.column}
                </td>
                <FigureCell figure={report.active[it.item - 1]} markKey={activeKey(it.item)} marks={marks} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FigureGrid
        table="requests"
        caption={t("tableRequests")}
        columns={REQUEST_COLUMNS}
        rows={REQUEST_ROWS.map((r) => ({ key: r.row, label: r.short, title: [...r.groups, r.label].join(" · ") }))}
        cell={(row, col) => ({ figure: report.requests[row - 1][col - 1], markKey: requestKey(row, col) })}
        marks={marks}
      />
      <FigureGrid
        table="appeals"
        caption={t("tableAppeals")}
        columns={APPEAL_COLUMNS}
        rows={APPEAL_GROUPS.map((g) => ({ key: g.group, label: g.parent ? `${g.parent}·${g.label}` : g.label }))}
        cell={(group, col) => ({ figure: report.appeals[appealIndex(group, col)], markKey: appealKey(group, col) })}
        marks={marks}
      />
    </div>
  );
}

interface GridRow {
  /** 1-based row of table 三, or group of table 四. */
  key: number;
  label: string;
  title?: string;
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
  columns: readonly { col: number; label: string }[];
  rows: readonly GridRow[];
  cell: (row: number, col: number) => { figure: Figure; markKey: string };
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
            {props.columns.map((c) => (
              <th key={c.col} className={styles.head} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <td className={styles.label} title={r.title}>
                {r.label}
              </td>
              {props.columns.map((c) => {
                const { figure, markKey } = props.cell(r.key, c.col);
                return <FigureCell key={c.col} figure={figure} markKey={markKey} marks={props.marks} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
