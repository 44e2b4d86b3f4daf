/**
 * The shape of an evaluation framework, as data.
 *
 * Weights are integers in a framework-specific unit (`weightUnitsPerPercent` units make one percent), chosen so
 * that every official weight is a whole number of units. Sums of level x weight are then exact integers, and
 * nothing downstream ever adds floating-point percentages.
 */

/** Regulation numbers, used as framework ids everywhere (cells, CLI flags, defined names). */
export type FrameworkId = "59/2020" | "8/2026" | "5/2018";

/** How far the transcription has been checked against the regulation (shown to users next to results). */
export type SourceStatus = "verified" | "secondary" | "reconstructed";

export interface LevelScale {
  readonly id: string;
  /** Official name of each level, index 0 = level 1. */
  readonly names: readonly [string, string, string, string, string];
  readonly namesEn: readonly [string, string, string, string, string];
  /**
   * For continuous values (Pemdi results read 1,26 or 2,50): the lowest value of each level's band, in hundredths,
   * index 0 = level 1. A value takes the name of the band it falls in. Absent: only whole levels have a name.
   */
  readonly valueBandFloors?: readonly [number, number, number, number, number];
}

export interface Indicator {
  /** 1-based number in the regulation; also the position of its level in an input range. */
  readonly no: number;
  /** Official Indonesian name. */
  readonly name: string;
  /** Unofficial English rendering, for the English interface only. */
  readonly nameEn: string;
  readonly aspectId: string;
  readonly weight: number;
  /** Id of the level scale whose names apply. */
  readonly scaleId: string;
  /** Set when the value is supplied by another agency instead of being self-assessed (Pemdi). */
  readonly externalSource?: string;
  /**
   * Set when the indicator's value is another agency's index converted (Pemdi I5, I6, I7, I18; I10's IKASANDI is an
   * ordinary evidence item, not this). `index` names it briefly ("SDI"); `conversion`, where one is published, the
   * index scores (in hundredths) that bound each level's value band, 6 edges for levels 1-5: a score maps linearly
   * within its band onto the level's value band (scale.valueBandFloors up to the next floor, 5,00 for the top).
   */
  readonly externalValue?: { readonly index: string; readonly conversion?: readonly [number, number, number, number, number, number] };
  /**
   * Set when workbooks give the indicator one row per item it covers (5/2018 indicator 35: up to three public
   * services, keyed `35`, `35-2`, `35-3`), and its level is the exact mean of those rows.
   */
  readonly averagedOverRows?: boolean;
}

export interface Aspect {
  readonly id: string;
  readonly no: number;
  readonly name: string;
  readonly nameEn: string;
  readonly weight: number;
  /** Absent in frameworks without domains (Pemdi). */
  readonly domainId?: string;
  readonly indicatorNos: readonly number[];
}

export interface Domain {
  readonly id: string;
  readonly no: number;
  readonly name: string;
  readonly nameEn: string;
  readonly weight: number;
  readonly aspectIds: readonly string[];
}

/** One predikat band. Bands are listed from the best down; a band holds every value >= its lower bound. */
export interface Band {
  readonly predikat: string;
  readonly predikatEn: string;
  /** Inclusive lower bound in hundredths of an index point; 0 for the lowest band. */
  readonly minHundredths: number;
  /** Pemdi maturity stage shown beside the predikat. */
  readonly stage?: string;
  readonly stageEn?: string;
}

export interface Framework {
  readonly id: FrameworkId;
  /** "Indeks SPBE" or "Indeks Pemdi". */
  readonly indexName: string;
  readonly indexNameEn: string;
  /** Full citation of the regulation, in Indonesian. */
  readonly regulation: string;
  readonly status: SourceStatus;
  /** Evaluation years (inclusive) that use this framework. */
  readonly years: { readonly from: number; readonly to: number | null };
  /**
   * The framework evaluated in the years before this one. Its last result is shown beside this framework's as
   * history, apart and labelled, never mixed into this index (other indicators, weights and bands).
   */
  readonly succeeds?: FrameworkId;
  readonly weightUnitsPerPercent: number;
  readonly minLevel: number;
  readonly maxLevel: number;
  readonly levelScales: readonly LevelScale[];
  readonly domains: readonly Domain[];
  readonly aspects: readonly Aspect[];
  readonly indicators: readonly Indicator[];
  readonly bands: readonly Band[];
}
