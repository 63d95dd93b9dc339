// Offline check of the add-in manifest: the structure this add-in needs (task pane + custom functions
// in one shared runtime), so that a broken manifest fails here rather than silently in Excel. It is
// not the full XSD; Microsoft's online service (scripts/validate-manifest.js) does that when reachable.
import { MANIFEST_MESSAGES } from "../../src/messages/shell";
import { render, type Lang, type MessageText } from "../../src/messages/format";
import { allElements, childNamed, childrenNamed, readXml, type XmlElement } from "./xmlTree";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
} as const;

export const FUNCTIONS_NAMESPACE = "XXGK";

/**
 * What the code calls without isSetSupported (src/hosts/excel/requirements.ts says which calls need
 * which set): ExcelApi 1.9 for pageLayout and autoFilter, CustomFunctionsRuntime 1.3 for the
 * functions' parameter addresses.
 */
export const REQUIRED_SETS = [
  { set: "ExcelApi", version: "1.9" },
  { set: "SharedRuntime", version: "1.1" },
  { set: "CustomFunctionsRuntime", version: "1.3" },
] as const;

/** `1.13` is newer than `1.9`: requirement-set versions compare part by part, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface ManifestProblem {
  readonly message: MessageText;
  readonly params: Readonly<Record<string, unknown>>;
}

export function describeProblem(problem: ManifestProblem, lang: Lang = "zh"): string {
  return render(problem.message, problem.params, lang);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;

export function checkManifest(xml: string): ManifestProblem[] {
  const read = readXml(xml);
  if (!read.ok) return [problem(MANIFEST_MESSAGES.malformedXml, { line: read.line, detail: read.detail })];
  const root = read.root;
  if (root.name !== "OfficeApp") {
    return [problem(MANIFEST_MESSAGES.wrongRoot, { namespace: NS.app, found: root.name })];
  }
  if (root.namespace !== NS.app) {
    return [problem(MANIFEST_MESSAGES.missingXmlNamespace, { element: "OfficeApp", line: root.line, namespace: NS.app })];
  }
  return [...checkTopLevel(root), ...checkVersionOverrides(root), ...checkResources(root), ...checkUrls(root)];
}

function problem(message: MessageText, params: Record<string, unknown>): ManifestProblem {
  return { message, params };
}

function missing(element: string, parent: string): ManifestProblem {
  return problem(MANIFEST_MESSAGES.missingElement, { element, parent });
}

function badValue(element: XmlElement, label: string, found: string, expected: string): ManifestProblem {
  return problem(MANIFEST_MESSAGES.badValue, { element: label, line: element.line, found, expected });
}

/** The element's DefaultValue, or a problem saying it (or the element) is missing. */
function defaultValueOf(parent: XmlElement, name: string, problems: ManifestProblem[]): string | undefined {
  const element = childNamed(parent, name);
  if (!element) {
    problems.push(missing(name, parent.name));
    return undefined;
  }
  const value = element.attributes.get("DefaultValue");
  if (!value) {
    problems.push(problem(MANIFEST_MESSAGES.missingAttribute, { element: name, line: element.line, attribute: "DefaultValue" }));
  }
  return value;
}

function checkTopLevel(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const textRules: Array<{ name: string; rule: RegExp; expected: string }> = [
    { name: "Id", rule: GUID, expected: "GUID, e.g. 032c6dbb-d5a8-4876-80fd-2857d02a416d" },
    { name: "Version", rule: VERSION, expected: "n.n.n.n" },
    { name: "ProviderName", rule: /\S/, expected: "非空 non-empty" },
    { name: "DefaultLocale", rule: LOCALE, expected: "zh-CN / en-US" },
    { name: "Permissions", rule: /^ReadWriteDocument$/, expected: "ReadWriteDocument" },
  ];
  for (const { name, rule, expected } of textRules) {
    const element = childNamed(root, name);
    if (!element) problems.push(missing(name, "OfficeApp"));
    else if (!rule.test(element.text.trim())) problems.push(badValue(element, name, element.text.trim(), expected));
  }
  if (root.attributes.get("type") !== "TaskPaneApp") {
    problems.push(badValue(root, "OfficeApp xsi:type", root.attributes.get("type") ?? "", "TaskPaneApp"));
  }
  for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    defaultValueOf(root, name, problems);
  }

  const hosts = childNamed(root, "Hosts");
  if (!hosts) problems.push(missing("Hosts", "OfficeApp"));
  else if (!childrenNamed(hosts, "Host").some((host) => host.attributes.get("Name") === "Workbook")) {
    problems.push(missing('Host Name="Workbook"', "Hosts"));
  }

  const requirements = childNamed(root, "Requirements");
  const sets = requirements && childNamed(requirements, "Sets");
  const declared = sets ? childrenNamed(sets, "Set") : [];
  for (const { set, version } of REQUIRED_SETS) {
    const found = declared.find((element) => element.attributes.get("Name") === set);
    const minVersion = found?.attributes.get("MinVersion") ?? sets?.attributes.get("DefaultMinVersion");
    if (!found || !minVersion || !VERSION.test(minVersion) || compareVersions(minVersion, version) < 0) {
      problems.push(problem(MANIFEST_MESSAGES.missingRequirementSet, { set, version }));
    }
  }

  const settings = childNamed(root, "DefaultSettings");
  if (!settings) problems.push(missing("DefaultSettings", "OfficeApp"));
  else defaultValueOf(settings, "SourceLocation", problems);
  return problems;
}

function checkVersionOverrides(root: XmlElement): ManifestProblem[] {
  const overrides = childNamed(root, "VersionOverrides");
  if (!overrides) return [missing("VersionOverrides", "OfficeApp")];
  if (overrides.namespace !== NS.overrides) {
    return [problem(MANIFEST_MESSAGES.missingXmlNamespace, { element: "VersionOverrides", line: overrides.line, namespace: NS.overrides })];
  }
  const hosts = childNamed(overrides, "Hosts");
  const host = hosts && childrenNamed(hosts, "Host").find((element) => element.attributes.get("type") === "Workbook");
  if (!host) return [missing('Host xsi:type="Workbook"', "VersionOverrides/Hosts")];

  const problems: ManifestProblem[] = [];
  const runtimes = childNamed(host, "Runtimes");
  const runtime = runtimes && childNamed(runtimes, "Runtime");
  if (!runtime) problems.push(missing("Runtimes/Runtime", "Host"));
  else if (runtime.attributes.get("lifetime") !== "long") {
    problems.push(badValue(runtime, "Runtime lifetime", runtime.attributes.get("lifetime") ?? "", "long"));
  }

  const allFormFactors = childNamed(host, "AllFormFactors");
  const functions =
    allFormFactors && childrenNamed(allFormFactors, "ExtensionPoint").find((point) => point.attributes.get("type") === "CustomFunctions");
  if (!functions) problems.push(missing('ExtensionPoint xsi:type="CustomFunctions"', "AllFormFactors"));
  else {
    for (const part of ["Script", "Page", "Metadata"]) {
      const container = childNamed(functions, part);
      const source = container && childNamed(container, "SourceLocation");
      if (!source?.attributes.get("resid")) problems.push(missing(`${part}/SourceLocation resid`, "ExtensionPoint CustomFunctions"));
    }
    const namespace = childNamed(functions, "Namespace");
    const resid = namespace?.attributes.get("resid");
    if (!namespace || !resid) problems.push(missing("Namespace resid", "ExtensionPoint CustomFunctions"));
    else {
      const value = resourceValue(root, resid);
      if (value !== undefined && value !== FUNCTIONS_NAMESPACE) {
        problems.push(badValue(namespace, "Namespace", value, FUNCTIONS_NAMESPACE));
      }
    }
  }

  const desktop = childNamed(host, "DesktopFormFactor");
  if (!desktop) problems.push(missing("DesktopFormFactor", "Host"));
  else {
    const hasButton = [...allElements(desktop)].some(
      (control) =>
        control.name === "Control" &&
        control.attributes.get("type") === "Button" &&
        [...allElements(control)].some((action) => action.name === "Action" && action.attributes.get("type") === "ShowTaskpane"),
    );
    if (!hasButton) problems.push(problem(MANIFEST_MESSAGES.noTaskpaneButton, {}));
  }
  return problems;
}

function resourceElements(root: XmlElement): XmlElement[] {
  const overrides = childNamed(root, "VersionOverrides");
  const resources = overrides && childNamed(overrides, "Resources");
  if (!resources) return [];
  return resources.children.flatMap((group) => group.children).filter((entry) => entry.attributes.has("id"));
}

function resourceValue(root: XmlElement, id: string): string | undefined {
  return resourceElements(root).find((entry) => entry.attributes.get("id") === id)?.attributes.get("DefaultValue");
}

function checkResources(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const defined = new Set<string>();
  for (const entry of resourceElements(root)) {
    const id = entry.attributes.get("id")!;
    if (defined.has(id)) problems.push(problem(MANIFEST_MESSAGES.duplicateResourceId, { resid: id, line: entry.line }));
    defined.add(id);
  }
  for (const element of allElements(root)) {
    const resid = element.attributes.get("resid");
    if (resid !== undefined && !defined.has(resid)) {
      problems.push(problem(MANIFEST_MESSAGES.undefinedResid, { resid, line: element.line }));
    }
  }
  return problems;
}

/** Office loads nothing over plain http: every address in the manifest must be https. */
function checkUrls(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const element of allElements(root)) {
    const candidates = [element.attributes.get("DefaultValue"), element.attributes.get("Value")];
    if (element.name === "AppDomain") candidates.push(element.text.trim());
    for (const value of candidates) {
      if (value && /^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https:\/\//i.test(value)) {
        problems.push(problem(MANIFEST_MESSAGES.notHttps, { url: value, line: element.line }));
      }
    }
  }
  return problems;
}
