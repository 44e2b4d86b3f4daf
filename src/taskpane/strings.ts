/**
 * Every word of the task pane, Indonesian first, English second. Error messages about cell contents come from the
 * core's catalogue (SpbeError.messageIn) so the pane, the functions and the CLI say the same thing.
 */
import type { Language } from "./language";

const id = {
  appTitle: "SPBE & Pemdi",
  appSubtitle: "Evaluasi SPBE dan Pemerintah Digital",
  switchLanguage: "English",
  switchLanguageLang: "en",
  tabsLabel: "Tampilan",
  tabSummary: "Ringkasan",
  tabTemplate: "Template",
  tabFunctions: "Fungsi",
  tabPlanner: "Rencana",

  // Ringkasan
  summaryHeading: "Ringkasan",
  refresh: "Muat ulang",
  refreshing: "Membaca buku kerja…",
  readFailedTitle: "Buku kerja tidak dapat dibaca",
  noTemplateTitle: "Belum ada template evaluasi di buku kerja ini",
  noTemplateBody:
    "Template dikenali dari nama terdefinisi SPBE_LEVELS dan SPBE_FRAMEWORK. Buat template di tab Template, atau buka buku kerja evaluasi yang dibuat dengan add-in ini.",
  templatePicker: "Template",
  templateOption: (sheet: string, detail: string) => (detail ? `${sheet}: ${detail}` : sheet),
  workbookScope: "(nama buku kerja)",
  missingNamesTitle: "Template tidak lengkap",
  missingNames: (names: string) => `Nama terdefinisi ${names} tidak ditemukan atau tidak menunjuk ke sel.`,
  problemTitle: "Isi template perlu diperbaiki",
  indexOfficial: "Nilai resmi (2 desimal)",
  indexExact: "Nilai tepat",
  provisional: (n: number) =>
    `Sementara: ${n} indikator belum diisi dan dihitung 0. Nilai akhir menunggu semua indikator terisi.`,
  predikat: "Predikat",
  practiceExact: "Praktik 2024: predikat dari indeks tepat.",
  practiceRounded: (p: string) => `Menurut praktik 2023 (predikat dari indeks 2 desimal): ${p}.`,
  targetIndex: "Target indeks",
  noTargets: "Target belum diisi (kolom target, SPBE_TARGETS).",
  aspectsHeading: "Aspek terhadap target",
  domainsHeading: "Domain terhadap target",
  chartLegend: "Batang: nilai saat ini. Garis tegak: target.",
  partValue: (v: string, t: string | null) => (t === null ? `nilai ${v}` : `nilai ${v}, target ${t}`),
  emptyHeading: "Indikator belum diisi",
  emptyCount: (n: number, total: number) => `${n} dari ${total}`,
  emptyList: (list: string) => `Nomor: ${list}.`,
  allFilled: "Semua indikator sudah diisi.",
  gapsHeading: "Kesenjangan terbesar",
  gapsExplanation: "(target − tingkat) × bobot indikator, dalam poin indeks.",
  gapItem: (no: number, name: string) => `Indikator ${no}: ${name}`,
  gapDetail: (level: string, target: string, gain: string) => `tingkat ${level} → target ${target}: +${gain}`,
  noGaps: "Tidak ada kesenjangan: semua indikator sudah mencapai targetnya.",
  targetProblemTitle: "Target tidak dapat dibaca",
  frameworkLine: (name: string, id: string, status: string) => `${name} · PermenPANRB ${id}${status}`,
  statusReconstructed: " (rekonstruksi)",
  statusSecondary: " (sumber sekunder)",

  // Template
  templateHeading: "Buat template",
  templateIntro: "Menambahkan lembar evaluasi baru ke buku kerja. Lembar yang sudah ada tidak pernah ditimpa.",
  frameworkLabel: "Kerangka",
  frameworkByYear: "Menurut tahun evaluasi",
  frameworkOption: {
    "59/2020": "PermenPANRB 59/2020: Indeks SPBE (2021-2025)",
    "8/2026": "PermenPANRB 8/2026: Indeks Pemdi (2026 dst.)",
    "5/2018": "PermenPANRB 5/2018: Indeks SPBE (2018-2020)",
  },
  yearLabel: "Tahun evaluasi",
  yearHint: "Misalnya 2025. Wajib bila kerangka dipilih menurut tahun.",
  yearRequired: "Isi tahun evaluasi untuk memilih kerangka.",
  yearInvalid: "Tahun harus bilangan bulat dari 2018 sampai 2100.",
  yearMismatch: (fw: string, year: number) => `Tahun ${year} tidak dinilai dengan PermenPANRB ${fw}. Pilih kerangka lain atau ubah tahunnya.`,
  yearResolves: (fw: string) => `Tahun ini memakai PermenPANRB ${fw}.`,
  instansiLabel: "Instansi",
  instansiHint: "Nama instansi pusat atau pemerintah daerah (boleh dikosongkan).",
  filledByLabel: "Diisi oleh",
  templateLanguageLabel: "Bahasa template",
  languageId: "Indonesia",
  languageEn: "Inggris (English)",
  generate: "Buat template",
  generating: "Membuat template…",
  generatedTitle: "Template dibuat",
  generatedBody: (sheets: string, first: string) => `Lembar baru: ${sheets}. Isi tingkat setiap indikator di lembar ${first}.`,
  generateFailedTitle: "Template tidak dibuat",
  generateUnavailable: "Pembuatan template belum tersedia di versi add-in ini.",

  // Fungsi
  functionsHeading: "Fungsi SPBE.*",
  functionsIntro:
    "Fungsi kustom untuk lembar kerja. Di Excel berbahasa Indonesia namanya tampil dalam bahasa Indonesia (SPBE.INDEKS); tombol di bawah menulis rumus dalam sintaks Excel bahasa Inggris, yang dimengerti Excel di semua bahasa.",
  example: "Contoh",
  insertExample: "Sisipkan contoh",
  insertExampleLabel: (fn: string) => `Sisipkan contoh ${fn} ke sel terpilih`,
  inserted: (formula: string, cell: string) => `Rumus ${formula} ditulis di ${cell}.`,
  insertFailedTitle: "Rumus tidak disisipkan",
  insertedTitle: "Rumus disisipkan",

  // Rencana
  plannerHeading: "Rencana target",

  // Errors
  excelErrorTitle: "Excel menolak operasi",
  excelError: (message: string, code: string, location: string | undefined) =>
    `${message} (kode: ${code}${location ? `; lokasi: ${location}` : ""})`,
  unexpectedError: (message: string) => `Kesalahan tak terduga: ${message}`,

  // Outside Excel
  noHostTitle: "SPBE & Pemdi untuk Excel",
  noHostIntro:
    "Halaman ini adalah panel tugas add-in Excel untuk evaluasi SPBE (PermenPANRB 59/2020, 5/2018) dan Indeks Pemdi (PermenPANRB 8/2026). Halaman ini hanya bekerja di dalam Excel.",
  noHostInstallHeading: "Cara memasang",
  noHostSteps: [
    "Buka Excel di web (atau Excel untuk Windows/Mac, Microsoft 365).",
    "Pilih Sisipkan > Add-in > Unggah Add-in Saya (Insert > Add-ins > Upload My Add-in).",
    "Pilih berkas manifest.xml dari add-in ini, lalu buka panel melalui tombol “Evaluasi SPBE” di tab Beranda.",
  ],
  noHostNote: "Fungsi SPBE.* memerlukan Microsoft 365; template yang dibuat tetap menghitung dengan rumus Excel biasa.",
};

export type Strings = typeof id;

const en: Strings = {
  appTitle: "SPBE & Pemdi",
  appSubtitle: "E-government (SPBE) and digital government evaluations",
  switchLanguage: "Bahasa Indonesia",
  switchLanguageLang: "id",
  tabsLabel: "Views",
  tabSummary: "Summary",
  tabTemplate: "Template",
  tabFunctions: "Functions",
  tabPlanner: "Planner",

  summaryHeading: "Summary",
  refresh: "Refresh",
  refreshing: "Reading the workbook…",
  readFailedTitle: "Could not read the workbook",
  noTemplateTitle: "This workbook has no evaluation template yet",
  noTemplateBody:
    "Templates are found by their defined names SPBE_LEVELS and SPBE_FRAMEWORK. Generate one on the Template tab, or open an evaluation workbook made with this add-in.",
  templatePicker: "Template",
  templateOption: (sheet, detail) => (detail ? `${sheet}: ${detail}` : sheet),
  workbookScope: "(workbook names)",
  missingNamesTitle: "Incomplete template",
  missingNames: (names) => `The defined name ${names} is missing or does not refer to cells.`,
  problemTitle: "The template needs fixing",
  indexOfficial: "Official (2 decimals)",
  indexExact: "Exact",
  provisional: (n) => `Provisional: ${n} indicators are not filled in and count as 0. The final value needs every indicator.`,
  predikat: "Predikat",
  practiceExact: "2024 practice: predikat of the exact index.",
  practiceRounded: (p) => `Under the 2023 practice (predikat of the 2-decimal index): ${p}.`,
  targetIndex: "Target index",
  noTargets: "No targets entered yet (target column, SPBE_TARGETS).",
  aspectsHeading: "Aspects against targets",
  domainsHeading: "Domains against targets",
  chartLegend: "Bar: current value. Vertical line: target.",
  partValue: (v, t) => (t === null ? `value ${v}` : `value ${v}, target ${t}`),
  emptyHeading: "Indicators not filled in",
  emptyCount: (n, total) => `${n} of ${total}`,
  emptyList: (list) => `Numbers: ${list}.`,
  allFilled: "Every indicator is filled in.",
  gapsHeading: "Largest gaps",
  gapsExplanation: "(target − level) × indicator weight, in index points.",
  gapItem: (no, name) => `Indicator ${no}: ${name}`,
  gapDetail: (level, target, gain) => `level ${level} → target ${target}: +${gain}`,
  noGaps: "No gaps: every indicator has reached its target.",
  targetProblemTitle: "Targets could not be read",
  frameworkLine: (name, id, status) => `${name} · PermenPANRB ${id}${status}`,
  statusReconstructed: " (reconstructed)",
  statusSecondary: " (secondary source)",

  templateHeading: "Generate a template",
  templateIntro: "Adds new evaluation sheets to the workbook. Existing sheets are never overwritten.",
  frameworkLabel: "Framework",
  frameworkByYear: "By evaluation year",
  frameworkOption: {
    "59/2020": "PermenPANRB 59/2020: SPBE Index (2021-2025)",
    "8/2026": "PermenPANRB 8/2026: Pemdi Index (2026 on)",
    "5/2018": "PermenPANRB 5/2018: SPBE Index (2018-2020)",
  },
  yearLabel: "Evaluation year",
  yearHint: "For example 2025. Required when the framework is chosen by year.",
  yearRequired: "Enter the evaluation year to choose the framework.",
  yearInvalid: "The year must be a whole number from 2018 to 2100.",
  yearMismatch: (fw, year) => `Year ${year} is not evaluated under PermenPANRB ${fw}. Choose another framework or change the year.`,
  yearResolves: (fw) => `This year uses PermenPANRB ${fw}.`,
  instansiLabel: "Agency (instansi)",
  instansiHint: "Name of the central agency or regional government (optional).",
  filledByLabel: "Filled in by",
  templateLanguageLabel: "Template language",
  languageId: "Indonesian",
  languageEn: "English",
  generate: "Generate template",
  generating: "Generating the template…",
  generatedTitle: "Template generated",
  generatedBody: (sheets, first) => `New sheets: ${sheets}. Enter each indicator's level on sheet ${first}.`,
  generateFailedTitle: "Template not generated",
  generateUnavailable: "Template generation is not available in this version of the add-in.",

  functionsHeading: "SPBE.* functions",
  functionsIntro:
    "Custom worksheet functions. In Indonesian Excel their names show in Indonesian (SPBE.INDEKS); the buttons below write the formula in English (en-US) syntax, which Excel understands in every language.",
  example: "Example",
  insertExample: "Insert example",
  insertExampleLabel: (fn) => `Insert the ${fn} example in the selected cell`,
  inserted: (formula, cell) => `Formula ${formula} written to ${cell}.`,
  insertFailedTitle: "Formula not inserted",
  insertedTitle: "Formula inserted",

  plannerHeading: "Target planner",

  excelErrorTitle: "Excel refused the operation",
  excelError: (message, code, location) => `${message} (code: ${code}${location ? `; location: ${location}` : ""})`,
  unexpectedError: (message) => `Unexpected error: ${message}`,

  noHostTitle: "SPBE & Pemdi for Excel",
  noHostIntro:
    "This page is the task pane of an Excel add-in for the SPBE evaluations (PermenPANRB 59/2020, 5/2018) and the Pemdi Index (PermenPANRB 8/2026). It works only inside Excel.",
  noHostInstallHeading: "How to install",
  noHostSteps: [
    "Open Excel on the web (or Excel for Windows/Mac, Microsoft 365).",
    "Choose Insert > Add-ins > Upload My Add-in.",
    "Pick this add-in's manifest.xml, then open the pane with the “SPBE Evaluation” button on the Home tab.",
  ],
  noHostNote: "The SPBE.* functions need Microsoft 365; generated templates keep computing with plain Excel formulas.",
};

export const STRINGS: Record<Language, Strings> = { id, en };
