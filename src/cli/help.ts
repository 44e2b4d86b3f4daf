/** `spbe --help` and `spbe <command> --help`, in Indonesian and English: each command's options and examples. */
import { describeYearRule, type Language } from "../core";
import type { CommandName } from "./args";

const EXIT_CODES = {
  id: `Kode keluar: 0 berhasil; 1 data masukan tidak valid (berkas bukan kertas kerja, tingkat kosong atau tidak valid,
berkas tidak dapat dibaca/ditulis); 2 penggunaan salah (perintah/opsi, berkas tidak ada, berkas keluaran sudah ada);
3 galat internal.`,
  en: `Exit codes: 0 success; 1 invalid input data (not a template, blank or invalid levels, file cannot be
read/written); 2 usage (command/option, missing file, output file exists); 3 internal error.`,
};

const GENERAL = {
  id: `spbe: Indeks SPBE (PermenPANRB 59/2020, 5/2018) dan Indeks Pemdi (PermenPANRB 8/2026) dari baris perintah.

Penggunaan:
  spbe template --framework 59/2020 --out kertas-kerja.xlsx   buat kertas kerja evaluasi
  spbe score kertas-kerja.xlsx [--json]                       hitung indeks kertas kerja yang sudah diisi
  spbe plan kertas-kerja.xlsx --target 2.6|Baik               kenaikan tingkat termurah untuk mencapai target
  spbe split kertas-kerja.xlsx --out unit/                    satu kertas kerja per unit (OPD) menurut kolom PIC
  spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx  gabungkan jawaban unit (log, konflik, rekap)
  spbe recap hasil/*.xlsx --out rekap.xlsx [--json]           peringkat banyak kertas kerja menurut indeks

Opsi umum:
  --lang id|en     bahasa pesan (dan kertas kerja); bawaan: id
  -h, --help       bantuan; \`spbe <perintah> --help\` untuk satu perintah
  -v, --version    versi

Hasil ke stdout; kemajuan dan pesan galat ke stderr.
${EXIT_CODES.id}
`,
  en: `spbe: the SPBE Index (PermenPANRB 59/2020, 5/2018) and the Pemdi Index (PermenPANRB 8/2026) from the command line.

Usage:
  spbe template --framework 59/2020 --out kertas-kerja.xlsx   write an evaluation template
  spbe score kertas-kerja.xlsx [--json]                       compute the indices of a filled template
  spbe plan kertas-kerja.xlsx --target 2.6|Baik               cheapest level increases that reach a target
  spbe split kertas-kerja.xlsx --out unit/                    one template per unit (OPD) from the PIC column
  spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx  merge the units' answers (log, conflicts, recap)
  spbe recap hasil/*.xlsx --out rekap.xlsx [--json]           rank many templates by index

Common options:
  --lang id|en     language of messages (and of the template); default: id
  -h, --help       help; \`spbe <command> --help\` for one command
  -v, --version    version

Results go to stdout; progress and error messages to stderr.
${EXIT_CODES.en}
`,
};

const COMMAND_HELP: Record<Exclude<CommandName, keyof typeof UNIT_HELP>, Record<Language, string>> = {
  score: {
    id: `spbe score FILE.xlsx [--json] [--practice exact|rounded] [--sheet NAME] [--lang id|en]
spbe score FILE.xlsx [--indicators RENTANG] [--levels RENTANG] [--framework F] ...   (tabel sendiri)

Membaca kertas kerja yang sudah diisi melalui nama terdefinisinya (SPBE_FRAMEWORK, SPBE_LEVELS), memeriksa setiap
tingkat (galat menyebut indikator dan selnya), lalu menghitung indeks aspek, domain dan keseluruhan dengan mesin
add-in (bukan dari hasil rumus yang tersimpan di berkas), beserta predikatnya.

Buku kerja yang bukan template (tabel evaluasi sendiri): kolom kunci indikator (18, "Indikator 18 : ...", "IK-18",
kode Pemdi "3.2", nama resmi) dan kolom tingkat dicari di setiap lembar; baris judul, kepala tabel, sub-judul dan
TOTAL dilewati, baris boleh acak dan berulang. Laporan menyebut lembar, kolom, kerangka dan baris yang dilewati.
Bila dua kolom dapat berisi tingkat, atau kerangka tidak dapat dipastikan, perintah berhenti dan menyebut pilihannya.

Opsi:
  --json                     cetak satu objek JSON saja:
                             {framework, index, rounded, predikat, practice, aspects: [{id, name, index}],
                              domains: [{id, name, index}]}
  --practice exact|rounded   predikat dari indeks tepat (exact, praktik 2024, bawaan) atau dari indeks yang
                             dibulatkan ke 2 desimal (rounded, praktik 2023)
  --sheet NAMA               lembar evaluasi template yang dibaca bila buku kerja memuat beberapa; bawaan: yang pertama
  --indicators RENTANG       tabel sendiri: kolom kunci indikator (B5:B60 atau 'Lembar'!B5:B60)
  --levels RENTANG           tabel sendiri: kolom tingkat (E5:E60)
  --framework F              tabel sendiri: kerangka ("59/2020", "8/2026", "5/2018") atau tahun evaluasi
  --lang id|en               bahasa laporan dan pesan; bawaan: id

Contoh:
  spbe score kertas-kerja.xlsx
  spbe score kertas-kerja.xlsx --json --practice rounded > hasil.json
  spbe score rekap-opd.xlsx --sheet Rekap --levels F5:F80

${EXIT_CODES.id}
`,
    en: `spbe score FILE.xlsx [--json] [--practice exact|rounded] [--sheet NAME] [--lang id|en]
spbe score FILE.xlsx [--indicators RANGE] [--levels RANGE] [--framework F] ...   (own table)

Reads a filled template through its defined names (SPBE_FRAMEWORK, SPBE_LEVELS), checks every level (errors
name the indicator and the cell), then computes the aspect, domain and overall indices with the add-in's engine
(not from the formula results stored in the file), and the predikat.

A workbook that is not a template (an evaluation table of your own): the indicator key column (18, "Indikator 18 : ...",
"IK-18", Pemdi codes "3.2", official names) and the level column are looked for in every sheet; title, header,
heading and TOTAL rows are skipped, rows may be in any order and repeat. The report says which sheet, columns,
framework and skipped rows it used. When two columns could hold the levels, or the framework is unclear, it stops
and lists the options.

Options:
  --json                     print one JSON object and nothing else:
                             {framework, index, rounded, predikat, practice, aspects: [{id, name, index}],
                              domains: [{id, name, index}]}
  --practice exact|rounded   predikat of the exact index (exact, 2024 practice, default) or of the index rounded
                             to 2 decimals (rounded, 2023 practice)
  --sheet NAME               evaluation sheet of the template to read when the workbook holds several; default: the first
  --indicators RANGE         own table: the indicator key column (B5:B60 or 'Sheet'!B5:B60)
  --levels RANGE             own table: the level column (E5:E60)
  --framework F              own table: the framework ("59/2020", "8/2026", "5/2018") or evaluation year
  --lang id|en               language of the report and messages; default: id

Examples:
  spbe score kertas-kerja.xlsx
  spbe score kertas-kerja.xlsx --json --practice rounded > result.json
  spbe score rekap-opd.xlsx --sheet Rekap --levels F5:F80

${EXIT_CODES.en}
`,
  },
  template: {
    id: `spbe template --framework KERANGKA --out FILE.xlsx [--lang id|en] [--instansi NAMA] [--year TAHUN]
              [--filled-by NAMA] [--force]

Menulis kertas kerja evaluasi standar (lembar evaluasi, ringkasan, kriteria tingkat) yang menghitung dengan rumus
Excel biasa, tanpa add-in.

Opsi:
  --framework KERANGKA   59/2020 (Indeks SPBE), 8/2026 (Indeks Pemdi), 5/2018, atau tahun evaluasi
                         (${describeYearRule("id")})
  -o, --out FILE.xlsx    berkas yang ditulis; tidak ditimpa bila sudah ada, kecuali dengan --force
  --lang id|en           bahasa label kertas kerja dan pesan; bawaan: id
  --instansi NAMA        nama instansi di kepala kertas kerja
  --year TAHUN           tahun evaluasi di kepala kertas kerja (bawaan: tahun pada --framework, bila ada)
  --filled-by NAMA       pengisi kertas kerja
  --force                timpa berkas --out yang sudah ada

Contoh:
  spbe template --framework 59/2020 --out kertas-kerja.xlsx --instansi "Pemerintah Kab. Contoh" --year 2025
  spbe template --framework 2026 --out pemdi-2026.xlsx

${EXIT_CODES.id}
`,
    en: `spbe template --framework FRAMEWORK --out FILE.xlsx [--lang id|en] [--instansi NAME] [--year YEAR]
              [--filled-by NAME] [--force]

Writes the standard evaluation template (evaluation sheet, summary, level criteria) that computes with plain
Excel formulas, without the add-in.

Options:
  --framework FRAMEWORK  59/2020 (SPBE Index), 8/2026 (Pemdi Index), 5/2018, or an evaluation year
                         (${describeYearRule("en")})
  -o, --out FILE.xlsx    file to write; an existing file is not overwritten unless --force is given
  --lang id|en           language of the template's labels and of messages; default: id
  --instansi NAME        agency name for the template's header
  --year YEAR            evaluation year for the header (default: the year given as --framework, if any)
  --filled-by NAME       who fills the template in
  --force                overwrite an existing --out file

Examples:
  spbe template --framework 59/2020 --out kertas-kerja.xlsx --instansi "Pemerintah Kab. Contoh" --year 2025
  spbe template --framework 2026 --out pemdi-2026.xlsx

${EXIT_CODES.en}
`,
  },
  plan: {
    id: `spbe plan FILE.xlsx --target INDEKS|PREDIKAT [--max-rise N] [--json] [--practice exact|rounded] [--sheet NAME] [--lang id|en]

Membaca tingkat kertas kerja yang sudah diisi (seperti \`spbe score\`; tidak boleh ada yang kosong) dan mencari
kenaikan tingkat dengan upaya terkecil (satu langkah = satu tingkat, upaya 1 per langkah) yang mencapai target.
Hasilnya tepat, bukan perkiraan: bila upayanya sama, dipilih indikator paling sedikit, lalu bobot terbesar. Tingkat
desimal (mis. 2,5) naik dahulu ke tingkat bulat berikutnya. Bila target tidak dapat dicapai, ditampilkan indeks
tertinggi yang mungkin dengan batasan itu. Buku kerja yang bukan template dibaca dari tabelnya sendiri, dengan
aturan dan opsi yang sama seperti \`spbe score\`.

Opsi:
  -t, --target T             indeks (2.6 atau 2,6) atau predikat ("Baik", "Sangat Baik", ...): batas bawahnya
  --max-rise N               kenaikan terbanyak per indikator dalam siklus ini, 0-5; bawaan: sampai tingkat 5
  --json                     cetak satu objek JSON saja:
                             {framework, practice, status, target, current, projected, gap, totalEffort,
                              steps: [{indicator, name, from, to, steps, gain}], explanation}
  --practice exact|rounded   target tercapai bila indeks tepat (exact, praktik 2024, bawaan) atau indeks yang
                             dibulatkan ke 2 desimal (rounded, praktik 2023) mencapainya
  --sheet, --indicators, --levels, --framework
                             seperti pada \`spbe score\` (lembar; tabel sendiri: kolom kunci, kolom tingkat, kerangka)
  --lang id|en               bahasa laporan dan pesan; bawaan: id

Contoh:
  spbe plan kertas-kerja.xlsx --target 2,45
  spbe plan kertas-kerja.xlsx --target Baik --max-rise 1 --json > rencana.json

${EXIT_CODES.id}
`,
    en: `spbe plan FILE.xlsx --target INDEX|PREDIKAT [--max-rise N] [--json] [--practice exact|rounded] [--sheet NAME] [--lang id|en]

Reads the levels of a filled template (as \`spbe score\` does; none may be blank) and finds the level increases
with the least effort (one step = one level, effort 1 per step) that reach the target. The answer is exact, not an
estimate: on equal effort it raises the fewest indicators, then the heaviest. A decimal level (e.g. 2.5) first
rises to the next whole level. When the target cannot be reached, it shows the best index possible under the limits.
A workbook that is not a template is read from its own table, by the same rules and options as \`spbe score\`.

Options:
  -t, --target T             an index (2.6 or 2,6) or a predikat ("Baik", "Sangat Baik", ...): its lower bound
  --max-rise N               most levels any indicator may rise this cycle, 0-5; default: up to level 5
  --json                     print one JSON object and nothing else:
                             {framework, practice, status, target, current, projected, gap, totalEffort,
                              steps: [{indicator, name, from, to, steps, gain}], explanation}
  --practice exact|rounded   the target is reached when the exact index (exact, 2024 practice, default) or the
                             index rounded to 2 decimals (rounded, 2023 practice) reaches it
  --sheet, --indicators, --levels, --framework
                             as for \`spbe score\` (sheet; own table: key column, level column, framework)
  --lang id|en               language of the report and messages; default: id

Examples:
  spbe plan kertas-kerja.xlsx --target 2.45
  spbe plan kertas-kerja.xlsx --target Baik --max-rise 1 --json > plan.json

${EXIT_CODES.en}
`,
  },
};

const UNIT_HELP: Record<"split" | "merge" | "recap", Record<Language, string>> = {
  split: {
    id: `spbe split FILE.xlsx --out FOLDER [--deadline YYYY-MM-DD] [--note TEKS] [--force] [--json] [--lang id|en]

Membuat satu kertas kerja per unit (OPD) yang disebut di kolom PIC / OPD (nama SPBE_PIC), masing-masing hanya berisi
indikator unit itu (nilai koordinator ikut disalin), dengan validasi, kriteria tingkat dan nama yang sama dengan
kertas kerja biasa. Baris indikator unit lain kosong, dikunci, berwarna abu-abu dan disembunyikan. Beberapa unit
dalam satu sel PIC dipisahkan dengan ";" atau baris baru. Indikator tanpa PIC tidak dikirim dan didaftar.

Opsi:
  -o, --out FOLDER         folder berkas unit (dibuat bila belum ada); nama berkas dari nama unit (bappeda.xlsx)
  --deadline YYYY-MM-DD    batas waktu, ditulis di setiap berkas unit (nama SPBE_UNIT_DEADLINE)
  --note TEKS              catatan koordinator untuk setiap unit (nama SPBE_UNIT_NOTE)
  --force                  timpa berkas unit yang sudah ada
  --json                   cetak satu objek JSON: {template, out, units: [{unit, file, indicators}], unassigned}
  --lang id|en             bahasa label berkas unit dan pesan; bawaan: id

Contoh:
  spbe split kertas-kerja.xlsx --out unit/ --deadline 2026-03-31 --note "Lengkapi data dukung."

${EXIT_CODES.id}
`,
    en: `spbe split FILE.xlsx --out FOLDER [--deadline YYYY-MM-DD] [--note TEXT] [--force] [--json] [--lang id|en]

Writes one template per unit (OPD) named in the PIC / OPD column (name SPBE_PIC), each holding only that unit's
indicators (with the coordinator's values), with the same validation, level criteria and names as any template.
Other units' indicator rows are blank, locked, grey and hidden. Several units in one PIC cell are separated by ";" or
a line break. Indicators with no PIC are sent to no one and listed.

Options:
  -o, --out FOLDER         folder for the unit files (created when missing); file names from unit names (bappeda.xlsx)
  --deadline YYYY-MM-DD    deadline written in every unit file (name SPBE_UNIT_DEADLINE)
  --note TEXT              the coordinator's note to every unit (name SPBE_UNIT_NOTE)
  --force                  overwrite unit files that exist
  --json                   print one JSON object: {template, out, units: [{unit, file, indicators}], unassigned}
  --lang id|en             language of the unit files' labels and of messages; default: id

Example:
  spbe split kertas-kerja.xlsx --out unit/ --deadline 2026-03-31 --note "Lengkapi data dukung."

${EXIT_CODES.en}
`,
  },
  merge: {
    id: `spbe merge TEMPLATE.xlsx UNIT.xlsx... --out GABUNG.xlsx [--force] [--json] [--lang id|en]

Menggabungkan tingkat, Penjelasan, Data dukung dan Catatan dari berkas unit ke SALINAN BARU kertas kerja koordinator
(TEMPLATE.xlsx tidak diubah). Jawaban satu unit yang ditugaskan digabungkan; jawaban yang berbeda antarunit, atau
jawaban unit atas indikator yang bukan tugasnya dan berbeda dari koordinator, menjadi konflik: nilai koordinator
tetap dan kedua jawaban ditampilkan berdampingan. Setiap perubahan dicatat di lembar log baru (indikator, nilai lama,
nilai baru, berkas sumber); ditambah lembar konflik dan rekap per unit. Berkas rusak, bukan kertas kerja atau dari
kerangka lain disebutkan beserta masalahnya dan dilewati; berkas lain tetap digabungkan (kode keluar 1).
Folder berarti semua berkas .xlsx di dalamnya.

Opsi:
  -o, --out GABUNG.xlsx    berkas hasil (baru); tidak ditimpa bila sudah ada, kecuali dengan --force
  --json                   cetak satu objek JSON: {template, out, framework, sheets, merged, changes, conflicts,
                           completeness, failed, warnings}
  --lang id|en             bahasa lembar baru dan pesan; bawaan: id

Contoh:
  spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx

${EXIT_CODES.id}
`,
    en: `spbe merge TEMPLATE.xlsx UNIT.xlsx... --out MERGED.xlsx [--force] [--json] [--lang id|en]

Merges levels, Justification (Penjelasan), Evidence (Data dukung) and Notes from unit files into a NEW copy of the
coordinator's template (TEMPLATE.xlsx is not changed). The answer of one assigned unit is merged; units answering
differently, or a unit answering an indicator not assigned to it differently from the coordinator, make a conflict:
the coordinator's value stays and the answers are shown side by side. Every change is recorded in a new log sheet
(indicator, old value, new value, source file); a conflict sheet and a recap by unit are added. Damaged files,
non-templates and other frameworks are named with their problem and skipped; the rest is merged (exit code 1).
A folder stands for every .xlsx file in it.

Options:
  -o, --out MERGED.xlsx    the (new) output file; an existing file is not overwritten unless --force is given
  --json                   print one JSON object: {template, out, framework, sheets, merged, changes, conflicts,
                           completeness, failed, warnings}
  --lang id|en             language of the new sheets and of messages; default: id

Example:
  spbe merge kertas-kerja.xlsx unit/*.xlsx --out gabung.xlsx

${EXIT_CODES.en}
`,
  },
  recap: {
    id: `spbe recap FILE.xlsx... --out REKAP.xlsx [--json] [--practice exact|rounded] [--force] [--lang id|en]

Memeringkat banyak kertas kerja yang sudah diisi (satu per unit atau daerah) menurut indeks tepat, dari yang
tertinggi, dengan predikat serta indeks aspek dan domain, dihitung dengan mesin add-in. Berkas yang tidak dapat
diperingkat (rusak, bukan kertas kerja, tingkat kosong/tidak valid, kerangka lain) disebutkan di stderr dan di lembar
"Berkas Gagal"; berkas lainnya tetap diperingkat (kode keluar 1). Folder berarti semua berkas .xlsx di dalamnya.
Buku kerja unit yang bukan template dibaca dari tabelnya sendiri (aturan \`spbe score\`); bila semua unit memakai
bentuk yang sama, --sheet, --indicators, --levels dan --framework berlaku untuk setiap berkas yang bukan template.

Opsi:
  -o, --out REKAP.xlsx       berkas peringkat (baru)
  --json                     cetak satu objek JSON: {framework, practice, out, rows: [{rank, file, instansi, year,
                             index, rounded, predikat, aspects: [{id, name, index}], domains}], failed: [{file, code,
                             message}]}; rows dari yang terbaik
  --practice exact|rounded   predikat dari indeks tepat (bawaan, praktik 2024) atau yang dibulatkan (praktik 2023)
  --sheet, --indicators, --levels, --framework
                             untuk berkas yang bukan template, seperti pada \`spbe score\`
  --lang id|en               bahasa lembar dan pesan; bawaan: id

Contoh:
  spbe recap hasil/*.xlsx --out rekap.xlsx --json > rekap.json

${EXIT_CODES.id}
`,
    en: `spbe recap FILE.xlsx... --out REKAP.xlsx [--json] [--practice exact|rounded] [--force] [--lang id|en]

Ranks many filled templates (one per unit or region) by their exact index, best first, with the predikat and the
aspect and domain indices, computed by the add-in's engine. Files that cannot be ranked (damaged, not a template,
blank/invalid levels, another framework) are named on stderr and in the "Failed Files" sheet; the rest are still
ranked (exit code 1). A folder stands for every .xlsx file in it. A unit's workbook that is not a template is read
from its own table (the rules of \`spbe score\`); when every unit uses the same form, --sheet, --indicators, --levels
and --framework apply to each file that is not a template.

Options:
  -o, --out REKAP.xlsx       the (new) ranking file
  --json                     print one JSON object: {framework, practice, out, rows: [{rank, file, instansi, year,
                             index, rounded, predikat, aspects: [{id, name, index}], domains}], failed: [{file, code,
                             message}]}; rows best first
  --practice exact|rounded   predikat of the exact index (default, 2024 practice) or of the rounded one (2023)
  --sheet, --indicators, --levels, --framework
                             for the files that are not templates, as for \`spbe score\`
  --lang id|en               language of the sheets and messages; default: id

Example:
  spbe recap results/*.xlsx --out rekap.xlsx --json > rekap.json

${EXIT_CODES.en}
`,
  },
};

export function helpText(language: Language, command?: CommandName): string {
  if (!command) return GENERAL[language];
  return command === "split" || command === "merge" || command === "recap" ? UNIT_HELP[command][language] : COMMAND_HELP[command][language];
}
