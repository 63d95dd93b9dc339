// The command line's inputs: files as given, and folders read as the reports in them; every
// problem reading them worded in plain Chinese (never ENOENT, EISDIR or a library's English).
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { CLI_MESSAGES } from "../messages/cli";
import { render } from "../messages/format";

/** The kinds of file a folder is searched for. */
export const INPUT_EXTENSIONS = /\.(pdf|docx|html?|txt|json|jsonl|ndjson|xlsx)$/i;

/** One file to read, or a path that gave none (missing, an empty folder) with why. */
export interface InputItem {
  readonly file: string;
  readonly problem?: string;
}

const collator = new Intl.Collator("zh-Hans-CN", { numeric: true });

/**
 * The files to read, in the order given; a folder gives its report files (sub-folders included,
 * hidden files and Office's `~$` lock files left out), sorted by name.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      items.push({ file: path, problem: describeReadError(path, err) });
      continue;
    }
    if (!info.isDirectory()) {
      items.push({ file: path });
      continue;
    }
    const found = await filesIn(path);
    if (found.length === 0) items.push({ file: path, problem: render(CLI_MESSAGES.emptyFolder, { folder: path }) });
    items.push(...found.map((file) => ({ file })));
  }
  return items;
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => collator.compare(a.name, b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) out.push(...(await filesIn(path)));
    else if (e.isFile() && INPUT_EXTENSIONS.test(e.name)) out.push(path);
  }
  return out;
}

/** A file's bytes; failures are thrown as InputError with the Chinese reason. */
export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    throw new InputError(describeReadError(file, err));
  }
}

/** A problem with one input, already worded for the person; the command goes on with the others. */
export class InputError extends Error {}

export function describeReadError(file: string, err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return render(CLI_MESSAGES.notFound, { file });
  if (code === "EACCES" || code === "EPERM") return render(CLI_MESSAGES.noAccess, { file });
  if (err instanceof InputError) return err.message;
  return render(CLI_MESSAGES.readFailed, { file, reason: err instanceof Error ? err.message : String(err) });
}
