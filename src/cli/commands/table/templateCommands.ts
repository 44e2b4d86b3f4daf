/** The commands on one workbook: write a template, score it, plan a target. */
import { describeYearRule } from "../../../core";
import { FRAMEWORK_ALLOWED, OWN_TABLE_OPTIONS, PRACTICE_OF_PREDIKAT, forceOption, jsonOption, langOption, practiceOption } from "./options";
import type { CommandDecl } from "./types";

const REPORT_AND_MESSAGES = { id: "laporan dan pesan", en: "the report and messages" };

export const SCORE: CommandDecl = {
  arguments: "FILE.xlsx",
  overview: {
    example: "spbe score kertas-kerja.xlsx [--json]",
    summary: { id: "hitung indeks kertas kerja yang sudah diisi", en: "compute the indices of a filled template" },
  },
  about: {
    id: `Membaca kertas kerja yang sudah diisi melalui nama terdefinisinya (SPBE_FRAMEWORK, SPBE_LEVELS), memeriksa setiap
tingkat (galat menyebut indikator dan selnya), lalu menghitung indeks aspek, domain dan keseluruhan dengan mesin
add-in (bukan dari hasil rumus yang tersimpan di berkas), beserta predikatnya.

Buku kerja yang bukan template (tabel evaluasi sendiri): kolom kunci indikator (18, "Indikator 18 : ...", "IK-18",
kode Pemdi "3.2", nama resmi) dan kolom tingkat dicari di setiap lembar; baris judul, kepala tabel, sub-judul dan
TOTAL dilewati, baris boleh acak dan berulang. Laporan menyebut lembar, kolom, kerangka dan baris yang dilewati.
Bila dua kolom dapat berisi tingkat, atau kerangka tidak dapat dipastikan, perintah berhenti dan menyebut pilihannya.`,
    en: `Reads a filled template through its defined names (SPBE_FRAMEWORK, SPBE_LEVELS), checks every level (errors
name the indicator and the cell), then computes the aspect, domain and overall indices with the add-in's engine
(not from the formula results stored in the file), and the predikat.

A workbook that is not a template (an evaluation table of your own): the indicator key column (18, "Indikator 18 : ...",
"IK-18", Pemdi codes "3.2", official names) and the level column are looked for in every sheet; title, header,
heading and TOTAL rows are skipped, rows may be in any order and repeat. The report says which sheet, columns,
framework and skipped rows it used. When two columns could hold the levels, or the framework is unclear, it stops
and lists the options.`,
  },
  options: {
    json: jsonOption("{framework, index, rounded, predikat, practice, aspects: [{id, name, index}],\n domains: [{id, name, index}]}"),
    practice: practiceOption(PRACTICE_OF_PREDIKAT),
    ...OWN_TABLE_OPTIONS,
    lang: langOption(REPORT_AND_MESSAGES),
  },
  examples: {
    id: ["spbe score kertas-kerja.xlsx", "spbe score kertas-kerja.xlsx --json --practice rounded > hasil.json", "spbe score rekap-opd.xlsx --sheet Rekap --levels F5:F80"],
    en: ["spbe score kertas-kerja.xlsx", "spbe score kertas-kerja.xlsx --json --practice rounded > result.json", "spbe score rekap-opd.xlsx --sheet Rekap --levels F5:F80"],
  },
};

export const TEMPLATE: CommandDecl = {
  arguments: "",
  overview: {
    example: "spbe template --framework 59/2020 --out kertas-kerja.xlsx",
    summary: { id: "buat kertas kerja evaluasi", en: "write an evaluation template" },
  },
  about: {
    id: `Menulis kertas kerja evaluasi standar (lembar evaluasi, ringkasan, kriteria tingkat) yang menghitung dengan rumus
Excel biasa, tanpa add-in.`,
    en: `Writes the standard evaluation template (evaluation sheet, summary, level criteria) that computes with plain
Excel formulas, without the add-in.`,
  },
  options: {
    framework: {
      type: "string",
      value: { id: "KERANGKA", en: "FRAMEWORK" },
      allowed: FRAMEWORK_ALLOWED,
      required: true,
      describe: {
        id: `59/2020 (Indeks SPBE), 8/2026 (Indeks Pemdi), 5/2018, atau tahun evaluasi\n(${describeYearRule("id")})`,
        en: `59/2020 (SPBE Index), 8/2026 (Pemdi Index), 5/2018, or an evaluation year\n(${describeYearRule("en")})`,
      },
    },
    out: {
      type: "string",
      short: "o",
      value: "FILE.xlsx",
      required: true,
      describe: {
        id: "berkas yang ditulis; tidak ditimpa bila sudah ada, kecuali dengan --force",
        en: "file to write; an existing file is not overwritten unless --force is given",
      },
    },
    lang: langOption({ id: "label kertas kerja dan pesan", en: "the template's labels and of messages" }),
    instansi: { type: "string", value: { id: "NAMA", en: "NAME" }, describe: { id: "nama instansi di kepala kertas kerja", en: "agency name for the template's header" } },
    year: {
      type: "string",
      value: { id: "TAHUN", en: "YEAR" },
      describe: {
        id: "tahun evaluasi di kepala kertas kerja (bawaan: tahun pada --framework, bila ada)",
        en: "evaluation year for the header (default: the year given as --framework, if any)",
      },
    },
    "filled-by": { type: "string", value: { id: "NAMA", en: "NAME" }, describe: { id: "pengisi kertas kerja", en: "who fills the template in" } },
    evidence: {
      type: "boolean",
      describe: {
        id: "tambahkan lembar Bukti Dukung (butir dan tingkat yang didukung\nbukti); bawaan untuk 8/2026",
        en: "add the Bukti Dukung sheet (evidence items and the level they\nsupport); the default for 8/2026",
      },
    },
    "no-evidence": {
      type: "boolean",
      describe: { id: "tanpa lembar Bukti Dukung, juga untuk 8/2026", en: "leave the Bukti Dukung sheet out, 8/2026 included" },
    },
    force: forceOption({ id: "berkas --out yang sudah ada", en: "an existing --out file" }),
  },
  examples: {
    id: ['spbe template --framework 59/2020 --out kertas-kerja.xlsx --instansi "Pemerintah Kab. Contoh" --year 2025', "spbe template --framework 2026 --out pemdi-2026.xlsx"],
    en: ['spbe template --framework 59/2020 --out kertas-kerja.xlsx --instansi "Pemerintah Kab. Contoh" --year 2025', "spbe template --framework 2026 --out pemdi-2026.xlsx"],
  },
};

export const PLAN: CommandDecl = {
  arguments: "FILE.xlsx",
  overview: {
    example: "spbe plan kertas-kerja.xlsx --target 2.6|Baik",
    summary: { id: "kenaikan tingkat termurah untuk mencapai target", en: "cheapest level increases that reach a target" },
  },
  about: {
    id: `Membaca tingkat kertas kerja yang sudah diisi (seperti \`spbe score\`; tidak boleh ada yang kosong) dan mencari
kenaikan tingkat dengan upaya terkecil (satu langkah = satu tingkat, upaya 1 per langkah) yang mencapai target.
Hasilnya tepat, bukan perkiraan: bila upayanya sama, dipilih indikator paling sedikit, lalu bobot terbesar. Tingkat
desimal (mis. 2,5) naik dahulu ke tingkat bulat berikutnya. Bila target tidak dapat dicapai, ditampilkan indeks
tertinggi yang mungkin dengan batasan itu. Buku kerja yang bukan template dibaca dari tabelnya sendiri, dengan
aturan dan opsi yang sama seperti \`spbe score\`.`,
    en: `Reads the levels of a filled template (as \`spbe score\` does; none may be blank) and finds the level increases
with the least effort (one step = one level, effort 1 per step) that reach the target. The answer is exact, not an
estimate: on equal effort it raises the fewest indicators, then the heaviest. A decimal level (e.g. 2.5) first
rises to the next whole level. When the target cannot be reached, it shows the best index possible under the limits.
A workbook that is not a template is read from its own table, by the same rules and options as \`spbe score\`.`,
  },
  options: {
    target: {
      type: "string",
      short: "t",
      value: { id: "INDEKS|PREDIKAT", en: "INDEX|PREDIKAT" },
      allowed: "2.6|Baik",
      required: true,
      describe: {
        id: 'indeks (2.6 atau 2,6) atau predikat ("Baik", "Sangat Baik", ...): batas bawahnya',
        en: 'an index (2.6 or 2,6) or a predikat ("Baik", "Sangat Baik", ...): its lower bound',
      },
    },
    "max-rise": {
      type: "string",
      value: "N",
      allowed: "0-5",
      describe: {
        id: "kenaikan terbanyak per indikator dalam siklus ini, 0-5; bawaan: sampai tingkat 5",
        en: "most levels any indicator may rise this cycle, 0-5; default: up to level 5",
      },
    },
    steps: {
      type: "string",
      value: "level|band",
      allowed: "level|band",
      describe: {
        id: "level: satu langkah = tingkat bulat berikutnya (bawaan); band: batas bawah pita tingkat\nberikutnya (Pemdi: 1,26 -> 1,50 -> 2,50)",
        en: "level: one step = the next whole level (default); band: the floor of the next level's\nband (Pemdi: 1.26 -> 1.50 -> 2.50)",
      },
    },
    json: jsonOption("{framework, practice, status, target, current, projected, gap, totalEffort,\n steps: [{indicator, name, from, to, steps, gain}], explanation}"),
    practice: practiceOption({
      id: "target tercapai bila indeks tepat (exact, praktik 2024, bawaan) atau indeks yang\ndibulatkan ke 2 desimal (rounded, praktik 2023) mencapainya",
      en: "the target is reached when the exact index (exact, 2024 practice, default) or the\nindex rounded to 2 decimals (rounded, 2023 practice) reaches it",
    }),
    ...OWN_TABLE_OPTIONS,
    lang: langOption(REPORT_AND_MESSAGES),
  },
  examples: {
    id: ["spbe plan kertas-kerja.xlsx --target 2,45", "spbe plan kertas-kerja.xlsx --target Baik --max-rise 1 --json > rencana.json"],
    en: ["spbe plan kertas-kerja.xlsx --target 2.45", "spbe plan kertas-kerja.xlsx --target Baik --max-rise 1 --json > plan.json"],
  },
};

export const REPORT: CommandDecl = {
  arguments: "FILE.xlsx",
  overview: {
    example: "spbe report kertas-kerja.xlsx --out laporan.xlsx [--pdf]",
    summary: { id: "laporan pimpinan satu halaman A4", en: "the one-page A4 leader report" },
  },
  about: {
    id: `Membaca kertas kerja yang sudah diisi (seperti \`spbe score\`; tidak boleh ada tingkat yang kosong) dan menulis
Laporan Pimpinan: satu lembar A4 berisi Aspek | Nilai | Target | Gap | Predikat | Tahun lalu, grafik aspek, jarak
ke predikat berikutnya, langkah utama rencana (kenaikan tingkat termurah menuju target, atau ke predikat
berikutnya bila target belum diisi) beserta PIC / OPD-nya, kerangka dan praktik predikat yang dipakai, serta label
"simulasi" (penilaian mandiri) atau "resmi" (semua hasil resmi terisi). Nilainya tetap pada hari laporan dibuat.
Dengan --pdf, LibreOffice juga mengubahnya menjadi PDF di samping --out; bila LibreOffice tidak ada, hal itu
dikatakan dan .xlsx tetap ditulis.`,
    en: `Reads a filled template (as \`spbe score\` does; no level may be blank) and writes the Leader Report: one A4 sheet
with Aspect | Value | Target | Gap | Predikat | Last year, the aspect chart, the distance to the next predikat, the
first steps of the plan (the cheapest level increases towards the target, or to the next predikat when no target
is set) with their PIC / OPD, the framework and predikat practice used, and a "simulation" (self-assessment) or
"official" (every official result filled in) label. Its values are those of the day it is made. With --pdf,
LibreOffice also converts it to a PDF beside --out; without LibreOffice, it says so and the .xlsx is still written.`,
  },
  options: {
    out: {
      type: "string",
      short: "o",
      value: "FILE.xlsx",
      required: true,
      describe: {
        id: "laporan yang ditulis; tidak ditimpa bila sudah ada, kecuali dengan --force",
        en: "the report to write; an existing file is not overwritten unless --force is given",
      },
    },
    pdf: {
      type: "boolean",
      describe: { id: "juga tulis PDF (nama --out, akhiran .pdf) dengan LibreOffice", en: "also write a PDF (the --out name, ending .pdf) with LibreOffice" },
    },
    practice: practiceOption(PRACTICE_OF_PREDIKAT),
    ...OWN_TABLE_OPTIONS,
    lang: langOption({ id: "laporan dan pesan", en: "the report and messages" }),
    force: forceOption({ id: "berkas --out (dan PDF-nya) yang sudah ada", en: "an existing --out file (and its PDF)" }),
  },
  examples: {
    id: ["spbe report kertas-kerja.xlsx --out laporan-pimpinan.xlsx --pdf"],
    en: ["spbe report kertas-kerja.xlsx --out leader-report.xlsx --lang en --pdf"],
  },
};
