// pdf.js (legacy build: runs in Node and in the task pane's browser alike), loaded on first use.
// Its worker code runs in the same thread ("fake worker" fed by globalThis.pdfjsWorker): no worker
// file to locate in Node, Jest or the bundle, and a report's PDF parses in a fraction of a second.
type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
export type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return pdfjs;
  })();
  return loading;
}

/** Where pdf.js finds the CJK character maps for PDFs whose fonts are not embedded (optional). */
let assets: { cMapUrl?: string; standardFontDataUrl?: string } = {};

/** Hosts that ship pdf.js's cmaps/ and standard_fonts/ folders say where (a URL, or a path in Node). */
export function configurePdfAssets(paths: { cMapUrl?: string; standardFontDataUrl?: string }): void {
  assets = { ...paths };
}

export type OpenResult = { ok: true; doc: PdfDocument; pdfjs: Pdfjs } | { ok: false; reason: "password" | "damaged"; message: string };

export async function openPdf(bytes: Uint8Array): Promise<OpenResult> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(assets.cMapUrl ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
    ...(assets.standardFontDataUrl ? { standardFontDataUrl: assets.standardFontDataUrl } : {}),
  });
  try {
    return { ok: true, doc: await task.promise, pdfjs };
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string } | null)?.name;
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: name === "PasswordException" ? "password" : "damaged", message };
  }
}
