// ── 汇总与校验 ── combine the workbook's report sheets (合并表, 汇总, 核对结果) and validate every
// sheet's tables; each finding links to its cell. Inside Excel only.
import { Button, Checkbox, Link, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Report } from "../../model";
import { combineFromPane, goToCell, validateFromPane, type WorkbookOutcome } from "../combine";
import type { PaneMode } from "../host";
import type { RunInExcel } from "../write";
import { useLang, useText } from "./lang";

const SHOWN_FINDINGS = 50;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: "6px", marginBottom: "16px", alignItems: "flex-start" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: "0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
});

export interface CombineTabProps {
  readonly mode: PaneMode;
  readonly run?: RunInExcel;
  /** Reports imported in the pane and not written to the workbook. */
  readonly unwritten: readonly Report[];
}

export function CombineTab({ mode, run, unwritten }: CombineTabProps) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const [includePane, setIncludePane] = useState(true);
  const [highlight, setHighlight] = useState(true);
  const [findingsSheet, setFindingsSheet] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WorkbookOutcome | null>(null);

  if (mode !== "excel" || !run)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("combineNeedsExcel")}</MessageBarBody>
      </MessageBar>
    );

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
