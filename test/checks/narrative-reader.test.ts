import { readNarrativeNew } from "../../src/importers/narrative";

describe("readNarrativeNew: the number of new requests the prose of 一、总体情况 states", () => {
  test.each([
    ["2024 年，共受理依申请公开事项 16 件，并按期答复。", 16],
    ["全年共收到政府信息公开申请3件，均在法定期限内予以答复。", 3],
    ["2025年，收到政府信息依申请公开信件8件，办结8件，办结率100%。", 8],
    ["全年共收到依申请公开信件21件,办结21件,办结率100%", 21],
    ["2024年收到并办理公民、法人和其他组织提出的政府信息公开申请21件，均及时对申请人进行了答复。", 21],
    ["全年新收政府信息公开申请1,634件，均在法定期限内予以答复。", 1634],
    ["全年新收政府信息公开申请０件。", 0],
    ["全年共收到政府信息公开申请件数为25件。", 25],
    ["本年度受理依申请公开政府信息 7 件，均按时答复。", 7],
    ["共办理政府信息公开申请56件，其中本年新收54件，上年结转2件。", 56],
    ["共收到依申请公开申请21件，其中当面申请3件、网络申请10件、信函申请8件。", 21],
  ])("%s → %d", (prose, n) => {
    expect(readNarrativeNew(prose)).toBe(n);
  });

  test("a sentence broken over lines, with spaces inside the number (PDF text)", () => {
    expect(readNarrativeNew("规范依申请公开办理流程。2021 年共受理依申请公\n开事项 1 2 件，均在法定期限内予以答复。")).toBe(12);
  });

  test("a stated zero: 未接到申请", () => {
    expect(readNarrativeNew("2024年，区行政审批局未接到依申请公开申请。")).toBe(0);
  });

  test("figures of appeals, completions or the table are not new requests", () => {
    expect(readNarrativeNew("其中，因政府信息公开申请引发行政诉讼1件。办结8件。")).toBeNull();
    expect(readNarrativeNew("规范依申请公开办理流程，做好接收、登记、办理、审核、答复、归档等各环节工作。")).toBeNull();
    // The table's first row, when the prose has no sentence of its own.
    expect(readNarrativeNew("一、总体情况\n加强培训。\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 12 0 0 0 0 0 12")).toBeNull();
  });

  test("two different numbers: null rather than a guess", () => {
    expect(readNarrativeNew("全年共收到政府信息公开申请21件，其中新收政府信息公开申请19件。")).toBeNull();
  });

  test("only the prose before part 二 counts", () => {
    expect(readNarrativeNew("全年共收到政府信息公开申请5件。\n二、主动公开政府信息情况\n……收到政府信息公开申请9件")).toBe(5);
  });
});
