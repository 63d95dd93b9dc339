// Finding report tables in sheets nobody made for us (src/scan/scan.ts) and validating them.
// Pure: the sheets come as cell values and merges from src/hosts (exceljs, Office.js).
export { scanSheet, scanSheets, type ScannedReport, type SheetScan } from "./scan";
export { validateSheets, validateScans, validateWorkbook, type SheetFinding, type WorkbookValidation } from "./validate";
export { scanWorkbook, type WorkbookCells } from "./book";
export { cellMatrix, cellText, type CellValue, type SheetCells } from "./sheet";
