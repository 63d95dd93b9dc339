// A small argument reader: positional files, boolean flags and options with a value.
export interface ParsedArgs {
  files: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** `valued` names the options that take a value (`-o out.xlsx`, `--xlsx=out.xlsx`). */
export function parseArgs(argv: string[], valued: readonly string[] = []): ParsedArgs {
  const out: ParsedArgs = { files: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const eq = arg.indexOf("=");
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (valued.includes(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new Error(`${name} 需要一个值`);
        out.options.set(name, value);
      } else out.flags.add(name);
    } else out.files.push(arg);
  }
  return out;
}
