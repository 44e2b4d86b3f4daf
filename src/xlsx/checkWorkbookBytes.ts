/**
 * Looks at a file's bytes before ExcelJS does, so that what is not an .xlsx workbook gets a sentence that says
 * what it is (an .xls, an .ods, a CSV, an empty or cut-off file) instead of a library's message, and so that a zip
 * that unpacks to more than a workbook can reasonably hold (a zip bomb) is refused before it is unpacked.
 * The zip's directory is read with JSZip, the library ExcelJS itself opens the file with.
 */
import JSZip from "jszip";
import { WorkbookFileError } from "./messages";

/**
 * The most a workbook may unpack to, by the way it is read:
 * - "whole": loaded by ExcelJS (merge and split, which write it back), held in memory at many times its XML's size
 *   (a sheet of 1,000,000 rows took 1.4 GB), so this bounds their memory; a template unpacks to about 0.5 MB,
 *   a Diskominfo workbook of many sheets to a few megabytes.
 * - "parts": read part by part (score, recap: partialWorkbook.ts), in bounded memory whatever the size; this only
 *   bounds the time (about 4 s per 100 MB of XML) and refuses a zip bomb before it is unpacked.
 */
export const MAX_UNPACKED_MB = { whole: 100, parts: 1000 } as const;
export type ReadMode = keyof typeof MAX_UNPACKED_MB;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/** Text: no NUL byte in the first 4 KB (a CSV, a renamed .txt or .html). */
function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 4096).includes(0);
}

/** JSZip's entry sizes; `_data` is its (stable, 3.x) record of the central directory's sizes. */
function unpackedBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((_path, entry) => {
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    // JSZip reads the 32-bit field as signed: a size claimed at 2 GB or more (or zip64's 0xFFFFFFFF) came out
    // negative and passed the bound. Read unsigned.
    total += typeof size === "number" ? size >>> 0 : 0;
  });
  return total;
}

/**
 * Checks that `bytes` are an .xlsx workbook of a reasonable size and gives its zip (its parts not yet unpacked);
 * throws WorkbookFileError naming `file` and saying what it is instead.
 */
export async function checkWorkbookBytes(bytes: Uint8Array, file: string, mode: ReadMode = "whole"): Promise<JSZip> {
  if (bytes.length === 0) throw new WorkbookFileError("WORKBOOK_EMPTY", { file });
  if (startsWith(bytes, OLE2)) throw new WorkbookFileError("WORKBOOK_OLD_OR_LOCKED", { file });
  if (!startsWith(bytes, ZIP)) throw new WorkbookFileError(looksLikeText(bytes) ? "WORKBOOK_TEXT" : "WORKBOOK_NOT_EXCEL", { file });
  if (new TextDecoder("latin1").decode(bytes.subarray(30, 30 + ODS_MIMETYPE.length)) === ODS_MIMETYPE) {
    throw new WorkbookFileError("WORKBOOK_ODS", { file });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookFileError("WORKBOOK_DAMAGED", { file }, { cause: error });
  }
  if (!zip.file("xl/workbook.xml")) throw new WorkbookFileError("WORKBOOK_NOT_EXCEL", { file });
  const megabytes = Math.ceil(unpackedBytes(zip) / 1e6);
  const limit = MAX_UNPACKED_MB[mode];
  if (megabytes > limit) throw new WorkbookFileError("WORKBOOK_TOO_LARGE", { file, megabytes, limit });
  return zip;
}
