/**
 * The words of the CLI's reports for people (score, plan, merge, recap, split), Indonesian first, then English.
 * Messages of errors and warnings are in ./messages.ts; domain terms come from the core glossary.
 */
import type { ScoreResult } from "./commands/score";

export const REPORT_LABELS = {
  id: {
    file: "Kertas kerja",
    framework: "Kerangka",
    aspect: "Aspek",
    domain: "Domain",
    index2: "Indeks",
    exact: "Nilai tepat",
    predikat: "Predikat",
    practice: { exact: "praktik 2024: dari indeks tepat", rounded: "praktik 2023: dari indeks 2 desimal" },
    zero: "bernilai 0 (belum terpenuhi / belum dinilai)",
    indicators: "Indikator",
    table: (t: NonNullable<ScoreResult["table"]>) =>
      `Tabel sendiri (bukan template): lembar "${t.sheet}", kunci indikator ${t.keyRange}, tingkat ${t.levelRange}; kerangka ${
        { argument: "dari opsi --framework", keys: "dari kunci indikator", year: "dari tahun di judul tabel" }[t.frameworkFrom]
      }; ${t.skipped} baris tanpa kunci indikator dilewati.`,
    status: {
      verified: "",
      secondary: "Catatan: bobot kerangka ini bersumber sekunder (dua implementasi independen yang mengutip teksnya).",
      reconstructed: "Catatan: kerangka ini direkonstruksi dari sistem sebuah pemerintah daerah; sebutkan hal ini bila hasilnya dikutip.",
    },
    history: (name: string, id: string, value: string, predikat: string, indexName: string) =>
      `Riwayat: ${name} (PermenPANRB ${id}) ${value}, ${predikat}; kerangka lain, tidak dihitung ke dalam ${indexName}.`,
    declines: "Turun dari tahun lalu",
    noDeclines: "Tidak ada indikator yang turun dari tahun lalu.",
    fellFrom: "turun dari",
    stages: {
      title: "Tahapan",
      notComplete: (blanks: number, invalid: number) => (invalid > 0 ? `${invalid} tidak valid` : `belum lengkap (${blanks} kosong)`),
      change: "Perubahan indeks",
      fell: "turun",
      noFalls: "tidak ada yang turun",
      unknownKeys: (list: string) => `Tahapan: baris tempelan berisi nilai tetapi kodenya tidak dikenal: ${list}. Tulis nomor indikator (6) atau kodenya (I6).`,
      invalidCells: (list: string) => `Tahapan: nilai tempelan tidak valid: ${list}.`,
      conflicts: (list: string) => `Tahapan: indikator yang ditempel dua kali dengan nilai berbeda: ${list}.`,
    },
    evidence: {
      supported: "Bukti dukung, tingkat yang didukung bukti",
      above: "Klaim di atas bukti",
      noneAbove: "Tidak ada klaim di atas bukti.",
      accepted: (accepted: number, items: number) => `Butir diterima: ${accepted} dari ${items}.`,
      overdue: "Lewat tenggat",
      invalidCodes: (list: string) => `Bukti dukung: tingkat yang didukung bukti belum dapat dihitung, kode butir tidak valid: ${list}. Kode yang benar: I{indikator}-L{tingkat}-{nomor}, mis. I4-L2-02.`,
    },
  },
  en: {
    file: "Template",
    framework: "Framework",
    aspect: "Aspect",
    domain: "Domain",
    index2: "Index",
    exact: "Exact value",
    predikat: "Predikat",
    practice: { exact: "2024 practice: from the exact index", rounded: "2023 practice: from the 2-decimal index" },
    zero: "scored 0 (not met / not scored)",
    indicators: "Indicators",
    table: (t: NonNullable<ScoreResult["table"]>) =>
      `Own table (not a template): sheet "${t.sheet}", indicator keys ${t.keyRange}, levels ${t.levelRange}; framework ${
        { argument: "from --framework", keys: "from the indicator keys", year: "from the year in the table's title" }[t.frameworkFrom]
      }; ${t.skipped} rows without an indicator key skipped.`,
    status: {
      verified: "",
      secondary: "Note: this framework's weights come from secondary sources (two independent implementations quoting the text).",
      reconstructed: "Note: this framework is reconstructed from a local government's system; say so when quoting the result.",
    },
    history: (name: string, id: string, value: string, predikat: string, indexName: string) =>
      `History: ${name} (PermenPANRB ${id}) ${value}, ${predikat}; another framework, not counted in the ${indexName}.`,
    declines: "Below last year",
    noDeclines: "No indicator is below last year's value.",
    fellFrom: "fell from",
    stages: {
      title: "Stages",
      notComplete: (blanks: number, invalid: number) => (invalid > 0 ? `${invalid} not allowed` : `incomplete (${blanks} blank)`),
      change: "Change of index",
      fell: "fell",
      noFalls: "none fell",
      unknownKeys: (list: string) => `Stages: pasted rows hold a value but their code is not recognised: ${list}. Write the indicator number (6) or its code (I6).`,
      invalidCells: (list: string) => `Stages: pasted values not allowed: ${list}.`,
      conflicts: (list: string) => `Stages: indicators pasted twice with different values: ${list}.`,
    },
    evidence: {
      supported: "Evidence, level supported by evidence",
      above: "Claims above their evidence",
      noneAbove: "No claim is above its evidence.",
      accepted: (accepted: number, items: number) => `Items accepted: ${accepted} of ${items}.`,
      overdue: "Overdue",
      invalidCodes: (list: string) => `Evidence: the levels supported cannot be computed yet, item codes that are not codes: ${list}. A code reads I{indicator}-L{level}-{number}, e.g. I4-L2-02.`,
    },
  },
} as const;

export const PLAN_LABELS = {
  id: { file: "Kertas kerja", framework: "Kerangka", headings: ["No", "Indikator", "Dari", "Ke", "Kenaikan indeks"], index: "Indeks" },
  en: { file: "Template", framework: "Framework", headings: ["No", "Indicator", "From", "To", "Index gain"], index: "Index" },
} as const;

export const MERGE_LABELS = {
  id: {
    fields: { level: "tingkat", justification: "penjelasan", evidence: "data dukung", notes: "catatan" },
    blank: "(kosong)",
    summary: (out: string, merged: number, total: number, changes: number, log: string, conflicts: number, conflictSheet: string) =>
      `${out}: ${merged} dari ${total} berkas unit digabungkan, ${changes} nilai diubah (lembar "${log}"), ${conflicts} konflik (lembar "${conflictSheet}").`,
    conflictsTitle: "Konflik (nilai koordinator tetap; putuskan di berkas hasil):",
    notAssigned: ", tidak ditugaskan",
    indicator: "Indikator",
    coordinator: "koordinator",
    completenessTitle: "Kelengkapan per unit:",
    noFile: "belum ada berkas",
    stillBlank: "belum diisi",
    filled: "terisi",
  },
  en: {
    fields: { level: "level", justification: "justification", evidence: "evidence", notes: "notes" },
    blank: "(blank)",
    summary: (out: string, merged: number, total: number, changes: number, log: string, conflicts: number, conflictSheet: string) =>
      `${out}: ${merged} of ${total} unit files merged, ${changes} values changed (sheet "${log}"), ${conflicts} conflicts (sheet "${conflictSheet}").`,
    conflictsTitle: "Conflicts (the coordinator's value stays; decide in the merged file):",
    notAssigned: ", not assigned",
    indicator: "Indicator",
    coordinator: "coordinator",
    completenessTitle: "Completeness per unit:",
    noFile: "no file returned",
    stillBlank: "still blank",
    filled: "filled",
  },
} as const;

export const RECAP_LABELS = {
  id: { header: ["Peringkat", "Indeks", "Predikat", "Berkas"], notRanked: (n: number) => `Tidak diperingkat (${n}):` },
  en: { header: ["Rank", "Index", "Predikat", "File"], notRanked: (n: number) => `Not ranked (${n}):` },
} as const;

export const SPLIT_LABELS = {
  id: { indicators: "indikator", unassigned: (n: number, list: string) => `Tanpa PIC (tidak dikirim ke unit mana pun): ${n} indikator: ${list}` },
  en: { indicators: "indicators", unassigned: (n: number, list: string) => `No PIC (in no unit's file): ${n} indicators: ${list}` },
} as const;
