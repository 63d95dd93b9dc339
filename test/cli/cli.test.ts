// The command line as a person meets it: bin/xxgk.js run as a process. Help on every command,
// --version, unknown options refused with a suggestion (exit 2), messages on stderr and data on
// stdout, plain Chinese for missing files, folders and damaged files, and never a stack trace.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SEEDS } from "../support/corpus";

const REPO = resolve(__dirname, "../..");
const SEED = join(SEEDS, "001_1033e8c8c2361b7e.txt");
const SEED2 = join(SEEDS, "002_bf456f32f04c5c07.txt");

function xxgk(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(REPO, "bin/xxgk.js"), ...args], { cwd: REPO, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const temp = () => mkdtempSync(join(tmpdir(), "xxgk-cli-"));
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("help and version", () => {
  it("answers --version with package.json's version", () => {
    const { code, out, err } = xxgk("--version");
    expect(code).toBe(0);
    expect(out.trim()).toBe(`xxgk ${JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version}`);
    expect(err).toBe("");
  });

  it("answers --help for the whole tool and for each command, exit codes included", () => {
    const main = xxgk("--help");
    expect(main.code).toBe(0);
    expect(main.out).toContain("xxgk parse FILE...");
    expect(main.out).toMatch(/退出码[\s\S]*2  用法错误/);
    for (const command of ["parse", "check", "combine"]) {
      const { code, out, err } = xxgk(command, "--help");
      expect({ command, code, err }).toEqual({ command, code: 0, err: "" });
      expect(out.split("\n")[0]).toMatch(new RegExp(`^用法：xxgk ${command} FILE\\.\\.\\.`));
      expect(out).toMatch(/退出码 \/ exit codes:\n  0  .+\n  1  .+\n  2  用法错误/);
    }
    expect(xxgk("combine", "-h").out).toContain("--keep-duplicates");
  });

  it("without a command: the help on stderr, exit 2", () => {
    const { code, out, err } = xxgk();
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("xxgk combine FILE...");
  });
});

describe("usage errors: exit 2, the reason on stderr, nothing done", () => {
  it("refuses an unknown option and names the one meant", () => {
    const dir = temp();
    const { code, out, err } = xxgk("parse", SEED, "--xslx", join(dir, "out.xlsx"));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim()).toBe("未知选项“--xslx”，是不是想用 --xlsx。运行 xxgk parse --help 查看可用选项。");
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
    expect(xxgk("combine", SEED, "-o", join(dir, "o.xlsx"), "--keep-duplicate").err).toContain("是不是想用 --keep-duplicates");
    expect(xxgk("check", SEED, "--frobnicate").err.trim()).toBe("未知选项“--frobnicate”。运行 xxgk check --help 查看可用选项。");
  });

  it("refuses an unknown command and names the one meant", () => {
    const { code, err } = xxgk("pasre", SEED);
    expect(code).toBe(2);
    expect(err.trim()).toBe("未知命令“pasre”，是不是想用 parse。运行 xxgk --help 查看可用命令。");
  });

  it("says an option lacks its value, without a stack trace", () => {
    for (const args of [["combine", SEED, "-o"], ["combine", SEED, "-o", "--keep-duplicates"], ["parse", SEED, "--xlsx"]]) {
      const { code, out, err } = xxgk(...args);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(/^选项 (-o|--xlsx) 需要一个值（输出的工作簿文件名），例如 /);
      noStack(err);
    }
  });

  it("says what is missing: files, or combine's -o", () => {
    expect(xxgk("parse")).toMatchObject({ code: 2, out: "", err: expect.stringContaining("请给出至少一个文件或文件夹。") });
    const noOut = xxgk("combine", SEED);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/^用法：xxgk combine FILE\.\.\. -o 输出\.xlsx.*\n缺少必需的选项 -o\/--out（输出的工作簿文件名），例如 -o 汇总\.xlsx。/);
  });
});

describe("inputs", () => {
  it("a missing file: plain Chinese on stderr, its JSON line with error on stdout, exit 1; the other files still read", () => {
    const missing = join(temp(), "不存在.pdf");
    const { code, out, err } = xxgk("parse", "--json", missing, SEED);
    expect(code).toBe(1);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.error ?? null, l.year ?? null])).toEqual([
      [missing, `无法读取文件“${missing}”：找不到这个文件或文件夹，请检查路径和文件名。`, null],
      [SEED, null, 2024],
    ]);
    expect(err).toContain(`无法读取文件“${missing}”：找不到这个文件或文件夹`);
    expect(err).not.toMatch(/ENOENT|EISDIR/);
    noStack(err);
  });

  it("a folder is read as the reports in it (sub-folders too), other files left aside; an empty folder is said", () => {
    const dir = temp();
    mkdirSync(join(dir, "z二级"));
    copyFileSync(SEED, join(dir, "a.txt"));
    copyFileSync(SEED2, join(dir, "z二级", "b.txt"));
    writeFileSync(join(dir, "说明.md"), "not a report");
    writeFileSync(join(dir, "~$a.docx"), "Office lock file");
    const { code, out } = xxgk("parse", "--json", dir);
    expect(code).toBe(0);
    expect(out.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([join(dir, "a.txt"), join(dir, "z二级", "b.txt")]);
    const empty = temp();
    const none = xxgk("check", empty);
    expect(none.code).toBe(1);
    expect(none.err).toContain(`文件夹“${empty}”中没有报告文件`);
  });

  it("a damaged workbook and a damaged .docx: plain Chinese, no library English, no stack", () => {
    const dir = temp();
    writeFileSync(join(dir, "坏.xlsx"), "PK\x03\x04 this is not a zip");
    writeFileSync(join(dir, "坏.docx"), "PK\x03\x04 this is not a zip");
    for (const command of ["check", "parse"]) {
      const { code, err } = xxgk(command, join(dir, "坏.xlsx"));
      expect(code).toBe(1);
      expect(err).toContain(`“${join(dir, "坏.xlsx")}”不是可读取的 .xlsx 工作簿`);
      expect(err).not.toMatch(/central directory|jszip|zip file/i);
      noStack(err);
    }
    const combined = xxgk("combine", join(dir, "坏.xlsx"), join(dir, "坏.docx"), "-o", join(dir, "o.xlsx"));
    expect(combined.code).toBe(1);
    expect(combined.err).toContain("不是可读取的 .xlsx 工作簿");
    expect(combined.err).toContain("已损坏或不完整");
    expect(combined.err).toContain("没有读到任何报告，未写出文件。");
    noStack(combined.err);
  });
});

describe("stdout holds data, stderr messages", () => {
  it("parse --json --xlsx: JSON lines only on stdout, the written file said on stderr", () => {
    const out = join(temp(), "r.xlsx");
    const r = xxgk("parse", "--json", SEED, "--xlsx", out);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.trim())).toMatchObject({ year: 2024, file: SEED });
    expect(r.err.trim()).toBe("已写入 r.xlsx：1 个报告工作表。");
  });

  it("combine writes nothing on stdout", () => {
    const out = join(temp(), "c.xlsx");
    const r = xxgk("combine", SEED, SEED2, "-o", out);
    expect(r).toMatchObject({ code: 0, out: "" });
    expect(r.err).toMatch(/^已写入“c\.xlsx”：2份报告/m);
  });
});
