/** The words the unit files and the merge, conflict and recap sheets show, in Indonesian and English. */
import { GLOSSARY, practicePhrase, type Language } from "../core";

export type MergeField = "level" | "justification" | "evidence" | "notes";

export interface UnitLabels {
  readonly unit: string;
  readonly deadline: string;
  readonly coordinatorNote: string;
  /** Note on the level cell of an indicator that belongs to other units. */
  readonly otherUnit: (units: string) => string;
  readonly noUnit: string;
  readonly fields: Record<MergeField, string>;
  readonly sheets: {
    readonly log: string; readonly conflicts: string; readonly recap: string; readonly ranking: string; readonly failed: string;
    /** Holds the unit, deadline and note when the evaluation sheet's header has no room for them. */
    readonly assignment: string;
  };
  readonly log: {
    readonly title: string;
    readonly headers: readonly [string, string, string, string, string, string, string];
    readonly none: string;
  };
  readonly conflicts: {
    readonly title: string;
    readonly headers: readonly [string, string, string, string];
    readonly answer: (n: number) => string;
    readonly reason: { readonly "units-differ": string; readonly "not-assigned": string };
    readonly none: string;
  };
  readonly recap: {
    readonly unitsTitle: string;
    readonly unitHeaders: readonly [string, string, string, string, string, string, string, string, string];
    readonly indicatorsTitle: string;
    readonly indicatorHeaders: readonly [string, string, string, string, string, string];
    readonly noFile: string;
    readonly status: { readonly filled: string; readonly blank: string; readonly invalid: string; readonly conflict: string };
    readonly sharedNote: string;
  };
  readonly ranking: {
    readonly title: (indexName: string, framework: string) => string;
    readonly practice: { readonly exact: string; readonly rounded: string };
    readonly headers: readonly [string, string, string, string, string, string, string];
    readonly failedTitle: string;
    readonly failedHeaders: readonly [string, string];
  };
}

const ID: UnitLabels = {
  unit: "Unit (OPD)",
  deadline: "Batas waktu",
  coordinatorNote: "Catatan koordinator",
  otherUnit: (units) => `Indikator ini ditugaskan kepada ${units}, bukan kepada unit berkas ini: jangan diisi di sini.`,
  noUnit: "tanpa PIC",
  fields: { level: "Tingkat", justification: "Penjelasan", evidence: "Data dukung", notes: "Catatan" },
  sheets: { log: "Log Penggabungan", conflicts: "Konflik", recap: "Rekap Unit", ranking: "Rekap", failed: "Berkas Gagal", assignment: "Penugasan Unit" },
  log: {
    title: "Log penggabungan: setiap nilai kertas kerja koordinator yang diubah",
    headers: ["Indikator", "Kolom", "Sel", "Nilai lama", "Nilai baru", "Berkas sumber", "Unit"],
    none: "Tidak ada nilai yang diubah.",
  },
  conflicts: {
    title: "Konflik: jawaban yang berbeda, tidak digabungkan (nilai koordinator tetap); putuskan dan isi sendiri",
    headers: ["Indikator", "Kolom", "Nilai koordinator (tetap)", "Sebab"],
    answer: (n) => `Jawaban ${n}`,
    reason: {
      "units-differ": "unit yang ditugaskan menjawab berbeda",
      "not-assigned": "dijawab oleh unit yang tidak ditugaskan, berbeda dari koordinator",
    },
    none: "Tidak ada konflik.",
  },
  recap: {
    unitsTitle: "Rekap per unit (kontribusi indeks = tingkat x bobot / 100, tepat)",
    unitHeaders: ["Unit (OPD)", "Berkas", "Indikator", "Jumlah", "Terisi", "Belum diisi", "Tingkat (indikator:tingkat)", "Kontribusi indeks", "Dibulatkan"],
    indicatorsTitle: "Rekap per indikator",
    indicatorHeaders: ["No", "Indikator", "Bobot (%)", "Unit (OPD)", "Tingkat", "Status"],
    noFile: "(belum ada berkas)",
    status: { filled: "terisi", blank: "belum diisi", invalid: GLOSSARY.id.invalid, conflict: "konflik" },
    sharedNote: "Indikator yang ditugaskan kepada beberapa unit dihitung pada kontribusi setiap unit itu.",
  },
  ranking: {
    title: (indexName, framework) => `Peringkat ${indexName} (PermenPANRB ${framework}), dari yang tertinggi`,
    practice: { exact: `Predikat dari ${practicePhrase("exact", "id")}`, rounded: `Predikat dari ${practicePhrase("rounded", "id")}` },
    headers: ["Peringkat", "Berkas", "Instansi", "Tahun", "Indeks (tepat)", "Indeks", "Predikat"],
    failedTitle: "Berkas yang tidak dapat diperingkat",
    failedHeaders: ["Berkas", "Masalah"],
  },
};

const EN: UnitLabels = {
  unit: "Unit (OPD)",
  deadline: "Deadline",
  coordinatorNote: "Coordinator's note",
  otherUnit: (units) => `This indicator is assigned to ${units}, not to this file's unit: do not fill it in here.`,
  noUnit: "no PIC",
  fields: { level: "Level", justification: "Justification", evidence: "Evidence", notes: "Notes" },
  sheets: { log: "Merge Log", conflicts: "Conflicts", recap: "Unit Recap", ranking: "Recap", failed: "Failed Files", assignment: "Unit Assignment" },
  log: {
    title: "Merge log: every value of the coordinator's template that was changed",
    headers: ["Indicator", "Column", "Cell", "Old value", "New value", "Source file", "Unit"],
    none: "No value was changed.",
  },
  conflicts: {
    title: "Conflicts: differing answers, not merged (the coordinator's value stays); decide and enter it yourself",
    headers: ["Indicator", "Column", "Coordinator's value (kept)", "Reason"],
    answer: (n) => `Answer ${n}`,
    reason: {
      "units-differ": "the assigned units answered differently",
      "not-assigned": "answered by a unit it is not assigned to, differing from the coordinator",
    },
    none: "No conflicts.",
  },
  recap: {
    unitsTitle: "Recap per unit (index contribution = level x weight / 100, exact)",
    unitHeaders: ["Unit (OPD)", "Files", "Indicators", "Count", "Filled", "Not filled", "Levels (indicator:level)", "Index contribution", "Rounded"],
    indicatorsTitle: "Recap per indicator",
    indicatorHeaders: ["No", "Indicator", "Weight (%)", "Unit (OPD)", "Level", "Status"],
    noFile: "(no file yet)",
    status: { filled: "filled", blank: "not filled", invalid: "not allowed", conflict: "conflict" },
    sharedNote: "An indicator assigned to several units counts in the contribution of each of them.",
  },
  ranking: {
    title: (indexName, framework) => `Ranking by ${indexName} (PermenPANRB ${framework}), best first`,
    practice: { exact: `Predikat from the ${practicePhrase("exact", "en")}`, rounded: `Predikat from the ${practicePhrase("rounded", "en")}` },
    headers: ["Rank", "File", "Agency", "Year", "Index (exact)", "Index", "Predikat"],
    failedTitle: "Files that could not be ranked",
    failedHeaders: ["File", "Problem"],
  },
};

export function unitLabels(language: Language): UnitLabels {
  return language === "en" ? EN : ID;
}
