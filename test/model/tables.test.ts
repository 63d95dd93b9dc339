import { FIGURE_COUNT, FIGURE_SLOTS, figureAt, flattenFigures, REQUEST_ROWS, REQUEST_ROW_FRAGMENTS, labelKey, matchRequestRow, readFigureText, emptyReport, ReportSchema } from "../../src/model";

describe("the model of the three tables", () => {
  it("holds 200 figures", () => {
    expect(FIGURE_COUNT).toBe(200);
  });

  it("an empty report fits the interchange schema", () => {
    expect(ReportSchema.safeParse(emptyReport()).success).toBe(true);
  });

  it("matches every canonical row label of table 三 to its own row", () => {
    for (const row of REQUEST_ROWS) expect([row.label, matchRequestRow(row.label)]).toEqual([row.label, row.row]);
  });

  it("no row fragment occurs in another row's canonical label", () => {
    REQUEST_ROW_FRAGMENTS.forEach((fragments, i) => {
      for (const f of fragments)
        for (const row of REQUEST_ROWS)
          if (row.row !== i + 1) expect([f, row.row, labelKey(row.label).includes(f)]).toEqual([f, row.row, false]);
    });
  });

  it("matches labels with group headings, full-width forms and misprints", () => {
    expect(matchRequestRow("（三）不予公开 １．属 于 国家秘密")).toBe(5);
    expect(matchRequestRow("2.其他法律行政止公开")).toBe(6);
    expect(matchRequestRow("（七）总计")).toBe(24);
    expect(matchRequestRow("3.其他")).toBe(23);
    expect(matchRequestRow("(七)合计")).toBe(24);
  });

  it("reads figure texts without guessing", () => {
    expect(readFigureText("26,640")).toEqual({ kind: "number", value: 26640 });
    expect(readFigureText("１４１９．８０")).toEqual({ kind: "number", value: 1419.8 });
    expect(readFigureText("12件")).toEqual({ kind: "number", value: 12, unit: "件" });
    expect(readFigureText(" ")).toEqual({ kind: "empty" });
    expect(readFigureText("—")).toEqual({ kind: "none-mark", text: "—" });
    expect(readFigureText("*")).toEqual({ kind: "placeholder", text: "*" });
    expect(readFigureText("约3")).toEqual({ kind: "text", text: "约3" });
  });
});

describe("the 200 figure slots", () => {
  it("follow the interchange order of flattenFigures", () => {
    const report = emptyReport();
    let n = 0;
    report.active = report.active.map(() => n++);
    report.requests = report.requests.map((row) => row.map(() => n++));
    report.appeals = report.appeals.map(() => n++);
    const flat = flattenFigures(report);
    expect(FIGURE_SLOTS.map((s) => figureAt(report, s))).toEqual(flat);
    expect(FIGURE_SLOTS[10].headers).toEqual(["申请办理", "本年新收申请", "自然人"]);
    expect(FIGURE_SLOTS[199].headers).toEqual(["复议诉讼", "行政诉讼·复议后起诉", "总计"]);
  });
});

describe("a cell's text with spaces inside", () => {
  it("is one number only when the spaces group thousands", () => {
    expect(readFigureText("26 640")).toEqual({ kind: "number", value: 26640 });
    expect(readFigureText(" 17 ")).toEqual({ kind: "number", value: 17 });
    expect(readFigureText("1\n2")).toEqual({ kind: "text", text: "1\n2" });
    expect(readFigureText("1 2")).toEqual({ kind: "text", text: "1 2" });
    expect(readFigureText("&nbsp;")).toEqual({ kind: "empty" });
  });
});
