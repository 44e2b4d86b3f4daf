/**
 * Small ExcelJS helpers the unit operations share: writing a cell by the "Sheet!F12" address a TemplateCell
 * carries, and adding a sheet under a name no existing sheet has (src/xlsx writes whole templates only).
 */
import type ExcelJS from "exceljs";
import { uniqueSheetName } from "../template/sheetNames";

/** The cell behind a TemplateCell address ("Kertas Kerja!F12"). */
export function cellAt(workbook: ExcelJS.Workbook, address: string): ExcelJS.Cell {
  const bang = address.lastIndexOf("!");
  const sheet = workbook.getWorksheet(address.slice(0, bang));
  if (!sheet) throw new Error(`No sheet for ${address}`);
  return sheet.getCell(address.slice(bang + 1));
}

/** `base`, or `base (2)`, `base (3)`...: the first name no sheet of the workbook has (case-insensitive, as Excel). */
export function freeSheetName(workbook: ExcelJS.Workbook, base: string): string {
  return uniqueSheetName(workbook.worksheets.map((w) => w.name), base);
}

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: "FFFFFFFF" } },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } },
  alignment: { wrapText: true, vertical: "middle" },
};

/**
 * Adds a new sheet (never replacing one) holding a title, a header row and rows of plain values.
 * Returns the sheet; column widths in characters.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook, baseName: string, title: string, headers: readonly string[], rows: readonly (readonly ExcelJS.CellValue[])[],
  widths: readonly number[] = [],
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(freeSheetName(workbook, baseName), { views: [{ state: "frozen", xSplit: 0, ySplit: 2 }] });
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  headers.forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.style = { ...HEADER_STYLE };
  });
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(3 + r, c + 1).value = value;
    });
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return ws;
}
