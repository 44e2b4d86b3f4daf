/**
 * What the .xlsx layer says about a file it cannot open, in Indonesian (first) and English: what the file is, and
 * what the user can do (save it as .xlsx, remove a password, send it again). Every message names the file.
 */
import { CataloguedError, type Catalogue } from "../core";

export type WorkbookFileCode =
  | "WORKBOOK_EMPTY"
  | "WORKBOOK_OLD_OR_LOCKED"
  | "WORKBOOK_ODS"
  | "WORKBOOK_TEXT"
  | "WORKBOOK_NOT_EXCEL"
  | "WORKBOOK_DAMAGED"
  | "WORKBOOK_TOO_LARGE"
  | "WORKBOOK_TOO_LARGE_TO_REWRITE";

export interface WorkbookFileParams {
  readonly file: string;
  /** Megabytes once unpacked, and the limit (WORKBOOK_TOO_LARGE). */
  readonly megabytes?: number;
  readonly limit?: number;
}

const q = (text: string) => `"${text}"`;

const CATALOGUE: Catalogue<WorkbookFileCode, WorkbookFileParams> = {
  WORKBOOK_EMPTY: {
    id: (p) => `Berkas ${q(p.file)} kosong (0 bita). Salin atau unduh ulang berkasnya.`,
    en: (p) => `File ${q(p.file)} is empty (0 bytes). Copy or download the file again.`,
  },
  WORKBOOK_OLD_OR_LOCKED: {
    id: (p) => `Berkas ${q(p.file)} adalah buku kerja Excel 97-2003 (.xls) atau .xlsx yang dikunci kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai .xlsx (File > Simpan Sebagai > Buku Kerja Excel).`,
    en: (p) => `File ${q(p.file)} is an Excel 97-2003 workbook (.xls) or an .xlsx locked with a password. Open it in Excel, remove the password if there is one, and save it as .xlsx (File > Save As > Excel Workbook).`,
  },
  WORKBOOK_ODS: {
    id: (p) => `Berkas ${q(p.file)} adalah lembar kerja OpenDocument (.ods). Buka di LibreOffice atau Excel lalu simpan sebagai .xlsx.`,
    en: (p) => `File ${q(p.file)} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as .xlsx.`,
  },
  WORKBOOK_TEXT: {
    id: (p) => `Berkas ${q(p.file)} adalah berkas teks (mis. .csv), bukan buku kerja. Buka di Excel lalu simpan sebagai .xlsx.`,
    en: (p) => `File ${q(p.file)} is a text file (a .csv, for example), not a workbook. Open it in Excel and save it as .xlsx.`,
  },
  WORKBOOK_NOT_EXCEL: {
    id: (p) => `Berkas ${q(p.file)} bukan buku kerja Excel (.xlsx). Simpan buku kerjanya sebagai .xlsx, lalu coba lagi.`,
    en: (p) => `File ${q(p.file)} is not an Excel workbook (.xlsx). Save the workbook as .xlsx and try again.`,
  },
  WORKBOOK_DAMAGED: {
    id: (p) => `Berkas ${q(p.file)} rusak: isinya tidak dapat dibaca sebagai buku kerja .xlsx (mungkin terpotong saat diunduh atau dikirim). Buka di Excel untuk memperbaikinya, atau minta berkasnya dikirim ulang.`,
    en: (p) => `File ${q(p.file)} is damaged: its content cannot be read as an .xlsx workbook (it may have been cut off while downloading or sending). Open it in Excel to repair it, or ask for the file again.`,
  },
  WORKBOOK_TOO_LARGE: {
    id: (p) => `Berkas ${q(p.file)} terlalu besar untuk dibaca dengan aman: ${p.megabytes} MB setelah dibuka, batasnya ${p.limit} MB. Hapus lembar yang tidak diperlukan, atau salin lembar evaluasi ke buku kerja baru.`,
    en: (p) => `File ${q(p.file)} is too large to read safely: ${p.megabytes} MB unpacked, the limit is ${p.limit} MB. Remove the sheets that are not needed, or copy the evaluation sheet into a new workbook.`,
  },
  // merge and split load the whole workbook to write it back (score and recap read any size).
  WORKBOOK_TOO_LARGE_TO_REWRITE: {
    id: (p) => `Berkas ${q(p.file)} terlalu besar untuk dimuat utuh dan ditulis ulang dengan aman: lembar-lembarnya ${p.megabytes} MB setelah dibuka, batasnya ${p.limit} MB. Hapus baris atau lembar yang tidak diperlukan, atau salin lembar evaluasi ke buku kerja baru (perintah score dan recap tetap dapat membacanya).`,
    en: (p) => `File ${q(p.file)} is too large to load whole and write back safely: its sheets are ${p.megabytes} MB unpacked, the limit is ${p.limit} MB. Remove the rows or sheets that are not needed, or copy the evaluation sheet into a new workbook (score and recap can still read it).`,
  },
};

/** A file that cannot be opened as an .xlsx workbook, and why. */
export class WorkbookFileError extends CataloguedError<WorkbookFileCode, WorkbookFileParams> {
  constructor(code: WorkbookFileCode, params: WorkbookFileParams, options?: { cause?: unknown }) {
    super(CATALOGUE, code, params, options);
    this.name = "WorkbookFileError";
  }
}

export function isWorkbookFileError(value: unknown): value is WorkbookFileError {
  return value instanceof WorkbookFileError;
}
