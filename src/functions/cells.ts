/**
 * Shapes of custom-function arguments: ranges to one list of cells (with each cell's address, when Excel gives
 * the range's address), optional flags, and the message language.
 */
import {
  SpbeError, isBlank, readCompleteKeyedLevels, readCompleteLevels, readKeyedLevels, readLevels, resolveFramework,
  type Framework, type KeyedCells, type Language,
} from "../core";

/** A range as Excel passes it: rows of cells. A single value arrives as [[value]]. */
export type CellGrid = unknown[][];

export interface CellList {
  readonly values: unknown[];
  /** A1 address of the cell at a 0-based position ("Sheet1!F12"), when Excel gave the range's address. */
  readonly addressOf?: (index: number) => string | undefined;
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The address of each cell of a one-row or one-column range, from the range's address ("Sheet1!F10:F56",
 * "'Kertas Kerja'!$F$10:$F$56"). Undefined when the address is absent or not a plain A1 range.
 */
export function cellAddressOf(rangeAddress: string | undefined, columns: number): ((index: number) => string) | undefined {
  if (!rangeAddress) return undefined;
  const bang = rangeAddress.lastIndexOf("!");
  const sheet = bang >= 0 ? rangeAddress.slice(0, bang + 1) : "";
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(rangeAddress.slice(bang + 1));
  if (!m) return undefined;
  const col0 = columnIndex(m[1]);
  const row0 = Number(m[2]);
  const width = Math.max(columns, 1);
  return (index) => `${sheet}${columnName(col0 + (index % width))}${row0 + Math.floor(index / width)}`;
}

/** Flattens a one-row or one-column range, in order; a 2-D block is refused with its size. */
export function flattenRange(input: CellGrid, rangeAddress?: string): CellList {
  // Excel always passes a rectangle; other callers may pass one value, a plain list or ragged rows.
  const grid: readonly unknown[] = Array.isArray(input) ? input : [[input]];
  const rows = grid.length;
  let columns = 0;
  for (let r = 0; r < rows; r++) {
    const cells = grid[r];
    const width = Array.isArray(cells) ? cells.length : 1;
    if (width > columns) columns = width;
  }
  if (rows > 1 && columns > 1) throw new SpbeError("RANGE_NOT_ONE_DIMENSIONAL", { rows, columns });
  // A plain loop: Array.prototype.flat costs about 20 microseconds on 47 cells in V8, most of an INDEX call.
  const values: unknown[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells)) values.push(cells);
    else for (let c = 0; c < cells.length; c++) values.push(cells[c]);
  }
  return { values, addressOf: cellAddressOf(rangeAddress, columns) };
}

/**
 * The levels of a function call, one per indicator in order: in hundredths x `scale` (1 unless an indicator is
 * the exact mean of several rows), blanks as null.
 */
export interface LevelInput {
  readonly fw: Framework;
  readonly values: readonly (number | null)[];
  readonly scale: number;
}

/** Where the levels come from: the range, the framework argument, and the optional `indicators` range. */
export interface LevelArguments {
  readonly levels: CellGrid;
  readonly framework: unknown;
  /** The `indicators` argument (a range of keys beside the levels), or blank for a range in indicator order. */
  readonly indicators?: unknown;
  readonly invocation?: CustomFunctions.Invocation;
}

function keyedCells(args: LevelArguments): KeyedCells {
  const levels = flattenRange(args.levels, args.invocation?.parameterAddresses?.[0]);
  const keyGrid = Array.isArray(args.indicators) ? (args.indicators as CellGrid) : [[args.indicators]];
  return { levels: levels.values, keys: flattenRange(keyGrid).values, levelAddressOf: levels.addressOf };
}

/**
 * Reads the levels of a call: in indicator order (the framework from the argument or the number of cells), or,
 * with `indicators`, by the key on each row (see core/keyedLevels.ts). Every filled cell is checked; messages name
 * the cell when Excel gave the range's address. `complete`: every indicator must be filled in, the first blank is
 * reported as not filled in (#N/A).
 */
function readInput(args: LevelArguments, complete: boolean): LevelInput {
  if (!isBlank(args.indicators)) {
    const cells = keyedCells(args);
    const read = complete ? readCompleteKeyedLevels(cells, args.framework) : readKeyedLevels(cells, args.framework);
    return { fw: read.framework, values: read.levels, scale: read.scale };
  }
  const cells = flattenRange(args.levels, args.invocation?.parameterAddresses?.[0]);
  const fw = resolveFramework(args.framework, { cellCount: cells.values.length });
  const options = { addressOf: cells.addressOf };
  return { fw, values: complete ? readCompleteLevels(cells.values, fw, options) : readLevels(cells.values, fw, options), scale: 1 };
}

/** The levels of a call, blanks as null. */
export function readLevelInput(args: LevelArguments): LevelInput {
  return readInput(args, false);
}

/** The levels of a call, every indicator filled in. */
export function readCompleteLevelInput(args: LevelArguments): LevelInput & { readonly values: readonly number[] } {
  return readInput(args, true) as LevelInput & { readonly values: readonly number[] };
}

/** An optional TRUE/FALSE argument (blank means false); 1 and 0 are accepted as Excel does. */
export function readFlag(value: unknown, argument: string): boolean {
  if (isBlank(value)) return false;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  throw new SpbeError("ARGUMENT_NOT_BOOLEAN", { argument, value });
}

/** A required scalar argument: blank is "not filled in" (#N/A). */
export function requireValue(value: unknown, argument: string): unknown {
  if (isBlank(value)) throw new SpbeError("ARGUMENT_BLANK", { argument });
  return value;
}

/**
 * Language of error messages: Indonesian unless the user switched the task pane to English (stored in
 * localStorage, which the task pane and the functions share in the shared runtime). Outside a browser, Indonesian.
 */
export function messageLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem("spbe.language") === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

/**
 * A scalar result as a 1x1 matrix, which Excel shows as the plain value. The functions that read their arguments'
 * cell addresses (requiresParameterAddresses, so that a message names the cell: "Indikator 12 (sel F20)") must
 * declare a matrix result: the custom-functions metadata reference allows that option only with result
 * dimensionality "matrix" (test/functions/metadata.test.ts holds every function to it).
 */
export function oneCell<T>(value: T): T[][] {
  return [[value]];
}
