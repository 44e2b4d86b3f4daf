/** Diagnostik: the in-Excel self-test: the words in Indonesian, then in English (assembled in ./index.ts). */
import type { SelfTestCheckId } from "../selfTestModel";

const id = {
  selfTestBack: "Kembali",
  selfTestIntro:
    "Menguji add-in di Excel ini dengan hasil resmi Kementerian Komunikasi dan Informatika 2024 (indeks tepat 4,745; resmi 4,75, Memuaskan): membuat template di lembar baru, mengisinya, membiarkan Excel menghitung, membandingkan rumus Excel, fungsi SPBE.* dan mesin hitung, lalu menghapus lembar-lembar itu. Lembar Anda tidak disentuh.",
  selfTestRun: "Jalankan uji mandiri",
  selfTestRunning: "Menguji…",
  selfTestFailedTitle: "Uji mandiri terhenti",
  selfTestSummary: (passed: number, total: number) => `${passed} dari ${total} pemeriksaan lolos.`,
  selfTestReportLabel: "Laporan untuk pesan dukungan",
  selfTestCopy: "Salin laporan",
  selfTestCopied: "Laporan disalin.",
  selfTestPass: "LOLOS",
  selfTestFail: "GAGAL",
  selfTestYes: "ya",
  selfTestNo: "tidak",
  selfTestSeen: (what: string) => `terbaca ${what}`,
  selfTestMissing: (what: string) => `tidak ada: ${what}`,
  selfTestSetsAll: "semua set persyaratan yang dibutuhkan tersedia",
  selfTestSetsMissing: (sets: string) => `tidak tersedia: ${sets}`,
  /** Numbers come formatted (src/core/format.ts). */
  selfTestEngine: (exact: string, rounded: string, predikat: string, published: string, publishedPredikat: string) =>
    `mesin: ${exact} → ${rounded} ${predikat}; resmi: ${published} ${publishedPredikat}`,
  selfTestNoSpill: "tidak ada tabel yang melebar (Excel tanpa ExcelApi 1.12, atau SPBE.SCORES tidak dihitung)",
  selfTestSpill: (rows: number, columns: number) => `tabel ${rows} baris × ${columns} kolom`,
  selfTestCheck: {
    requirements: "Set persyaratan",
    engine: "Mesin hitung = hasil resmi",
    native: "Rumus Excel template (indeks, 2 desimal, predikat)",
    registered: "Fungsi SPBE.* terdaftar",
    custom: "SPBE.INDEX di sel (tepat / 2 desimal)",
    scores: "SPBE.SCORES melebar",
    localNames: "Rumus ditulis dengan nama fungsi bahasa tampilan",
    names: "Nama terdefinisi template",
    validation: "Validasi sel tingkat",
    protection: "Lembar evaluasi terkunci",
    chart: "Grafik ringkasan",
    cleanup: "Lembar uji dihapus",
  } as Record<SelfTestCheckId, string>,
};

const en: typeof id = {
  selfTestBack: "Back",
  selfTestIntro:
    "Tests the add-in in this Excel with the published 2024 result of Kementerian Komunikasi dan Informatika (exact index 4.745; official 4.75, Memuaskan): it makes a template in new sheets, fills it, lets Excel calculate, compares Excel's formulas, the SPBE.* functions and the engine, then deletes those sheets. Your sheets are not touched.",
  selfTestRun: "Run the self-test",
  selfTestRunning: "Testing…",
  selfTestFailedTitle: "The self-test stopped",
  selfTestSummary: (passed, total) => `${passed} of ${total} checks passed.`,
  selfTestReportLabel: "Report for a support message",
  selfTestCopy: "Copy the report",
  selfTestCopied: "Report copied.",
  selfTestPass: "PASS",
  selfTestFail: "FAIL",
  selfTestYes: "yes",
  selfTestNo: "no",
  selfTestSeen: (what) => `read ${what}`,
  selfTestMissing: (what) => `missing: ${what}`,
  selfTestSetsAll: "every requirement set needed is available",
  selfTestSetsMissing: (sets) => `not available: ${sets}`,
  selfTestEngine: (exact, rounded, predikat, published, publishedPredikat) => `engine: ${exact} → ${rounded} ${predikat}; published: ${published} ${publishedPredikat}`,
  selfTestNoSpill: "no spilled table (Excel without ExcelApi 1.12, or SPBE.SCORES not computed)",
  selfTestSpill: (rows, columns) => `table of ${rows} rows × ${columns} columns`,
  selfTestCheck: {
    requirements: "Requirement sets",
    engine: "Engine = published result",
    native: "Template's Excel formulas (index, 2 decimals, predikat)",
    registered: "SPBE.* functions registered",
    custom: "SPBE.INDEX in a cell (exact / 2 decimals)",
    scores: "SPBE.SCORES spills",
    localNames: "Formulas written with the display language's function names",
    names: "Template's defined names",
    validation: "Validation of the level cells",
    protection: "Evaluation sheet protected",
    chart: "Summary chart",
    cleanup: "Test sheets removed",
  },
};

export const diagnosticsStrings = { id, en };
