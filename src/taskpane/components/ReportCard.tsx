// One imported source: its agency and year (editable: editing renames the sheet, the figures stay),
// the check verdict with each failed check, the importer's notes, and the three tables.
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { listFindings, verdict } from "../../checks";
import { checksOf, countUnreadable, formatNote, readState, reportOf, yearIsInvalid, type PaneItem } from "../items";
import { cellMarks } from "../marks";
import { describeWrite } from "../write";
import { useLang, useText } from "./lang";
import { TablesPreview } from "./TablesPreview";

const useStyles = makeStyles({
  card: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: "10px", marginBottom: "12px", backgroundColor: tokens.colorNeutralBackground1 },
  top: { display: "flex", alignItems: "center", gap: "6px", marginBottom: "6px" },
  name: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  fields: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 84px", gap: "8px", marginBottom: "6px" },
  input: { minWidth: 0, width: "100%" },
  line: { display: "block", marginBottom: "6px", fontSize: tokens.fontSizeBase200 },
  list: { margin: "0 0 8px 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  bar: { marginBottom: "6px" },
});

export interface ReportCardProps {
  readonly item: PaneItem;
  /** The name shown (its folder, or a number, when names repeat). */
  readonly name: string;
  readonly sheetName: string | null;
  readonly onEdit: (change: { agency?: string; year?: string }) => void;
  readonly onRemove: () => void;
  /** Present inside Excel: writes this one report. */
  readonly onWrite?: () => void;
}

const BADGE = {
  read: { text: "statusDone", color: "success" },
  partial: { text: "statusPartial", color: "warning" },
  empty: { text: "statusEmpty", color: "danger" },
  failed: { text: "statusFailed", color: "danger" },
  waiting: { text: "statusWaiting", color: "informative" },
  reading: { text: "statusReading", color: "informative" },
} as const;

/** How many not-checkable findings a card lists before it counts the rest. */
const SHOWN_UNCHECKABLE = 5;

export function ReportCard({ item, name, sheetName, onEdit, onRemove, onWrite }: ReportCardProps) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const report = reportOf(item);
  const checks = report ? checksOf(report) : null;
  const marks = useMemo(() => (report && checks ? cellMarks(report, checks.findings, lang) : new Map()), [item.result, lang]);
  const failed = checks?.findings.filter((f) => f.status === "failed") ?? [];
  const notes = item.result?.ok ? (item.result.report.diagnostics ?? []) : (item.result?.diagnostics ?? []);
  const noteText = (d: (typeof notes)[number]) => (lang === "en" ? (d.message_en ?? d.message) : d.message);
  const unreadable = report ? countUnreadable(report) : 0;
  const state = readState(item);
  const format = formatNote(item, lang);
  const unchecked = checks?.findings.filter((f) => f.status === "uncheckable") ?? [];
  const listed = checks ? listFindings(checks.findings, { lang }) : [];
  // Every failure; what could not be checked, cut short (one unread figure leaves several rules unchecked).
  const shownFindings = [...listed.filter((l) => l.finding.status === "failed"), ...listed.filter((l) => l.finding.status !== "failed").slice(0, SHOWN_UNCHECKABLE)];
  // With several failures listed below, the headline counts them instead of repeating the first.
  const headline = !checks ? "" : failed.length > 1 ? t("failedHeadline", { count: failed.length }) + (unchecked.length ? t("alsoUncheckable", { count: unchecked.length }) : "") : verdict(checks, lang);

  return (
    <section className={styles.card} data-item={item.id} aria-label={name}>
      <div className={styles.top}>
        <Text className={styles.name} title={name}>
          {name}
        </Text>
        <Badge appearance="tint" color={state === "read" && failed.length ? "warning" : BADGE[state].color} data-field="badge" data-state={state}>
          {t(BADGE[state].text)}
        </Badge>
        <Button size="small" appearance="subtle" onClick={onRemove}>
          {t("remove")}
        </Button>
      </div>

      {!report && (
        <MessageBar intent="error" className={styles.bar}>
          <MessageBarBody>
            {notes.map((d, i) => (
              <div key={i}>{noteText(d)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {report && checks && (
        <>
          <div className={styles.fields}>
            <Field label={t("agency")} size="small">
              <Input className={styles.input} size="small" value={item.agency} onChange={(_, data) => onEdit({ agency: data.value })} data-field="agency" />
            </Field>
            <Field label={t("year")} size="small" validationMessage={yearIsInvalid(item.year) ? t("yearInvalid") : undefined}>
              <Input className={styles.input} size="small" value={item.year} onChange={(_, data) => onEdit({ year: data.value })} data-field="year" inputMode="numeric" />
            </Field>
          </div>
          {sheetName && (
            <Text className={styles.line} data-field="sheet-name">
              {t("sheetName", { name: sheetName })}
            </Text>
          )}
          {format && (
            <Text className={styles.line} data-field="format">
              {format}
            </Text>
          )}
          <MessageBar intent={failed.some((f) => f.severity === "error") ? "error" : checks.findings.length ? "warning" : "success"} className={styles.bar}>
            <MessageBarBody data-field="verdict">{headline}</MessageBarBody>
          </MessageBar>
          {/* The one list every output shows (src/checks/listing.ts), as `xxgk check` prints it; a
              single failure with nothing else is already spelled out in the verdict. */}
          {listed.length > 1 && (
            <ul className={styles.list} aria-label={t("findingsHeading")} data-field="findings">
              {shownFindings.map((l, i) => (
                <li key={i} data-status={l.finding.status}>
                  [{l.tag}] {l.message}
                </li>
              ))}
              {listed.length > shownFindings.length && <li>{t("moreUncheckable", { count: listed.length - shownFindings.length })}</li>}
            </ul>
          )}
          <Text className={styles.line} data-field="unreadable">
            {state === "empty" ? t("emptyReport") : unreadable ? t("unreadableCount", { count: unreadable }) : t("allRead")}
          </Text>
          {notes.length > 0 && (
            <ul className={styles.list} aria-label={t("importNotes")}>
              {notes.map((d, i) => (
                <li key={i}>{noteText(d)}</li>
              ))}
            </ul>
          )}
          <TablesPreview report={report} marks={marks} />
          {onWrite && (
            <Button size="small" appearance="primary" onClick={onWrite} disabled={item.write?.state === "writing"}>
              {t("writeOne")}
            </Button>
          )}
          {item.write && (
            <MessageBar
              intent={item.write.state === "written" ? "success" : item.write.state === "failed" ? "error" : item.write.state === "cancelled" ? "warning" : "info"}
              className={styles.bar}
            >
              <MessageBarBody data-field="write">{describeWrite(item.write, lang)}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
