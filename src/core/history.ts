/**
 * Last year's result under the framework a new one replaced: for a first Pemdi year, the 2025 Indeks SPBE of
 * PermenPANRB 59/2020 (reference README: "history and baselines on 59/2020, current work on 8/2026"). It is shown
 * apart, with its own framework's predikat, and never enters the new index: the indicators, weights and bands differ,
 * so only the predikat words compare.
 */
import { bandOfNumber } from "./predikat";
import { getFramework, type Band, type Framework } from "./frameworks";
import { isBlank } from "./levels";
import { SpbeError } from "./errors";

/** The framework evaluated before this one, and the last year it was used; undefined for the first. */
export function previousFramework(framework: Framework): { readonly framework: Framework; readonly year: number } | undefined {
  if (!framework.succeeds) return undefined;
  const previous = getFramework(framework.succeeds);
  return { framework: previous, year: previous.years.to ?? framework.years.from - 1 };
}

export interface HistoryResult {
  readonly framework: Framework;
  readonly year: number;
  /** The index as typed (a published index has two decimals; an exact one may have more). */
  readonly value: number;
  /** Its predikat under its own framework's bands. */
  readonly band: Band;
}

/**
 * Reads the history cell of a template of `framework`: null when blank or when the framework succeeds none.
 * Throws SpbeError HISTORY_INVALID (naming the cell) for anything but an index 0-5.
 */
export function readHistory(framework: Framework, value: unknown, cell?: string): HistoryResult | null {
  const previous = previousFramework(framework);
  if (!previous || isBlank(value)) return null;
  const max = previous.framework.maxLevel;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
    throw new SpbeError("HISTORY_INVALID", { argument: `${previous.framework.indexName} ${previous.year}`, cell, value, max });
  }
  return { ...previous, value, band: bandOfNumber(previous.framework, value) };
}
