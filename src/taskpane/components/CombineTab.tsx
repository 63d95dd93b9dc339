// ── 汇总与校验 ── inside Excel: combine the workbook's report sheets (合并表, 汇总, 核对结果) and
// validate every sheet's tables, each finding linked to its cell. In a plain browser: the same
// combined workbook, made from the reports imported in the pane, as a download.
import { Button, Checkbox, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { AnyReport as Report } from "../../model";
import {
  chosenReports,
  combinedFileName,
  combinedWorkbookBytes,
  combineFromPane,
  combinePlan,
  goToCell,
  validateFromPane,
  type PaneReport,
  type WorkbookOutcome,
} from "../combine";
import { saveFile } from "../download";
import type { PaneMode } from "../host";
import type { RunInExcel } from "../write";
import { useLang, useText } from "./lang";

const SHOWN_FINDINGS = 50;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: "6px", marginBottom: "16px", alignItems: "flex-start" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: "0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  question: { display: "flex", flexDirection: "column", gap: "2px", marginBottom: "10px", fontSize: tokens.fontSizeBase200 },
});

export interface CombineTabProps {
  readonly mode: PaneMode;
  readonly run?: RunInExcel;
  /** Reports imported in the pane and not written to the workbook. */
  readonly unwritten: readonly Report[];
  /** Every report imported in the pane, for the combined workbook a browser downloads. */
  readonly reports: readonly PaneReport[];
}

export function CombineTab(props: CombineTabProps) {
  return props.mode === "excel" && props.run ? <ExcelCombine {...props} run={props.run} /> : <BrowserCombine reports={props.reports} />;
}

function ExcelCombine({ run, unwritten }: CombineTabProps & { run: RunInExcel }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const [includePane, setIncludePane] = useState(true);
  const [highlight, setHighlight] = useState(true);
  const [findingsSheet, setFindingsSheet] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WorkbookOutcome | null>(null);

  const go = async (work: () => Promise<WorkbookOutcome>) => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await work());
    setBusy(false);
  };

  return (
    <div>
      <div className={styles.block}>
        <Text className={styles.hint}>{t("combineIntro")}</Text>
        {unwritten.length > 0 && (
          <Checkbox checked={includePane} onChange={(_, d) => setIncludePane(d.checked === true)} label={t("includePaneReports", { count: unwritten.length })} />
        )}
        <Button appearance="primary" disabled={busy} onClick={() => go(() => combineFromPane(run, includePane ? unwritten : [], lang))}>
          {t("combineRun")}
        </Button>
      </div>
      <div className={styles.block}>
        <Text className={styles.hint}>{t("validateIntro")}</Text>
        <Checkbox checked={highlight} onChange={(_, d) => setHighlight(d.checked === true)} label={t("highlightOption")} />
        <Checkbox checked={findingsSheet} onChange={(_, d) => setFindingsSheet(d.checked === true)} label={t("findingsSheetOption")} />
        <Button disabled={busy} onClick={() => go(() => validateFromPane(run, { highlight, findingsSheet }, lang))}>
          {t("validateRun")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("running")} />}
      {outcome && (
        <>
          <MessageBar intent={!outcome.ok ? "error" : outcome.findings.length ? "warning" : "success"}>
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
          <ul className={styles.list}>
            {outcome.findings.slice(0, SHOWN_FINDINGS).map((f, i) => (
              <li key={i}>
                {f.cell ? <Link onClick={() => void goToCell(run, f.sheet, f.cell!)}>{t("goToCell", { sheet: f.sheet, cell: f.cell })}</Link> : f.sheet}
                {"："}
                {f.message}
              </li>
            ))}
          </ul>
          {outcome.findings.length > SHOWN_FINDINGS && <Text className={styles.hint}>{t("moreFindings", { count: outcome.findings.length - SHOWN_FINDINGS })}</Text>}
        </>
      )}
    </div>
  );
}

/** The browser's 汇总: which duplicate to keep and which year to total are asked, then one download. */
function BrowserCombine({ reports }: { reports: readonly PaneReport[] }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const plan = useMemo(() => combinePlan(reports), [reports]);
  const [keep, setKeep] = useState<ReadonlyMap<number, number>>(new Map());
  const [year, setYear] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const chosenYear = year !== null && plan.years.includes(year) ? year : (plan.years[0] ?? null);

  if (reports.length === 0)
    return (
      <MessageBar intent="info">
        <MessageBarBody data-field="combine-notice">{t("combineNoReports")}</MessageBarBody>
      </MessageBar>
    );

  const download = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const chosen = chosenReports(reports, plan, { keep, year: chosenYear });
      const list = chosen.reports.map((r) => r.report);
      const file = combinedFileName(list, lang);
      saveFile(await combinedWorkbookBytes(list), file);
      let text = t("combinedDownloaded", { file, count: list.length });
      if (chosen.duplicatesLeft) text += t("leftOutDuplicates", { count: chosen.duplicatesLeft });
      if (chosen.otherYears) text += t("leftOutYears", { count: chosen.otherYears });
      setNotice({ ok: true, text });
    } catch (err) {
      setNotice({ ok: false, text: t("combineDownloadFailed", { reason: err instanceof Error ? err.message : String(err) }) });
    }
    setBusy(false);
  };

  return (
    <div>
      <div className={styles.block}>
        <Text className={styles.hint}>{t("combineBrowserIntro")}</Text>
      </div>
      {plan.duplicates.map((g) => {
        const first = g.entries[0].id;
        return (
          <div key={first} className={styles.question} data-field="duplicates">
            <Text>{t("duplicatesTitle", { agency: g.agency, year: g.year, count: g.entries.length, same: t(g.identical ? "duplicatesIdentical" : "duplicatesDiffer") })}</Text>
            <RadioGroup value={String(keep.get(first) ?? first)} onChange={(_, d) => setKeep(new Map(keep).set(first, Number(d.value)))}>
              {g.entries.map((e) => (
                <Radio key={e.id} value={String(e.id)} label={e.name} data-keep={e.name} />
              ))}
            </RadioGroup>
          </div>
        );
      })}
      {plan.years.length > 1 && (
        <div className={styles.question} data-field="years">
          <Text>{t("yearsTitle", { years: plan.years.join("、"), count: plan.years.length })}</Text>
          <RadioGroup value={String(chosenYear)} onChange={(_, d) => setYear(Number(d.value))}>
            {plan.years.map((y) => (
              <Radio key={y} value={String(y)} label={t("yearOption", { year: y, count: reports.filter((r) => r.report.year === y).length })} data-year={y} />
            ))}
          </RadioGroup>
        </div>
      )}
      <div className={styles.block}>
        <Button appearance="primary" disabled={busy} onClick={() => void download()} data-action="download-combined">
          {t("combineDownload")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("running")} />}
      {notice && (
        <MessageBar intent={notice.ok ? "success" : "error"} className={styles.block}>
          <MessageBarBody data-field="combine-notice">{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text className={styles.hint}>{t("validateNeedsExcel")}</Text>
    </div>
  );
}
