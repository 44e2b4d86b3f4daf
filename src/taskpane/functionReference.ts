/**
 * The reference of every SPBE.* custom function shown in the Fungsi view: one entry per function declared in
 * src/functions/functions.ts and src/functions/planFunctions.ts (its JSDoc is the contract; Indonesian names from src/functions/functions.id.json).
 * Examples are en-US formulas (comma separators, TRUE), written with range.formulas and shown in the user's locale
 * (src/excel/formulaText.ts); SPBE_LEVELS is the level range a template defines.
 */

export interface FunctionEntry {
  /** Excel id: =SPBE.<id>(...); the name Indonesian Excel shows is in src/functions/functions.id.json (INDONESIAN_NAMES). */
  readonly id: string;
  /** Arguments in brackets when optional. */
  readonly signature: string;
  readonly description: { readonly id: string; readonly en: string };
  /** en-US formula. */
  readonly example: string;
  /** What the example gives. */
  readonly result: { readonly id: string; readonly en: string };
}

export const FUNCTION_REFERENCE: readonly FunctionEntry[] = [
  {
    id: "INDEX",
    signature: "levels, [framework], [rounded], [indicators]",
    description: {
      id: "Indeks keseluruhan (Indeks SPBE atau Indeks Pemdi) dari satu tingkat per indikator, dihitung tepat.",
      en: "Overall index (SPBE Index or Pemdi Index) of one level per indicator, computed exactly.",
    },
    example: '=SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE)',
    result: { id: "Indeks resmi 2 desimal dari tingkat template.", en: "The official 2-decimal index of the template's levels." },
  },
  {
    id: "CATEGORY",
    signature: "index, [framework], [language]",
    description: {
      id: "Predikat sebuah indeks apa adanya: indeks tepat untuk praktik 2024, indeks 2 desimal untuk praktik 2023.",
      en: "Predikat of an index as given: the exact index for the 2024 practice, the 2-decimal one for the 2023 practice.",
    },
    example: '=SPBE.CATEGORY(3.4985, "59/2020")',
    result: { id: '"Baik" (praktik 2024).', en: '"Baik" (2024 practice).' },
  },
  {
    id: "DOMAIN",
    signature: "levels, domain, [framework], [rounded], [indicators]",
    description: {
      id: "Indeks satu domain (59/2020 dan 5/2018; Indeks Pemdi tidak memiliki domain).",
      en: "Index of one domain (59/2020 and 5/2018; the Pemdi Index has no domains).",
    },
    example: '=SPBE.DOMAIN(SPBE_LEVELS, "D4", , TRUE)',
    result: { id: "Indeks Domain 4 (Layanan SPBE), 2 desimal.", en: "Index of domain 4 (SPBE Services), 2 decimals." },
  },
  {
    id: "ASPECT",
    signature: "levels, aspect, [framework], [rounded], [indicators]",
    description: { id: "Indeks satu aspek.", en: "Index of one aspect." },
    example: '=SPBE.ASPECT(SPBE_LEVELS, "A3")',
    result: { id: "Indeks tepat Aspek 3.", en: "Exact index of aspect 3." },
  },
  {
    id: "SCORES",
    signature: "levels, [framework], [language], [indicators]",
    description: {
      id: "Tabel semua aspek, domain dan indeks: nama, bobot, nilai tepat dan 2 desimal, predikat menurut kedua praktik.",
      en: "Table of every aspect, every domain and the index: names, weights, exact and 2-decimal values, predikat under both practices.",
    },
    example: '=SPBE.SCORES(SPBE_LEVELS, , "id")',
    result: { id: "Tabel yang melebar ke bawah dan ke kanan.", en: "A table that spills below and to the right." },
  },
  {
    id: "WEIGHT",
    signature: "indicator, [framework]",
    description: { id: "Bobot sebuah indikator, dalam persen indeks.", en: "Weight of an indicator, in percent of the index." },
    example: '=SPBE.WEIGHT(42, "59/2020")',
    result: { id: "3 (persen).", en: "3 (percent)." },
  },
  {
    id: "INDICATOR",
    signature: "indicator, [framework], [language]",
    description: { id: "Nama resmi sebuah indikator.", en: "Official name of an indicator." },
    example: '=SPBE.INDICATOR(1, "59/2020")',
    result: {
      id: '"Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah".',
      en: '"Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah" (official Indonesian name).',
    },
  },
  {
    id: "LEVELNAME",
    signature: "level, indicator, [framework], [language]",
    description: {
      id: "Nama resmi sebuah tingkat indikator (59/2020: Rintisan … Optimum untuk indikator 1-31, Informasi … Optimum untuk 32-47; 8/2026: Merintis … Unggul, juga untuk nilai kontinu seperti 2,26).",
      en: "Official name of a level of an indicator (59/2020: Rintisan … Optimum for indicators 1-31, Informasi … Optimum for 32-47; 8/2026: Merintis … Unggul, also for continuous values such as 2.26).",
    },
    example: '=SPBE.LEVELNAME(3, 32, "59/2020")',
    result: { id: '"Transaksi".', en: '"Transaksi" (Transaction).' },
  },
  {
    id: "LEVEL",
    signature: "text, [indicator], [framework]",
    description: {
      id: 'Tingkat yang ditulis sebagai teks menjadi angka: "3", "Level 3", "Tingkat 3", "3 - Terdefinisi", atau nama tingkat saja.',
      en: 'A level written as text, as a number: "3", "Level 3", "Tingkat 3", "3 - Terdefinisi", or a level name alone.',
    },
    example: '=SPBE.LEVEL("3 - Terdefinisi")',
    result: { id: "3.", en: "3." },
  },
  {
    id: "PROGRESS",
    signature: "levels, [framework], [indicators]",
    description: {
      id: "Bagian indikator yang sudah diisi (0 sampai 1); setiap sel terisi diperiksa.",
      en: "Share of indicators already filled in (0 to 1); every filled cell is checked.",
    },
    example: "=SPBE.PROGRESS(SPBE_LEVELS)",
    result: { id: "Mis. 0,85 (format sebagai persen).", en: "E.g. 0.85 (format as a percentage)." },
  },
  {
    id: "MISSING",
    signature: "levels, [framework], [indicators]",
    description: {
      id: "Nomor indikator yang belum diisi; teks kosong bila semua terisi.",
      en: "Numbers of the indicators not filled in yet; empty text when all are filled.",
    },
    example: "=SPBE.MISSING(SPBE_LEVELS)",
    result: { id: 'Mis. "3, 17, 42".', en: 'E.g. "3, 17, 42".' },
  },
  {
    id: "THRESHOLD",
    signature: "predikat, [framework]",
    description: {
      id: "Indeks terendah sebuah predikat: angka yang harus dicapai.",
      en: "Lowest index of a predikat band: the number to reach.",
    },
    example: '=SPBE.THRESHOLD("Baik", "59/2020")',
    result: { id: "2,6 (8/2026: 2,5).", en: "2.6 (8/2026: 2.5)." },
  },
  {
    id: "PLAN",
    signature: "levels, target, [framework], [maxRise], [effort], [language], [indicators]",
    description: {
      id: "Kenaikan tingkat termurah (satu langkah = satu tingkat) untuk mencapai target indeks atau predikat (indeks tepat, praktik 2024).",
      en: "Cheapest level increases (one step = one level) that reach a target index or predikat (exact index, 2024 practice).",
    },
    example: '=SPBE.PLAN(SPBE_LEVELS, "Baik", , 1)',
    result: {
      id: "Tabel indikator yang dinaikkan (dari, ke, kenaikan indeks) dengan penjelasan di baris terakhir.",
      en: "A table of the indicators to raise (from, to, index gain), explained in its last row.",
    },
  },
  {
    id: "GAP",
    signature: "levels, target, [framework], [indicators]",
    description: {
      id: "Poin indeks yang masih kurang untuk mencapai target indeks atau predikat; 0 bila sudah tercapai.",
      en: "Index points still missing to reach a target index or predikat; 0 when reached.",
    },
    example: "=SPBE.GAP(SPBE_LEVELS, 2.6)",
    result: { id: "Mis. 1 dari 1,60 ke 2,60.", en: "E.g. 1 from 1.60 to 2.60." },
  },
  {
    id: "EVIDENCELEVEL",
    signature: "items, statuses, indicator, [framework]",
    description: {
      id: "Tingkat yang didukung bukti sebuah indikator (aturan kumulatif): n tertinggi sehingga setiap tingkat 1..n punya butir dan semuanya diterima.",
      en: "Level an indicator's evidence supports (cumulative rule): the highest n such that every level 1..n has items and all are accepted.",
    },
    example: "=SPBE.EVIDENCELEVEL(SPBE_EVIDENCE_ITEMS, SPBE_EVIDENCE_STATUS, 4)",
    result: { id: "Mis. 2 bila butir I4-L1 dan I4-L2 diterima semuanya dan I4-L3 belum.", en: "E.g. 2 when every I4-L1 and I4-L2 item is accepted and I4-L3 is not." },
  },
  {
    id: "EXTERNAL",
    signature: "indicator, score, [framework]",
    description: {
      id: "Nilai indikator eksternal Pemdi dari skor indeks sumbernya, bila konversinya dipublikasikan (SDI ke I5: linear dalam pita).",
      en: "Value of a Pemdi external indicator from its source index score, where a conversion is published (SDI to I5: linear within the bands).",
    },
    example: "=SPBE.EXTERNAL(5, 68.75)",
    result: { id: "3,75.", en: "3.75." },
  },
];
