/**
 * Fixed positions of the template. Readers and tests use the defined names, not these; they are exported for the
 * describer and for tests that need to put a value in a helper cell.
 */
import * as N from "./names";
import type { StyleId } from "./types";

/**
 * The evaluation sheet's columns, in order, by key: their positions (`EVALUATION.col`), headers (the labels'
 * `columns[key]`), widths, the style and number format of the indicator rows, and which are hidden helpers all
 * follow from this one list. A column added or moved here moves with its header, width, formulas and names.
 */
export const EVALUATION_COLUMNS = [
  { key: "no", width: 5, style: "number" },
  { key: "domain", width: 18, style: "textWrap" },
  { key: "aspect", width: 24, style: "textWrap" },
  { key: "indicator", width: 45, style: "textWrap" },
  { key: "weight", width: 8, style: "number", format: "0.00##" },
  { key: "level", width: 12, style: "input" },
  { key: "levelName", width: 18, style: "formula" },
  { key: "justification", width: 45, style: "inputText", format: "@" },
  { key: "evidence", width: 30, style: "inputText", format: "@" },
  { key: "pic", width: 18, style: "inputText", format: "@" },
  { key: "target", width: 10, style: "input" },
  { key: "gap", width: 8, style: "formula", format: "0.00" },
  { key: "official", width: 13, style: "input" },
  // Last year's value, and how this year's self-assessment moved from it ("turun dari 2,50"): flagged before the interview.
  { key: "lastYear", width: 11, style: "input" },
  { key: "change", width: 16, style: "formula" },
  { key: "notes", width: 30, style: "inputText", format: "@" },
  // Hidden helpers: integer weights and levels in whole hundredths, which the summary's exact formulas sum.
  { key: "weightUnits", width: 10, style: "helper", hidden: true },
  { key: "levelH", width: 10, style: "helper", hidden: true },
  { key: "targetH", width: 10, style: "helper", hidden: true },
  { key: "officialH", width: 10, style: "helper", hidden: true },
  { key: "lastYearH", width: 10, style: "helper", hidden: true },
] as const satisfies readonly { key: string; width: number; style: StyleId; format?: string; hidden?: boolean }[];

export type EvaluationColumnKey = (typeof EVALUATION_COLUMNS)[number]["key"];
export type EvaluationColumn = (typeof EVALUATION_COLUMNS)[number];

/** 1-based column of each evaluation column, derived from the list. */
const EVALUATION_COL = Object.fromEntries(EVALUATION_COLUMNS.map((column, i) => [column.key, i + 1])) as Readonly<Record<EvaluationColumnKey, number>>;

/** Evaluation sheet: header block rows 1-7, column headers in row 8, one row per indicator from row 9. */
export const EVALUATION = {
  titleRow: 1,
  instansiRow: 2,
  yearRow: 3,
  frameworkRow: 4,
  filledByRow: 5,
  guidanceRow: 6,
  statusRow: 7,
  headerRow: 8,
  firstRow: 9,
  /** Columns, 1-based, from EVALUATION_COLUMNS. */
  col: EVALUATION_COL,
  lastCol: EVALUATION_COLUMNS.length,
  /** Column of the header block's values; their labels span columns A:B, since column A alone (No) is too narrow. */
  valueCol: 3,
} as const;

/**
 * Summary sheet: the overall block (label in A:B, value in C:D) from row 6, the chart over E5:L17, the table of
 * aspects, domains and the overall index from row 21 (header in row 20).
 */
export const SUMMARY = {
  titleRow: 1,
  instansiRow: 2,
  yearRow: 3,
  frameworkRow: 4,
  firstOverallRow: 6,
  noteRow: 18,
  headerRow: 20,
  firstRow: 21,
  col: {
    code: 1, name: 2, weight: 3, index: 4, rounded: 5, target: 6, targetRounded: 7, gap: 8, official: 9, officialRounded: 10,
    lastYear: 11, lastYearRounded: 12, den: 13,
  },
  /**
   * Helper columns of series s (0 self-assessment, 1 target, 2 official, 3 last year): numerator, blanks, invalid,
   * rounded hundredths.
   */
  seriesCol: (series: 0 | 1 | 2 | 3) => ({ num: 14 + 4 * series, blanks: 15 + 4 * series, invalid: 16 + 4 * series, hundredths: 17 + 4 * series }),
  lastCol: 29,
  chartFrom: "E5",
  chartTo: "L17",
} as const;

/** Reference sheet: title, source note, header in row 3, one row per indicator from row 4. */
export const REFERENCE = { titleRow: 1, sourceRow: 2, headerRow: 3, firstRow: 4, lastCol: 10 } as const;

/**
 * The rows of the summary's overall block, in order, by key: their positions, the defined names that point at them
 * and the rows coloured by predikat all follow from this one list, so reordering a row moves its name and colour
 * with it. The stage row exists only for frameworks with maturity stages (Pemdi), so it comes last.
 */
export const OVERALL_ROWS = [
  { key: "index", name: N.SPBE_INDEX },
  { key: "indexRounded", name: N.SPBE_INDEX_ROUNDED },
  { key: "predikat", name: N.SPBE_PREDIKAT, showsPredikat: true },
  { key: "predikatRounded", name: N.SPBE_PREDIKAT_ROUNDED, showsPredikat: true },
  { key: "targetIndex", name: N.SPBE_TARGET_INDEX },
  { key: "targetRounded" },
  { key: "targetPredikat", showsPredikat: true },
  { key: "targetGap" },
  { key: "officialIndex" },
  { key: "officialRounded" },
  { key: "officialPredikat", showsPredikat: true },
  { key: "stage" },
] as const satisfies readonly { key: string; name?: string; showsPredikat?: boolean }[];

export type OverallKey = (typeof OVERALL_ROWS)[number]["key"];

/** The sheet row of an overall-block row. */
export function overallRowOf(key: OverallKey): number {
  return SUMMARY.firstOverallRow + OVERALL_ROWS.findIndex((r) => r.key === key);
}

/**
 * The Bukti Dukung sheet: the item list on the left (one row per evidence item, header in row 4, items from row 5),
 * then, after a spacer column, the recap per indicator (same header row, one row per indicator) and below it the
 * recap per PIC / OPD, whose counts sit in the same columns as the indicator recap's.
 */
export const EVIDENCE_ITEM_COLUMNS = [
  { key: "code", width: 12, style: "inputText", format: "@" },
  { key: "indicator", width: 10, style: "formula" },
  { key: "level", width: 8, style: "formula" },
  { key: "description", width: 40, style: "inputText", format: "@" },
  { key: "pic", width: 16, style: "inputText", format: "@" },
  { key: "deadline", width: 12, style: "input", format: "dd/mm/yyyy" },
  { key: "status", width: 12, style: "inputText", format: "@" },
  { key: "revision", width: 16, style: "inputText", format: "@" },
  { key: "link", width: 28, style: "inputText", format: "@" },
  { key: "assessorNote", width: 28, style: "inputText", format: "@" },
  { key: "ownNote", width: 28, style: "inputText", format: "@" },
  { key: "overdue", width: 12, style: "formula" },
  // Hidden helpers, read by the recap's COUNTIFS: the code in capitals, where "-L" is, the indicator and level the
  // code names (-1 for a code that is not one), the status as its position 1-5 (0: no status word), overdue 1/0.
  { key: "codeText", width: 10, style: "helper", hidden: true },
  { key: "dashAt", width: 6, style: "helper", hidden: true },
  { key: "indicatorNo", width: 6, style: "helper", hidden: true },
  { key: "levelNo", width: 6, style: "helper", hidden: true },
  { key: "statusNo", width: 6, style: "helper", hidden: true },
  { key: "overdueFlag", width: 6, style: "helper", hidden: true },
] as const satisfies readonly { key: string; width: number; style: StyleId; format?: string; hidden?: boolean }[];

export type EvidenceItemColumnKey = (typeof EVIDENCE_ITEM_COLUMNS)[number]["key"];

/** The recap columns, after the item columns and one spacer. The per-level columns are 1..5, the statuses 1..5. */
export const EVIDENCE_RECAP_COLUMNS = [
  { key: "no", width: 5, style: "number" },
  { key: "indicator", width: 36, style: "textWrap" },
  { key: "claimed", width: 11, style: "formula", format: "0.00" },
  { key: "supported", width: 11, style: "result" },
  { key: "remark", width: 20, style: "formula" },
  { key: "level1", width: 7, style: "formula" },
  { key: "level2", width: 7, style: "formula" },
  { key: "level3", width: 7, style: "formula" },
  { key: "level4", width: 7, style: "formula" },
  { key: "level5", width: 7, style: "formula" },
  { key: "items", width: 7, style: "formula" },
  { key: "status1", width: 9, style: "formula" },
  { key: "status2", width: 9, style: "formula" },
  { key: "status3", width: 9, style: "formula" },
  { key: "status4", width: 9, style: "formula" },
  { key: "status5", width: 9, style: "formula" },
  { key: "overdue", width: 9, style: "formula" },
  // Hidden: 1 when level n has items and all are accepted (the cumulative rule reads these five in order).
  { key: "ok1", width: 4, style: "helper", hidden: true },
  { key: "ok2", width: 4, style: "helper", hidden: true },
  { key: "ok3", width: 4, style: "helper", hidden: true },
  { key: "ok4", width: 4, style: "helper", hidden: true },
  { key: "ok5", width: 4, style: "helper", hidden: true },
] as const satisfies readonly { key: string; width: number; style: StyleId; format?: string; hidden?: boolean }[];

export type EvidenceRecapColumnKey = (typeof EVIDENCE_RECAP_COLUMNS)[number]["key"];

const ITEM_COL = Object.fromEntries(EVIDENCE_ITEM_COLUMNS.map((column, i) => [column.key, i + 1])) as Readonly<Record<EvidenceItemColumnKey, number>>;
const RECAP_FIRST_COL = EVIDENCE_ITEM_COLUMNS.length + 2;
const RECAP_COL = Object.fromEntries(EVIDENCE_RECAP_COLUMNS.map((column, i) => [column.key, RECAP_FIRST_COL + i])) as Readonly<Record<EvidenceRecapColumnKey, number>>;

export const EVIDENCE = {
  titleRow: 1,
  noteRow: 2,
  invalidRow: 3,
  headerRow: 4,
  firstRow: 5,
  itemCol: ITEM_COL,
  recapCol: RECAP_COL,
  spacerCol: EVIDENCE_ITEM_COLUMNS.length + 1,
  lastCol: RECAP_FIRST_COL + EVIDENCE_RECAP_COLUMNS.length - 1,
  /** Rows of items: each indicator's levels 1-5 this many times over (one pre-filled, the rest for the team's own). */
  itemRowsPerLevel: 3,
  /** Rows of the per-PIC recap, whose PIC / OPD names the team types. */
  picRows: 15,
} as const;

/**
 * The Tahapan (stages) sheet. On top, one row per indicator: its value at each stage, then the change at each
 * stage from the latest earlier stage that has a value, as a value and as index points; below the indicators, each
 * stage's index, predikat, change of index and count of falls. Below that, the block where the assessors' results are
 * pasted as the portal or report shows them (key, then one value column per pasted stage, under the stage columns
 * above). Hidden helper columns follow the visible ones; the indicator rows and the pasted rows use them
 * differently (STAGE_TABLE_HELPERS, STAGE_PASTE_HELPERS), in the same columns.
 */
export const STAGE_COLUMNS = [
  { key: "no", width: 5, style: "number" },
  { key: "indicator", width: 40, style: "textWrap" },
  { key: "weight", width: 12, style: "number", format: "0.00##" },
  { key: "mandiri", width: 11, style: "formula", format: "0.00" },
  { key: "dokumen", width: 11, style: "formula", format: "0.00" },
  { key: "interviu", width: 11, style: "formula", format: "0.00" },
  { key: "visitasi", width: 11, style: "formula", format: "0.00" },
  { key: "akhir", width: 11, style: "formula", format: "0.00" },
  { key: "changeDokumen", width: 10, style: "formula", format: "+0.00;-0.00;0.00" },
  { key: "changeInterviu", width: 10, style: "formula", format: "+0.00;-0.00;0.00" },
  { key: "changeVisitasi", width: 10, style: "formula", format: "+0.00;-0.00;0.00" },
  { key: "changeAkhir", width: 10, style: "formula", format: "+0.00;-0.00;0.00" },
  { key: "pointsDokumen", width: 11, style: "formula", format: "+0.0000;-0.0000;0.0000" },
  { key: "pointsInterviu", width: 11, style: "formula", format: "+0.0000;-0.0000;0.0000" },
  { key: "pointsVisitasi", width: 11, style: "formula", format: "+0.0000;-0.0000;0.0000" },
  { key: "pointsAkhir", width: 11, style: "formula", format: "+0.0000;-0.0000;0.0000" },
] as const satisfies readonly { key: string; width: number; style: StyleId; format?: string }[];

export type StageColumnKey = (typeof STAGE_COLUMNS)[number]["key"];

/**
 * Hidden helpers of the indicator rows: integer weight; each stage's value in hundredths ("" blank, -1 refused,
 * -2 pasted twice with different values), the pasted final value (the Kertas Kerja's official column falls back to
 * it), and per stage from Dokumen on the value it is compared with and the change, in hundredths.
 */
export const STAGE_TABLE_HELPERS = [
  "weightUnits", "hMandiri", "hDokumen", "hInterviu", "hVisitasi", "hAkhir", "pastedAkhir",
  "prevDokumen", "prevInterviu", "prevVisitasi", "prevAkhir", "deltaDokumen", "deltaInterviu", "deltaVisitasi", "deltaAkhir",
] as const;
/**
 * Hidden helpers of the pasted rows: the key in capitals, without its prefix, without the punctuation after it,
 * its count of leading digits, the indicator it names (negative for a Pemdi code, 0 for none), the indicator after
 * the heading rule, and per pasted stage the value in hundredths and its square (rows of one indicator agree when
 * count x sum of squares = sum squared).
 */
export const STAGE_PASTE_HELPERS = [
  "keyText", "keyStripped", "keyBare", "keyDigits", "keyCandidate", "keyNo",
  "vDokumen", "vInterviu", "vVisitasi", "vAkhir", "sqDokumen", "sqInterviu", "sqVisitasi", "sqAkhir",
] as const;

const STAGE_COL = Object.fromEntries(STAGE_COLUMNS.map((column, i) => [column.key, i + 1])) as Readonly<Record<StageColumnKey, number>>;
const helperCols = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key, i) => [key, STAGE_COLUMNS.length + 1 + i])) as Readonly<Record<K, number>>;

export const STAGE_SHEET = {
  titleRow: 1,
  noteRow: 2,
  statusRow: 3,
  headerRow: 4,
  firstRow: 5,
  col: STAGE_COL,
  tableHelper: helperCols(STAGE_TABLE_HELPERS),
  pasteHelper: helperCols(STAGE_PASTE_HELPERS),
  lastCol: STAGE_COLUMNS.length + Math.max(STAGE_TABLE_HELPERS.length, STAGE_PASTE_HELPERS.length),
  /** Rows of the stage totals below the indicators: exact index, 2 decimals, predikat, change of index, falls. */
  totalRows: 5,
  /** Rows of the pasted block: room for every indicator twice over, with headings and repeats. */
  pasteRows: 100,
} as const;
