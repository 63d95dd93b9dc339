// Messages of the file importers (HTML, .docx, PDF, file kinds). Keys are the diagnostics' stable codes.
import type { MessageText } from "./format";

export const FILE_MESSAGES = {
  "file-empty": {
    zh: "文件“{name}”是空的（0 字节）。请确认文件已完整下载或保存，再导入。",
    en: "The file “{name}” is empty (0 bytes). Make sure it was downloaded or saved completely, then import it again.",
  },
  "file-too-large": {
    zh: "文件“{name}”有 {size} MB，超过了 {limit} MB 的上限。年度报告通常不到 5 MB：请确认选对了文件，或另存一份只含报告的 .docx/.pdf 后再导入。",
    en: "The file “{name}” is {size} MB, over the {limit} MB limit. An annual report is usually under 5 MB: check that this is the right file, or save one holding only the report as .docx/.pdf and import that.",
  },
  "file-binary-word": {
    zh: "文件“{name}”是 Word 97–2003（.doc）或 WPS（.wps）的旧格式，无法直接读取。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。",
    en: "The file “{name}” is in the old Word 97–2003 (.doc) or WPS (.wps) format, which cannot be read directly. Open it in Word or WPS, save it as .docx, and import that.",
  },
  "file-encrypted-office": {
    zh: "Word 文件“{name}”设有打开密码，无法读取。请在 Word 或 WPS 中输入密码打开，取消密码后另存为 .docx，再导入。",
    en: "The Word file “{name}” is protected by a password and cannot be read. Open it with the password in Word or WPS, remove the password, save it as .docx, and import that.",
  },
  "file-unsupported": {
    zh: "无法识别文件“{name}”的类型（{kind}）。请导入年度报告的 .docx、.pdf、.html 网页或 .txt 文本文件。",
    en: "The type of the file “{name}” is not one that can be read ({kind}). Import the annual report as .docx, .pdf, a saved .html page or a .txt file.",
  },
  "file-damaged": {
    zh: "文件“{name}”已损坏或不完整，无法按 {kind} 打开（{reason}）。请重新下载，或在原软件中重新保存一次后再导入。",
    en: "The file “{name}” is damaged or incomplete and cannot be opened as {kind} ({reason_en}). Download it again, or save it again from the program that made it, then import it.",
  },
  "pdf-encrypted": {
    zh: "PDF 文件“{name}”设有打开密码，无法读取。请在 PDF 阅读器中输入密码打开后，另存（或打印）为不加密的 PDF，再导入。",
    en: "The PDF “{name}” is protected by a password and cannot be read. Open it with the password in a PDF reader, save (or print) it as an unprotected PDF, and import that.",
  },
  "pdf-no-text": {
    zh: "PDF 文件“{name}”没有文字层（共 {pages} 页，只有图片，可能是扫描件），读不出其中的数字。请改用报告的 Word、网页或可以复制文字的 PDF 版本；或先做 OCR 文字识别后再导入。",
    en: "The PDF “{name}” has no text layer ({pages} pages of pictures only, perhaps a scan), so its figures cannot be read. Use the report's Word, web page or a PDF whose text can be copied; or run OCR on it first.",
  },
  "pdf-garbled": {
    zh: "PDF 文件“{name}”中的文字提取出来是乱码（字体缺少 Unicode 对照表，常见于部分软件导出的中文 PDF），无法可靠读取。请改用报告的 Word 或网页版本。",
    en: "The text of the PDF “{name}” comes out garbled (its fonts lack a Unicode map, as in some Chinese PDFs), so it cannot be read reliably. Use the report's Word or web page version.",
  },
  "docx-pictures-only": {
    zh: "Word 文件“{name}”里没有年度报告的表格，只有 {images} 张图片：报告的表格可能是截图，读不出其中的数字。请找报告的原始 Word 表格、网页或文字版 PDF。",
    en: "The Word file “{name}” has none of the report's tables, only {images} pictures: the report's tables are probably screenshots, whose figures cannot be read. Find the report's original Word tables, web page or a text PDF.",
  },
  "no-tables": {
    zh: "在文件中没有找到年度报告的三张表（二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况）。请确认这是政府信息公开工作年度报告；如果表格是图片，请改用文字版。",
    en: "None of the report's three tables (active disclosure; requests received and handled; reconsideration and litigation) was found in the file. Check that this is an annual report on government information disclosure; if its tables are pictures, use a text version.",
  },
  "table-missing": {
    zh: "没有找到{table}“{title}”，它的数字记为无法读取。请核对原文件中是否有这张表，或这张表是否为图片。",
    en: "Table {table_en} ({title}) was not found; its figures are marked unreadable. Check whether the file has this table, and whether it is a picture.",
  },
  "rows-missing": {
    zh: "表三“收到和处理政府信息公开申请情况”中没有找到这些行：{rows}。这些行的数字记为无法读取，请对照原文件补录。",
    en: "Table 3 (requests) lacks these rows: {rows}. Their figures are marked unreadable; fill them in from the original.",
  },
  "items-missing": {
    zh: "表二“主动公开政府信息情况”中没有找到这些项目：{items}。它们的数字记为无法读取，请对照原文件补录。",
    en: "Table 2 (active disclosure) lacks these items: {items}. Their figures are marked unreadable; fill them in from the original.",
  },
  "appeals-unplaced": {
    zh: "表四“政府信息公开行政复议、行政诉讼情况”的栏目没能逐一对上（只认出 {found} 栏），未认出的数字记为无法读取。",
    en: "The columns of table 4 (reconsideration and litigation) could not all be identified (only {found}); the others are marked unreadable.",
  },
  "other-handling-single-row": {
    zh: "表三的“（六）其他处理”只有一行（旧式表格），没有分成 1、2、3 三小项：这一行的数字是 {figures}，无法确定如何分到三小项，三小项记为无法读取。",
    en: "Table 3 has “(6) other handling” as one row (older layout) without its three sub-items: the row reads {figures}, which cannot be split among the sub-items with certainty, so they are marked unreadable.",
  },
  "cell-none-mark": {
    zh: "{where}：单元格写的是“{text}”，按 0 读入。如原文不是表示 0，请在表中改正。",
    en: "{where_en}: the cell says “{text}”, read as 0. If the original does not mean 0, correct it in the table.",
  },
  "cells-none-marks": {
    zh: "{table}中有 {count} 个单元格写的是{marks}等符号，均按 0 读入；如原表不是表示 0，请核对。",
    en: "Table {table_en} has {count} cells written as {marks_en} or similar marks; all are read as 0. If the original does not mean 0 there, check them.",
  },
  "cells-none-marks-unnamed": {
    zh: "{table}中有 {count} 个单元格写的是表示“无”的符号（如“-”“—”“/”），均按 0 读入；如原表不是表示 0，请核对。",
    en: "Table {table_en} has {count} cells written with a mark for “none” (such as “-”, “—”, “/”); all are read as 0. If the original does not mean 0 there, check them.",
  },
  "cell-placeholder": {
    zh: "{where}：单元格写的是“{text}”，不是数字，记为无法读取。请核对原文件：若表示 0，请改填 0。",
    en: "{where_en}: the cell says “{text}”, not a number; marked unreadable. Check the original: if it means 0, enter 0.",
  },
  "cell-not-number": {
    zh: "{where}：单元格内容“{text}”不是数字，记为无法读取。请核对原文件。",
    en: "{where_en}: the cell holds “{text}”, which is not a number; marked unreadable. Check the original.",
  },
  "columns-cut-off": {
    zh: "表三的“{columns}”列在文件中没有（表格右侧可能超出页面被截掉），这些数字记为无法读取；其余各列按位置读入。请与原件核对后补填。",
    en: "Table 三's column(s) “{columns}” are not in the file (the table's right side was probably cut off at the page edge); those figures are marked unreadable, the other columns are read by position. Check the original and fill them in.",
  },
  "appeals-columns-cut-off": {
    zh: "表四的“{columns}”列在文件中没有（表格右侧可能超出页面被截掉），记为无法读取；其余各列按位置读入。请与原件核对后补填。",
    en: "Table 四's column(s) “{columns}” are not in the file (the table's right side was probably cut off at the page edge); marked unreadable, the other columns are read by position. Check the original and fill them in.",
  },
  "readings-disagree": {
    zh: "{where}：按表格中的位置读到的数字（{by_position}）与按文字顺序读到的（{by_order}）不一致，这些数字记为无法读取。请与原件核对后补填。",
    en: "{where_en}: the figures read by their place in the table ({by_position}) and those read in text order ({by_order}) differ; they are marked unreadable. Check the original and fill them in.",
  },
  "cell-absent": {
    zh: "{where}：表格的这一行缺少这一格，记为无法读取。请核对原文件。",
    en: "{where_en}: this row of the table lacks the cell; marked unreadable. Check the original.",
  },
  "amount-in-yuan": {
    zh: "{where}：原文为“{text}”（单位：元），已换算为 {value} 万元。",
    en: "{where_en}: the report says “{text}” (in yuan); converted to {value} (10,000 yuan).",
  },
  "amount-unit-yuan": {
    zh: "表二“政府集中采购·采购总金额”的表头注明单位为元，已换算为万元（{value} 万元）。",
    en: "Table 2's header gives “procurement · total amount” in yuan; converted to 10,000 yuan ({value}).",
  },
  "format-mixed": {
    zh: "这份报告混用了新旧格式：表二是 2019 年版的栏目（{marker}等），表三、表四是 2021 年版。表三、表四按 2021 年版读入；表二的栏目与两种格式都对不上，未读入（记为空），请对照原件另行填写。",
    en: "This report mixes the formats: table 2 has the 2019 items ({marker}…), tables 3 and 4 are in the 2021 format. Tables 3 and 4 are read in the 2021 format; table 2 fits neither format and is not read (left empty): fill it in from the original.",
  },
  "format-2019-read": {
    zh: "这份报告使用 2019 年版的表格格式（表二 22 项、表三 23 行），已按 2019 年版读入，不与 2021 年版的栏目混同。",
    en: "This report uses the 2019 table format (table 2 with 22 figures, table 3 with 23 rows) and was read in that format, not mapped onto the 2021 items.",
  },
  // Repairs and limits of damaged or hostile files (issue 14).
  "text-bytes-replaced": {
    zh: "文件中有 {count} 处字节不是有效的 {encoding} 编码（文件可能损坏或传输出错），已在原处换成“�”，第一处在第 {line} 行；其余文字照常读入。这些地方的数字记为无法读取，请核对原文件。",
    en: "The file has {count} byte sequence(s) that are not valid {encoding} (the file may be damaged); each was replaced by “�” where it stood, the first on line {line}, and the rest of the text was read as usual. Figures there are marked unreadable; check the original.",
  },
  "text-controls-removed": {
    zh: "文件中有 {count} 处控制字符（如 NUL 空字符），已删去；其中 {marked} 处紧挨数字或单独占一格，换成了“�”，那里的数字记为无法读取。第一处在第 {line} 行。",
    en: "The file has {count} run(s) of control characters (such as NUL), which were removed; {marked} of them stood by a digit or alone where a figure could be, and became “�”, those figures marked unreadable. The first is on line {line}.",
  },
  "text-lines-cut": {
    zh: "文本共有 {total} 行，远多于一份年度报告（一般不到 1 万行）：只读取了报告开始处附近的第 {from}–{to} 行（至多 {limit} 行）。如报告不在其中，请只复制报告全文另存后再导入。",
    en: "The text has {total} lines, far more than an annual report (usually under 10,000): only lines {from}–{to}, around where the report begins (at most {limit}), were read. If the report is not among them, save the report's text alone and import that.",
  },
  "file-cut-in-cell": {
    zh: "文件在表格的一个单元格中途结束（可能没有下载或复制完整）：这个单元格没有读取，它所在的行和之后的数字都记为无法读取。请重新下载或复制完整后再导入。",
    en: "The file ends in the middle of a table cell (perhaps it was not downloaded or copied completely): that cell was not read, and the figures of its row and after it are marked unreadable. Download or copy it completely and import it again.",
  },
  "cell-garbled": {
    zh: "{where}：单元格内容“{text}”是乱码（{kind}），不是可以读出的数字，记为无法读取。请核对原文件。",
    en: "{where_en}: the cell holds “{text}”, garbled text ({kind_en}) rather than a readable figure; marked unreadable. Check the original.",
  },
  "cell-row-ragged": {
    zh: "{where}：这一行的单元格数与表中其他行不同（表格结构可能已损坏，如缺了一格或合并单元格有误），无法确定“{text}”属于哪一列，记为无法读取。请核对原文件。",
    en: "{where_en}: this row has a different number of cells than the table's other rows (its structure may be damaged: a cell lost, a merge wrong), so which column “{text}” belongs to is uncertain; marked unreadable. Check the original.",
  },
  "cell-blank-lines": {
    zh: "{where}：单元格里只有几个空行，没有数字（不像留空表示 0 的单元格），记为无法读取。请核对原文件。",
    en: "{where_en}: the cell holds only empty lines and no figure (unlike a cell left blank for 0); marked unreadable. Check the original.",
  },
  "docx-part-too-large": {
    zh: "Word 文件“{name}”中的“{part}”解压后至少有 {size} MB，超过了 {limit} MB 的上限（一份年度报告的正文通常不到 5 MB），为免耗尽内存没有读取。文件可能已损坏或被恶意构造；请在 Word 或 WPS 中打开并另存为 .docx 后再导入。",
    en: "In the Word file “{name}”, the part “{part}” unpacks to at least {size} MB, over the {limit} MB limit (a report's text is usually under 5 MB), so it was not read, to keep memory safe. The file may be damaged or crafted; open it in Word or WPS, save it as .docx, and import that.",
  },
  "html-too-deep": {
    zh: "网页的标签嵌套超过 {limit} 层（常见于缺少结束标签的网页），已忽略其中只管排版的标签（如 div、span、font）再读取，表格和段落照常读入。如有数字读不出，请在浏览器中打开该网页，复制报告全文后粘贴导入。",
    en: "The page nests its tags more than {limit} deep (typical of pages with unclosed tags); its formatting tags (div, span, font …) were set aside and the tables and paragraphs read as usual. If figures are missing, open the page in a browser, copy the whole report and paste it.",
  },
  "markup-too-deep": {
    zh: "文件的结构嵌套超过 {limit} 层（{kind}），不是正常保存的文件，为免卡死没有读取。请在原软件中打开并重新保存，或复制报告全文后粘贴导入。",
    en: "The file's structure nests more than {limit} levels deep ({kind}), which no normally saved file does, so it was not read, to avoid hanging. Open it in the program that made it and save it again, or copy the whole report and paste it.",
  },
  "format-2019": {
    zh: "这份报告使用的是 2019 年版的表格格式（适用于 2019、2020 年度报告），栏目与 2021 年版不同，不能按 2021 年版读入。请导入 2021 年及以后按新格式编制的报告。",
    en: "This report uses the 2019 table format (for the reports on 2019 and 2020), whose items differ from the 2021 format, so it cannot be read as one. Import reports made in the 2021 format.",
  },
} satisfies Record<string, MessageText>;
export type FileMessageCode = keyof typeof FILE_MESSAGES;

/** How a figure's place is named in messages. */
export const FILE_PLACES = {
  active: { zh: "表二“{label}·{column}”", en: "Table 2 “{label} · {column}”" },
  requests: { zh: "表三“{row}”行“{column}”列", en: "Table 3, row “{row}”, column “{column}”" },
  appeals: { zh: "表四“{group}·{column}”", en: "Table 4 “{group} · {column}”" },
} satisfies Record<string, MessageText>;

/** The tables' names in messages. */
export const FILE_TABLE_NAMES = {
  active: { zh: "表二", en: "2" },
  requests: { zh: "表三", en: "3" },
  appeals: { zh: "表四", en: "4" },
} satisfies Record<string, MessageText>;

/** What garbled a cell, for cell-garbled. */
export const FILE_GARBLED = {
  replacement: { zh: "含无法解码的字符“�”", en: "characters that could not be decoded, “�”" },
  privateUse: { zh: "含私用区字符，常见于缺少 Unicode 对照表的 PDF 字体", en: "private-use characters, as from a PDF font without a Unicode map" },
  control: { zh: "含控制字符", en: "control characters" },
  questionMarks: { zh: "问号，常见于转换编码时丢失的字符", en: "question marks, as where a conversion lost characters" },
} satisfies Record<string, MessageText>;

/** Why a file could not be opened, in place of the engine's words (see reasonOf). */
export const FILE_REASONS = {
  tooDeep: { zh: "结构嵌套过深", en: "its structure nests too deep" },
  tooLarge: { zh: "内容过大，超出可用内存", en: "its content is too large for the memory available" },
  password: { zh: "设有密码", en: "it is protected by a password" },
  zip: { zh: "压缩数据已损坏或不完整", en: "its compressed data is damaged or incomplete" },
  pdf: { zh: "PDF 结构已损坏或不完整", en: "its PDF structure is damaged or incomplete" },
  unknown: { zh: "文件内容无法解析", en: "its content could not be parsed" },
} satisfies Record<string, MessageText>;

/** What kind a file is, where a message names it (a picture, a binary file): in each language. */
export const FILE_KIND_NAMES = {
  image: { zh: "图片", en: "image" },
  binary: { zh: "二进制文件", en: "binary file" },
  text: { zh: "文本", en: "text" },
} as const satisfies Record<string, MessageText>;
