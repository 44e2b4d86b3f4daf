/** Template: the form that generates an evaluation template: the words in Indonesian, then in English (assembled in ./index.ts). */
import { describeFrameworkChoice, EVALUATION_YEARS, FRAMEWORKS, type FrameworkId, type Language } from "../../core";

/** One option per framework, worded from the framework data. */
function frameworkOptions(language: Language): Record<FrameworkId, string> {
  return Object.fromEntries(FRAMEWORKS.map((f) => [f.id, describeFrameworkChoice(f, language)])) as Record<FrameworkId, string>;
}

const id = {
  templateHeading: "Buat template",
  templateIntro: "Menambahkan lembar evaluasi baru ke buku kerja. Lembar yang sudah ada tidak pernah ditimpa.",
  frameworkLabel: "Kerangka",
  frameworkByYear: "Menurut tahun evaluasi",
  frameworkOption: frameworkOptions("id"),
  yearLabel: "Tahun evaluasi",
  yearHint: "Misalnya 2025. Wajib bila kerangka dipilih menurut tahun.",
  yearRequired: "Isi tahun evaluasi untuk memilih kerangka.",
  yearInvalid: `Tahun harus bilangan bulat dari ${EVALUATION_YEARS.first} sampai ${EVALUATION_YEARS.last}.`,
  yearMismatch: (fw: string, year: number) => `Tahun ${year} tidak dinilai dengan PermenPANRB ${fw}. Pilih kerangka lain atau ubah tahunnya.`,
  yearResolves: (fw: string) => `Tahun ini memakai PermenPANRB ${fw}.`,
  instansiLabel: "Instansi",
  instansiHint: "Nama instansi pusat atau pemerintah daerah (boleh dikosongkan).",
  filledByLabel: "Diisi oleh",
  templateLanguageLabel: "Bahasa template",
  evidenceLabel: "Sertakan lembar Bukti Dukung",
  evidenceHint: "Butir data dukung per indikator dan tingkat, dan tingkat yang didukung bukti (aturan kumulatif). Bawaan untuk Indeks Pemdi.",
  languageId: "Indonesia",
  languageEn: "Inggris (English)",
  generate: "Buat template",
  generating: "Membuat template…",
  generatedTitle: "Template dibuat",
  generatedBody: (sheets: string, first: string) => `Lembar baru: ${sheets}. Isi tingkat setiap indikator di lembar ${first}.`,
  generateFailedTitle: "Template tidak dibuat",
  generateUnavailable: "Pembuatan template belum tersedia di versi add-in ini.",
};

const en: typeof id = {
  templateHeading: "Generate a template",
  templateIntro: "Adds new evaluation sheets to the workbook. Existing sheets are never overwritten.",
  frameworkLabel: "Framework",
  frameworkByYear: "By evaluation year",
  frameworkOption: frameworkOptions("en"),
  yearLabel: "Evaluation year",
  yearHint: "For example 2025. Required when the framework is chosen by year.",
  yearRequired: "Enter the evaluation year to choose the framework.",
  yearInvalid: `The year must be a whole number from ${EVALUATION_YEARS.first} to ${EVALUATION_YEARS.last}.`,
  yearMismatch: (fw, year) => `Year ${year} is not evaluated under PermenPANRB ${fw}. Choose another framework or change the year.`,
  yearResolves: (fw) => `This year uses PermenPANRB ${fw}.`,
  instansiLabel: "Agency (instansi)",
  instansiHint: "Name of the central agency or regional government (optional).",
  filledByLabel: "Filled in by",
  templateLanguageLabel: "Template language",
  evidenceLabel: "Include the Bukti Dukung (evidence) sheet",
  evidenceHint: "Evidence items per indicator and level, and the level they support (cumulative rule). The default for the Pemdi Index.",
  languageId: "Indonesian",
  languageEn: "English",
  generate: "Generate template",
  generating: "Generating the template…",
  generatedTitle: "Template generated",
  generatedBody: (sheets, first) => `New sheets: ${sheets}. Enter each indicator's level on sheet ${first}.`,
  generateFailedTitle: "Template not generated",
  generateUnavailable: "Template generation is not available in this version of the add-in.",
};

export const templateStrings = { id, en };
