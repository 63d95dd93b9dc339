// Excel's rules for custom function ids and names (learn.microsoft.com, "Custom functions naming and
// localization"): both start with a letter and have at least three characters; an id uses only
// A–Z, 0–9, underscore and period; a name any Unicode letters, underscore and period, and must not
// read as a cell reference (A1, R1C1) or an Excel 4.0 macro function. A Chinese name of two
// characters (校验) breaks the rule, and Excel then offers no such function in Chinese Excel.
// The build (scripts/webpack/LocalizedFunctionsMetadataPlugin.js) runs this over every
// functions*.json it emits and fails on any problem.
import { FUNCTION_NAMING_MESSAGES } from "../messages/functions";
import { render, type MessageText } from "../messages/format";

const ID = /^[A-Z][A-Z0-9_.]{2,}$/;
const NAME = /^\p{L}[\p{L}\p{M}_.]{2,}$/u;
const CELL_A1 = /^[A-Z]{1,3}[0-9]+$/i;
const CELL_R1C1 = /^R[0-9]*C[0-9]*$/i;
/** Excel 4.0 macro functions most likely to collide with a short name. */
const MACRO_NAMES = new Set(["RUN", "ECHO", "HALT", "RETURN", "GOTO", "ALERT", "BEEP", "FOPEN", "FCLOSE", "FREAD", "FWRITE", "EXEC", "CALL", "REGISTER"]);

export const isValidFunctionId = (id: string): boolean => ID.test(id);

export function isValidFunctionName(name: string): boolean {
  return NAME.test(name) && !CELL_A1.test(name) && !CELL_R1C1.test(name) && !MACRO_NAMES.has(name.toUpperCase());
}

export interface NamingProblem {
  readonly message: MessageText;
  readonly params: Readonly<Record<string, string>>;
}

export const describeNamingProblem = (p: NamingProblem, lang: "zh" | "en" = "zh"): string => render(p.message, p.params, lang);

type Fn = { id?: unknown; name?: unknown };

/**
 * Every problem of the metadata files (file name → parsed JSON): names and ids against Excel's
 * rules, and the same ids in the same order in every file as in `reference` (functions.json).
 */
export function functionNamingProblems(files: Readonly<Record<string, unknown>>, reference = "functions.json"): NamingProblem[] {
  const m = FUNCTION_NAMING_MESSAGES;
  const problems: NamingProblem[] = [];
  const idsOf = (json: unknown): string[] =>
    ((json as { functions?: Fn[] } | null)?.functions ?? []).map((f) => String(f.id));
  const expected = idsOf(files[reference]).join(", ");
  for (const [file, json] of Object.entries(files)) {
    const fns = (json as { functions?: Fn[] } | null)?.functions;
    if (!Array.isArray(fns) || fns.length === 0) {
      problems.push({ message: m.noFunctions, params: { file } });
      continue;
    }
    const byName = new Map<string, string[]>();
    for (const fn of fns) {
      const id = String(fn.id);
      const name = String(fn.name);
      if (!isValidFunctionId(id)) problems.push({ message: m.badId, params: { file, id } });
      if (!isValidFunctionName(name)) problems.push({ message: m.badName, params: { file, id, name } });
      const key = name.toUpperCase();
      byName.set(key, [...(byName.get(key) ?? []), id]);
    }
    for (const [name, ids] of byName) if (ids.length > 1) problems.push({ message: m.duplicateName, params: { file, name, ids: ids.join(", ") } });
    const found = fns.map((f) => String(f.id)).join(", ");
    if (file !== reference && found !== expected) problems.push({ message: m.idsDiffer, params: { file, reference, found, expected } });
  }
  return problems;
}
