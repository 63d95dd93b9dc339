// Task pane entry: draws at once, then asks Office where it runs (Excel, or a plain browser such as
// WPS users open) and never waits for it longer than detectHost's time limit.
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { configurePdfAssets } from "../importers";
import { App } from "./components/App";
import { langOf, watchHost, type HostInfo, type OfficeLike } from "./host";
import type { RunInExcel } from "./write";

function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}

// webpack.config.js copies pdf.js's worker, character maps and fonts here: the worker reads a PDF off
// the pane's thread (a long PDF no longer freezes the pane); the maps serve PDFs that do not embed
// their Chinese fonts.
configurePdfAssets({ workerSrc: "pdf.worker.min.mjs", cMapUrl: "pdfjs/cmaps/", standardFontDataUrl: "pdfjs/standard_fonts/" });

const runInExcel: RunInExcel = (batch) => Excel.run(batch);

function Root() {
  const [host, setHost] = useState<HostInfo | null>(null);
  useEffect(() => {
    watchHost(officeGlobal(), navigator.language, setHost);
  }, []);
  return <App host={host} initialLang={langOf(navigator.language)} run={host?.mode === "excel" && typeof Excel !== "undefined" ? runInExcel : undefined} />;
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Root />);
