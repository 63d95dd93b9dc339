// Task pane entry. A placeholder for now: the real pane (import, check, combine) replaces the body.
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function TaskPane() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">政府信息公开年度报告导入</Title2>
      </main>
    </FluentProvider>
  );
}

function mount() {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<TaskPane />);
}

// Outside Office (a plain browser, WPS) office.js may be missing or never call back: mount anyway.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") Office.onReady(mount);
else mount();
