// Reading the CSV that LibreOffice writes when tests have it evaluate a workbook's formulas.
/** Minimal CSV reading: LibreOffice quotes fields with commas or quotes, doubling inner quotes. */
export function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) out.push(cur), (cur = "");
        else cur += ch;
      }
      out.push(cur);
      return out;
    });
}
