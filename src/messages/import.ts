// Messages of the importers (text, HTML, .docx, PDF). Keys are the diagnostics' stable codes.
import type { MessageText } from "./format";

export const IMPORT_MESSAGES = {
  "empty-input": {
    zh: "没有读到任何文字：输入为空。请粘贴年度报告的全文，或选择报告文件。",
    en: "No text was read: the input is empty. Paste the whole annual report, or choose the report file.",
  },
  "no-tables": {
    zh: "没有找到年度报告的三张表（主动公开、申请办理、复议诉讼）。请确认粘贴或选择的是政府信息公开工作年度报告的全文。",
    en: "None of the report's three tables (active disclosure, requests, appeals) was found. Check that the text is a whole annual report on government information disclosure.",
  },
  "format-2019": {
    zh: "这份报告使用的是2019年版的旧格式（表中有“{marker}”），与2021年版的表格不同，无法读入。请改用按国办公开办函〔2021〕30号格式编写的报告。",
    en: "This report uses the older 2019 format (its table holds “{marker}”), whose tables differ from the 2021 format; it was not read. Use a report in the 2021 format.",
  },
  "table-missing": {
    zh: "没有找到表格“{table}”，其中的数字均记为无法读取。请检查报告是否完整。",
    en: "Table “{table}” was not found; its figures are marked unreadable. Check that the report is complete.",
  },
  "table-truncated": {
    zh: "表格“{table}”不完整：文字在表格中途结束，缺少的行记为无法读取。",
    en: "Table “{table}” is incomplete: the text ends in the middle of it; the missing rows are marked unreadable.",
  },
  "table-scrambled": {
    zh: "表格“{table}”的数字与各行的标签对不上（常见于从PDF逐列复制出的文字），无法确定每个数字所在的格子，均记为无法读取。请改用报告的Word、网页或PDF原文件导入。",
    en: "The figures of table “{table}” do not line up with its row labels (typical of text copied column by column out of a PDF); no figure could be placed with certainty. Import the report's Word, web page or PDF file instead.",
  },
  "appeals-blocks-checked": {
    zh: "表格“{table}”的文字中表头与数字是分块排列的（常见于从PDF复制的文字）；每个数字都能按其上方的表头确定所在的格子，且三组的总计均与各项之和相符，因此予以采用。请与原件核对。",
    en: "In table “{table}” the headers and figures come in separate blocks (typical of text copied out of a PDF); every figure's cell follows from the header above it, and all three group totals equal the sums of their columns, so they were taken. Compare with the original.",
  },
  "table-order-checked": {
    zh: "表格“{table}”的文字中行标签与数字是分开排列的（常见于从PDF复制的文字）；数字的顺序在文字中不完全确定，只读入在各种可能的读法中都相同、且符合表内合计关系的数字。请与原件核对。",
    en: "In table “{table}” the row labels stand apart from the figures (typical of text copied out of a PDF); the text leaves the figures' order partly open, so only figures that are the same in every reading that agrees with the table's sums were taken. Compare with the original.",
  },
  "row-missing": {
    zh: "{where}：没有找到这一行，数字记为无法读取。",
    en: "{where}: this row was not found; its figures are marked unreadable.",
  },
  "row-too-many": {
    zh: "{where}：读到{count}个数字（{figures}），多于该行的{cells}个格子，无法确定对应关系，记为无法读取。",
    en: "{where}: {count} figures were read ({figures}), more than the row's {cells} cells; they could not be placed and are marked unreadable.",
  },
  "row-ambiguous": {
    zh: "{where}：只读到{count}个数字（{figures}），空白格子的位置无法由表内合计关系唯一确定，{unknown}个格子记为无法读取{open}。",
    en: "{where}: only {count} figures were read ({figures}); the table's sums do not fix where the blank cells are, so {unknown} cells are marked unreadable.",
  },
  "row-inconsistent": {
    zh: "{where}：读到的数字（{figures}）无论怎样排列都不符合本行的合计关系（报告本身可能有误），无法确定的{unknown}个格子记为无法读取{open}。",
    en: "{where}: the figures read ({figures}) fit no placement that agrees with the row's total (the report itself may be wrong); the {unknown} cells that cannot be fixed are marked unreadable.",
  },
  "lone-number-line": {
    zh: "表格“{table}”中有单独成行的数字（{figures}），可能是页码，也可能是表中的数字；两种读法不一致的格子记为无法读取。请与原件核对。",
    en: "Table “{table}” has a number on a line of its own ({figures}), which may be a page number or one of the table's figures; cells on which the two readings differ are marked unreadable. Compare with the original.",
  },
  "table-damaged": {
    zh: "表格“{table}”的数字之间夹有控制字符（如NUL字节），文字已损坏，无法确定哪些数字缺失，表中数字均记为无法读取，不按0计。请改用报告原文件导入。",
    en: "Table “{table}” has control characters (such as NUL bytes) among its figures: the text is damaged and which figures are lost cannot be told, so its figures are marked unreadable, not 0. Import the report's own file instead.",
  },
  "row-cut": {
    zh: "文字在表格“{table}”的这一行中途结束（缺少第五部分），这一行的数字可能不全，记为无法读取。",
    en: "The text ends in the middle of this row of table “{table}” (part 五 is missing): its figures may be incomplete and are marked unreadable.",
  },
  "cells-run-together": {
    zh: "这份文字中表格各格的数字连在一起（常见于网页抓取的文字）：每行数字按所有可能的拆法核对表内合计关系，只读入各种拆法都相同的数字。请与原件核对。",
    en: "In this text the table's cells run together (typical of text saved by a web crawler): every way of splitting each row's digits was checked against the table's sums, and only figures the same in every split were taken. Compare with the original.",
  },
  "row-garbled": {
    zh: "{where}：数字中夹有无法识别的字符（如“�”“?”或乱码），这一行的数字无法读取，不按0计。请与原件核对后补填。",
    en: "{where}: the figures hold characters that are not digits (such as “�”, “?” or garbage); they could not be read and are not taken as 0. Fill them in from the original.",
  },
  "row-run-together-no-rule": {
    zh: "{where}：这一行的数字连在一起（{digits}），有{count}种拆法，而这张表没有合计关系可以确定是哪一种，记为无法读取{open}。",
    en: "{where}: this row's figures run together ({digits}); they split {count} ways and no sum of the table tells which, so they are marked unreadable.",
  },
  "row-run-together-none": {
    zh: "{where}：这一行的数字连在一起（{digits}），没有一种拆法能填满这一行的格子，记为无法读取。",
    en: "{where}: this row's figures run together ({digits}) and no way of splitting them fills the row's cells; they are marked unreadable.",
  },
  "row-run-together": {
    zh: "{where}：这一行的数字连在一起（{digits}），有{count}种拆法都符合合计，无法确定，{unknown}个格子记为无法读取{open}。",
    en: "{where}: this row's figures run together ({digits}); {count} ways of splitting them agree with the totals, so {unknown} cells cannot be fixed and are marked unreadable.",
  },
  "row-run-together-total-fails": {
    zh: "{where}：这一行的数字连在一起（{digits}），没有一种拆法符合本行合计（报告本身可能有误），无法确定，{unknown}个格子记为无法读取{open}。",
    en: "{where}: this row's figures run together ({digits}) and no way of splitting them agrees with the row's own total (the report itself may be wrong), so {unknown} cells cannot be fixed and are marked unreadable.",
  },
  "row-order-open": {
    zh: "{where}：文字中这一行的数字（{figures}）顺序不确定（常见于从PDF复制的文字），有{count}种排列都符合合计，{unknown}个格子记为无法读取{open}。",
    en: "{where}: the order of this row's figures ({figures}) is not certain in the text (typical of text copied out of a PDF); {count} orders agree with the totals, so {unknown} cells are marked unreadable.",
  },
  "row-rules-conflict": {
    zh: "{where}：表内的合计关系互相矛盾（报告本身可能有误），这一行中只凭文字无法确定的{unknown}个格子记为无法读取{open}。",
    en: "{where}: the table's sums contradict each other (the report itself may be wrong); the {unknown} cells of this row that the text alone does not fix are marked unreadable.",
  },
  "row-search-limit": {
    zh: "{where}：可能的读法太多，超出了核对的上限，这一行中无法确定的{unknown}个格子记为无法读取{open}。",
    en: "{where}: there are too many possible readings to check them all; the {unknown} cells of this row that cannot be fixed are marked unreadable.",
  },
  "row-sum-unconfirmed": {
    zh: "{where}：读到的数字（{figures}）不符合本行的合计关系，文字中的数字可能错行（常见于从PDF复制的文字），也可能是报告本身有误；{unknown}个格子无法确定，记为无法读取{open}。请与原件核对后补填。",
    en: "{where}: the figures read ({figures}) do not agree with the row's total, so the text may have moved figures between rows (typical of text copied out of a PDF), or the report itself is wrong; {unknown} cells cannot be fixed and are marked unreadable. Fill them in from the original.",
  },
  "row-total-raised-open": {
    zh: "{where}：这一行的标签折行，最右边的数字（总计）印在其他数字的上一行（总计格顶端对齐），它属于哪一格有{count}种读法都符合合计，{unknown}个格子记为无法读取{open}。请与原件核对后补填。",
    en: "{where}: this row's label wraps and its rightmost figure (the total) stands a line above its other figures (a top-aligned total cell); {count} readings of where it belongs agree with the totals, so {unknown} cells are marked unreadable. Fill them in from the original.",
  },
  "row-total-raised-unconfirmed": {
    zh: "{where}：这一行的标签折行，最右边的数字（总计）印在其他数字的上一行（总计格顶端对齐）；无论把它读在行首还是行尾，本行合计关系都不成立（报告本身可能有误），{unknown}个格子记为无法读取{open}。请与原件核对后补填。",
    en: "{where}: this row's label wraps and its rightmost figure (the total) stands a line above its other figures (a top-aligned total cell); read first or last, the row's total does not agree (the report itself may be wrong), so {unknown} cells are marked unreadable. Fill them in from the original.",
  },
  "row-stacked-unconfirmed": {
    zh: "{where}：这一行的数字（{figures}）分在几行印出，而同一表中另一行有空白格子，数字的顺序可能已乱；无论怎样排列本行合计关系都不成立，无法确认，{unknown}个格子记为无法读取{open}。请与原件核对后补填。",
    en: "{where}: this row's figures ({figures}) stand on several lines while another row of the table has blank cells, so they may come from neighbouring rows; the row's total does not agree, so they cannot be confirmed and are marked unreadable. Fill them in from the original.",
  },
  "row-stacked-blanks": {
    zh: "{where}：文字中的数字一个一行排列（常见于从PDF复制的文字），而且表中有空白格子；这一行的数字（{figures}）不全，无法确定属于哪一行、哪一列，记为无法读取。请改用报告原文件导入，或与原件核对后补填。",
    en: "{where}: the text stacks figures one per line (typical of text copied out of a PDF) and the table has blank cells; this row's figures ({figures}) are incomplete, so neither their row nor their columns are certain: marked unreadable. Import the report's own file, or fill them in from the original.",
  },
  "blanks-unsafe": {
    zh: "表格“{table}”中有一行的数字无论怎样排列都不符合合计关系，说明文字中的数字有缺失或错行（例如表格右侧被截掉、数字印在下一行标签旁）。因此空白格子不能按0读入，数字不全的行均记为无法读取。请改用报告原文件导入，或与原件核对后补填。",
    en: "In table “{table}” a row's figures fit no placement that agrees with its total, so the text lost or moved figures (a cut-off column, a figure printed beside the next row's label). Blank cells cannot be taken as 0: every row with missing figures is marked unreadable. Import the report's own file, or fill them in from the original.",
  },
  "row-split-lines": {
    zh: "{where}：这一行的数字（{figures}）分在几行印出，而同一表中另一行有空白格子，其中的数字可能来自相邻的行，记为无法读取。请与原件核对。",
    en: "{where}: the row's figures ({figures}) are printed over several lines while another row of the table has blank cells, so some may belong to the neighbouring row; marked unreadable. Compare with the original.",
  },
  "header-incomplete": {
    zh: "表格“{table}”的表头不完整（没有读到三组的“总计”），文字可能缺了一部分（表格右侧被截掉，或部分内容印在后文），空白格子不能按0读入，均记为无法读取。请改用报告原文件导入，或与原件核对后补填。",
    en: "The header of table “{table}” is incomplete (the three groups’ “total” columns were not all found): part of the table may be missing from the text (columns cut off, or printed further on), so blank cells cannot be taken as 0 and are marked unreadable. Import the report's own file, or fill them in from the original.",
  },
  "total-column-cut": {
    zh: "表格“{table}”的表头中没有“总计”列，文字中缺了表格最右侧的一列（常见于表格比页面宽、被截掉的PDF）。每行的前六个数字照常读入，“总计”列以及数字不全的行记为无法读取。请改用报告原文件导入，或与原件核对后补填。",
    en: "The header of table “{table}” has no “total” column: the text lost the table's rightmost column (typical of a PDF whose table was wider than the page). The six figures of each row are read; the total column and rows with missing figures are marked unreadable. Import the report's own file, or fill them in from the original.",
  },
  "cell-none-mark": {
    zh: "{where}：格子里写的是“{text}”（表示没有），按0读入。请与原件核对。",
    en: "{where}: the cell holds “{text}” (meaning none); it was read as 0. Compare with the original.",
  },
  "cell-placeholder": {
    zh: "{where}：格子里写的是“{text}”而不是数字，记为无法读取。",
    en: "{where}: the cell holds “{text}”, not a figure; it is marked unreadable.",
  },
  "other-handling-merged": {
    zh: "表格“申请办理”使用旧的单行“（六）其他处理”（{figures}），无法拆分到三个子项，这三行记为无法读取。",
    en: "Table “requests” keeps the older single row “(六) other handling” ({figures}); it cannot be split into its three sub-rows, which are marked unreadable.",
  },
  "other-handling-merged-zero": {
    zh: "表格“申请办理”使用旧的单行“（六）其他处理”，该行全为0，三个子项均记为0。",
    en: "Table “requests” keeps the older single row “(六) other handling”; the row is all zeros, so its three sub-rows are zeros.",
  },
  "format-mixed": {
    zh: "这份报告混用了新旧格式：表二是2019年版的栏目（{marker}等），表三、表四是2021年版。表三、表四按2021年版读入；表二的栏目与两种格式都对不上，未读入（记为空），请对照原件另行填写。",
    en: "This report mixes the formats: table 2 has the 2019 items ({marker}…), tables 3 and 4 are in the 2021 format. Tables 3 and 4 are read in the 2021 format; table 2 fits neither and is not read (left empty): fill it in from the original.",
  },
  "format-2019-read": {
    zh: "这份报告使用2019年版的表格格式（表二22项、表三23行），已按2019年版读入，不与2021年版的栏目混同。",
    en: "This report uses the 2019 table format (table 2 with 22 figures, table 3 with 23 rows) and was read in that format, not mapped onto the 2021 items.",
  },
  "procurement-in-yuan": {
    zh: "政府集中采购·采购总金额写的是“{text}”（单位：元），已换算为{value}万元。",
    en: "The procurement total was written as “{text}” (in yuan); it was converted to {value} (10,000 yuan).",
  },
  "fee-in-yuan": {
    zh: "行政事业性收费写的是“{text}”（单位：元），已换算为{value}万元。",
    en: "The administrative fee was written as “{text}” (in yuan); it was converted to {value} (10,000 yuan).",
  },
  "title-missing": {
    zh: "没有从标题中读出{what}，请在结果中补填。",
    en: "The {what_en} could not be read from the title; fill it in by hand.",
  },
} satisfies Record<string, MessageText>;
export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;
