// The task pane: import reports (paste or files), preview and check them, then write them into the
// workbook (inside Excel) or download an .xlsx (in a plain browser).
import {
  Button,
  Checkbox,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Subtitle1,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { LAYOUT_MESSAGES, type Lang } from "../../messages";
import type { ImportResult } from "../../model";
import { downloadFileName, saveFile, workbookBytes } from "../download";
import type { HostInfo } from "../host";
import { importInTurn, importPasted, yieldToBrowser, type PastedSource } from "../importing";
import { displayNames, finishedItem, plannedSheetNames, readyReports, reportOf, updateItem, waitingItem, type PaneItem, type WriteState } from "../items";
import { writeReport, type RunInExcel } from "../write";
import { CombineTab } from "./CombineTab";
import { LangContext, useText } from "./lang";
import { NameTakenDialog, type NameTakenQuestion } from "./NameTakenDialog";
import { ReportCard } from "./ReportCard";
import { Sources } from "./Sources";

const useStyles = makeStyles({
  main: { padding: "12px", maxWidth: "760px", margin: "0 auto", fontFamily: tokens.fontFamilyBase },
  header: { display: "block", marginBottom: "8px" },
  bar: { marginBottom: "10px" },
  tabs: { marginBottom: "10px" },
  actions: { display: "flex", flexDirection: "column", gap: "6px", margin: "8px 0 14px 0" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  heading: { display: "block", fontWeight: tokens.fontWeightSemibold, margin: "6px 0" },
});

export interface AppProps {
  /** null while Office is being asked (never longer than detectHost's time limit). */
  readonly host: HostInfo | null;
  readonly initialLang: Lang;
  /** Excel.run inside Excel; tests may pass a stand-in. */
  readonly run?: RunInExcel;
}

export function App({ host, initialLang, run }: AppProps) {
  const lang = host?.lang ?? initialLang;
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en" : "zh-CN"}>
        <Pane host={host} run={run} />
      </FluentProvider>
    </LangContext.Provider>
  );
}

function Pane({ host, run }: { host: HostInfo | null; run?: RunInExcel }) {
  const styles = useStyles();
  const t = useText();
  const lang = host?.lang ?? "zh";
  const [tab, setTab] = useState<"import" | "combine">("import");
  const [items, setItems] = useState<PaneItem[]>([]);
  const [batchIds, setBatchIds] = useState<number[]>([]);
  const [askOnConflict, setAskOnConflict] = useState(false);
  const [question, setQuestion] = useState<NameTakenQuestion | null>(null);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const nextId = useRef(1);
  const pasteCount = useRef(0);

  const finish = (id: number, result: ImportResult) => setItems((all) => updateItem(all, id, (item) => finishedItem(item, result)));
  const setStatus = (id: number, status: PaneItem["status"]) => setItems((all) => updateItem(all, id, (item) => ({ ...item, status })));

  const onPaste = async (source: PastedSource | null) => {
    const id = nextId.current++;
    pasteCount.current++;
    setItems((all) => [{ ...waitingItem(id, t("pastedName", { n: pasteCount.current })), status: "reading" }, ...all]);
    await yieldToBrowser();
    finish(id, importPasted(source));
  };

  const onFiles = async (files: File[]) => {
    const ids = files.map(() => nextId.current++);
    // A folder's files carry their path in it: ten report.pdf in ten folders stay apart.
    setItems((all) => [...files.map((file, i) => waitingItem(ids[i], file.name, file.webkitRelativePath)), ...all]);
    setBatchIds(ids);
    await importInTurn(files, {
      started: (i) => setStatus(ids[i], "reading"),
      finished: (i, result) => finish(ids[i], result),
    });
  };

  const ready = readyReports(items);
  const shown = displayNames(items, lang);
  const inBrowser = host?.mode === "browser";
  // The downloaded file puts its index sheet first; the sheet names shown must match the file's.
  const existing = inBrowser ? [LAYOUT_MESSAGES.indexSheetName.zh] : [];
  const planned = plannedSheetNames(ready.map((r) => r.report), existing);
  const names = new Map(ready.map(({ item }, i) => [item.id, planned[i]]));

  const setWrite = (id: number, write: WriteState) => setItems((all) => updateItem(all, id, (item) => ({ ...item, write })));
  const ask = (wanted: string, suggestion: string) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        wanted,
        suggestion,
        answer: (copy) => {
          setQuestion(null);
          resolve(copy);
        },
      }),
    );
  const write = async (item: PaneItem) => {
    const report = reportOf(item);
    if (!report || !run) return;
    setWrite(item.id, { state: "writing" });
    setWrite(item.id, await writeReport(run, report, askOnConflict ? ask : null, lang));
  };
  // Reports already written are not written again by this button (that would add "(2)" copies);
  // each card's own button still can.
  const unwritten = ready.filter(({ item }) => item.write?.state !== "written" && item.write?.state !== "writing");
  const [writingAll, setWritingAll] = useState(false);
  const writeAll = async () => {
    setWritingAll(true);
    // In the order shown, one batch each: a failure leaves the others written.
    for (const { item } of unwritten) await write(item);
    setWritingAll(false);
  };
  const download = async () => {
    const reports = ready.map((r) => r.report);
    try {
      const fileName = downloadFileName(reports, lang);
      saveFile(await workbookBytes(reports), fileName);
      setNotice({ intent: "success", text: t("downloaded", { file: fileName, count: reports.length }) });
    } catch (err) {
      setNotice({ intent: "error", text: t("downloadFailed", { reason: err instanceof Error ? err.message : String(err) }) });
    }
  };

  return (
    <main className={styles.main}>
      <Subtitle1 as="h1" className={styles.header}>
        {t("title")}
      </Subtitle1>
      {host === null ? (
        <Spinner size="tiny" label={t("connecting")} className={styles.bar} />
      ) : inBrowser ? (
        <MessageBar intent="info" className={styles.bar} data-field="mode">
          <MessageBarBody>
            <MessageBarTitle>{t("browserModeTitle")}</MessageBarTitle>
            {t("browserMode")}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success" className={styles.bar} data-field="mode">
          <MessageBarBody>{t("excelMode")}</MessageBarBody>
        </MessageBar>
      )}
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as "import" | "combine")}>
        <Tab value="import">{t("tabImport")}</Tab>
        <Tab value="combine">{t("tabCombine")}</Tab>
      </TabList>

      {tab === "combine" ? (
        <CombineTab
          mode={host?.mode ?? "browser"}
          run={run}
          unwritten={unwritten.map((r) => r.report)}
          reports={ready.map(({ item, report }) => ({ id: item.id, name: shown.get(item.id) ?? item.name, report }))}
        />
      ) : (
        <>
          <Sources onPaste={onPaste} onFiles={onFiles} batch={items.filter((item) => batchIds.includes(item.id))} names={shown} />

          {ready.length > 0 && host && (
            <div className={styles.actions}>
              {inBrowser ? (
                <>
                  <Button appearance="primary" onClick={download} data-action="download">
                    {t("download")}
                  </Button>
                  <Text className={styles.hint}>{t("downloadHint")}</Text>
                </>
              ) : (
                <>
                  <Button appearance="primary" onClick={writeAll} data-action="write-all" disabled={writingAll || unwritten.length === 0}>
                    {t("writeAll", { count: unwritten.length })}
                  </Button>
                  <Checkbox checked={askOnConflict} onChange={(_, data) => setAskOnConflict(data.checked === true)} label={t("askOnConflict")} />
                </>
              )}
            </div>
          )}
          {notice && (
            <MessageBar intent={notice.intent} className={styles.bar}>
              <MessageBarBody data-field="notice">{notice.text}</MessageBarBody>
            </MessageBar>
          )}

          <Text className={styles.heading}>{items.length ? t("reportsHeading", { count: ready.length }) : t("noReports")}</Text>
          {items
            .filter((item) => item.status === "done" || item.status === "failed")
            .map((item) => (
              <ReportCard
                key={item.id}
                item={item}
                name={shown.get(item.id) ?? item.name}
                sheetName={names.get(item.id) ?? null}
                onEdit={(change) => setItems((all) => updateItem(all, item.id, (it) => ({ ...it, ...change, write: undefined })))}
                onRemove={() => setItems((all) => all.filter((it) => it.id !== item.id))}
                onWrite={host?.mode === "excel" && run ? () => void write(item) : undefined}
              />
            ))}
        </>
      )}
      <NameTakenDialog question={question} />
    </main>
  );
}
