// Where reports come in: a paste box (HTML or plain text from the clipboard) and a file picker that
// is also a drop zone, several files at once.
import { Button, Field, ProgressBar, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type ClipboardEvent, type DragEvent } from "react";
import { pastedSource, type PastedSource } from "../importing";
import { readState, type PaneItem } from "../items";
import { useText } from "./lang";

const ACCEPT = ".txt,.text,.htm,.html,.mht,.docx,.pdf";

const useStyles = makeStyles({
  block: { marginBottom: "14px" },
  paste: { width: "100%" },
  row: { display: "flex", gap: "8px", alignItems: "center", marginTop: "6px" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px",
    textAlign: "center",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "6px",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  files: { margin: "6px 0 0 0", paddingLeft: "0", listStyle: "none", fontSize: tokens.fontSizeBase200 },
  file: { display: "flex", justifyContent: "space-between", gap: "8px", padding: "1px 0" },
  fileName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  progress: { marginTop: "8px" },
  fileFailed: { color: tokens.colorPaletteRedForeground1 },
});

export interface SourcesProps {
  readonly onPaste: (source: PastedSource | null) => void;
  readonly onFiles: (files: File[]) => void;
  /** The files of the last batch, for the progress display. */
  readonly batch: readonly PaneItem[];
  /** What each item is called on screen (./items.ts displayNames). */
  readonly names: ReadonlyMap<number, string>;
}

/** Files a chosen folder holds that the importers read (others in it are passed over). */
const readable = (file: File) => ACCEPT.split(",").some((ext) => file.name.toLowerCase().endsWith(ext));

export function Sources({ onPaste, onFiles, batch, names }: SourcesProps) {
  const styles = useStyles();
  const t = useText();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState("");
  const [dragging, setDragging] = useState(false);

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // The clipboard is read by the importers, not dropped into the box: a report is long, and its
    // HTML (the tables' cells) would be lost as plain text.
    event.preventDefault();
    onPaste(pastedSource(event.clipboardData));
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) onFiles(files);
  };
  const states = batch.map(readState);
  const done = states.filter((s) => s !== "waiting" && s !== "reading").length;
  const unread = states.filter((s) => s === "failed" || s === "empty").length;
  const progress =
    done < batch.length
      ? t("progress", { done, total: batch.length })
      : unread === 0
        ? t("progressDone", { done, total: batch.length })
        : t("progressDoneSome", { total: batch.length, read: done - unread, failed: unread });
  const STATUS = { waiting: "statusWaiting", reading: "statusReading", read: "statusDone", partial: "statusPartial", empty: "statusEmpty", failed: "statusFailed" } as const;

  return (
    <>
      <div className={styles.block}>
        <Field label={t("pasteLabel")} hint={t("pasteHint")}>
          <Textarea
            className={styles.paste}
            resize="vertical"
            rows={3}
            value={typed}
            onChange={(_, data) => setTyped(data.value)}
            onPaste={paste}
            data-field="paste"
          />
        </Field>
        {typed.trim() !== "" && (
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() => {
                onPaste({ kind: "text", content: typed, text: typed });
                setTyped("");
              }}
            >
              {t("readTyped")}
            </Button>
          </div>
        )}
      </div>

      <div className={styles.block}>
        <Field label={t("filesLabel")}>
          <div
            className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
            data-field="drop"
          >
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => input.current?.click()}>
                {t("chooseFiles")}
              </Button>
              <Button onClick={() => folder.current?.click()} data-action="choose-folder">
                {t("chooseFolder")}
              </Button>
            </div>
            <Text className={styles.hint}>{t("dropHint")}</Text>
            <input
              ref={input}
              type="file"
              multiple
              accept={ACCEPT}
              hidden
              data-field="files"
              onChange={(event) => {
                const files = Array.from(event.currentTarget.files ?? []);
                event.currentTarget.value = ""; // choosing the same file again must import it again
                if (files.length) onFiles(files);
              }}
            />
            <input
              ref={folder}
              type="file"
              hidden
              data-field="folder"
              {...{ webkitdirectory: "" }}
              onChange={(event) => {
                const files = Array.from(event.currentTarget.files ?? []).filter(readable);
                event.currentTarget.value = "";
                if (files.length) onFiles(files);
              }}
            />
          </div>
        </Field>
        {batch.length > 0 && (
          <div data-field="progress" className={styles.progress}>
            <Field
              validationMessage={progress}
              validationState="none"
            >
              <ProgressBar value={done} max={batch.length} />
            </Field>
            <ul className={styles.files}>
              {batch.map((item, i) => (
                <li key={item.id} className={styles.file} data-file={names.get(item.id) ?? item.name} data-status={item.status} data-read={states[i]}>
                  <span className={styles.fileName} title={names.get(item.id) ?? item.name}>
                    {names.get(item.id) ?? item.name}
                  </span>
                  <span className={states[i] === "failed" || states[i] === "empty" ? styles.fileFailed : undefined}>{t(STATUS[states[i]])}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}
