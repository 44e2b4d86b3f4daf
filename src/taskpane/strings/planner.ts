/** Rencana (Plan): the words in Indonesian, then in English (assembled in ./index.ts). */

const id = {
  plannerHeading: "Rencana target",
  plannerIntro:
    "Kenaikan tingkat termurah (satu langkah = satu tingkat, upaya 1 per langkah) yang mencapai target, dihitung dari tingkat penilaian saat ini. Indikator kosong dihitung 0.",
  plannerTargetLabel: "Target (indeks atau predikat)",
  plannerTargetHint: (bands: string) => `Misalnya 2,60 atau salah satu predikat: ${bands}.`,
  plannerTargetRequired: "Isi target: indeks (mis. 2,60) atau predikat.",
  plannerMaxRiseLabel: "Kenaikan maksimum per indikator",
  plannerMaxRiseNone: "Tanpa batas (sampai tingkat 5)",
  plannerMaxRiseOption: (n: number) => `${n} tingkat`,
  plannerPracticeLabel: "Target tercapai bila",
  plannerPracticeExact: "indeks tepat ≥ target (praktik 2024)",
  plannerPracticeRounded: "indeks 2 desimal ≥ target (praktik 2023)",
  plannerCompute: "Hitung rencana",
  plannerFailedTitle: "Rencana tidak dapat dihitung",
  plannerCurrent: "Indeks saat ini",
  plannerProjected: "Indeks proyeksi",
  plannerStepsHeading: "Indikator yang dinaikkan",
  plannerStepDetail: (from: string, to: string, gain: string) => `tingkat ${from} → ${to}: +${gain}`,
  plannerSimulated: "Simulasi, bukan hasil resmi.",
  plannerWrite: "Tulis ke kolom Target",
  plannerConfirmTitle: "Tulis target ke template?",
  plannerConfirmBody: (raised: number, sheet: string) =>
    `Kolom Target (SPBE_TARGETS) di lembar ${sheet} diisi dengan tingkat rencana: ${raised} indikator dinaikkan, yang lain tetap pada tingkat saat ini. Target yang sudah ada di kolom itu diganti. Tingkat penilaian tidak diubah.`,
  plannerConfirm: "Tulis target",
  plannerCancel: "Batal",
  plannerWrittenTitle: "Target ditulis",
  plannerWritten: (address: string) => `Tingkat rencana ditulis ke ${address}.`,
  plannerWriteFailedTitle: "Target tidak ditulis",
};

const en: typeof id = {
  plannerHeading: "Target planner",
  plannerIntro:
    "The cheapest level increases (one step = one level, effort 1 a step) that reach the target, from the current assessment levels. Blank indicators count as 0.",
  plannerTargetLabel: "Target (index or predikat)",
  plannerTargetHint: (bands) => `For example 2.60 or one of the predikat: ${bands}.`,
  plannerTargetRequired: "Enter a target: an index (e.g. 2.60) or a predikat.",
  plannerMaxRiseLabel: "Maximum rise per indicator",
  plannerMaxRiseNone: "No limit (up to level 5)",
  plannerMaxRiseOption: (n) => `${n} level${n === 1 ? "" : "s"}`,
  plannerPracticeLabel: "The target is reached when",
  plannerPracticeExact: "the exact index ≥ target (2024 practice)",
  plannerPracticeRounded: "the 2-decimal index ≥ target (2023 practice)",
  plannerCompute: "Compute the plan",
  plannerFailedTitle: "The plan cannot be computed",
  plannerCurrent: "Current index",
  plannerProjected: "Projected index",
  plannerStepsHeading: "Indicators to raise",
  plannerStepDetail: (from, to, gain) => `level ${from} → ${to}: +${gain}`,
  plannerSimulated: "Simulated, not an official result.",
  plannerWrite: "Write to the Target column",
  plannerConfirmTitle: "Write the targets into the template?",
  plannerConfirmBody: (raised, sheet) =>
    `The Target column (SPBE_TARGETS) on sheet ${sheet} gets the planned levels: ${raised} indicator(s) raised, the others kept at their current level. Targets already in that column are replaced. Assessment levels are not changed.`,
  plannerConfirm: "Write targets",
  plannerCancel: "Cancel",
  plannerWrittenTitle: "Targets written",
  plannerWritten: (address) => `Planned levels written to ${address}.`,
  plannerWriteFailedTitle: "Targets not written",
};

export const plannerStrings = { id, en };
