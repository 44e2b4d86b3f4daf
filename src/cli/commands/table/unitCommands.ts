/** The commands on many workbooks: split a template by unit (OPD), merge the units' answers, rank many results. */
import { OWN_TABLE_OPTIONS, PRACTICE_OF_PREDIKAT, forceOption, jsonOption, langOption, practiceOption } from "./options";
import type { CommandDecl } from "./types";

const NEW_OUT_FILE = {
  id: "berkas hasil (baru); tidak ditimpa bila sudah ada, kecuali dengan --force",
  en: "the (new) output file; an existing file is not overwritten unless --force is given",
};

export const SPLIT: CommandDecl = {
  arguments: "FILE.xlsx",
  overview: {
    example: "spbe split kertas-kerja.xlsx --out unit/",
    summary: { id: "satu kertas kerja per unit (OPD) menurut kolom PIC", en: "one template per unit (OPD) from the PIC column" },
  },
  about: {
    id: `Membuat satu kertas kerja per unit (OPD) yang disebut di kolom PIC / OPD (nama SPBE_PIC), masing-masing hanya berisi
indikator unit itu (nilai koordinator ikut disalin), dengan validasi, kriteria tingkat dan nama yang sama dengan
kertas kerja biasa. Baris indikator unit lain kosong, dikunci, berwarna abu-abu dan disembunyikan. Beberapa unit
dalam satu sel PIC dipisahkan dengan ";" atau baris baru. Indikator tanpa PIC tidak dikirim dan didaftar.`,
    en: `Writes one template per unit (OPD) named in the PIC / OPD column (name SPBE_PIC), each holding only that unit's
indicators (with the coordinator's values), with the same validation, level criteria and names as any template.
Other units' indicator rows are blank, locked, grey and hidden. Several units in one PIC cell are separated by ";" or
a line break. Indicators with no PIC are sent to no one and listed.`,
  },
  options: {
    out: {
      type: "string",
      short: "o",
      value: "FOLDER",
      allowed: "DIR",
      required: true,
      describe: {
        id: "folder berkas unit (dibuat bila belum ada); nama berkas dari nama unit (bappeda.xlsx)",
        en: "folder for the unit files (created when missing); file names from unit names (bappeda.xlsx)",
      },
    },
    deadline: {
      type: "string",
      value: "YYYY-MM-DD",
      allowed: "YYYY-MM-DD, 2026-03-31",
      describe: { id: "batas waktu, ditulis di setiap berkas unit (nama SPBE_UNIT_DEADLINE)", en: "deadline written in every unit file (name SPBE_UNIT_DEADLINE)" },
    },
    note: {
      type: "string",
      value: { id: "TEKS", en: "TEXT" },
      describe: { id: "catatan koordinator untuk setiap unit (nama SPBE_UNIT_NOTE)", en: "the coordinator's note to every unit (name SPBE_UNIT_NOTE)" },
    },
    force: forceOption({ id: "berkas unit yang sudah ada", en: "unit files that exist" }),
    json: jsonOption("{template, out, units: [{unit, file, indicators}], unassigned}"),
    lang: langOption({ id: "label berkas unit dan pesan", en: "the unit files' labels and of messages" }),
  },
  examples: {
    id: ['spbe split kertas-kerja.xlsx --out unit/ --deadline 2026-03-31 --note "Lengkapi data dukung."'],
    en: ['spbe split kertas-kerja.xlsx --out unit/ --deadline 2026-03-31 --note "Lengkapi data dukung."'],
  },
};

export const MERGE: CommandDecl = {
  arguments: "TEMPLATE.xlsx UNIT.xlsx...",
  overview: {
    example: "spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx",
    summary: { id: "gabungkan jawaban unit (log, konflik, rekap)", en: "merge the units' answers (log, conflicts, recap)" },
  },
  about: {
    id: `Menggabungkan tingkat, Penjelasan, Data dukung dan Catatan dari berkas unit ke SALINAN BARU kertas kerja koordinator
(TEMPLATE.xlsx tidak diubah). Jawaban satu unit yang ditugaskan digabungkan; jawaban yang berbeda antarunit, atau
jawaban unit atas indikator yang bukan tugasnya dan berbeda dari koordinator, menjadi konflik: nilai koordinator
tetap dan kedua jawaban ditampilkan berdampingan. Setiap perubahan dicatat di lembar log baru (indikator, nilai lama,
nilai baru, berkas sumber); ditambah lembar konflik dan rekap per unit. Berkas rusak, bukan kertas kerja atau dari
kerangka lain disebutkan beserta masalahnya dan dilewati; berkas lain tetap digabungkan (kode keluar 1).
Folder berarti semua berkas .xlsx di dalamnya.`,
    en: `Merges levels, Justification (Penjelasan), Evidence (Data dukung) and Notes from unit files into a NEW copy of the
coordinator's template (TEMPLATE.xlsx is not changed). The answer of one assigned unit is merged; units answering
differently, or a unit answering an indicator not assigned to it differently from the coordinator, make a conflict:
the coordinator's value stays and the answers are shown side by side. Every change is recorded in a new log sheet
(indicator, old value, new value, source file); a conflict sheet and a recap by unit are added. Damaged files,
non-templates and other frameworks are named with their problem and skipped; the rest is merged (exit code 1).
A folder stands for every .xlsx file in it.`,
  },
  options: {
    out: { type: "string", short: "o", value: "MERGED.xlsx", required: true, describe: NEW_OUT_FILE },
    force: forceOption({ id: "berkas --out yang sudah ada", en: "an existing --out file" }),
    json: jsonOption("{template, out, framework, sheets, merged, changes, conflicts,\n completeness, failed, warnings}"),
    lang: langOption({ id: "lembar baru dan pesan", en: "the new sheets and of messages" }),
  },
  examples: { id: ["spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx"], en: ["spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx"] },
};

export const RECAP: CommandDecl = {
  arguments: "FILE.xlsx...",
  overview: {
    example: "spbe recap hasil/*.xlsx --out rekap.xlsx [--json]",
    summary: { id: "peringkat banyak kertas kerja menurut indeks", en: "rank many templates by index" },
  },
  about: {
    id: `Memeringkat banyak kertas kerja yang sudah diisi (satu per unit atau daerah) menurut indeks tepat, dari yang
tertinggi, dengan predikat serta indeks aspek dan domain, dihitung dengan mesin add-in. Berkas yang tidak dapat
diperingkat (rusak, bukan kertas kerja, tingkat kosong/tidak valid, kerangka lain) disebutkan di stderr dan di lembar
"Berkas Gagal"; berkas lainnya tetap diperingkat (kode keluar 1). Folder berarti semua berkas .xlsx di dalamnya.
Buku kerja unit yang bukan template dibaca dari tabelnya sendiri (aturan \`spbe score\`); bila semua unit memakai
bentuk yang sama, --sheet, --indicators, --levels dan --framework berlaku untuk setiap berkas yang bukan template.`,
    en: `Ranks many filled templates (one per unit or region) by their exact index, best first, with the predikat and the
aspect and domain indices, computed by the add-in's engine. Files that cannot be ranked (damaged, not a template,
blank/invalid levels, another framework) are named on stderr and in the "Failed Files" sheet; the rest are still
ranked (exit code 1). A folder stands for every .xlsx file in it. A unit's workbook that is not a template is read
from its own table (the rules of \`spbe score\`); when every unit uses the same form, --sheet, --indicators, --levels
and --framework apply to each file that is not a template.`,
  },
  options: {
    out: { type: "string", short: "o", value: "REKAP.xlsx", required: true, describe: NEW_OUT_FILE },
    json: jsonOption(
      "{framework, practice, out, rows: [{rank, file, instansi, year,\n index, rounded, predikat, aspects: [{id, name, index}], domains}],\n failed: [{file, code, message}]}",
      { id: "rows dari yang terbaik", en: "rows best first" },
    ),
    practice: practiceOption(PRACTICE_OF_PREDIKAT),
    force: forceOption({ id: "berkas --out yang sudah ada", en: "an existing --out file" }),
    ...OWN_TABLE_OPTIONS,
    lang: langOption({ id: "lembar dan pesan", en: "the sheets and messages" }),
  },
  examples: {
    id: ["spbe recap hasil/*.xlsx --out rekap.xlsx --json > rekap.json"],
    en: ["spbe recap results/*.xlsx --out rekap.xlsx --json > rekap.json"],
  },
};
