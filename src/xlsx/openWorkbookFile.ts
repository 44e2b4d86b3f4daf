/**
 * Opening an .xlsx file from disk for reading, for every command: its bytes are checked first (what it is, its
 * unpacked size), then ExcelJS loads it keeping every template's names. Node only (file system): imported by path,
 * not through src/xlsx/index.ts, which the task pane's bundle also reaches.
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { checkWorkbookBytes } from "./checkWorkbookBytes";
import { WorkbookFileError } from "./messages";
import { loadTemplateWorkbook } from "./readTemplateWorkbook";
import { restoreFormulaNames } from "./sheetScopedNames";
import { readWrittenNames } from "./writtenNames";

/**
 * The workbook in `file` (or in `bytes`, when the caller has read them). Throws WorkbookFileError for a file that
 * is not an .xlsx workbook, too large, or that ExcelJS cannot read (a damaged sheet); errors of the file system
 * (not found, no permission) propagate, for the caller to word.
 */
export async function openWorkbookFile(file: string, bytes?: Buffer): Promise<ExcelJS.Workbook> {
  const content = bytes ?? (await fs.readFile(file));
  const zip = await checkWorkbookBytes(content, file);
  try {
    const written = await readWrittenNames(zip);
    const workbook = await loadTemplateWorkbook(content);
    restoreFormulaNames(workbook, written);
    return workbook;
  } catch (error) {
    // A zip that holds an .xlsx's parts but whose XML cannot be followed ("Cannot set properties of undefined").
    throw new WorkbookFileError("WORKBOOK_DAMAGED", { file }, { cause: error });
  }
}
