// File kinds by content whatever the name says, text encodings, and the files importBytes refuses.
import { decodeHtml, decodeText, detectKind } from "../../../src/importers/detect";
import { MAX_FILE_BYTES, importBytes } from "../../../src/importers";
import { failureMessages, fixtureBytes } from "../grid/fixtures";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** GB18030/GBK bytes of 年度报告 (encoded by hand: TextEncoder only writes UTF-8). */
const GBK_NIANDU_BAOGAO = [0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6];

describe("detectKind", () => {
  test.each([
    ["blank-zeros-rows-cut-by-page-breaks.pdf", "pdf"],
    ["libreoffice-from-web-page.docx", "docx"],
    ["word97-binary.doc", "ole"],
    ["web-page-hazards.html", "html"],
    ["gbk-declared-web-page.html", "html"],
    ["web-page-hazards.truth.json", "text"],
  ])("%s is %s", (name, kind) => {
    expect(detectKind(fixtureBytes(name))).toBe(kind);
  });

  test("a .txt holding a saved page is HTML; plain report text is text; nothing is empty", () => {
    expect(detectKind(utf8("\uFEFF<!DOCTYPE html><html><body><table><tr><td>规章</td></tr></table>"))).toBe("html");
    expect(detectKind(utf8("<p>一、总体情况</p><table><tr><td>1</td></tr></table>"))).toBe("html");
    expect(detectKind(utf8("2024年政府信息公开工作年度报告\n一、总体情况\n"))).toBe("text");
    expect(detectKind(new Uint8Array(0))).toBe("empty");
    expect(detectKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("image");
  });
});

describe("decodeText", () => {
  test("UTF-8 with and without BOM", () => {
    expect(decodeText(utf8("\uFEFF年度报告"))).toBe("年度报告");
    expect(decodeText(utf8("年度报告"))).toBe("年度报告");
  });

  test("UTF-16 with BOM, little and big endian", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x74, 0x5e, 0xa6, 0x5e]))).toBe("年度");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x5e, 0x74, 0x5e, 0xa6]))).toBe("年度");
  });

  test("GBK text (not valid UTF-8) falls back to GB18030", () => {
    expect(decodeText(new Uint8Array([...utf8("2024"), ...GBK_NIANDU_BAOGAO]))).toBe("2024年度报告");
  });

  test("a page declaring gb2312 is decoded by its declaration", () => {
    const page = new Uint8Array([...utf8('<meta charset="gb2312"><p>'), ...GBK_NIANDU_BAOGAO]);
    expect(decodeHtml(page)).toBe('<meta charset="gb2312"><p>年度报告');
  });
});

describe("importBytes refuses what it cannot read, saying what to do", () => {
  test("an empty file", async () => {
    expect(failureMessages(await importBytes(new Uint8Array(0), "空.docx"))).toEqual([
      "文件“空.docx”是空的（0 字节）。请确认文件已完整下载或保存，再导入。",
    ]);
  });

  test("a file over the size limit", async () => {
    const result = await importBytes(new Uint8Array(MAX_FILE_BYTES + 1), "huge.pdf");
    expect(failureMessages(result)[0]).toBe(
      "文件“huge.pdf”有 50.0 MB，超过了 50 MB 的上限。年度报告通常不到 5 MB：请确认选对了文件，或另存一份只含报告的 .docx/.pdf 后再导入。",
    );
  });

  test("a picture", async () => {
    const result = await importBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]), "scan.jpg");
    expect(failureMessages(result)[0]).toContain("无法识别文件“scan.jpg”的类型（图片）");
    // No English in the Chinese text, no Chinese in the English one.
    expect(!result.ok && result.diagnostics[0].message_en).toContain("can be read (image)");
  });

  test("a password-protected .docx (an OLE file holding EncryptedPackage)", async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const stream = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);
    const bytes = new Uint8Array([...header, ...new Array(600).fill(0), ...stream, 0, 0]);
    expect(failureMessages(await importBytes(bytes, "加密.docx"))).toEqual([
      "Word 文件“加密.docx”设有打开密码，无法读取。请在 Word 或 WPS 中输入密码打开，取消密码后另存为 .docx，再导入。",
    ]);
  });

  test("a .doc that is really .docx is read as .docx", async () => {
    const result = await importBytes(fixtureBytes("libreoffice-from-web-page.docx"), "report.doc");
    expect(result.ok && result.report.active?.[7]).toBe(8007);
  });
});
