// Reads XML strictly (sax in strict, namespace-aware mode): a manifest that Office would refuse to
// parse must fail here too, so a lenient HTML-style parser will not do.
import sax from "sax";

export interface XmlElement {
  /** Local name, without prefix. */
  readonly name: string;
  readonly namespace: string;
  /** Attributes by local name; `xsi:type` is under "type". */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
}

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; line: number; detail: string };

export function readXml(text: string): XmlReadResult {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { line: number; detail: string } | undefined;

  parser.onerror = (error) => {
    failure ??= { line: parser.line + 1, detail: error.message.split("\n")[0] };
    throw error; // stop at the first fault: what follows it is noise
  };
  parser.onopentag = (tag) => {
    const qualified = tag as sax.QualifiedTag;
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(qualified.attributes)) {
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      attributes.set(attribute.local, attribute.value);
    }
    const element: XmlElement = {
      name: qualified.local,
      namespace: qualified.uri,
      attributes,
      children: [],
      text: "",
      line: parser.line + 1,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (chunk) => {
    if (stack.length > 0) stack[stack.length - 1].text += chunk;
  };

  try {
    parser.write(text).close();
  } catch {
    // onerror recorded the fault
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, line: 1, detail: "no root element" };
  return { ok: true, root };
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child) => child.name === name);
}

export function childNamed(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((child) => child.name === name);
}

export function* allElements(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) yield* allElements(child);
}
