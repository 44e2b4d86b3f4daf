/**
 * File checks done before any work, and loading a workbook, with the command line's messages.
 * ExcelJS is loaded only when a command needs it, so `spbe --help` and usage errors answer at once.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Workbook } from "exceljs";
import { inputError, usageError } from "./errors";

/** An input file must exist and be a file (usage, exit 2: the path typed is wrong). */
export async function checkInputFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") {
      throw usageError("FILE_NOT_FOUND", { file });
    }
    throw inputError("FILE_UNREADABLE", { file, detail: (error as Error).message }, error);
  }
  if (stat.isDirectory()) throw usageError("FILE_IS_DIRECTORY", { file });
}

/** An output file must not exist unless `force`, and its folder must (usage, exit 2). */
export async function checkOutputFile(file: string, force: boolean): Promise<void> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) throw usageError("FILE_IS_DIRECTORY", { file });
  if (stat && !force) throw usageError("OUTPUT_EXISTS", { file });
  const dir = await fs.stat(path.dirname(path.resolve(file))).catch(() => undefined);
  if (!dir?.isDirectory()) throw usageError("OUTPUT_DIR_MISSING", { file });
}

/**
 * Reads an .xlsx file keeping every template's defined names (plain ExcelJS keeps one definition per name, so a
 * second, sheet-scoped template would hide the first); anything ExcelJS cannot read (not a zip, an .xls, damaged)
 * is invalid input (exit 1).
 */
export async function loadWorkbook(file: string): Promise<Workbook> {
  const { loadTemplateWorkbook } = await import("../xlsx/readTemplateWorkbook");
  try {
    return await loadTemplateWorkbook(file);
  } catch (error) {
    throw inputError("FILE_UNREADABLE", { file, detail: (error as Error).message }, error);
  }
}
