// Reads a command's arguments against the options it knows: positional files, flags and options
// with a value. Anything else is a usage error (exit 2) that names the closest known option.
import { CLI_HELP, CLI_MESSAGES } from "../messages/cli";
import { render } from "../messages/format";

export interface OptionSpec {
  /** Every spelling of the option, the first being its main name (`--out`, `-o`). */
  readonly names: readonly string[];
  /** Options with a value: what the value is, and an example, for the message when it is missing. */
  readonly value?: { readonly what: string; readonly example: string };
}

export interface CommandSpec {
  readonly command: keyof typeof CLI_HELP;
  readonly options: readonly OptionSpec[];
}

export interface ParsedArgs {
  files: string[];
  /** Flags given, by main name. */
  flags: Set<string>;
  /** Option values, by main name. */
  options: Map<string, string>;
  help: boolean;
}

/** A mistake in the command line, worded for the person; the command exits 2. */
export class UsageError extends Error {}

const HELP: OptionSpec = { names: ["--help", "-h"] };

/** The first line of a command's help: `用法：xxgk parse FILE... […]`. */
export function usageLine(command: keyof typeof CLI_HELP): string {
  return CLI_HELP[command].zh.split("\n")[0];
}

/** A command that answers a usage error with its message on stderr and exit 2. */
export function usageErrors(run: (argv: string[]) => Promise<number>): (argv: string[]) => Promise<number> {
  return async (argv) => {
    try {
      return await run(argv);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      console.error(err.message);
      return 2;
    }
  };
}

export function parseArgs(argv: readonly string[], spec: CommandSpec, rules: { needFiles?: boolean; required?: readonly string[] } = {}): ParsedArgs {
  const out: ParsedArgs = { files: [], flags: new Set(), options: new Map(), help: false };
  const known = [...spec.options, HELP];
  const byName = new Map(known.flatMap((o) => o.names.map((n) => [n, o] as const)));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      out.files.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const option = byName.get(name);
    if (!option) {
      const guess = closest(name, known.flatMap((o) => o.names));
      const suggestion = guess ? render(CLI_MESSAGES.didYouMean, { name: guess }) : "";
      throw new UsageError(render(CLI_MESSAGES.unknownOption, { option: name, suggestion, command: spec.command }));
    }
    const main = option.names[0];
    if (option === HELP) {
      out.help = true;
      continue;
    }
    if (!option.value) {
      if (eq > 0) throw new UsageError(render(CLI_MESSAGES.flagWithValue, { option: name, value: arg.slice(eq + 1) }));
      out.flags.add(main);
      continue;
    }
    // A value that looks like another option is taken for a forgotten value, not a file name.
    const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1] !== undefined && !isOption(argv[i + 1]) ? argv[++i] : undefined;
    if (value === undefined || value === "") throw new UsageError(render(CLI_MESSAGES.missingValue, { option: name, ...option.value }));
    out.options.set(main, value);
  }
  if (out.help) return out;
  if (rules.needFiles && out.files.length === 0) throw new UsageError(render(CLI_MESSAGES.noFiles, { usage: usageLine(spec.command) }));
  for (const name of rules.required ?? []) {
    if (out.options.has(name)) continue;
    const option = known.find((o) => o.names[0] === name)!;
    throw new UsageError(render(CLI_MESSAGES.missingOption, { usage: usageLine(spec.command), option: option.names.join("/"), ...option.value }));
  }
  return out;
}

const isOption = (arg: string) => arg.startsWith("-") && arg !== "-";

/** The known name nearest to `name` (letters swapped, dropped, added or changed), if near enough. */
export function closest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const bare = (s: string) => s.replace(/^-+/, "");
  for (const c of candidates) {
    const d = distance(bare(name), bare(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(bare(name).length / 3)));
  return bestDistance <= limit ? best : null;
}

/** Edit distance counting a swap of two neighbouring letters as one edit (`xslx` → `xlsx`). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}
