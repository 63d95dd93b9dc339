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
    if (assets.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = assets.workerSrc;
    else {
      const scope = globalThis as { pdfjsWorker?: unknown };
      scope.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    }
    return pdfjs;
  })();
  return loading;
}

export interface PdfAssets {
  /** pdf.js's cmaps/ folder, for PDFs whose Chinese fonts are not embedded (a URL, or a path in Node). */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /** A real worker (pdf.worker.min.mjs) for the browser; without it pdf.js works in this thread. */
  workerSrc?: string;
}

let assets: PdfAssets = {};

/** Hosts that ship pdf.js's files say where they are; call before the first PDF is read. */
export function configurePdfAssets(paths: PdfAssets): void {
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
