/**
 * Opens a new workbook in Excel from .xlsx bytes (ExcelApi 1.8: Excel.createWorkbook). Excel on the web opens it in
 * a new tab, the desktop Excel in a new window; the open workbook is not touched. No Excel.run, no sync: the host
 * does the work. Its errors (OfficeExtension.Error) propagate to the caller.
 */
export async function openWorkbook(base64: string): Promise<void> {
  await Excel.createWorkbook(base64);
}
