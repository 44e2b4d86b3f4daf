/**
 * Saving a workbook so that the file appears only once complete, with the charts its renderer noted (drawn by
 * Excelize, drawCharts.ts), and never over a file that is there at that moment unless the caller says to replace
 * it: written beside it under a temporary name, then moved into place.
 * Node only (file system): imported by path, not through src/xlsx/index.ts, which the task pane's browser bundle
 * also reaches.
 *
 * Checking "exists?" at the start of a run is not enough: two runs to one --out, or a file made there meanwhile,
 * would be replaced by the final rename. So the move itself is exclusive: a hard link, which fails with EEXIST
 * when the name is taken, atomically. Where the file system has no hard links (FAT, exFAT, some shares), an
 * exclusive copy (COPYFILE_EXCL) takes its place: still never over an existing file, visible while it copies.
 */
import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { drawCharts } from "./drawCharts";
import { pendingCharts } from "./pendingCharts";

export interface SaveOptions {
  /** Replace a file at `file` (the CLI's --force); otherwise an existing file makes the save fail with EEXIST. */
  readonly replace?: boolean;
}

/** Errors of file systems without hard links, where the exclusive copy is used instead. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS", "EMLINK"]);

async function placeExclusively(temporary: string, file: string): Promise<void> {
  try {
    await fs.link(temporary, file);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    await fs.copyFile(temporary, file, constants.COPYFILE_EXCL);
  }
}

/** Writes `workbook` to `file`; throws the Node error (EEXIST when `file` exists and `replace` is not set). */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string, options: SaveOptions = {}): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const charts = pendingCharts(workbook);
    if (charts.length === 0) await workbook.xlsx.writeFile(temporary);
    else await fs.writeFile(temporary, await drawCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), charts), { flag: "wx" });
    if (options.replace) await fs.rename(temporary, file);
    else await placeExclusively(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}

/**
 * Makes the folder `dir` and its missing parents, one level at a time: Node's recursive mkdir never returns on
 * some virtual file systems (/proc), where a level cannot be made; here that level's error is thrown.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const stat = await fs.stat(at).catch(() => undefined);
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`Not a folder: ${at}`), { code: "ENOTDIR" });
      break;
    }
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const level of missing) await fs.mkdir(level).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
}
