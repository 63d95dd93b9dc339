// A .txt saved by Chinese Windows tools is GBK (GB18030), not UTF-8: importBytes must read it the same.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importBytes } from "../../../src/importers";
import { importText } from "../../../src/importers/text";

const FIXTURES = join(__dirname, "../../fixtures");

describe("text file encodings", () => {
  it("reads a GBK-encoded web copy (encoded-gbk-web-copy.txt) as its UTF-8 original", async () => {
    const gbk = readFileSync(join(FIXTURES, "text/encoded-gbk-web-copy.txt"));
    const original = importText(readFileSync(join(FIXTURES, "variety/cases/h006/text-web.txt"), "utf8"));
    const result = await importBytes(new Uint8Array(gbk), "报告.txt");
    if (!result.ok || !original.ok) throw new Error("not read");
    expect([result.report.agency, result.report.year]).toEqual(["大同市龙安区公安局", 2021]);
    expect(result.report.active).toEqual(original.report.active);
    expect(result.report.requests).toEqual(original.report.requests);
    expect(result.report.requests[0]).toEqual([1321, 107, 19, 29, 91, 67, 1634]);
  });
});
