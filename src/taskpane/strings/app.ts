/** The pane's frame (title, language switch, tabs, the Diagnostik link) and the error texts every view shares: the words in Indonesian, then in English (assembled in ./index.ts). */

const id = {
  appTitle: "SPBE & Pemdi",
  appSubtitle: "Evaluasi SPBE dan Pemerintah Digital",
  switchLanguage: "English",
  switchLanguageLang: "en",
  tabsLabel: "Tampilan",
  tabSummary: "Ringkasan",
  loadingView: "Memuat tampilan...",
  tabTemplate: "Template",
  tabFunctions: "Fungsi",
  tabPlanner: "Rencana",
  tabUnits: "Unit/OPD",
  excelError: (message: string, code: string, location: string | undefined) =>
    `${message} (kode: ${code}${location ? `; lokasi: ${location}` : ""})`,
  unexpectedError: (message: string) => `Kesalahan tak terduga: ${message}`,
  tabConnect: "Hubungkan",
  selfTestOpen: "Diagnostik",
  selfTestHeading: "Diagnostik: uji mandiri di Excel ini",
  unitsChangedSinceReview: (cells: string) =>
    `Sel ${cells} berubah sejak diperiksa; tidak ada yang ditulis. Tekan Periksa lagi.`,
  connectOccupiedNow: (cells: string) => `Sel ${cells} terisi sejak Anda memeriksa; tidak ada yang ditulis. Coba lagi.`,
};

const en: typeof id = {
  appTitle: "SPBE & Pemdi",
  appSubtitle: "E-government (SPBE) and digital government evaluations",
  switchLanguage: "Bahasa Indonesia",
  switchLanguageLang: "id",
  tabsLabel: "Views",
  tabSummary: "Summary",
  loadingView: "Loading the view...",
  tabTemplate: "Template",
  tabFunctions: "Functions",
  tabPlanner: "Planner",
  tabUnits: "Units",
  excelError: (message, code, location) => `${message} (code: ${code}${location ? `; location: ${location}` : ""})`,
  unexpectedError: (message) => `Unexpected error: ${message}`,
  tabConnect: "Connect",
  selfTestOpen: "Diagnostics",
  selfTestHeading: "Diagnostics: self-test in this Excel",
  unitsChangedSinceReview: (cells) => `Cells ${cells} changed since the review; nothing was written. Press Review again.`,
  connectOccupiedNow: (cells) => `Cells ${cells} were filled since you checked; nothing was written. Try again.`,
};

export const appStrings = { id, en };
