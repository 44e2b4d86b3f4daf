/**
 * The catalogue of user-facing error messages, keyed by code, in Indonesian (first) and English.
 *
 * A message names the place (indicator number, and the cell when it is known), the value found and what is
 * allowed, so the user can fix it without guessing.
 */
import { phrase, type Catalogue } from "./catalogue";
import { decimalSeparator } from "./format";
import { describeCellCounts, describeFrameworkIds, describeYearRule, EVALUATION_YEARS } from "./frameworkText";

export type Language = "id" | "en";

export type ErrorCode =
  | "LEVEL_BLANK"
  | "LEVEL_NOT_NUMBER"
  | "LEVEL_ERROR_VALUE"
  | "LEVEL_OUT_OF_RANGE"
  | "LEVEL_TOO_PRECISE"
  | "LEVEL_NOT_WHOLE"
  | "COUNT_MISMATCH"
  | "COUNT_UNKNOWN"
  | "RANGE_NOT_ONE_DIMENSIONAL"
  | "FRAMEWORK_UNKNOWN"
  | "FRAMEWORK_BLANK"
  | "ASPECT_UNKNOWN"
  | "DOMAIN_UNKNOWN"
  | "NO_DOMAINS"
  | "INDICATOR_UNKNOWN"
  | "INDICATOR_CAP_INVALID"
  | "INDEX_NOT_NUMBER"
  | "INDEX_OUT_OF_RANGE"
  | "LANGUAGE_UNKNOWN"
  | "ARGUMENT_BLANK"
  | "ARGUMENT_NOT_BOOLEAN"
  | "TARGET_INVALID"
  | "PREDIKAT_UNKNOWN"
  | "PLAN_MAX_RISE_INVALID"
  | "PLAN_MAX_LEVEL_INVALID"
  | "PLAN_EFFORT_INVALID"
  | "KEYS_SHAPE_MISMATCH"
  | "KEYS_MISSING"
  | "KEY_LEVEL_CONFLICT"
  | "FRAMEWORK_AMBIGUOUS"
  | "NUMBER_TEXT_AMBIGUOUS"
  | "LEVEL_TEXT_UNKNOWN"
  | "LEVEL_TEXT_CONTRADICTS"
  | "LEVEL_NAME_NEEDS_INDICATOR"
  | "PLAN_LEVEL_NOT_HUNDREDTHS"
  | "EVIDENCE_CODE_INVALID"
  | "EVIDENCE_ITEMS_SHAPE"
  | "EXTERNAL_NOT_EXTERNAL"
  | "EXTERNAL_NO_CONVERSION"
  | "EXTERNAL_SCORE_INVALID"
  | "HISTORY_INVALID"
  | "PLAN_STEP_INVALID";

/** Facts of one problem. All optional: each message uses the ones its code needs. */
export interface MessageParams {
  /** Indicator number (1-based). */
  readonly indicator?: number;
  /** 1-based position of the cell in the range given. */
  readonly position?: number;
  /** A1 address of the cell, when the caller knows it. */
  readonly cell?: string;
  /** The offending value, as found. */
  readonly value?: unknown;
  readonly framework?: string;
  readonly expected?: number;
  readonly actual?: number;
  readonly rows?: number;
  readonly columns?: number;
  readonly min?: number;
  readonly max?: number;
  /** Name of the argument, for argument errors. */
  readonly argument?: string;
  /** What is allowed, already listed ("A1-A8"). */
  readonly allowed?: string;
  /** A list already joined ("3, 17, 42"): indicators, levels. */
  readonly list?: string;
  /** The second cell and value of a contradiction. */
  readonly otherCell?: string;
  readonly otherValue?: unknown;
}


/** A number exactly as typed (all its digits: this shows the user's own value back), with their decimal separator. */
function num(value: number, lang: Language): string {
  return String(value).replace(".", decimalSeparator(lang));
}

/** Shows a value the way the user typed or saw it. */
/** Longest text quoted in a message: a cell may hold a whole paragraph, and the message must stay readable. */
const MAX_QUOTED = 60;

export function describeValue(value: unknown, lang: Language): string {
  if (typeof value === "string") return value.length > MAX_QUOTED ? `"${value.slice(0, MAX_QUOTED - 1)}…" (${value.length} ${lang === "id" ? "karakter" : "characters"})` : `"${value}"`;
  if (typeof value === "number") return num(value, lang);
  if (typeof value === "boolean") return value ? (lang === "id" ? "BENAR (TRUE)" : "TRUE") : lang === "id" ? "SALAH (FALSE)" : "FALSE";
  if (value === null || value === undefined) return lang === "id" ? "(kosong)" : "(blank)";
  if (typeof value === "object" && value !== null && "code" in value) return String((value as { code: unknown }).code);
  // Not from Excel, but from other callers: never "[object Object]".
  if (Array.isArray(value)) return lang === "id" ? `(daftar ${value.length} nilai)` : `(a list of ${value.length} values)`;
  if (typeof value === "object") return lang === "id" ? "(objek)" : "(an object)";
  return String(value);
}

/** "Indikator 12 (sel F19)" / "Indicator 12 (cell 12 of the range)". */
function place(p: MessageParams, lang: Language): string {
  const where =
    p.cell !== undefined
      ? lang === "id" ? `sel ${p.cell}` : `cell ${p.cell}`
      : p.position !== undefined
        ? lang === "id" ? `sel ke-${p.position} dalam rentang` : `cell ${p.position} of the range`
        : undefined;
  const who = p.indicator !== undefined ? (lang === "id" ? `Indikator ${p.indicator}` : `Indicator ${p.indicator}`) : undefined;
  if (who && where) return `${who} (${where})`;
  return who ?? where ?? (lang === "id" ? "Nilai" : "Value");
}

/** " untuk indikator 12" / " for indicator 12", or nothing when the problem concerns every indicator. */
function forIndicator(p: MessageParams, lang: Language): string {
  if (p.indicator === undefined) return "";
  return lang === "id" ? ` untuk indikator ${p.indicator}` : ` for indicator ${p.indicator}`;
}

const ALLOWED_LEVELS = {
  id: (p: MessageParams) => `Yang diizinkan: angka ${p.min ?? 0} sampai ${p.max ?? 5} (0 = belum terpenuhi/belum dinilai), paling banyak dua desimal.`,
  en: (p: MessageParams) => `Allowed: a number from ${p.min ?? 0} to ${p.max ?? 5} (0 = not met/not scored), at most two decimals.`,
};

export const CATALOGUE: Catalogue<ErrorCode, MessageParams> = {
  LEVEL_BLANK: {
    id: (p, l) => `${place(p, l)} belum diisi. Isi tingkat 0-5 sebelum menghitung indeks.`,
    en: (p, l) => `${place(p, l)} is not filled in. Enter a level 0-5 before computing the index.`,
  },
  LEVEL_NOT_NUMBER: {
    id: (p, l) => `${place(p, l)} berisi teks atau nilai bukan angka ${describeValue(p.value, l)}. ${ALLOWED_LEVELS.id(p)}`,
    en: (p, l) => `${place(p, l)} holds text or a non-numeric value ${describeValue(p.value, l)}. ${ALLOWED_LEVELS.en(p)}`,
  },
  LEVEL_ERROR_VALUE: {
    // The error code as Excel shows it (#DIV/0!), without quotes.
    id: (p, l) => `${place(p, l)} berisi galat ${String(p.value)}. Perbaiki sel itu terlebih dahulu.`,
    en: (p, l) => `${place(p, l)} holds the error ${String(p.value)}. Fix that cell first.`,
  },
  LEVEL_OUT_OF_RANGE: {
    id: (p, l) => `${place(p, l)} bernilai ${describeValue(p.value, l)}, di luar rentang. ${ALLOWED_LEVELS.id(p)}`,
    en: (p, l) => `${place(p, l)} is ${describeValue(p.value, l)}, out of range. ${ALLOWED_LEVELS.en(p)}`,
  },
  LEVEL_TOO_PRECISE: {
    id: (p, l) => `${place(p, l)} bernilai ${describeValue(p.value, l)}, lebih dari dua desimal. ${ALLOWED_LEVELS.id(p)}`,
    en: (p, l) => `${place(p, l)} is ${describeValue(p.value, l)}, more than two decimals. ${ALLOWED_LEVELS.en(p)}`,
  },
  LEVEL_NOT_WHOLE: {
    id: (p, l) => `Tingkat ${describeValue(p.value, l)} bukan bilangan bulat. Nama tingkat hanya ada untuk tingkat ${p.min ?? 0}, 1, 2, 3, 4 dan ${p.max ?? 5}.`,
    en: (p, l) => `Level ${describeValue(p.value, l)} is not a whole number. Level names exist only for levels ${p.min ?? 0}, 1, 2, 3, 4 and ${p.max ?? 5}.`,
  },
  COUNT_MISMATCH: {
    id: (p) => `Rentang berisi ${p.actual} sel, padahal kerangka ${p.framework} memiliki ${p.expected} indikator. Pilih tepat ${p.expected} sel, satu per indikator, berurutan.`,
    en: (p) => `The range has ${p.actual} cells, but framework ${p.framework} has ${p.expected} indicators. Select exactly ${p.expected} cells, one per indicator, in order.`,
  },
  COUNT_UNKNOWN: {
    id: (p) => `Rentang berisi ${p.actual} sel; kerangka tidak dapat dikenali dari jumlah itu. Pilih ${describeCellCounts("id")}, atau sebutkan kerangkanya.`,
    en: (p) => `The range has ${p.actual} cells; no framework has that many indicators. Select ${describeCellCounts("en")}, or name the framework.`,
  },
  RANGE_NOT_ONE_DIMENSIONAL: {
    id: (p) => `Rentang berukuran ${p.rows} baris x ${p.columns} kolom. Pilih satu kolom atau satu baris tingkat, satu sel per indikator.`,
    en: (p) => `The range is ${p.rows} rows x ${p.columns} columns. Select one column or one row of levels, one cell per indicator.`,
  },
  FRAMEWORK_UNKNOWN: {
    id: (p, l) => `Kerangka ${describeValue(p.value, l)} tidak dikenal. Gunakan ${describeFrameworkIds("id")}, atau tahun evaluasi ${EVALUATION_YEARS.first} ke atas (${describeYearRule("id")}).`,
    en: (p, l) => `Framework ${describeValue(p.value, l)} is unknown. Use ${describeFrameworkIds("en")}, or an evaluation year from ${EVALUATION_YEARS.first} (${describeYearRule("en")}).`,
  },
  FRAMEWORK_BLANK: {
    id: (p, l) => `${place(p, l)}: sel kerangka (SPBE_FRAMEWORK) kosong, jadi kerangkanya tidak diketahui. Isi ${describeFrameworkIds("id")}.`,
    en: (p, l) => `${place(p, l)}: the framework cell (SPBE_FRAMEWORK) is blank, so the framework is unknown. Enter ${describeFrameworkIds("en")}.`,
  },
  ASPECT_UNKNOWN: {
    id: (p, l) => `Aspek ${describeValue(p.value, l)} tidak ada dalam kerangka ${p.framework}. Yang diizinkan: ${p.allowed}.`,
    en: (p, l) => `Aspect ${describeValue(p.value, l)} is not in framework ${p.framework}. Allowed: ${p.allowed}.`,
  },
  DOMAIN_UNKNOWN: {
    id: (p, l) => `Domain ${describeValue(p.value, l)} tidak ada dalam kerangka ${p.framework}. Yang diizinkan: ${p.allowed}.`,
    en: (p, l) => `Domain ${describeValue(p.value, l)} is not in framework ${p.framework}. Allowed: ${p.allowed}.`,
  },
  NO_DOMAINS: {
    id: (p) => `Kerangka ${p.framework} (Indeks Pemdi) tidak memiliki domain, hanya aspek.`,
    en: (p) => `Framework ${p.framework} (Indeks Pemdi) has no domains, only aspects.`,
  },
  INDICATOR_UNKNOWN: {
    id: (p, l) => `Indikator ${describeValue(p.value, l)} tidak ada dalam kerangka ${p.framework}. Yang diizinkan: nomor 1 sampai ${p.max}.`,
    en: (p, l) => `Indicator ${describeValue(p.value, l)} is not in framework ${p.framework}. Allowed: numbers 1 to ${p.max}.`,
  },
  INDICATOR_CAP_INVALID: {
    id: (p, l) => `Batas ${describeValue(p.value, l)} tidak dapat dibaca. Tulis nomor indikator dan tingkat tertingginya, mis. "12:3, 18:4" (tingkat ${p.min} sampai ${p.max}).`,
    en: (p, l) => `Cap ${describeValue(p.value, l)} cannot be read. Write an indicator number and its highest level, e.g. "12:3, 18:4" (levels ${p.min} to ${p.max}).`,
  },
  INDEX_NOT_NUMBER: {
    id: (p, l) => `Indeks ${describeValue(p.value, l)} bukan angka. Yang diizinkan: angka 0 sampai 5.`,
    en: (p, l) => `Index ${describeValue(p.value, l)} is not a number. Allowed: a number from 0 to 5.`,
  },
  INDEX_OUT_OF_RANGE: {
    id: (p, l) => `Indeks ${describeValue(p.value, l)} di luar rentang. Yang diizinkan: angka 0 sampai 5.`,
    en: (p, l) => `Index ${describeValue(p.value, l)} is out of range. Allowed: a number from 0 to 5.`,
  },
  LANGUAGE_UNKNOWN: {
    id: (p, l) => `Bahasa ${describeValue(p.value, l)} tidak dikenal. Gunakan "id" (Indonesia) atau "en" (English).`,
    en: (p, l) => `Language ${describeValue(p.value, l)} is unknown. Use "id" (Indonesian) or "en" (English).`,
  },
  ARGUMENT_BLANK: {
    id: (p) => `Argumen ${p.argument} kosong. Isi nilainya.`,
    en: (p) => `Argument ${p.argument} is blank. Give it a value.`,
  },
  ARGUMENT_NOT_BOOLEAN: {
    id: (p, l) => `Argumen ${p.argument} bernilai ${describeValue(p.value, l)}. Yang diizinkan: TRUE atau FALSE.`,
    en: (p, l) => `Argument ${p.argument} is ${describeValue(p.value, l)}. Allowed: TRUE or FALSE.`,
  },
  TARGET_INVALID: {
    id: (p, l) => `Target ${describeValue(p.value, l)} tidak dapat dipakai. Yang diizinkan: indeks ${p.min ?? 0} sampai ${p.max ?? 5} atau nama predikat (${p.allowed}).`,
    en: (p, l) => `Target ${describeValue(p.value, l)} cannot be used. Allowed: an index from ${p.min ?? 0} to ${p.max ?? 5} or a predikat name (${p.allowed}).`,
  },
  PREDIKAT_UNKNOWN: {
    id: (p, l) => `Predikat ${describeValue(p.value, l)} tidak ada dalam kerangka ${p.framework}. Yang diizinkan: ${p.allowed}.`,
    en: (p, l) => `Predikat ${describeValue(p.value, l)} is not in framework ${p.framework}. Allowed: ${p.allowed}.`,
  },
  PLAN_MAX_RISE_INVALID: {
    id: (p, l) => `Kenaikan maksimum ${describeValue(p.value, l)}${forIndicator(p, l)} tidak dapat dipakai. Yang diizinkan: bilangan bulat 0 sampai ${p.max ?? 5} (jumlah tingkat yang boleh naik dalam siklus ini).`,
    en: (p, l) => `Maximum rise ${describeValue(p.value, l)}${forIndicator(p, l)} cannot be used. Allowed: a whole number from 0 to ${p.max ?? 5} (levels an indicator may rise this cycle).`,
  },
  PLAN_MAX_LEVEL_INVALID: {
    id: (p, l) => `Tingkat maksimum ${describeValue(p.value, l)}${forIndicator(p, l)} tidak dapat dipakai. Yang diizinkan: bilangan bulat ${p.min ?? 0} sampai ${p.max ?? 5}.`,
    en: (p, l) => `Maximum level ${describeValue(p.value, l)}${forIndicator(p, l)} cannot be used. Allowed: a whole number from ${p.min ?? 0} to ${p.max ?? 5}.`,
  },
  PLAN_EFFORT_INVALID: {
    id: (p, l) => `Upaya ${describeValue(p.value, l)}${forIndicator(p, l)} tidak dapat dipakai. Yang diizinkan: angka 0 sampai ${num(p.max ?? 1000000, l)}, satu untuk semua langkah atau satu per tingkat 1-5.`,
    en: (p, l) => `Effort ${describeValue(p.value, l)}${forIndicator(p, l)} cannot be used. Allowed: a number from 0 to ${num(p.max ?? 1000000, l)}, one for every step or one per level 1-5.`,
  },
  KEYS_SHAPE_MISMATCH: {
    id: (p) => `Rentang indikator berisi ${p.actual} sel, padahal rentang tingkat berisi ${p.expected} sel. Pilih dua rentang dengan baris yang sama: satu kolom kunci indikator dan satu kolom tingkat.`,
    en: (p) => `The indicators range has ${p.actual} cells but the levels range has ${p.expected}. Select two ranges over the same rows: one column of indicator keys and one of levels.`,
  },
  KEYS_MISSING: {
    id: (p) => `Indikator ${p.list} tidak ada di rentang indikator (${p.actual} dari ${p.expected} indikator kerangka ${p.framework} ditemukan). Tambahkan baris untuk indikator itu, atau periksa kolom kuncinya.`,
    en: (p) => `Indicator(s) ${p.list} have no row in the indicators range (${p.actual} of the ${p.expected} indicators of framework ${p.framework} found). Add a row for each, or check the key column.`,
  },
  KEY_LEVEL_CONFLICT: {
    id: (p, l) => `Indikator ${p.indicator} muncul lebih dari sekali dengan tingkat berbeda: ${describeValue(p.value, l)} di sel ${p.cell} dan ${describeValue(p.otherValue, l)} di sel ${p.otherCell}. Samakan tingkatnya, atau hapus salah satu baris.`,
    en: (p, l) => `Indicator ${p.indicator} appears more than once with different levels: ${describeValue(p.value, l)} in cell ${p.cell} and ${describeValue(p.otherValue, l)} in cell ${p.otherCell}. Make them agree, or remove one row.`,
  },
  FRAMEWORK_AMBIGUOUS: {
    id: (p) => `Kerangka tidak dapat dipastikan dari kunci indikator: cocok dengan ${p.allowed}. Sebutkan kerangkanya ("59/2020", "8/2026", "5/2018") atau tahun evaluasi pada argumen framework.`,
    en: (p) => `The framework cannot be told from the indicator keys: they fit ${p.allowed}. Name the framework ("59/2020", "8/2026", "5/2018") or the evaluation year in the framework argument.`,
  },
  NUMBER_TEXT_AMBIGUOUS: {
    id: (p, l) => `Argumen ${p.argument} berisi teks ${describeValue(p.value, l)} yang dapat dibaca dua cara (pemisah ribuan atau desimal). Ketik angkanya sebagai angka, atau tulis desimal tanpa pemisah ribuan (misalnya "2,63" atau "4.2125").`,
    en: (p, l) => `Argument ${p.argument} holds the text ${describeValue(p.value, l)}, which reads two ways (thousands or decimal separator). Enter it as a number, or write the decimals without a thousands separator (for example "2.63" or "4,2125").`,
  },
  LEVEL_TEXT_UNKNOWN: {
    id: (p, l) => `${place(p, l)}: teks ${describeValue(p.value, l)} tidak dapat dibaca sebagai tingkat. Yang diterima: angka ${p.min ?? 0}-${p.max ?? 5} ("3", "Level 3", "Tingkat 3", "3 - Nama") atau nama tingkat (${p.allowed}).`,
    en: (p, l) => `${place(p, l)}: the text ${describeValue(p.value, l)} cannot be read as a level. Accepted: a number ${p.min ?? 0}-${p.max ?? 5} ("3", "Level 3", "Tingkat 3", "3 - Name") or a level name (${p.allowed}).`,
  },
  LEVEL_TEXT_CONTRADICTS: {
    id: (p, l) => `${place(p, l)}: teks ${describeValue(p.value, l)} bertentangan: nama itu adalah tingkat ${p.list}, bukan ${p.expected}. Perbaiki angka atau namanya.`,
    en: (p, l) => `${place(p, l)}: the text ${describeValue(p.value, l)} contradicts itself: that name is level ${p.list}, not ${p.expected}. Fix the number or the name.`,
  },
  LEVEL_NAME_NEEDS_INDICATOR: {
    id: (p, l) => `Nama tingkat ${describeValue(p.value, l)} berarti tingkat ${p.list} tergantung indikatornya (kerangka ${p.framework} memiliki dua skala). Sebutkan nomor indikator pada argumen kedua.`,
    en: (p, l) => `The level name ${describeValue(p.value, l)} means level ${p.list} depending on the indicator (framework ${p.framework} has two scales). Give the indicator number as the second argument.`,
  },
  PLAN_LEVEL_NOT_HUNDREDTHS: {
    id: (p, l) => `Indikator ${p.indicator} bernilai rata-rata tepat ${describeValue(p.value, l)} dari beberapa baris layanan, bukan kelipatan 0,01; perencana target memerlukan tingkat dengan paling banyak dua desimal. Indeks, aspek dan selisih target tetap dihitung tepat; untuk rencana, isi tingkat indikator itu dalam satu baris.`,
    en: (p, l) => `Indicator ${p.indicator} is the exact mean ${describeValue(p.value, l)} of several service rows, not a multiple of 0.01; the target planner needs levels with at most two decimals. The index, aspects and gap are still exact; to plan, give that indicator's level on one row.`,
  },
  EVIDENCE_CODE_INVALID: {
    id: (p, l) => `${place(p, l)} berisi ${describeValue(p.value, l)}, bukan butir indikator ${p.framework}. Yang diizinkan: kode I{indikator}-L{tingkat}-{nomor} seperti "I4-L2-02" (indikator 1-${p.max}, tingkat 1-5), atau dua kolom: nomor indikator dan tingkat.`,
    en: (p, l) => `${place(p, l)} holds ${describeValue(p.value, l)}, not an item of framework ${p.framework}. Allowed: a code I{indicator}-L{level}-{number} such as "I4-L2-02" (indicator 1-${p.max}, level 1-5), or two columns: indicator number and level.`,
  },
  EVIDENCE_ITEMS_SHAPE: {
    id: (p) => `Rentang butir berukuran ${p.rows} baris x ${p.columns} kolom dan rentang status ${p.actual} sel. Pilih satu kolom kode butir (atau dua kolom: indikator dan tingkat) dan satu kolom status pada baris yang sama.`,
    en: (p) => `The items range is ${p.rows} rows x ${p.columns} columns and the statuses range ${p.actual} cells. Select one column of item codes (or two: indicator and level) and one column of statuses over the same rows.`,
  },
  EXTERNAL_NOT_EXTERNAL: {
    id: (p) => `Indikator ${p.indicator} tidak mengambil nilai dari indeks instansi lain. Pada kerangka ${p.framework} yang demikian: indikator ${p.list}.`,
    en: (p) => `Indicator ${p.indicator} does not take its value from another agency's index. In framework ${p.framework} those are indicators ${p.list}.`,
  },
  EXTERNAL_NO_CONVERSION: {
    id: (p) => `Konversi nilai ${p.argument} ke indikator ${p.indicator} belum dipublikasikan, jadi tidak dihitung. Isi nilai indikator dari hasil asesor; bila tidak ada nilai, asesor 2026 memakai 1,00 (asumsi).`,
    en: (p) => `No conversion of the ${p.argument} value to indicator ${p.indicator} is published, so none is computed. Enter the indicator's value from the assessors' result; with no value, the 2026 assessors used 1.00 (an assumption).`,
  },
  EXTERNAL_SCORE_INVALID: {
    id: (p, l) => `Nilai ${p.argument} ${describeValue(p.value, l)} untuk indikator ${p.indicator} di luar rentang. Yang diizinkan: angka 0 sampai ${p.max}.`,
    en: (p, l) => `The ${p.argument} value ${describeValue(p.value, l)} for indicator ${p.indicator} is out of range. Allowed: a number from 0 to ${p.max}.`,
  },
  PLAN_STEP_INVALID: {
    id: (p, l) => `Jenis langkah ${describeValue(p.value, l)} tidak dikenal. Yang diizinkan: "level" (tingkat bulat berikutnya) atau "band" (batas bawah pita tingkat berikutnya).`,
    en: (p, l) => `Step kind ${describeValue(p.value, l)} is not known. Allowed: "level" (the next whole level) or "band" (the floor of the next level's band).`,
  },
  HISTORY_INVALID: {
    id: (p, l) => `${p.argument} di sel ${p.cell ?? "?"} berisi ${describeValue(p.value, l)}. Yang diizinkan: indeks 0 sampai ${p.max} seperti hasil resmi (2,45), atau kosong.`,
    en: (p, l) => `${p.argument} in cell ${p.cell ?? "?"} holds ${describeValue(p.value, l)}. Allowed: an index from 0 to ${p.max} as published (2.45), or blank.`,
  },
};

export function formatMessage(code: ErrorCode, params: MessageParams, language: Language): string {
  return phrase(CATALOGUE, code, params, language);
}
