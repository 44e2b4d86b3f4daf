/** The pane's frame (title, language switch, tabs) and the error texts every view shares: the words in Indonesian, then in English (assembled in ./index.ts). */

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
};

export const appStrings = { id, en };
