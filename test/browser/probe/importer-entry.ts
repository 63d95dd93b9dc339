// Bundled by webpack.probe.js for the browser tests: exposes the importers the task pane will use,
// built by the product's own webpack configuration.
import { importBytes } from "../../../src/importers";

(window as unknown as { xxgkImportBytes: typeof importBytes }).xxgkImportBytes = importBytes;
