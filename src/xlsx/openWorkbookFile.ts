/**
 * Opening an .xlsx file from disk for reading, for every command: its bytes are checked first (what it is, its
 * unpacked size), then ExcelJS loads it keeping every template's names (for the commands that write it back), or
 * it is read part by part (partialWorkbook.ts: the commands that only read, in bounded memory). Node only (file system): imported by path,
 * not through src/xlsx/index.ts, which the task pane's bundle also reaches.
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { checkWorkbookBytes } from "./checkWorkbookBytes";
import type { CellSource } from "./cellSource";
import { WorkbookFileError, isWorkbookFileError } from "./messages";
import { openPartialWorkbook, type CellWindow, type PartialWorkbook } from "./partialWorkbook";
import { loadTemplateWorkbook } from "./readTemplateWorkbook";
import { restoreFormulaNames } from "./sheetScopedNames";
import { readWrittenNames } from "./writtenNames";
import { NAME_PREFIX } from "../template/names";
import { objectsNotRewritten, type UnkeptObjects } from "./objectsNotRewritten";

/** A workbook loaded whole, and what of it ExcelJS would leave out were it written back (objectsNotRewritten.ts). */
export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly notRewritten: readonly UnkeptObjects[];
}

/**
 * The workbook in `file` (or in `bytes`, when the caller has read them). Throws WorkbookFileError for a file that
 * is not an .xlsx workbook, too large, or that ExcelJS cannot read (a damaged sheet); errors of the file system
 * (not found, no permission) propagate, for the caller to word.
 */
export async function openWorkbookFile(file: string, bytes?: Buffer): Promise<OpenedWorkbook> {
  const content = bytes ?? (await fs.readFile(file));
  const zip = await checkWorkbookBytes(content, file);
  return orDamaged(file, async () => {
    const written = await readWrittenNames(zip);
    const notRewritten = await objectsNotRewritten(zip);
    const workbook = await loadTemplateWorkbook(content);
    restoreFormulaNames(workbook, written);
    return { workbook, notRewritten };
  });
}

/**
 * A zip that holds an .xlsx's parts but whose XML cannot be followed ("Cannot set properties of undefined") is a
 * damaged file; the xlsx layer's own sentences pass as they are.
 */
async function orDamaged<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isWorkbookFileError(error)) throw error;
    throw new WorkbookFileError("WORKBOOK_DAMAGED", { file }, { cause: error });
  }
}

/**
 * The workbook in `file` (or `bytes`) opened for reading part by part, with its cells read by `load`, each sheet
 * streamed. Throws WorkbookFileError as openWorkbookFile.
 */
export async function openPartialWorkbookFile(file: string, bytes?: Buffer): Promise<{ workbook: PartialWorkbook; load(windows: readonly CellWindow[]): Promise<CellSource> }> {
  const content = bytes ?? (await fs.readFile(file));
  const zip = await checkWorkbookBytes(content, file, "parts");
  const workbook = await orDamaged(file, () => openPartialWorkbook(zip));
  return { workbook, load: (windows) => orDamaged(file, () => workbook.load(windows)) };
}

/**
 * The cells a template reader needs of `file`: those of every SPBE_ name (templates, unit stamps) but the names in
 * `skip` (upper case), nothing else.
 */
export async function openTemplateCells(file: string, bytes?: Buffer, skip?: ReadonlySet<string>): Promise<CellSource> {
  const { workbook, load } = await openPartialWorkbookFile(file, bytes);
  return load(workbook.namedWindows(NAME_PREFIX, skip));
}
