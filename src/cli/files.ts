/**
 * File checks done before any work, and loading a workbook, with the command line's messages.
 * ExcelJS is loaded only when a command needs it, so `spbe --help` and usage errors answer at once.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Workbook } from "exceljs";
import type { CellSource } from "../xlsx/cellSource";
import type { CellWindow } from "../xlsx/partialWorkbook";
import { CataloguedError } from "../core";
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

/** An input workbook opened for reading: its sheets and names, and its cells read on demand. */
export interface InputWorkbook {
  readonly sheetNames: readonly string[];
  /** The cells of every SPBE_ defined name: all a template reader needs. */
  templateCells(): Promise<CellSource>;
  /** The cells of any windows (an analyst's own table). */
  load(windows: readonly CellWindow[]): Promise<CellSource>;
}

/** A failure of the xlsx layer keeps its sentence (what the file is, what to do); anything else is FILE_UNREADABLE. */
async function asInputError<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CataloguedError) throw error;
    throw inputError("FILE_UNREADABLE", { file, detail: (error as Error).message }, error);
  }
}

/**
 * Opens an .xlsx file for reading part by part (src/xlsx/partialWorkbook.ts): bounded memory whatever its size,
 * and every template's defined names with their scope. A file that is not an .xlsx workbook (an .xls, .ods or
 * CSV, empty, damaged, too large) is invalid input (exit 1) with the xlsx layer's sentence saying what it is; a
 * file that cannot be read at all (permissions) likewise, with the system's reason.
 */
export async function openInputWorkbook(file: string): Promise<InputWorkbook> {
  const { openPartialWorkbookFile } = await import("../xlsx/openWorkbookFile");
  const { NAME_PREFIX } = await import("../template/names");
  const { workbook, load } = await asInputError(file, () => openPartialWorkbookFile(file));
  // `load` fails only with the xlsx layer's WORKBOOK_DAMAGED (openPartialWorkbookFile words every error).
  return { sheetNames: workbook.sheetNames, templateCells: () => load(workbook.namedWindows(NAME_PREFIX)), load };
}

/**
 * Writes an output workbook: atomically, and over an existing file only with --force, even when the file appeared
 * after `checkOutputFile` (another run to the same --out): then it is OUTPUT_EXISTS (exit 2) and the other file is
 * kept. Any other failure is OUTPUT_WRITE_FAILED (exit 1) naming the file.
 */
export async function saveOutput(workbook: Workbook, file: string, force: boolean): Promise<void> {
  const { saveWorkbook } = await import("../xlsx/saveWorkbook");
  try {
    await saveWorkbook(workbook, file, { replace: force });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw usageError("OUTPUT_EXISTS", { file });
    throw inputError("OUTPUT_WRITE_FAILED", { file, detail: (error as Error).message }, error);
  }
}

/** Makes an output folder and its missing parents (split's --out); OUTPUT_WRITE_FAILED naming it when it cannot. */
export async function makeOutputFolder(dir: string): Promise<void> {
  const { makeFolder } = await import("../xlsx/saveWorkbook");
  try {
    await makeFolder(dir);
  } catch (error) {
    throw inputError("OUTPUT_WRITE_FAILED", { file: dir, detail: (error as Error).message }, error);
  }
}
