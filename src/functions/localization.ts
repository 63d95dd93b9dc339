// Chinese metadata for a Chinese Excel: the build applies this to functions.json (made from the
// JSDoc of ./functions.ts) to write the zh-cn copy. Ids never change; names, descriptions and
// parameter descriptions come from FUNCTION_METADATA_ZH in src/messages/functions.ts.
import { FUNCTION_METADATA_ZH } from "../messages";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A copy of `metadata` with every known function's name and descriptions in Chinese. */
export function localizeFunctionsMetadata(metadata: unknown, locale: "zh-cn"): unknown {
  void locale; // the one locale we ship besides the English default
  if (!isObject(metadata) || !Array.isArray(metadata.functions)) return metadata;
  const functions = metadata.functions.map((fn: unknown) => {
    if (!isObject(fn) || typeof fn.id !== "string") return fn;
    const zh = FUNCTION_METADATA_ZH[fn.id];
    if (!zh) return fn;
    const parameters = Array.isArray(fn.parameters)
      ? fn.parameters.map((p: unknown) => {
          if (!isObject(p) || typeof p.name !== "string" || !zh.parameters[p.name]) return p;
          const pz = zh.parameters[p.name];
          return { ...p, name: pz.name, description: pz.description };
        })
      : fn.parameters;
    return { ...fn, name: zh.name, description: zh.description, parameters };
  });
  return { ...metadata, functions };
}
