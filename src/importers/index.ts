// Entry point of the importers: any source (bytes of a file, or pasted text) to an ImportResult.
// Engine code: no Node-only APIs, it runs in the task pane too.
import type { ImportResult } from "../model";
import { importText } from "./text";

/** Reads the bytes of a report file, choosing the reader by content and extension. */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  void fileName;
  return importText(new TextDecoder("utf-8").decode(bytes));
}

export { importText };
