// `xxgk` command line: arguments only; each command lives in ./commands and does its own printing.
import { runParse } from "./commands/parse";
import { runCheck } from "./commands/check";
import { runCombine } from "./commands/combine";
import { dirname, join, sep } from "node:path";
import { configurePdfAssets } from "../importers";

// PDFs whose Chinese fonts are not embedded need pdf.js's character maps; the pane serves them from
// dist/, the command line reads them from the installed package.
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));
configurePdfAssets({ cMapUrl: join(pdfjsRoot, "cmaps") + sep, standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + sep });

const USAGE = `用法 / usage:
  xxgk parse FILE... [--json] [--xlsx out.xlsx]
                                        读取报告文件，显示三张表（--json：每个文件一行交换格式 JSON；
                                        --xlsx：另存为工作簿，每个报告一张规范工作表）
  xxgk check FILE... [--json]           检查勾稽关系（.xlsx：在工作簿各表中按行名列名找出统计表，
                                        逐项检查，指出工作表和单元格）
  xxgk combine FILE... -o out.xlsx      合并多个报告（报告文件、JSON 或含统计表的 .xlsx）：
                                        合并表（每份报告一行）、汇总（公式）、核对结果（含链接）
  xxgk --help`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "parse":
      return runParse(rest);
    case "check":
      return runCheck(rest);
    case "combine":
      return runCombine(rest);
    case undefined:
    case "-h":
    case "--help":
    case "help":
      console.log(USAGE);
      return 0;
    default:
      console.error(`未知命令：${command}\n${USAGE}`);
      return 2;
  }
}
