// `xxgk` command line: picks the command, answers --help and --version, and turns every failure
// into a plain Chinese message on stderr with its exit code (never a stack trace):
//   0 fine · 1 an input unreadable, a check failed, nothing written · 2 usage error · 3 a bug.
// Each command lives in ./commands and is loaded only when asked for: `xxgk --help` does not load
// exceljs or pdf.js.
import { CLI_HELP, CLI_MESSAGES } from "../messages/cli";
import { render } from "../messages/format";
import { closest, UsageError } from "./args";

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Command> = {
  parse: () => (require("./commands/parse") as typeof import("./commands/parse")).runParse,
  check: () => (require("./commands/check") as typeof import("./commands/check")).runCheck,
  combine: () => (require("./commands/combine") as typeof import("./commands/combine")).runCombine,
};

/** The project's version, from the package.json above this file (sources or compiled copy). */
export function version(): string {
  const { existsSync, readFileSync } = require("node:fs") as typeof import("node:fs");
  const { dirname, join } = require("node:path") as typeof import("node:path");
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "xxgk-sheets" && pkg.version) return pkg.version;
  }
  return "?";
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      if (command === "help" && rest[0] && rest[0] in COMMANDS) return help(rest[0] as keyof typeof CLI_HELP);
      // Without a command it is a usage error: the help goes to stderr, stdout stays empty.
      if (command === undefined) {
        console.error(CLI_HELP.main.zh);
        return 2;
      }
      console.log(CLI_HELP.main.zh);
      return 0;
    }
    if (command === "--version" || command === "-v" || command === "-V") {
      console.log(`xxgk ${version()}`);
      return 0;
    }
    const load = COMMANDS[command];
    if (!load) {
      const guess = closest(command, [...Object.keys(COMMANDS), "--help", "--version"]);
      throw new UsageError(render(CLI_MESSAGES.unknownCommand, { command, suggestion: guess ? render(CLI_MESSAGES.didYouMean, { name: guess }) : "" }));
    }
    if (rest.includes("--help") || rest.includes("-h")) return help(command as keyof typeof CLI_HELP);
    configurePdf();
    return await load()(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    console.error(render(CLI_MESSAGES.unexpected, { reason: err instanceof Error ? err.message : String(err) }));
    if (process.env.XXGK_DEBUG && err instanceof Error) console.error(err.stack);
    return 3;
  }
}

function help(command: keyof typeof CLI_HELP): number {
  console.log(CLI_HELP[command].zh);
  return 0;
}

/**
 * PDFs whose Chinese fonts are not embedded need pdf.js's character maps; the pane serves them from
 * dist/, the command line reads them from the installed package.
 */
function configurePdf(): void {
  const { dirname, join, sep } = require("node:path") as typeof import("node:path");
  const { configurePdfAssets } = require("../importers") as typeof import("../importers");
  const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
  configurePdfAssets({ cMapUrl: join(pdfjsRoot, "cmaps") + sep, standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + sep });
}
