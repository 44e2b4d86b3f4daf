/**
 * Saving a workbook so that the file appears only once complete: written beside it under a temporary name, then
 * renamed. Node only (file system): imported by path, not through src/xlsx/index.ts, which the task pane's
 * browser bundle also reaches.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";

export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temporary);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
