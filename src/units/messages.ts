/**
 * What the unit (OPD) operations say about a file, in Indonesian (first) and English.
 *
 * Every problem names the file and what is wrong with it; a problem about a cell also carries the core's own
 * message (SpbeError: "Indikator 12 (sel Kertas Kerja!F20) bernilai 7, di luar rentang ..."), so the words for
 * levels are the ones every other surface uses.
 */
import { CataloguedError, GLOSSARY, type Catalogue, type Language, type Said } from "../core";
import type { UnkeptObject, UnkeptObjects } from "../xlsx/objectsNotRewritten";

export type UnitProblemCode =
  // The file is not used (split, merge and recap go on with the others).
  | "FILE_DAMAGED"
  | "NOT_A_TEMPLATE"
  | "TEMPLATE_BROKEN"
  | "FRAMEWORK_BLANK"
  | "FRAMEWORK_DIFFERS"
  | "SAME_AS_TEMPLATE"
  | "DUPLICATE_FILE"
  | "LEVELS_BLANK"
  | "LEVELS_INVALID"
  | "OWN_TABLE_UNREADABLE"
  // The file is used, with a warning.
  | "LEVEL_IGNORED"
  | "UNIT_NOT_STAMPED"
  | "UNIT_UNKNOWN"
  | "FORMULA_AS_TEXT"
  | "OBJECTS_NOT_REWRITTEN";

/** Codes after which a file is not used at all. */
const SKIPPING: ReadonlySet<UnitProblemCode> = new Set<UnitProblemCode>([
  "FILE_DAMAGED", "NOT_A_TEMPLATE", "TEMPLATE_BROKEN", "FRAMEWORK_BLANK", "FRAMEWORK_DIFFERS", "SAME_AS_TEMPLATE",
  "DUPLICATE_FILE", "LEVELS_BLANK", "LEVELS_INVALID", "OWN_TABLE_UNREADABLE",
]);

export interface UnitProblemParams {
  /** The framework found in the file. */
  readonly framework?: string;
  /** The framework the operation works on (the coordinator's, or the one most files use). */
  readonly expected?: string;
  /** The unit named in the file. */
  readonly unit?: string;
  /** Indicator numbers (blank levels). */
  readonly indicators?: readonly number[];
  /** Underlying library message (a damaged zip). */
  readonly detail?: string;
  /** Core errors explaining the problem, one per cell. */
  readonly causes?: readonly Said[];
  /** Why a workbook's own table could not be read: a message that names the file, sheet and columns itself. */
  readonly reason?: Said;
  /** The unit file's cell ("Kertas Kerja!H12"), its formula and the text merged in its place. */
  readonly cell?: string;
  readonly formula?: string;
  readonly value?: string;
  /** What the coordinator's workbook holds that the merged copy cannot (charts, PivotTables...), with how many. */
  readonly objects?: readonly UnkeptObjects[];
}

/** The facts of a problem, with the file it is about (every message names it). */
type FileProblemParams = UnitProblemParams & { readonly file: string };

const q = (text: string | undefined) => `"${text ?? ""}"`;

/** "3, 17, 42" with ranges for runs: "1-10, 17". */
export function listIndicators(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(j > i + 1 ? `${numbers[i]}-${numbers[j]}` : j === i + 1 ? `${numbers[i]}, ${numbers[j]}` : String(numbers[i]));
    i = j;
  }
  return parts.join(", ");
}

/** "1 grafik", "2 charts": each object as Excel calls it (English adds its plural). */
const OBJECT_WORDS: Readonly<Record<Language, Readonly<Record<UnkeptObject, (n: number) => string>>>> = {
  id: {
    chart: (n) => `${n} grafik`,
    chartSheet: (n) => `${n} lembar grafik`,
    pivotTable: (n) => `${n} PivotTable`,
    slicer: (n) => `${n} slicer`,
    timeline: (n) => `${n} timeline`,
    formControl: (n) => `${n} kontrol formulir`,
    shape: (n) => `${n} bentuk atau kotak teks`,
  },
  en: {
    chart: (n) => `${n} chart${n === 1 ? "" : "s"}`,
    chartSheet: (n) => `${n} chart sheet${n === 1 ? "" : "s"}`,
    pivotTable: (n) => `${n} PivotTable${n === 1 ? "" : "s"}`,
    slicer: (n) => `${n} slicer${n === 1 ? "" : "s"}`,
    timeline: (n) => `${n} timeline${n === 1 ? "" : "s"}`,
    formControl: (n) => `${n} form control${n === 1 ? "" : "s"}`,
    shape: (n) => `${n} shape${n === 1 ? "" : "s"} or text box${n === 1 ? "" : "es"}`,
  },
};

/** "1 grafik, 2 PivotTable dan 3 bentuk atau kotak teks". */
function listObjects(objects: readonly UnkeptObjects[], language: Language): string {
  const words = objects.map((o) => OBJECT_WORDS[language][o.kind](o.count));
  const and = language === "id" ? " dan " : " and ";
  return words.length > 1 ? `${words.slice(0, -1).join(", ")}${and}${words[words.length - 1]}` : words.join("");
}

const causes = (p: UnitProblemParams, l: Language) => (p.causes ?? []).map((e) => e.messageIn(l)).join(" ");

const CATALOGUE: Catalogue<UnitProblemCode, FileProblemParams> = {
  FILE_DAMAGED: {
    // With a reason: the xlsx layer's sentence saying what the file is and what to do.
    id: ({ file: f, ...p }) => p.reason ? `${p.reason.messageIn("id")} Berkas ini dilewati.` : `Berkas ${q(f)} rusak atau tidak dapat dibaca${p.detail ? ` (${p.detail})` : ""}; berkas ini dilewati.`,
    en: ({ file: f, ...p }) => p.reason ? `${p.reason.messageIn("en")} It was skipped.` : `File ${q(f)} is damaged or cannot be read${p.detail ? ` (${p.detail})` : ""}; it was skipped.`,
  },
  NOT_A_TEMPLATE: {
    // With a reason: no table of the analyst's own was found either (recap), and the reason says what was looked for.
    id: ({ file: f, ...p }) => p.reason ? `${p.reason.messageIn("id")} Berkas ini dilewati.` : `Berkas ${q(f)} bukan kertas kerja SPBE/Pemdi (nama SPBE_FRAMEWORK dan SPBE_LEVELS tidak ada); berkas ini dilewati.`,
    en: ({ file: f, ...p }) => p.reason ? `${p.reason.messageIn("en")} It was skipped.` : `File ${q(f)} is not an SPBE/Pemdi template (the names SPBE_FRAMEWORK and SPBE_LEVELS are missing); it was skipped.`,
  },
  TEMPLATE_BROKEN: {
    id: ({ file: f, ...p }, l) => `Berkas ${q(f)}: ${causes(p, l)} Berkas ini dilewati.`,
    en: ({ file: f, ...p }, l) => `File ${q(f)}: ${causes(p, l)} It was skipped.`,
  },
  FRAMEWORK_BLANK: {
    id: ({ file: f }) => `Berkas ${q(f)}: sel SPBE_FRAMEWORK kosong, kerangkanya tidak diketahui; berkas ini dilewati.`,
    en: ({ file: f }) => `File ${q(f)}: the SPBE_FRAMEWORK cell is blank, so its framework is unknown; it was skipped.`,
  },
  FRAMEWORK_DIFFERS: {
    id: ({ file: f, ...p }) => `Berkas ${q(f)} memakai kerangka ${p.framework}, bukan ${p.expected}; berkas ini dilewati.`,
    en: ({ file: f, ...p }) => `File ${q(f)} uses framework ${p.framework}, not ${p.expected}; it was skipped.`,
  },
  SAME_AS_TEMPLATE: {
    id: ({ file: f }) => `Berkas ${q(f)} adalah kertas kerja koordinator itu sendiri; berkas ini tidak digabungkan ke dirinya sendiri.`,
    en: ({ file: f }) => `File ${q(f)} is the coordinator's template itself; it is not merged into itself.`,
  },
  DUPLICATE_FILE: {
    id: ({ file: f }) => `Berkas ${q(f)} disebutkan lebih dari sekali; hanya dibaca sekali.`,
    en: ({ file: f }) => `File ${q(f)} is given more than once; it is read once.`,
  },
  LEVELS_BLANK: {
    id: ({ file: f, ...p }) => `Berkas ${q(f)}: ${p.indicators?.length} indikator belum diisi (${listIndicators(p.indicators ?? [])}); indeksnya tidak dapat dihitung dan berkas ini tidak diperingkat.`,
    en: ({ file: f, ...p }) => `File ${q(f)}: ${p.indicators?.length} indicators are not filled in (${listIndicators(p.indicators ?? [])}); its index cannot be computed and it is not ranked.`,
  },
  LEVELS_INVALID: {
    id: ({ file: f, ...p }, l) => `Berkas ${q(f)}: ${p.causes?.length} sel tingkat ${GLOSSARY.id.invalid}: ${causes(p, l)} Berkas ini tidak diperingkat.`,
    en: ({ file: f, ...p }, l) => `File ${q(f)}: ${p.causes?.length} level cells are not allowed: ${causes(p, l)} It is not ranked.`,
  },
  OWN_TABLE_UNREADABLE: {
    id: (p) => `${p.reason?.messageIn("id") ?? ""} Berkas ini tidak diperingkat.`,
    en: (p) => `${p.reason?.messageIn("en") ?? ""} It is not ranked.`,
  },
  LEVEL_IGNORED: {
    id: ({ file: f, ...p }, l) => `Berkas ${q(f)}: ${causes(p, l)} Jawaban ini tidak digabungkan.`,
    en: ({ file: f, ...p }, l) => `File ${q(f)}: ${causes(p, l)} This answer is not merged.`,
  },
  UNIT_NOT_STAMPED: {
    id: ({ file: f }) => `Berkas ${q(f)} tidak menyebut unitnya (nama SPBE_UNIT tidak ada; bukan hasil "spbe split"): setiap jawabannya dianggap jawaban atas indikator yang tidak ditugaskan, dan yang berbeda dari kertas kerja koordinator dicatat sebagai konflik.`,
    en: ({ file: f }) => `File ${q(f)} does not name its unit (no SPBE_UNIT name; not made by "spbe split"): every answer in it counts as an answer to an indicator not assigned to it, and those that differ from the coordinator's template are recorded as conflicts.`,
  },
  UNIT_UNKNOWN: {
    id: ({ file: f, ...p }) => `Berkas ${q(f)} untuk unit ${q(p.unit)}, yang tidak ada di kolom PIC / OPD kertas kerja koordinator: jawabannya yang berbeda dicatat sebagai konflik.`,
    en: ({ file: f, ...p }) => `File ${q(f)} is for unit ${q(p.unit)}, which is not in the coordinator's PIC / OPD column: its answers that differ are recorded as conflicts.`,
  },
  FORMULA_AS_TEXT: {
    id: ({ file: f, ...p }) => `Berkas ${q(f)}, sel ${p.cell}: jawabannya rumus (=${p.formula}) yang merujuk ke berkas unit itu; hasilnya ${q(p.value)} digabungkan sebagai teks, rumus dan tautannya tidak ikut. Periksa sel itu di hasil penggabungan.`,
    en: ({ file: f, ...p }) => `File ${q(f)}, cell ${p.cell}: the answer is a formula (=${p.formula}) that refers into that unit's file; its result ${q(p.value)} was merged as text, without the formula or its link. Check that cell in the merged file.`,
  },
  OBJECTS_NOT_REWRITTEN: {
    id: ({ file: f, ...p }) => `Kertas kerja koordinator ${q(f)} memuat ${listObjects(p.objects ?? [], "id")}, yang tidak dapat ditulis ulang: berkas gabungan tidak memuatnya, dan berkas aslinya tidak diubah. Salin dari berkas asli di Excel bila perlu; grafik aspek juga ada di Laporan Pimpinan dari "spbe report".`,
    en: ({ file: f, ...p }) => `The coordinator's template ${q(f)} holds ${listObjects(p.objects ?? [], "en")}, which cannot be written back: the merged file lacks them, and the original file is unchanged. Copy them from the original in Excel if needed; the aspect chart is also in the leader report that "spbe report" writes.`,
  },
};

/** A problem with one file: it names the file, and says whether the file was skipped or used with a warning. */
export class UnitFileProblem extends CataloguedError<UnitProblemCode, FileProblemParams> {
  readonly file: string;
  /** True when the file was not used at all. */
  readonly skipped: boolean;

  constructor(file: string, code: UnitProblemCode, params: UnitProblemParams = {}) {
    super(CATALOGUE, code, { ...params, file });
    this.name = "UnitFileProblem";
    this.file = file;
    this.skipped = SKIPPING.has(code);
  }
}

export function isUnitFileProblem(value: unknown): value is UnitFileProblem {
  return value instanceof UnitFileProblem;
}
