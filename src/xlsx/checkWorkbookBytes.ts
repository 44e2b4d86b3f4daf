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
 * - "whole": loaded by ExcelJS (merge and split, which write it back). ExcelJS holds a sheet's XML in memory at
 *   13 to 18 times its size, above about 80 MB for itself (measured: 2 MB of sheet XML, 118 MB peak; 20 MB, 342 MB;
 *   11.5 MB of rows of text, 285 MB: bench merge_peak_mb_at_limit), so the XML parts are bounded at 12 MB to keep a
 *   run under 300 MB; a template unpacks to about 0.5 MB, a Diskominfo workbook of many sheets to a few megabytes.
 *   Pictures and other binary parts are held once, at their size, and count only towards the whole.
 * - "parts": read part by part (score, recap: partialWorkbook.ts), in bounded memory whatever the size; this only
 *   bounds the time (about 4 s per 100 MB of XML) and refuses a zip bomb before it is unpacked.
 */
export const MAX_UNPACKED_MB = { whole: 100, parts: 1000 } as const;
export const MAX_WHOLE_XML_MB = 12;
export type ReadMode = keyof typeof MAX_UNPACKED_MB;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/** Text: no NUL byte in the first 4 KB (a CSV, a renamed .txt or .html). */
function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 4096).includes(0);
}

/** The parts ExcelJS parses into objects (the rest, pictures and embedded files, it keeps as bytes). */
const isXmlPart = (path: string) => /\.(xml|rels|vml)$/i.test(path);

/** JSZip's entry sizes, in all and of the XML parts; `_data` is its (stable, 3.x) record of the central directory's sizes. */
function unpackedBytes(zip: JSZip): { all: number; xml: number } {
  let all = 0;
  let xml = 0;
  zip.forEach((path, entry) => {
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    // JSZip reads the 32-bit field as signed: a size claimed at 2 GB or more (or zip64's 0xFFFFFFFF) came out
    // negative and passed the bound. Read unsigned.
    const bytes = typeof size === "number" ? size >>> 0 : 0;
    all += bytes;
    if (isXmlPart(path)) xml += bytes;
  });
  return { all, xml };
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
  const size = unpackedBytes(zip);
  const megabytes = Math.ceil(size.all / 1e6);
  const limit = MAX_UNPACKED_MB[mode];
  if (megabytes > limit) throw new WorkbookFileError("WORKBOOK_TOO_LARGE", { file, megabytes, limit });
  const xml = Math.ceil(size.xml / 1e6);
  if (mode === "whole" && xml > MAX_WHOLE_XML_MB) throw new WorkbookFileError("WORKBOOK_TOO_LARGE_TO_REWRITE", { file, megabytes: xml, limit: MAX_WHOLE_XML_MB });
  return zip;
}
