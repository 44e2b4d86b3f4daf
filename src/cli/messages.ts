/**
 * The command line's own words: its error messages and progress lines, in Indonesian (first) and English.
 *
 * Problems with levels, frameworks and indices come from the core's catalogue (`src/core/messages.ts`), so the
 * command line says exactly what the custom functions and the task pane say; this catalogue covers only what is
 * particular to a command line: options, files and progress.
 */
import { describeValue, phrase, type Catalogue, type Language, type Said } from "../core";

export type CliMessageCode =
  // Usage (exit 2)
  | "COMMAND_MISSING"
  | "COMMAND_UNKNOWN"
  | "OPTION_UNKNOWN"
  | "OPTION_VALUE_MISSING"
  | "OPTION_TAKES_NO_VALUE"
  | "OPTION_REPEATED"
  | "OPTION_REQUIRED"
  | "OPTION_INVALID"
  | "OPTION_VALUE_NOT_ALLOWED"
  | "ARGUMENT_MISSING"
  | "ARGUMENTS_EXTRA"
  | "FILE_NOT_FOUND"
  | "FILE_IS_DIRECTORY"
  | "OUTPUT_EXISTS"
  | "OUTPUT_DIR_MISSING"
  | "OUTPUT_NOT_XLSX"
  | "OUTPUT_IS_INPUT"
  // Invalid input data (exit 1)
  | "FILE_UNREADABLE"
  | "NOT_A_TEMPLATE"
  | "SHEET_NOT_FOUND"
  | "TABLE_NOT_FOUND"
  | "TABLE_FRAMEWORK_UNCLEAR"
  | "TABLE_KEY_COLUMN_UNCLEAR"
  | "TABLE_LEVEL_COLUMN_UNCLEAR"
  | "TABLE_NO_LEVEL_COLUMN"
  | "TABLE_UNREADABLE"
  | "LEVELS_INVALID"
  | "LEVELS_BLANK"
  | "OUTPUT_WRITE_FAILED"
  | "UNIT_FILE_PROBLEM"
  | "NO_UNITS"
  | "FILES_FAILED"
  // Internal (exit 3)
  | "INTERNAL"
  // Progress lines (stderr, not errors)
  | "PROGRESS_READING"
  | "PROGRESS_WRITING"
  | "PROGRESS_WRITTEN"
  | "PROGRESS_UNIT_WRITTEN"
  | "PROGRESS_SAVED"
  | "PROGRESS_PDF"
  | "PDF_NO_LIBREOFFICE"
  | "PDF_FAILED";

/** A level cell that is blank, for the list of blanks. */
export interface BlankLevel {
  readonly indicator: number;
  readonly cell?: string;
}

/** A problem that can say itself in either language: an error of any layer. */
export type Problem = Said;

export interface CliMessageParams {
  readonly command?: string;
  readonly option?: string;
  readonly value?: unknown;
  /** What is allowed, already listed. */
  readonly allowed?: string;
  readonly file?: string;
  readonly argument?: string;
  readonly count?: number;
  readonly blanks?: readonly BlankLevel[];
  /**
   * Core errors: one per invalid cell (LEVELS_INVALID), the reason of an invalid option (OPTION_INVALID) or why
   * a workbook is not a readable template (NOT_A_TEMPLATE).
   */
  readonly problems?: readonly Problem[];
  readonly framework?: string;
  /** Sheet and column (letters) of an analyst's own table. */
  readonly sheet?: string;
  readonly column?: string;
  /** Underlying system or library message (FILE_UNREADABLE, OUTPUT_WRITE_FAILED, INTERNAL). */
  readonly detail?: string;
}


const q = (text: string | undefined) => `"${text ?? ""}"`;

function seeHelp(p: CliMessageParams, lang: Language): string {
  const cmd = p.command ? `spbe ${p.command} --help` : "spbe --help";
  return lang === "id" ? `Lihat \`${cmd}\`.` : `See \`${cmd}\`.`;
}

/** "sheet!F12" split into the part before the row ("sheet!F") and the row (12). */
function splitReference(cell: string | undefined): { prefix: string; row: number } | undefined {
  const m = cell === undefined ? null : /^(.*![A-Z]+)(\d+)$/.exec(cell);
  return m ? { prefix: m[1], row: Number(m[2]) } : undefined;
}

/**
 * "3 (sel 'Kertas Kerja'!F11), 20-22 (sel 'Kertas Kerja'!F28:F30)": consecutive indicators in consecutive
 * rows of one column are one run, so a template with nothing filled in gives one line, not 47 items.
 */
function listBlanks(blanks: readonly BlankLevel[], lang: Language): string {
  const word = lang === "id" ? "sel" : "cell";
  const runs: { first: BlankLevel; last: BlankLevel }[] = [];
  for (const blank of blanks) {
    const run = runs[runs.length - 1];
    const [a, b] = [splitReference(run?.last.cell), splitReference(blank.cell)];
    if (run && a && b && blank.indicator === run.last.indicator + 1 && a.prefix === b.prefix && b.row === a.row + 1) run.last = blank;
    else runs.push({ first: blank, last: blank });
  }
  return runs
    .map(({ first, last }) => {
      const numbers = first === last ? String(first.indicator) : `${first.indicator}-${last.indicator}`;
      if (!first.cell) return numbers;
      const cells = first === last ? first.cell : `${first.cell}:${last.cell!.slice(last.cell!.lastIndexOf("!") + 1)}`;
      return `${numbers} (${word} ${cells})`;
    })
    .join(", ");
}

function listProblems(problems: readonly Problem[] | undefined, lang: Language): string {
  return (problems ?? []).map((e) => `\n  - ${e.messageIn(lang)}`).join("");
}

export const CLI_CATALOGUE: Catalogue<CliMessageCode, CliMessageParams> = {
  COMMAND_MISSING: {
    id: (p, l) => `Perintah belum disebutkan. Yang tersedia: ${p.allowed}. ${seeHelp(p, l)}`,
    en: (p, l) => `No command given. Available: ${p.allowed}. ${seeHelp(p, l)}`,
  },
  COMMAND_UNKNOWN: {
    id: (p, l) => `Perintah ${q(String(p.value))} tidak dikenal. Yang tersedia: ${p.allowed}. ${seeHelp({}, l)}`,
    en: (p, l) => `Unknown command ${q(String(p.value))}. Available: ${p.allowed}. ${seeHelp({}, l)}`,
  },
  OPTION_UNKNOWN: {
    id: (p, l) => `Opsi ${p.option} tidak dikenal${p.command ? ` untuk \`spbe ${p.command}\`` : ""}. ${seeHelp(p, l)}`,
    en: (p, l) => `Unknown option ${p.option}${p.command ? ` for \`spbe ${p.command}\`` : ""}. ${seeHelp(p, l)}`,
  },
  OPTION_VALUE_MISSING: {
    id: (p, l) => `Opsi ${p.option} memerlukan nilai${p.allowed ? ` (${p.allowed})` : ""}. ${seeHelp(p, l)}`,
    en: (p, l) => `The ${p.option} option needs a value${p.allowed ? ` (${p.allowed})` : ""}. ${seeHelp(p, l)}`,
  },
  OPTION_TAKES_NO_VALUE: {
    id: (p, l) => `Opsi ${p.option} tidak menerima nilai (ditemukan ${q(String(p.value))}). ${seeHelp(p, l)}`,
    en: (p, l) => `The ${p.option} option takes no value (found ${q(String(p.value))}). ${seeHelp(p, l)}`,
  },
  OPTION_REPEATED: {
    id: (p) => `Opsi ${p.option} disebutkan lebih dari sekali. Sebutkan sekali saja.`,
    en: (p) => `The ${p.option} option is given more than once. Give it once.`,
  },
  OPTION_REQUIRED: {
    id: (p, l) => `Opsi ${p.option} wajib diisi${p.allowed ? ` (${p.allowed})` : ""}. ${seeHelp(p, l)}`,
    en: (p, l) => `The ${p.option} option is required${p.allowed ? ` (${p.allowed})` : ""}. ${seeHelp(p, l)}`,
  },
  OPTION_INVALID: {
    id: (p, l) => `Opsi ${p.option}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")}`,
    en: (p, l) => `The ${p.option} option: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")}`,
  },
  OPTION_VALUE_NOT_ALLOWED: {
    id: (p, l) => `Opsi ${p.option} bernilai ${describeValue(p.value, l)}. Yang diizinkan: ${p.allowed}.`,
    en: (p, l) => `The ${p.option} option is ${describeValue(p.value, l)}. Allowed: ${p.allowed}.`,
  },
  ARGUMENT_MISSING: {
    id: (p, l) => `Sebutkan ${p.argument}, misalnya \`spbe ${p.command} kertas-kerja.xlsx\`. ${seeHelp(p, l)}`,
    en: (p, l) => `Give ${p.argument}, for example \`spbe ${p.command} kertas-kerja.xlsx\`. ${seeHelp(p, l)}`,
  },
  ARGUMENTS_EXTRA: {
    id: (p, l) => `Argumen berlebih: ${q(String(p.value))}. \`spbe ${p.command}\` menerima ${p.allowed}. ${seeHelp(p, l)}`,
    en: (p, l) => `Unexpected argument ${q(String(p.value))}. \`spbe ${p.command}\` takes ${p.allowed}. ${seeHelp(p, l)}`,
  },
  FILE_NOT_FOUND: {
    id: (p) => `Berkas ${q(p.file)} tidak ditemukan. Periksa nama dan foldernya.`,
    en: (p) => `File ${q(p.file)} not found. Check its name and folder.`,
  },
  FILE_IS_DIRECTORY: {
    id: (p) => `${q(p.file)} adalah folder, bukan berkas .xlsx.`,
    en: (p) => `${q(p.file)} is a folder, not an .xlsx file.`,
  },
  OUTPUT_EXISTS: {
    id: (p) => `Berkas ${q(p.file)} sudah ada dan tidak ditimpa. Pilih nama lain dengan --out, atau tambahkan --force untuk menimpanya.`,
    en: (p) => `File ${q(p.file)} already exists and was not overwritten. Choose another name with --out, or add --force to overwrite it.`,
  },
  OUTPUT_DIR_MISSING: {
    id: (p) => `Folder tujuan untuk ${q(p.file)} tidak ada. Buat foldernya terlebih dahulu.`,
    en: (p) => `The folder for ${q(p.file)} does not exist. Create it first.`,
  },
  OUTPUT_NOT_XLSX: {
    id: (p) => `Nama berkas keluaran ${q(p.file)} harus berakhiran .xlsx.`,
    en: (p) => `The output file name ${q(p.file)} must end in .xlsx.`,
  },
  FILE_UNREADABLE: {
    id: (p) => `Berkas ${q(p.file)} tidak dapat dibaca sebagai buku kerja Excel (.xlsx)${p.detail ? `: ${p.detail}` : ""}. Simpan ulang sebagai .xlsx (bukan .xls atau .csv).`,
    en: (p) => `File ${q(p.file)} cannot be read as an Excel workbook (.xlsx)${p.detail ? `: ${p.detail}` : ""}. Save it again as .xlsx (not .xls or .csv).`,
  },
  NOT_A_TEMPLATE: {
    id: (p, l) => `Berkas ${q(p.file)}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")}`,
    en: (p, l) => `File ${q(p.file)}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")}`,
  },
  SHEET_NOT_FOUND: {
    id: (p) => `Berkas ${q(p.file)} tidak memiliki lembar ${q(p.sheet ?? "")}. Lembar yang ada: ${p.allowed}.`,
    en: (p) => `File ${q(p.file)} has no sheet ${q(p.sheet ?? "")}. Its sheets: ${p.allowed}.`,
  },
  TABLE_NOT_FOUND: {
    id: (p, l) => `Berkas ${q(p.file)}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")} Tabel sendiri juga tidak ditemukan: tidak ada kolom kunci indikator yang dikenali (nomor 1-47, "Indikator 18", "IK-18", kode Pemdi "3.2" atau nama resmi)${p.sheet ? `, misalnya di lembar ${q(p.sheet)}` : ", dan buku kerja ini tidak memiliki lembar"}. Sebutkan kolomnya dengan --indicators B5:B60 --levels E5:E60.`,
    en: (p, l) => `File ${q(p.file)}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")} No table of your own was found either: no column of indicator keys was recognised (numbers 1-47, "Indikator 18", "IK-18", Pemdi codes "3.2" or official names)${p.sheet ? `, e.g. in sheet ${q(p.sheet)}` : ", and this workbook has no sheet"}. Name the columns with --indicators B5:B60 --levels E5:E60.`,
  },
  TABLE_FRAMEWORK_UNCLEAR: {
    id: (p) => `Berkas ${q(p.file)}, lembar ${q(p.sheet ?? "")}: kunci indikator di kolom ${p.column} cocok dengan kerangka ${p.allowed}, dan tidak ada tahun evaluasi di judul tabel. Sebutkan kerangkanya dengan --framework (misalnya --framework 2024).`,
    en: (p) => `File ${q(p.file)}, sheet ${q(p.sheet ?? "")}: the indicator keys in column ${p.column} fit frameworks ${p.allowed}, and the table's title gives no evaluation year. Name the framework with --framework (e.g. --framework 2024).`,
  },
  TABLE_KEY_COLUMN_UNCLEAR: {
    id: (p) => `Berkas ${q(p.file)}, lembar ${q(p.sheet ?? "")}: kolom ${p.allowed} sama-sama berisi nomor indikator tetapi berbeda di baris yang sama (mungkin salah satunya nomor urut). Pilih kolom kunci indikator dengan --indicators (misalnya --indicators B5:B60).`,
    en: (p) => `File ${q(p.file)}, sheet ${q(p.sheet ?? "")}: columns ${p.allowed} both hold indicator numbers but differ on the same rows (one may be row numbering). Choose the indicator key column with --indicators (e.g. --indicators B5:B60).`,
  },
  TABLE_LEVEL_COLUMN_UNCLEAR: {
    id: (p) => `Berkas ${q(p.file)}, lembar ${q(p.sheet ?? "")}: kunci indikator di kolom ${p.column}, tetapi lebih dari satu kolom dapat berisi tingkat: ${p.allowed}. Pilih satu dengan --levels (misalnya --levels E5:E60).`,
    en: (p) => `File ${q(p.file)}, sheet ${q(p.sheet ?? "")}: indicator keys in column ${p.column}, but more than one column could hold the levels: ${p.allowed}. Choose one with --levels (e.g. --levels E5:E60).`,
  },
  TABLE_NO_LEVEL_COLUMN: {
    id: (p) => `Berkas ${q(p.file)}, lembar ${q(p.sheet ?? "")}: kunci indikator di kolom ${p.column}, tetapi tidak ada kolom yang sebagian besar berisi tingkat 0-5. Sebutkan kolom tingkat dengan --levels.`,
    en: (p) => `File ${q(p.file)}, sheet ${q(p.sheet ?? "")}: indicator keys in column ${p.column}, but no column holds mostly levels 0-5. Name the level column with --levels.`,
  },
  TABLE_UNREADABLE: {
    id: (p, l) => `Berkas ${q(p.file)}, lembar ${q(p.sheet ?? "")}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")}`,
    en: (p, l) => `File ${q(p.file)}, sheet ${q(p.sheet ?? "")}: ${(p.problems ?? []).map((e) => e.messageIn(l)).join(" ")}`,
  },
  LEVELS_INVALID: {
    id: (p, l) => `Berkas ${q(p.file)}: ${p.count} sel tingkat tidak dapat dipakai:${listProblems(p.problems, l)}`,
    en: (p, l) => `File ${q(p.file)}: ${p.count} level cells cannot be used:${listProblems(p.problems, l)}`,
  },
  LEVELS_BLANK: {
    id: (p, l) => `Berkas ${q(p.file)}: ${p.count} indikator belum diisi: ${listBlanks(p.blanks ?? [], l)}. Isi tingkat 0-5 sebelum menghitung indeks.`,
    en: (p, l) => `File ${q(p.file)}: ${p.count} indicators are not filled in: ${listBlanks(p.blanks ?? [], l)}. Enter a level 0-5 before computing the index.`,
  },
  OUTPUT_WRITE_FAILED: {
    id: (p) => `Berkas ${q(p.file)} tidak dapat ditulis${p.detail ? `: ${p.detail}` : ""}.`,
    en: (p) => `File ${q(p.file)} cannot be written${p.detail ? `: ${p.detail}` : ""}.`,
  },
  INTERNAL: {
    id: (p) => `Galat internal pada spbe (bukan kesalahan data Anda): ${p.detail}. Mohon laporkan beserta perintah yang dijalankan.`,
    en: (p) => `Internal error in spbe (not a problem with your data): ${p.detail}. Please report it with the command you ran.`,
  },
  PROGRESS_READING: {
    id: (p) => `Membaca ${p.file} ...`,
    en: (p) => `Reading ${p.file} ...`,
  },
  PROGRESS_WRITING: {
    id: (p) => `Menulis kertas kerja ${p.framework} ke ${p.file} ...`,
    en: (p) => `Writing the ${p.framework} template to ${p.file} ...`,
  },
  PROGRESS_WRITTEN: {
    id: (p) => `Selesai: ${p.file} (${p.count} indikator).`,
    en: (p) => `Done: ${p.file} (${p.count} indicators).`,
  },
  // spbe split / merge / recap (issue 6): a file's own problem is said by src/units (UnitFileProblem).
  OUTPUT_IS_INPUT: {
    id: (p) => `Berkas keluaran ${q(p.file)} juga disebutkan sebagai masukan. Berkas masukan tidak pernah ditimpa: pilih nama lain dengan --out.`,
    en: (p) => `The output file ${q(p.file)} is also given as an input. Input files are never overwritten: choose another name with --out.`,
  },
  UNIT_FILE_PROBLEM: {
    id: (p, l) => (p.problems ?? []).map((e) => e.messageIn(l)).join(" "),
    en: (p, l) => (p.problems ?? []).map((e) => e.messageIn(l)).join(" "),
  },
  NO_UNITS: {
    id: (p) => `Berkas ${q(p.file)}: kolom PIC / OPD (nama SPBE_PIC) kosong untuk semua indikator, jadi tidak ada unit yang dikirimi berkas. Isi unit penanggung jawab setiap indikator, lalu ulangi.`,
    en: (p) => `File ${q(p.file)}: the PIC / OPD column (name SPBE_PIC) is blank for every indicator, so there is no unit to send a file to. Enter the unit in charge of each indicator, then try again.`,
  },
  FILES_FAILED: {
    id: (p) => `${p.count} dari ${p.value} berkas tidak dapat dipakai (lihat pesan di atas); hasil dari berkas lainnya tetap ditulis ke ${q(p.file)}.`,
    en: (p) => `${p.count} of ${p.value} files could not be used (see the messages above); the result of the others was still written to ${q(p.file)}.`,
  },
  PROGRESS_UNIT_WRITTEN: {
    id: (p) => `Unit ${p.argument}: ${p.count} indikator -> ${p.file}`,
    en: (p) => `Unit ${p.argument}: ${p.count} indicators -> ${p.file}`,
  },
  PROGRESS_SAVED: {
    id: (p) => `Ditulis: ${p.file}`,
    en: (p) => `Written: ${p.file}`,
  },
  // spbe report --pdf (issue 14): the PDF needs LibreOffice; the .xlsx is written either way.
  PROGRESS_PDF: {
    id: (p) => `Membuat PDF dengan LibreOffice: ${p.file} ...`,
    en: (p) => `Making the PDF with LibreOffice: ${p.file} ...`,
  },
  PDF_NO_LIBREOFFICE: {
    id: (p) => `PDF tidak dibuat: LibreOffice (soffice) tidak ditemukan di komputer ini. Laporan tetap ditulis ke ${q(p.file)}; pasang LibreOffice, atau cetak lembarnya ke PDF dari Excel.`,
    en: (p) => `No PDF made: LibreOffice (soffice) was not found on this computer. The report was still written to ${q(p.file)}; install LibreOffice, or print the sheet to PDF from Excel.`,
  },
  PDF_FAILED: {
    id: (p) => `PDF tidak dibuat: LibreOffice gagal mengubah ${q(p.file)}${p.detail ? ` (${p.detail})` : ""}. Laporan .xlsx tetap ditulis.`,
    en: (p) => `No PDF made: LibreOffice could not convert ${q(p.file)}${p.detail ? ` (${p.detail})` : ""}. The .xlsx report was still written.`,
  },
};

export function formatCliMessage(code: CliMessageCode, params: CliMessageParams, language: Language): string {
  return phrase(CLI_CATALOGUE, code, params, language);
}
