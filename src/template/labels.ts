/** Interface text of the template, Indonesian first. Names of indicators, aspects, domains and predikat stay official Indonesian. */
import type { Language, PredikatPractice } from "../core";
import type { EvaluationColumnKey, EvidenceItemColumnKey, EvidenceRecapColumnKey } from "./layout";

/** The leader report sheet (Laporan Pimpinan): one A4 page for the leaders, from the core's leaderReport. */
export interface LeaderReportLabels {
  readonly sheetName: string;
  readonly title: (indexName: string) => string;
  readonly framework: (indexName: string, frameworkId: string, practice: string) => string;
  readonly practice: Readonly<Record<PredikatPractice, string>>;
  readonly official: string;
  readonly simulation: string;
  readonly made: (day: string, product: string) => string;
  readonly toNextBand: (gap: string, predikat: string) => string;
  readonly topBand: string;
  readonly columns: {
    readonly code: string; readonly aspect: string; readonly value: string; readonly target: string; readonly gap: string;
    readonly predikat: string; readonly lastYear: string; readonly no: string; readonly indicator: string; readonly from: string;
    readonly to: string; readonly gain: string; readonly pic: string;
  };
  readonly chartTitle: string;
  readonly aimTarget: (target: string) => string;
  readonly aimNextBand: (predikat: string, floor: string) => string;
  readonly stepsTitle: (aim: string) => string;
  readonly unreachable: (aim: string) => string;
  readonly moreSteps: (count: number) => string;
  readonly footnote: string;
}

export interface TemplateLabels {
  readonly sheetNames: { readonly evaluation: string; readonly summary: string; readonly stages: string; readonly reference: string; readonly evidence: string };
  readonly evaluationTitle: (indexName: string) => string;
  readonly instansi: string;
  readonly year: string;
  readonly framework: string;
  readonly filledBy: string;
  readonly guidance: string;
  readonly statusSecondary: string;
  readonly statusReconstructed: string;
  /** The header of each evaluation column, by the key of `EVALUATION_COLUMNS` (layout.ts). */
  readonly columns: Readonly<Record<EvaluationColumnKey, string>>;
  readonly noDomain: string;
  /** "turun dari 2,50" / "naik dari 2,50": this year's self-assessment against last year's value. */
  readonly fellFrom: string;
  readonly roseFrom: string;
  readonly invalidLevel: string;
  readonly decimalLevel: string;
  readonly invalid: string;
  readonly cells: string;
  readonly incomplete: string;
  readonly blanks: string;
  readonly validationTitle: string;
  readonly validationPrompt: (names: string) => string;
  /** The prompt of a scale with value bands (Pemdi): the names, then what a continuous value means. */
  readonly validationPromptBands: (names: string, bands: string) => string;
  readonly validationErrorTitle: string;
  readonly validationError: (min: number, max: number) => string;
  readonly summaryTitle: (indexName: string) => string;
  readonly indexExact: (indexName: string) => string;
  readonly indexRounded: (indexName: string) => string;
  readonly predikatExact: string;
  readonly predikatRounded: string;
  readonly targetExact: string;
  readonly targetRounded: string;
  readonly targetPredikat: string;
  readonly targetGap: string;
  readonly officialExact: string;
  readonly officialRounded: string;
  readonly officialPredikat: string;
  readonly stageExact: string;
  readonly summaryNote: string;
  readonly summaryColumns: {
    readonly code: string; readonly name: string; readonly weight: string; readonly index: string; readonly rounded: string;
    readonly target: string; readonly targetRounded: string; readonly gap: string; readonly official: string; readonly officialRounded: string;
    readonly lastYear: string; readonly lastYearRounded: string;
    readonly den: string; readonly num: string; readonly blanks: string; readonly invalid: string; readonly hundredths: string;
  };
  readonly seriesNames: readonly [string, string, string, string];
  readonly chartTitle: string;
  readonly referenceTitle: (indexName: string) => string;
  readonly referenceSource: (regulation: string) => string;
  readonly referenceNone: (regulation: string) => string;
  /** Criteria from training modules, not the regulation: said on the sheet, as a warning. */
  readonly referenceSourceModules: (regulation: string) => string;
  readonly referenceColumns: {
    readonly no: string; readonly aspect: string; readonly indicator: string; readonly question: string; readonly description: string;
    readonly level: (n: number) => string; readonly externalSource: string;
  };
  /** The block of indicators whose value is another agency's index (Pemdi), below the indicator rows. */
  readonly external: {
    readonly title: string;
    readonly columns: { readonly no: string; readonly index: string; readonly source: string; readonly indicator: string; readonly score: string; readonly value: string; readonly remark: string };
    readonly assumed: string;
    readonly converted: string;
    readonly noConversion: string;
    readonly invalid: string;
    readonly promptTitle: string;
    readonly prompt: string;
    readonly errorMessage: string;
  };
  /** The Ringkasan's history row: the previous framework's last index, apart from this one. */
  readonly history: {
    readonly title: (indexName: string) => string;
    readonly label: (name: string, frameworkId: string) => string;
    readonly note: (indexName: string) => string;
    readonly promptTitle: string;
    readonly prompt: (name: string, indexName: string) => string;
  };
  /** The Tahapan sheet (each stage's values and index; the pasted results). Stage names come from the glossary. */
  readonly stages: {
    readonly title: (indexName: string) => string;
    readonly note: string;
    readonly columns: { readonly no: string; readonly indicator: string; readonly weight: string };
    readonly changeColumn: (stage: string) => string;
    readonly pointsColumn: (stage: string) => string;
    readonly conflict: string;
    readonly indexChange: string;
    readonly fell: string;
    readonly pasteTitle: string;
    readonly pasteKey: string;
    readonly readAs: string;
    readonly unknownKey: string;
    readonly unknownKeys: string;
    /** A bare number above Pemdi codes: an aspect heading, skipped. */
    readonly heading: string;
    readonly pastePromptTitle: string;
    readonly pastePrompt: string;
  };
  /** The Bukti Dukung sheet (evidence items and the cumulative rule). */
  readonly evidence: {
    readonly title: (indexName: string) => string;
    readonly note: string;
    readonly invalidCodes: string;
    readonly itemColumns: Readonly<Record<EvidenceItemColumnKey, string>>;
    /** Headers of the recap; `level(n)` and the status columns take their words from the glossary. */
    readonly recapColumns: Readonly<Record<Exclude<EvidenceRecapColumnKey, `level${number}` | `status${number}` | `ok${number}`>, string>>;
    readonly levelColumn: (n: number) => string;
    readonly recapTitle: string;
    readonly picTitle: string;
    readonly picColumn: string;
    readonly invalidCode: string;
    readonly overdue: string;
    readonly aboveEvidence: string;
    readonly codes: string;
    readonly statusPromptTitle: string;
    readonly statusPrompt: (words: string) => string;
    readonly statusErrorTitle: string;
    readonly statusError: (words: string) => string;
    readonly revisionPromptTitle: string;
    readonly revisionPrompt: (words: string) => string;
  };
  readonly report: LeaderReportLabels;
}

const ID: TemplateLabels = {
  sheetNames: { evaluation: "Kertas Kerja", summary: "Ringkasan", stages: "Tahapan", reference: "Referensi", evidence: "Bukti Dukung" },
  evaluationTitle: (indexName) => `Kertas Kerja Penilaian Mandiri ${indexName}`,
  instansi: "Instansi",
  year: "Tahun evaluasi",
  framework: "Kerangka",
  filledBy: "Diisi oleh",
  guidance:
    "Isi sel berwarna kuning. Tingkat: angka 0-5, paling banyak dua desimal (0 = belum terpenuhi/belum dinilai). Sel kosong membuat indeks berstatus \"belum lengkap\". Hasil resmi yang dikosongkan diambil dari hasil Akhir yang ditempel di lembar Tahapan.",
  statusSecondary: "Status data kerangka: sekunder (dua implementasi independen yang mengutip peraturan sepakat; teks resmi belum diperiksa).",
  statusReconstructed: "Status data kerangka: rekonstruksi (dari sistem pemantauan daerah, bukan dari teks peraturan); hasil berlabel rekonstruksi.",
  columns: {
    no: "No", domain: "Domain", aspect: "Aspek", indicator: "Indikator", weight: "Bobot (%)",
    level: "Tingkat (penilaian mandiri)", levelName: "Nama tingkat", justification: "Penjelasan (FAKTA dan ANALISIS)",
    evidence: "Data dukung", pic: "PIC / OPD", target: "Target tingkat", gap: "Gap", official: "Tingkat hasil evaluasi (resmi)",
    lastYear: "Tingkat tahun lalu", change: "Perubahan dari tahun lalu",
    notes: "Catatan", weightUnits: "Bobot (satuan bulat)", levelH: "Tingkat x 100", targetH: "Target x 100",
    officialH: "Resmi x 100", lastYearH: "Tahun lalu x 100",
  },
  noDomain: "-",
  fellFrom: "turun dari",
  roseFrom: "naik dari",
  invalidLevel: "(tidak valid)",
  decimalLevel: "(desimal)",
  invalid: "tidak valid",
  cells: "sel",
  incomplete: "belum lengkap",
  blanks: "kosong",
  validationTitle: "Tingkat",
  validationPrompt: (names) => `${names}. Boleh desimal (paling banyak dua).`,
  validationPromptBands: (names, bands) => `${names}. Nilai kontinu (paling banyak dua desimal) menurut pita: ${bands}.`,
  validationErrorTitle: "Tingkat tidak valid",
  validationError: (min, max) => `Isi angka ${min} sampai ${max}, paling banyak dua desimal (0 = belum terpenuhi/belum dinilai).`,
  summaryTitle: (indexName) => `Ringkasan ${indexName}`,
  indexExact: (indexName) => `${indexName} (tepat)`,
  indexRounded: (indexName) => `${indexName} (2 desimal, pembulatan setengah ke atas)`,
  predikatExact: "Predikat (praktik 2024: dari indeks tepat)",
  predikatRounded: "Predikat (praktik 2023: dari indeks 2 desimal)",
  targetExact: "Target indeks (tepat, dari kolom Target tingkat)",
  targetRounded: "Target indeks (2 desimal)",
  targetPredikat: "Predikat target (praktik 2024)",
  targetGap: "Gap ke target (2 desimal)",
  officialExact: "Indeks hasil evaluasi resmi (tepat)",
  officialRounded: "Indeks hasil evaluasi resmi (2 desimal)",
  officialPredikat: "Predikat hasil evaluasi resmi (praktik 2024)",
  stageExact: "Tahap kematangan Pemdi (dari indeks tepat)",
  summaryNote:
    "Semua nilai dihitung dengan aritmetika bilangan bulat (tingkat x 100 x bobot bulat), sehingga pembulatan di ,xx5 tepat di Excel, LibreOffice dan mesin lain. Nilai simulasi (target) terpisah dari hasil resmi.",
  summaryColumns: {
    code: "Kode", name: "Nama", weight: "Bobot (%)", index: "Indeks (tepat)", rounded: "Indeks (2 desimal)",
    target: "Target (tepat)", targetRounded: "Target (2 desimal)", gap: "Gap (2 desimal)", official: "Hasil resmi (tepat)",
    officialRounded: "Hasil resmi (2 desimal)", lastYear: "Tahun lalu (tepat)", lastYearRounded: "Tahun lalu (2 desimal)", den: "Penyebut", num: "Pembilang", blanks: "Kosong", invalid: "Tidak valid",
    hundredths: "Dibulatkan x 100",
  },
  seriesNames: ["mandiri", "target", "resmi", "tahun lalu"],
  chartTitle: "Indeks per aspek",
  referenceTitle: (indexName) => `Referensi kriteria tingkat - ${indexName}`,
  referenceSource: (regulation) =>
    `Sumber: ${regulation}, Lampiran Bab II huruf E (Kuesioner). Teks hasil konversi PDF, dapat memuat kekeliruan kata: rujuk dokumen resmi.`,
  referenceNone: (regulation) =>
    `Kriteria tingkat per indikator untuk kerangka ini belum tersedia dalam add-in. Rujuk ${regulation} dan pedoman teknisnya.`,
  referenceSourceModules: (regulation) =>
    `Sumber sekunder: kriteria dari modul pelatihan KemenPANRB 2026 (Modul Indikator) dan deskripsi dari Lampiran peraturan, sebagaimana diekstrak sebuah tim pemerintah daerah; belum diperiksa terhadap Lampiran ${regulation}. Pakai sebagai bahan rujukan, rujuk dokumen resmi.`,
  referenceColumns: {
    no: "No", aspect: "Aspek", indicator: "Indikator", question: "Pertanyaan", description: "Deskripsi", level: (n) => `Kriteria tingkat ${n}`,
    externalSource: "Sumber nilai (instansi lain)",
  },
  external: {
    title: "Indikator yang nilainya dari indeks instansi lain",
    columns: { no: "No", index: "Indeks", source: "Sumber", indicator: "Indikator", score: "Skor indeks sumber (0-100)", value: "Nilai indikator", remark: "Keterangan" },
    assumed: "tidak ada skor: asesor 2026 memakai 1,00 (asumsi)",
    converted: "konversi linear dalam pita (SDI 25 = 2,00); isi nilai ini di kolom Tingkat",
    noConversion: "konversi belum dipublikasikan: isi nilai dari hasil asesor",
    invalid: "tidak valid (0-100)",
    promptTitle: "Skor indeks sumber",
    prompt: "Skor indeks instansi lain, 0-100 (SDI dari Bappenas, SJIG dari BIG, EPSS dari BPS, interoperabilitas). Kosong: asesor 2026 memakai nilai 1,00 (asumsi).",
    errorMessage: "Isi angka 0 sampai 100.",
  },
  history: {
    title: (indexName) => `Riwayat, kerangka sebelumnya (tidak dihitung ke dalam ${indexName})`,
    label: (name, frameworkId) => `${name} (PermenPANRB ${frameworkId})`,
    note: (indexName) => `Kerangka lain: indikator, bobot dan pita predikat berbeda. Bandingkan predikatnya, bukan angkanya, dengan ${indexName}.`,
    promptTitle: "Indeks tahun terakhir",
    prompt: (name, indexName) => `${name} seperti hasil resmi (mis. 2,45). Hanya ditampilkan sebagai riwayat; tidak masuk ke ${indexName}.`,
  },
  stages: {
    title: (indexName) => `Tahapan Evaluasi - ${indexName}`,
    note:
      "Mandiri = kolom Tingkat di Kertas Kerja; Dokumen, Interviu, Visitasi dan Akhir dibaca dari hasil yang ditempel di bawah menurut kode indikator; Akhir = kolom hasil resmi di Kertas Kerja bila diisi. Perubahan dihitung dari tahap terakhir sebelumnya yang punya nilai.",
    columns: { no: "No", indicator: "Indikator", weight: "Bobot (%)" },
    changeColumn: (stage) => `Perubahan di ${stage}`,
    pointsColumn: (stage) => `Poin indeks di ${stage}`,
    conflict: "nilai berbeda",
    indexChange: "Perubahan indeks di tahap ini",
    fell: "Indikator yang turun",
    pasteTitle: "Tempel hasil per tahap di sini, seperti di portal atau laporan: kode atau nomor indikator (I6, 3.2, Indikator 6 : ...), lalu nilai di kolom tahapnya",
    pasteKey: "Kode / nomor indikator",
    readAs: "Dibaca sebagai",
    unknownKey: "tidak dikenal",
    heading: "judul aspek (dilewati)",
    unknownKeys: "baris tempelan berisi nilai tetapi kodenya tidak dikenal: tulis nomor indikator (6) atau kodenya (I6)",
    pastePromptTitle: "Nilai hasil tahap",
    pastePrompt: "Nilai indikator pada tahap ini (desimal, misalnya 1,26 atau 2,50), satu baris per indikator.",
  },
  evidence: {
    title: (indexName) => `Bukti Dukung - ${indexName}`,
    note:
      "Satu baris per butir, kode I{indikator}-L{tingkat}-{nomor} seperti di aplikasi evaluasi (I4-L2-02); tambahkan butir sendiri di baris kosong. Aturan kumulatif: tingkat n didukung bukti bila setiap tingkat 1 sampai n punya butir dan semua butirnya diterima.",
    invalidCodes: "Kode tidak valid",
    itemColumns: {
      code: "Kode butir", indicator: "Indikator", level: "Tingkat", description: "Uraian butir", pic: "PIC / OPD", deadline: "Tenggat",
      status: "Status", revision: "Jenis revisi", link: "Tautan dokumen", assessorNote: "Catatan asesor", ownNote: "Catatan sendiri",
      overdue: "Lewat tenggat", codeText: "Kode (huruf besar)", dashAt: "Posisi -L", indicatorNo: "No indikator", levelNo: "No tingkat",
      statusNo: "No status", overdueFlag: "Lewat (1/0)",
    },
    recapColumns: {
      no: "No", indicator: "Indikator", claimed: "Nilai mandiri", supported: "Tingkat didukung bukti", remark: "Keterangan", items: "Butir",
      overdue: "Lewat tenggat",
    },
    levelColumn: (n) => `L${n} diterima/butir`,
    recapTitle: "Rekap per indikator (dihitung dari daftar butir)",
    picTitle: "Rekap per PIC / OPD (ketik nama PIC persis seperti di daftar butir)",
    picColumn: "PIC / OPD",
    invalidCode: "kode tidak valid",
    overdue: "lewat tenggat",
    aboveEvidence: "di atas bukti",
    codes: "kode",
    statusPromptTitle: "Status butir",
    statusPrompt: (words) => `${words}. Hanya "diterima" yang dihitung sebagai didukung bukti.`,
    statusErrorTitle: "Status tidak dikenal",
    statusError: (words) => `Pilih salah satu: ${words}.`,
    revisionPromptTitle: "Jenis revisi",
    revisionPrompt: (words) => `Bila status revisi: ${words}.`,
  },
  report: {
    sheetName: "Laporan Pimpinan",
    title: (indexName) => `Laporan Pimpinan - ${indexName}`,
    framework: (indexName, id, practice) => `Kerangka: ${indexName}, PermenPANRB ${id}. Predikat menurut ${practice}.`,
    practice: { exact: "praktik 2024 (dari indeks tepat)", rounded: "praktik 2023 (dari indeks 2 desimal)" },
    official: "RESMI: hasil evaluasi resmi yang tercatat di kertas kerja (kolom hasil resmi).",
    simulation: "SIMULASI: penilaian mandiri, belum hasil resmi evaluasi KemenPANRB.",
    made: (day, product) => `Dibuat ${day} dengan ${product}: angka pada hari itu, lembar ini tidak menghitung ulang.`,
    toNextBand: (gap, predikat) => `${gap} lagi ke ${predikat}`,
    topBand: "Predikat tertinggi",
    columns: {
      code: "Kode", aspect: "Aspek", value: "Nilai", target: "Target", gap: "Gap", predikat: "Predikat", lastYear: "Tahun lalu",
      no: "No", indicator: "Indikator", from: "Dari", to: "Ke", gain: "+ Indeks", pic: "PIC / OPD",
    },
    chartTitle: "Nilai per aspek",
    aimTarget: (target) => `target ${target}`,
    aimNextBand: (predikat, floor) => `${predikat} (${floor})`,
    stepsTitle: (aim) => `Langkah utama menuju ${aim}`,
    unreachable: (aim) => `${aim} tidak tercapai dengan menaikkan tingkat; kenaikan yang paling mendekati:`,
    moreSteps: (count) => `dan ${count} langkah lagi (lihat Rencana di add-in, atau spbe plan).`,
    footnote:
      "Nilai dihitung persis seperti KemenPANRB: aritmetika bilangan bulat, pembulatan setengah ke atas ke 2 desimal. Gap dibulatkan ke atas, agar tidak tampak lebih kecil dari sebenarnya.",
  },
};

const EN: TemplateLabels = {
  sheetNames: { evaluation: "Worksheet", summary: "Summary", stages: "Stages", reference: "Reference", evidence: "Evidence" },
  evaluationTitle: (indexName) => `Self-assessment worksheet - ${indexName}`,
  instansi: "Agency (instansi)",
  year: "Evaluation year",
  framework: "Framework",
  filledBy: "Filled in by",
  guidance:
    "Fill in the yellow cells. Level: a number 0-5, at most two decimals (0 = not met/not scored). A blank level makes the index \"incomplete\". An official result left blank is taken from the Final result pasted on the Stages sheet.",
  statusSecondary: "Framework data status: secondary (two independent implementations quoting the regulation agree; the official text has not been checked).",
  statusReconstructed: "Framework data status: reconstructed (from a municipal monitoring system, not the regulation text); results are labelled as reconstructed.",
  columns: {
    no: "No", domain: "Domain", aspect: "Aspect (aspek)", indicator: "Indicator (official name)", weight: "Weight (%)",
    level: "Level (self-assessment)", levelName: "Level name", justification: "Justification (FAKTA and ANALISIS)",
    evidence: "Evidence (data dukung)", pic: "PIC / OPD", target: "Target level", gap: "Gap", official: "Level from official evaluation",
    lastYear: "Last year's level", change: "Change from last year",
    notes: "Notes", weightUnits: "Weight (integer units)", levelH: "Level x 100", targetH: "Target x 100",
    officialH: "Official x 100", lastYearH: "Last year x 100",
  },
  noDomain: "-",
  fellFrom: "fell from",
  roseFrom: "rose from",
  invalidLevel: "(invalid)",
  decimalLevel: "(decimal)",
  invalid: "invalid",
  cells: "cells",
  incomplete: "incomplete",
  blanks: "blank",
  validationTitle: "Level",
  validationPrompt: (names) => `${names}. Decimals allowed (at most two).`,
  validationPromptBands: (names, bands) => `${names}. Continuous values (at most two decimals) by band: ${bands}.`,
  validationErrorTitle: "Invalid level",
  validationError: (min, max) => `Enter a number from ${min} to ${max}, at most two decimals (0 = not met/not scored).`,
  summaryTitle: (indexName) => `Summary - ${indexName}`,
  indexExact: (indexName) => `${indexName} (exact)`,
  indexRounded: (indexName) => `${indexName} (2 decimals, rounded half-up)`,
  predikatExact: "Predikat (2024 practice: from the exact index)",
  predikatRounded: "Predikat (2023 practice: from the 2-decimal index)",
  targetExact: "Target index (exact, from the Target level column)",
  targetRounded: "Target index (2 decimals)",
  targetPredikat: "Target predikat (2024 practice)",
  targetGap: "Gap to target (2 decimals)",
  officialExact: "Official evaluation index (exact)",
  officialRounded: "Official evaluation index (2 decimals)",
  officialPredikat: "Official evaluation predikat (2024 practice)",
  stageExact: "Pemdi maturity stage (from the exact index)",
  summaryNote:
    "Every value is computed in integer arithmetic (level x 100 x integer weight), so rounding at .xx5 is exact in Excel, LibreOffice and other engines. Simulated values (targets) are kept apart from official results.",
  summaryColumns: {
    code: "Code", name: "Name", weight: "Weight (%)", index: "Index (exact)", rounded: "Index (2 decimals)",
    target: "Target (exact)", targetRounded: "Target (2 decimals)", gap: "Gap (2 decimals)", official: "Official (exact)",
    officialRounded: "Official (2 decimals)", lastYear: "Last year (exact)", lastYearRounded: "Last year (2 decimals)", den: "Denominator", num: "Numerator", blanks: "Blank", invalid: "Invalid",
    hundredths: "Rounded x 100",
  },
  seriesNames: ["self", "target", "official", "last year"],
  chartTitle: "Index by aspect",
  referenceTitle: (indexName) => `Level criteria reference - ${indexName}`,
  referenceSource: (regulation) =>
    `Source: ${regulation}, Lampiran Bab II huruf E (questionnaire), in the regulation's Indonesian. Converted from PDF; a few words may carry conversion errors: see the official document.`,
  referenceNone: (regulation) =>
    `The level criteria of this framework's indicators are not available in the add-in. See ${regulation} and its technical guide.`,
  referenceSourceModules: (regulation) =>
    `Secondary source: criteria from KemenPANRB's 2026 training modules (Modul Indikator) and descriptions from the regulation's Lampiran, as extracted by a local government team; not checked against the Lampiran of ${regulation}. Use as reference material; see the official document.`,
  referenceColumns: {
    no: "No", aspect: "Aspect", indicator: "Indicator", question: "Question", description: "Description", level: (n) => `Level ${n} criteria`,
    externalSource: "Value source (other agency)",
  },
  external: {
    title: "Indicators whose value is another agency's index",
    columns: { no: "No", index: "Index", source: "Source", indicator: "Indicator", score: "Source index score (0-100)", value: "Indicator value", remark: "Remark" },
    assumed: "no score: the 2026 assessors used 1.00 (an assumption)",
    converted: "linear within the bands (SDI 25 = 2.00); enter this value in the Level column",
    noConversion: "no published conversion: enter the value from the assessors' result",
    invalid: "invalid (0-100)",
    promptTitle: "Source index score",
    prompt: "Another agency's index score, 0-100 (SDI from Bappenas, SJIG from BIG, EPSS from BPS, interoperability). Blank: the 2026 assessors used 1.00 (an assumption).",
    errorMessage: "Enter a number from 0 to 100.",
  },
  history: {
    title: (indexName) => `History, previous framework (not counted in the ${indexName})`,
    label: (name, frameworkId) => `${name} (PermenPANRB ${frameworkId})`,
    note: (indexName) => `Another framework: indicators, weights and predikat bands differ. Compare its predikat, not its number, with the ${indexName}.`,
    promptTitle: "Last year's index",
    prompt: (name, indexName) => `${name} as published (e.g. 2.45). Shown as history only; it does not enter the ${indexName}.`,
  },
  stages: {
    title: (indexName) => `Evaluation stages - ${indexName}`,
    note:
      "Self-assessment = the Level column of the Worksheet; Document review, Interview, Site visit and Final are read from the results pasted below by indicator code; Final = the Worksheet's official column where filled. Each change is counted from the latest earlier stage that has a value.",
    columns: { no: "No", indicator: "Indicator", weight: "Weight (%)" },
    changeColumn: (stage) => `Change at ${stage}`,
    pointsColumn: (stage) => `Index points at ${stage}`,
    conflict: "values differ",
    indexChange: "Change of index at this stage",
    fell: "Indicators that fell",
    pasteTitle: "Paste each stage's results here as the portal or report shows them: the indicator code or number (I6, 3.2, Indikator 6 : ...), then the value in its stage's column",
    pasteKey: "Indicator code / number",
    readAs: "Read as",
    unknownKey: "not recognised",
    heading: "aspect heading (skipped)",
    unknownKeys: "pasted rows hold a value but their code is not recognised: write the indicator number (6) or its code (I6)",
    pastePromptTitle: "Stage result",
    pastePrompt: "The indicator's value at this stage (a decimal, such as 1.26 or 2.50), one row per indicator.",
  },
  evidence: {
    title: (indexName) => `Evidence items - ${indexName}`,
    note:
      "One row per item, coded I{indicator}-L{level}-{number} as in the evaluation application (I4-L2-02); add your own items on the empty rows. Cumulative rule: level n is supported by evidence when every level 1 to n has items and all of them are accepted.",
    invalidCodes: "Invalid codes",
    itemColumns: {
      code: "Item code", indicator: "Indicator", level: "Level", description: "Item description", pic: "PIC / OPD", deadline: "Deadline",
      status: "Status", revision: "Revision type", link: "Document link", assessorNote: "Assessor note", ownNote: "Own note",
      overdue: "Overdue", codeText: "Code (capitals)", dashAt: "Position of -L", indicatorNo: "Indicator no", levelNo: "Level no",
      statusNo: "Status no", overdueFlag: "Overdue (1/0)",
    },
    recapColumns: {
      no: "No", indicator: "Indicator", claimed: "Self-assessed value", supported: "Level supported by evidence", remark: "Remark", items: "Items",
      overdue: "Overdue",
    },
    levelColumn: (n) => `L${n} accepted/items`,
    recapTitle: "Recap per indicator (computed from the item list)",
    picTitle: "Recap per PIC / OPD (type each PIC exactly as in the item list)",
    picColumn: "PIC / OPD",
    invalidCode: "invalid code",
    overdue: "overdue",
    aboveEvidence: "above evidence",
    codes: "codes",
    statusPromptTitle: "Item status",
    statusPrompt: (words) => `${words}. Only "accepted" counts as supported by evidence.`,
    statusErrorTitle: "Unknown status",
    statusError: (words) => `Choose one of: ${words}.`,
    revisionPromptTitle: "Revision type",
    revisionPrompt: (words) => `When the status is revision: ${words}.`,
  },
  report: {
    sheetName: "Leader Report",
    title: (indexName) => `Leader report - ${indexName}`,
    framework: (indexName, id, practice) => `Framework: ${indexName}, PermenPANRB ${id}. Predikat under the ${practice}.`,
    practice: { exact: "2024 practice (from the exact index)", rounded: "2023 practice (from the 2-decimal index)" },
    official: "OFFICIAL: the official evaluation results recorded in the template (official column).",
    simulation: "SIMULATION: the self-assessment, not yet KemenPANRB's official result.",
    made: (day, product) => `Made on ${day} with ${product}: the figures of that day; this sheet does not recalculate.`,
    toNextBand: (gap, predikat) => `${gap} more to ${predikat}`,
    topBand: "Top predikat",
    columns: {
      code: "Code", aspect: "Aspect", value: "Value", target: "Target", gap: "Gap", predikat: "Predikat", lastYear: "Last year",
      no: "No", indicator: "Indicator", from: "From", to: "To", gain: "+ Index", pic: "PIC / OPD",
    },
    chartTitle: "Value by aspect",
    aimTarget: (target) => `the target ${target}`,
    aimNextBand: (predikat, floor) => `${predikat} (${floor})`,
    stepsTitle: (aim) => `First steps towards ${aim}`,
    unreachable: (aim) => `${aim} cannot be reached by raising levels; the raises that come closest:`,
    moreSteps: (count) => `and ${count} more steps (see Plan in the add-in, or spbe plan).`,
    footnote:
      "Values are computed exactly as KemenPANRB does: integer arithmetic, rounded half-up to 2 decimals. Gaps are rounded up, so they never look smaller than they are.",
  },
};

export function templateLabels(language: Language): TemplateLabels {
  return language === "en" ? EN : ID;
}
