// Single bit flips in corpus reports, one flip per copy, at fixed places through the file: the
// report is still read (or, for a .docx, refused as damaged), and no figure read is one the report
// does not hold — a flip that moves a cell makes its row unreadable, never shifted. Flips inside
// digits are left out: `3` flipped to `2` is another figure no reader can tell from the real one.
import { importBytes } from "../../src/importers";
import { flipBit } from "./damage";
import { corpusBytes, corpusTruth, madeUpFigures, reportOf } from "./support";

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const FLIPS = 60;

/** [offset, bit] of the flips tried on a file: spread through it, none touching a digit. */
function flipsOf(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; out.length < FLIPS && k < FLIPS * 3; k++) {
    const at = (k * 7919 + 13) % bytes.length;
    const bit = k % 8;
    if (!isDigit(bytes[at]) && !isDigit(bytes[at] ^ (1 << bit))) out.push([at, bit]);
  }
  return out;
}

describe.each([
  ["case003", "report.html"],
  ["case005", "report.html"],
  ["case001", "report.html"],
  ["case003", "report.docx"],
  ["case005", "report.docx"],
])("%s/%s with one bit flipped", (name, file) => {
  test(`${FLIPS} copies: never a figure the report does not hold`, async () => {
    const bytes = corpusBytes(name, file);
    const truth = corpusTruth(name);
    const made: string[] = [];
    let read = 0;
    for (const [at, bit] of flipsOf(bytes)) {
      const result = await importBytes(flipBit(bytes, at, bit), file);
      if (!result.ok) {
        expect(result.diagnostics[0].message).toMatch(/已损坏或不完整|无法识别文件/);
        continue;
      }
      read++;
      const wrong = madeUpFigures(reportOf(result), truth);
      if (wrong.length) made.push(`byte ${at} bit ${bit}: ${JSON.stringify(wrong)}`);
    }
    expect(made).toEqual([]);
    // Most flips hit text or markup that does not matter; the report is still there.
    expect(read).toBeGreaterThan(FLIPS / 2);
  });
});
