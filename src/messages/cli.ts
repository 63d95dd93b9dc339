// Texts of the `xxgk` command line itself: help, usage errors, reading inputs. The commands'
// own results are worded in ./checks.ts (check), ./combine.ts (combine) and ./layout.ts (--xlsx).
import type { MessageText } from "./format";

const exitCodes = (zero: string, one: string) => `退出码 / exit codes:
  0  ${zero}
  1  ${one}
  2  用法错误：未知的命令或选项、选项缺少值、没有给出文件
  3  程序内部错误（请报告问题）`;

const INPUTS = `FILE 可以是报告文件（.pdf .docx .html .htm .txt）、交换格式（.json .jsonl）、工作簿（.xlsx），
也可以是文件夹：读取其中（含子文件夹）所有这些类型的文件。`;

export const CLI_HELP = {
  main: {
    zh: `xxgk — 政府信息公开工作年度报告：读取、检查、汇总

用法 / usage:
  xxgk parse FILE... [--json] [--xlsx 输出.xlsx]   读取报告，显示三张表
  xxgk check FILE... [--json]                     检查勾稽关系，逐条说明不符之处
  xxgk combine FILE... -o 输出.xlsx               汇总多个报告为一个工作簿
  xxgk COMMAND --help                             某个命令的详细说明
  xxgk --version                                  版本号

${INPUTS}
信息和错误写到标准错误（stderr），数据（表格、JSON）写到标准输出（stdout）。

退出码 / exit codes:
  0  成功，没有错误
  1  有文件未能读取、检查发现错误，或未能写出文件
  2  用法错误：未知的命令或选项、选项缺少值、没有给出文件
  3  程序内部错误（请报告问题）`,
    en: `xxgk — annual government-information-disclosure reports: read, check, combine

usage:
  xxgk parse FILE... [--json] [--xlsx out.xlsx]   read reports, show the three tables
  xxgk check FILE... [--json]                     check the tables' sums, finding by finding
  xxgk combine FILE... -o out.xlsx                combine many reports into one workbook
  xxgk COMMAND --help                             help on one command
  xxgk --version                                  the version

FILE: report files (.pdf .docx .html .htm .txt), interchange (.json .jsonl), workbooks (.xlsx), or folders.
Messages and errors go to stderr, data (tables, JSON) to stdout.

exit codes: 0 fine · 1 an input unreadable, an error found, nothing written · 2 usage error · 3 a bug`,
  },
  parse: {
    zh: `用法：xxgk parse FILE... [--json] [--xlsx 输出.xlsx]

读取报告，显示机关、年度和三张表；读不出的数字显示为 ?，并说明原因。
  --json          每个文件输出一行交换格式 JSON（读取失败的文件也有一行，带 error）
  --xlsx 文件     另存为工作簿：目录 + 每个报告一张规范工作表（自带核对公式和核对结果）
  -h, --help      显示本说明

${INPUTS}

${exitCodes("所有文件都已读取（并已写出 --xlsx 工作簿）", "有文件未能读取，或未能写出 --xlsx 工作簿")}`,
    en: `usage: xxgk parse FILE... [--json] [--xlsx out.xlsx]
  --json          one interchange JSON line per file (a failed file still gets one, with error)
  --xlsx FILE     also write a workbook: an index and one standardized sheet per report
exit codes: 0 all read · 1 a file unreadable or the workbook not written · 2 usage error · 3 a bug`,
  },
  check: {
    zh: `用法：xxgk check FILE... [--json]

检查每份报告的勾稽关系（表三各行各列的总计、新收与结转的平衡、表四各组总计、
正文与表格的数字是否一致），以及同一机关相邻两年之间的结转和现行有效件数。
.xlsx 工作簿（包括本工具写出的工作簿和合并表）按行名、列名找出其中的统计表，问题指到工作表和单元格。
  --json          每份报告输出一行 JSON（含 findings）
  -h, --help      显示本说明

${INPUTS}

${exitCodes("没有发现错误（“注意”不算错误）", "发现错误，或有文件未能读取、检查")}`,
    en: `usage: xxgk check FILE... [--json]
  --json          one JSON line per report (with findings)
exit codes: 0 no errors (warnings are not errors) · 1 an error found or a file unreadable · 2 usage error · 3 a bug`,
  },
  combine: {
    zh: `用法：xxgk combine FILE... -o 输出.xlsx [--keep-duplicates] [--by-year]

把多个报告汇总到一个工作簿：合并表（每份报告一行）、汇总（公式）、核对结果（每条问题一行，
带链接和随数字变化的现状），以及每份报告的规范工作表。
同一机关同一年度的报告只计入一次（先给出的那份），并在标准错误中说明。
报告分属几个年度时会说明：汇总是各年度相加，在合并表按“年度”筛选即为该年度的汇总。
  -o, --out 文件         输出的工作簿（必需）
  --keep-duplicates      同一机关同一年度出现多次时全部计入
  --by-year              报告分属几个年度时，另为每个年度写一张汇总表（汇总2023、汇总2024……）
  -h, --help             显示本说明

${INPUTS}

${exitCodes("已写出工作簿，所有文件都已读取", "有文件被跳过（未能读取或其中没有报告），或没有写出工作簿")}`,
    en: `usage: xxgk combine FILE... -o out.xlsx [--keep-duplicates] [--by-year]
  -o, --out FILE         the workbook to write (required)
  --keep-duplicates      count every copy of one agency's report of one year
  --by-year              reports of several years: also one totals sheet per year
exit codes: 0 written, every file read · 1 a file skipped or nothing written · 2 usage error · 3 a bug`,
  },
} satisfies Record<string, MessageText>;

export const CLI_MESSAGES = {
  unknownCommand: { zh: "未知命令“{command}”{suggestion}。运行 xxgk --help 查看可用命令。", en: "Unknown command “{command}”{suggestion}. Run xxgk --help." },
  unknownOption: { zh: "未知选项“{option}”{suggestion}。运行 xxgk {command} --help 查看可用选项。", en: "Unknown option “{option}”{suggestion}. Run xxgk {command} --help." },
  didYouMean: { zh: "，是不是想用 {name}", en: "; did you mean {name}" },
  missingValue: { zh: "选项 {option} 需要一个值（{what}），例如 {example}。", en: "Option {option} needs a value ({what}), e.g. {example}." },
  flagWithValue: { zh: "选项 {option} 不带值，请去掉“={value}”。", en: "Option {option} takes no value; drop “={value}”." },
  noFiles: { zh: "{usage}\n请给出至少一个文件或文件夹。", en: "{usage}\nGive at least one file or folder." },
  missingOption: { zh: "{usage}\n缺少必需的选项 {option}（{what}），例如 {example}。", en: "{usage}\nThe option {option} is required ({what}), e.g. {example}." },
  notFound: { zh: "无法读取文件“{file}”：找不到这个文件或文件夹，请检查路径和文件名。", en: "Cannot read “{file}”: no such file or folder." },
  noAccess: { zh: "无法读取文件“{file}”：没有读取权限。", en: "Cannot read “{file}”: permission denied." },
  readFailed: { zh: "无法读取文件“{file}”：{reason}", en: "Cannot read “{file}”: {reason}" },
  emptyFolder: {
    zh: "文件夹“{folder}”中没有报告文件（.pdf .docx .html .txt .json .xlsx）。",
    en: "Folder “{folder}” holds no report files (.pdf .docx .html .txt .json .xlsx).",
  },
  damagedXlsx: {
    zh: "“{file}”不是可读取的 .xlsx 工作簿（文件已损坏、未下载完整、已加密，或其实是别的格式）。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。",
    en: "“{file}” is not a readable .xlsx workbook (damaged, incomplete, encrypted, or another format).",
  },
  damagedFile: {
    zh: "“{file}”无法打开：文件已损坏或不是它的扩展名所说的格式（{kind}）。",
    en: "“{file}” cannot be opened: damaged, or not the format its extension says ({kind}).",
  },
  readError: { zh: "读取“{file}”时出错：{reason}", en: "Error reading “{file}”: {reason}" },
  unexpected: {
    zh: "xxgk：意外错误：{reason}。这是程序的问题，请把这条信息和所用的文件一起报告。",
    en: "xxgk: unexpected error: {reason}. This is a bug; please report it with the files used.",
  },
  outputWhat: { zh: "输出文件名", en: "output file name" },
} satisfies Record<string, MessageText>;

export type CliMessageCode = keyof typeof CLI_MESSAGES;
