/**
 * The defined names of an evaluation template: a contract that the task pane, the command line, the custom
 * functions and users' own formulas code against. Import them from here; never spell them inline.
 *
 * The first template in a workbook defines them at workbook scope. A further template in the same workbook
 * defines the same names scoped to its own evaluation sheet.
 */

/** One cell holding the framework id as text: "59/2020", "8/2026" or "5/2018". */
export const SPBE_FRAMEWORK = "SPBE_FRAMEWORK";
/** Self-assessment level cells, one per indicator, in indicator order, one column. */
export const SPBE_LEVELS = "SPBE_LEVELS";
/** Target levels, same rows as SPBE_LEVELS. */
export const SPBE_TARGETS = "SPBE_TARGETS";
/** Levels from the official evaluation, same rows. */
export const SPBE_OFFICIAL = "SPBE_OFFICIAL";
/** PIC / OPD per indicator, same rows. */
export const SPBE_PIC = "SPBE_PIC";
/** Penjelasan (FAKTA dan ANALISIS) per indicator, same rows. */
export const SPBE_JUSTIFICATION = "SPBE_JUSTIFICATION";
/** Data dukung (evidence file names or links) per indicator, same rows. */
export const SPBE_EVIDENCE = "SPBE_EVIDENCE";
/** Last year's value per indicator, same rows (templates made before it was added lack it: readers treat it as optional). */
export const SPBE_LAST_YEAR = "SPBE_LAST_YEAR";
/** Catatan per indicator, same rows. */
export const SPBE_NOTES = "SPBE_NOTES";
/** Single cells of the header block. */
export const SPBE_INSTANSI = "SPBE_INSTANSI";
export const SPBE_YEAR = "SPBE_YEAR";
export const SPBE_FILLED_BY = "SPBE_FILLED_BY";
/** The exact overall index (a number), or a text saying why it cannot be computed yet. */
export const SPBE_INDEX = "SPBE_INDEX";
/** The overall index rounded half-up to 2 decimals. */
export const SPBE_INDEX_ROUNDED = "SPBE_INDEX_ROUNDED";
/** Predikat of the exact index (the 2024 practice). */
export const SPBE_PREDIKAT = "SPBE_PREDIKAT";
/** Predikat of the 2-decimal index (the 2023 practice). */
export const SPBE_PREDIKAT_ROUNDED = "SPBE_PREDIKAT_ROUNDED";
/** The exact index of the target levels. */
export const SPBE_TARGET_INDEX = "SPBE_TARGET_INDEX";

/**
 * The Bukti Dukung sheet (8/2026 by default, other frameworks when asked): ITEMS is the item-code column
 * ("I4-L2-02"), STATUS, PIC and DEADLINE the same rows' status, PIC / OPD and deadline; LEVELS holds one cell per
 * indicator, in indicator order: the level its evidence supports under the cumulative rule.
 */
export const SPBE_EVIDENCE_ITEMS = "SPBE_EVIDENCE_ITEMS";
export const SPBE_EVIDENCE_STATUS = "SPBE_EVIDENCE_STATUS";
export const SPBE_EVIDENCE_PIC = "SPBE_EVIDENCE_PIC";
export const SPBE_EVIDENCE_DEADLINE = "SPBE_EVIDENCE_DEADLINE";
export const SPBE_EVIDENCE_LEVELS = "SPBE_EVIDENCE_LEVELS";
/** The evidence names that hold one cell per item, same rows. */
export const EVIDENCE_ITEM_NAMES = [SPBE_EVIDENCE_ITEMS, SPBE_EVIDENCE_STATUS, SPBE_EVIDENCE_PIC, SPBE_EVIDENCE_DEADLINE] as const;

/**
 * The Ringkasan's history cell, in templates of a framework that succeeds another (8/2026 after 59/2020, 59/2020
 * after 5/2018): the previous framework's last index as typed, shown apart and never part of this index.
 */
export const SPBE_HISTORY_INDEX = "SPBE_HISTORY_INDEX";

/**
 * The Tahapan sheet's pasted block: KEYS the indicator code or number of each row as the portal or report writes it
 * ("I6", "3.2", "Indikator 6 : ..."), RESULTS the same rows' values of Dokumen, Interviu, Visitasi and Akhir (four
 * columns, in that order). Templates made before the sheet existed lack both: readers treat them as optional.
 */
export const SPBE_STAGE_KEYS = "SPBE_STAGE_KEYS";
export const SPBE_STAGE_RESULTS = "SPBE_STAGE_RESULTS";

/**
 * A table of the analyst's own, connected by the task pane's Hubungkan view (not a template): names scoped to the
 * table's sheet. KEYS and LEVELS are the user's own columns, same rows, read by indicator key (any order, repeats,
 * headings); FRAMEWORK is the one cell the pane wrote, holding the framework id, that the written formulas use.
 */
export const SPBE_TABLE_KEYS = "SPBE_TABLE_KEYS";
export const SPBE_TABLE_LEVELS = "SPBE_TABLE_LEVELS";
export const SPBE_TABLE_FRAMEWORK = "SPBE_TABLE_FRAMEWORK";
export const TABLE_NAMES = [SPBE_TABLE_KEYS, SPBE_TABLE_LEVELS, SPBE_TABLE_FRAMEWORK] as const;

/** SPBE_ASPECT_1, SPBE_ASPECT_2, ...: the exact index of aspect n (framework order, 1-based). */
export function aspectName(no: number): string {
  return `SPBE_ASPECT_${no}`;
}

/** SPBE_DOMAIN_1, ...: the exact index of domain n. Frameworks without domains (8/2026) define none. */
export function domainName(no: number): string {
  return `SPBE_DOMAIN_${no}`;
}

/** Names holding one cell per indicator, in indicator order. */
export const PER_INDICATOR_NAMES = [
  SPBE_LEVELS, SPBE_TARGETS, SPBE_OFFICIAL, SPBE_PIC, SPBE_JUSTIFICATION, SPBE_EVIDENCE, SPBE_NOTES,
] as const;

/** Every template name starts with this; a workbook holding any such name already has a template. */
export const NAME_PREFIX = "SPBE_";
