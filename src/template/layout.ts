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
  { key: "notes", width: 30, style: "inputText", format: "@" },
  // Hidden helpers: integer weights and levels in whole hundredths, which the summary's exact formulas sum.
  { key: "weightUnits", width: 10, style: "helper", hidden: true },
  { key: "levelH", width: 10, style: "helper", hidden: true },
  { key: "targetH", width: 10, style: "helper", hidden: true },
  { key: "officialH", width: 10, style: "helper", hidden: true },
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
 * Summary sheet: the overall block (label in A:B, value in C:D) from row 6, the chart over E5:J18, the table of
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
    den: 11,
  },
  /** Helper columns of series s (0 self-assessment, 1 target, 2 official): numerator, blanks, invalid, rounded hundredths. */
  seriesCol: (series: 0 | 1 | 2) => ({ num: 12 + 4 * series, blanks: 13 + 4 * series, invalid: 14 + 4 * series, hundredths: 15 + 4 * series }),
  lastCol: 23,
  chartFrom: "E5",
  chartTo: "J17",
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
