/**
 * Reading levels from cells: the single place that decides what counts as a level.
 *
 * A level is a number from the framework's minimum (0: "not met / not scored") to 5, with at most two decimals
 * (averaged or externally supplied values). It is returned in hundredths, an integer, so that everything after
 * this point is exact. Text (even "3"), booleans, error values, negatives and values above 5 are refused with a
 * message naming the indicator and the cell. A blank is "not filled in": reported, never read as 0.
 */
import { SpbeError } from "./errors";
import type { Framework } from "./frameworks";

/** Where a value came from, for messages. */
export interface CellPlace {
  readonly indicator?: number;
  /** 1-based position in the range. */
  readonly position?: number;
  /** A1 address, when known. */
  readonly cell?: string;
}

/** Values further than this from a whole number of hundredths have more than two decimals. */
const HUNDREDTHS_TOLERANCE = 1e-6;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Error values as the hosts hand them over: Office passes error objects for `any` parameters, ExcelJS
 * `{ error: "#N/A" }`; a bare "#DIV/0!" string can also arrive from pasted text.
 */
export function errorValueCode(value: unknown): string | null {
  if (typeof value === "object" && value !== null) {
    const v = value as { error?: unknown; code?: unknown; errorCode?: unknown };
    const code = v.error ?? v.code ?? v.errorCode;
    return typeof code === "string" ? code : "#VALUE!";
  }
  if (typeof value === "string" && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)$/i.test(value.trim())) {
    return value.trim().toUpperCase();
  }
  return null;
}

/**
 * Converts a number to whole hundredths, or null when it has more than two decimals.
 * 2.67 * 100 is 267.00000000000006 in doubles: the tolerance absorbs that, and only that.
 */
export function toHundredths(value: number): number | null {
  const scaled = value * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) <= HUNDREDTHS_TOLERANCE ? rounded : null;
}

/** Reads one level in hundredths, or null for a blank. Throws SpbeError for anything not allowed. */
export function readLevel(value: unknown, framework: Framework, place: CellPlace): number | null {
  if (isBlank(value)) return null;
  const bounds = { min: framework.minLevel, max: framework.maxLevel };
  const errorCode = errorValueCode(value);
  if (errorCode !== null) throw new SpbeError("LEVEL_ERROR_VALUE", { ...place, value: errorCode });
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new SpbeError("LEVEL_NOT_NUMBER", { ...place, ...bounds, value });
  }
  if (value < framework.minLevel || value > framework.maxLevel) {
    throw new SpbeError("LEVEL_OUT_OF_RANGE", { ...place, ...bounds, value });
  }
  const hundredths = toHundredths(value);
  if (hundredths === null) throw new SpbeError("LEVEL_TOO_PRECISE", { ...place, ...bounds, value });
  return hundredths;
}

function placeOf(index: number, options: ReadLevelsOptions): CellPlace {
  return { indicator: index + 1, position: index + 1, cell: options.addressOf?.(index) ?? options.addresses?.[index] };
}

/**
 * Hundredths of a cell that is a valid numeric level, or undefined (a blank, text, a bad number) to let readLevel
 * decide and explain. The common case allocates nothing, so every reader of many cells tries it first.
 */
export function validLevelHundredths(value: unknown, framework: Framework): number | undefined {
  if (typeof value !== "number" || !(value >= framework.minLevel && value <= framework.maxLevel)) return undefined;
  return toHundredths(value) ?? undefined;
}

export interface ReadLevelsOptions {
  /** A1 address of each cell, in order, when the caller already has them (files read by the CLI, the task pane). */
  readonly addresses?: readonly string[];
  /**
   * A1 address of the cell at a 0-based position, when the caller knows it. A function, not a list, because
   * addresses are only needed for a message: building 47 strings on every call would cost more than the index.
   */
  readonly addressOf?: (index: number) => string | undefined;
}

/**
 * Reads one level per indicator, in indicator order; blanks come back as null.
 * The number of cells must equal the framework's number of indicators.
 */
export function readLevels(cells: readonly unknown[], framework: Framework, options: ReadLevelsOptions = {}): (number | null)[] {
  const expected = framework.indicators.length;
  if (cells.length !== expected) {
    throw new SpbeError("COUNT_MISMATCH", { framework: framework.id, expected, actual: cells.length });
  }
  const levels = new Array<number | null>(expected);
  for (let i = 0; i < expected; i++) {
    const value = cells[i];
    // The common case (a number in range with at most two decimals) allocates nothing.
    levels[i] = validLevelHundredths(value, framework) ?? readLevel(value, framework, placeOf(i, options));
  }
  return levels;
}

/**
 * Like readLevels, but a refused cell does not stop the reading: every one is reported (each error names its
 * indicator and cell) and reads as null, so a view can list them all and still show the rest.
 */
export function readLevelsReportingAll(cells: readonly unknown[], framework: Framework, options: ReadLevelsOptions = {}): { levels: (number | null)[]; problems: SpbeError[] } {
  const expected = framework.indicators.length;
  if (cells.length !== expected) {
    throw new SpbeError("COUNT_MISMATCH", { framework: framework.id, expected, actual: cells.length });
  }
  const levels = new Array<number | null>(expected);
  const problems: SpbeError[] = [];
  for (let i = 0; i < expected; i++) {
    const value = cells[i];
    try {
      levels[i] = validLevelHundredths(value, framework) ?? readLevel(value, framework, placeOf(i, options));
    } catch (error) {
      if (!(error instanceof SpbeError)) throw error;
      problems.push(error);
      levels[i] = null;
    }
  }
  return { levels, problems };
}

/** Like readLevels, but every cell must be filled in: the first blank is reported as "not filled in". */
export function readCompleteLevels(cells: readonly unknown[], framework: Framework, options: ReadLevelsOptions = {}): number[] {
  const levels = readLevels(cells, framework, options);
  const blank = levels.indexOf(null);
  if (blank >= 0) {
    throw new SpbeError("LEVEL_BLANK", placeOf(blank, options));
  }
  return levels as number[];
}
