// A page's HTML as a web crawler saves its text (test/fixtures/corpus/real/README.md): every text
// node of the body run together with nothing between — cells, paragraphs, headings — on one line,
// optionally after the crawler's header block (`标题:` · `发布时间:` · … · `==== 正文 ====`).
import { Parser } from "htmlparser2";

export function crawledText(html: string, title: string, header: boolean): string {
  let body = false;
  let skip = 0;
  const parts: string[] = [];
  const parser = new Parser({
    onopentag(name) {
      if (name === "body") body = true;
      if (name === "script" || name === "style" || name === "title" || name === "h2" || name === "h1") skip++;
    },
    onclosetag(name) {
      if (name === "script" || name === "style" || name === "title" || name === "h2" || name === "h1") skip--;
    },
    ontext(text) {
      if (body && skip === 0) parts.push(text.replace(/&nbsp;/g, " ").replace(/\s*\n\s*/g, ""));
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  const line = parts.join("").replace(/^发布时间.*?字号：\[大 中 小\]/, "");
  const head = header
    ? `标题: ${title}\n发布时间: 2024-01-05 16:41\n文号: \n发布机构: \n栏目: 政府信息公开年报\n原文链接: https://www.example.gov.cn/zwgk/t20240105_1.htm\n==================== 正文 ====================\n`
    : `${title}\n`;
  return head + line;
}
