import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReportsXlsx } from "../../src/cli/commands/xlsx";
import { brokenTotalReport, consistentReport } from "../layout/report-fixtures";
import { loadWorkbook } from "./xlsx-reader";

describe("xxgk parse --xlsx", () => {
  let dir: string;
  let errors: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-cli-"));
    errors = [];
    jest.spyOn(console, "error").mockImplementation((text: string) => void errors.push(text));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes an index sheet and one sheet per report, and says so on stderr", async () => {
    const out = join(dir, "out.xlsx");
    expect(await writeReportsXlsx([consistentReport(), brokenTotalReport()], out)).toBe(0);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["目录", "攀枝花市仁和区人民政府2024", "总计有误的机关2024"]);
    expect(errors).toEqual(["已写入 out.xlsx：2 个报告工作表。"]);
  });

  it("writes nothing when no report was read, and says why", async () => {
    const out = join(dir, "none.xlsx");
    expect(await writeReportsXlsx([], out)).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(errors).toEqual([`没有可写入的报告：所有文件都未能读取，未生成 ${out}。`]);
  });

  it("tells the person when the file cannot be written", async () => {
    const out = join(dir, "missing-folder", "out.xlsx");
    expect(await writeReportsXlsx([consistentReport()], out)).toBe(1);
    expect(errors[0]).toMatch(/^无法写入 .*out\.xlsx：.*。请检查路径和写入权限。$/);
  });
});
