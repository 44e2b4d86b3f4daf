/**
 * What the Hubungkan (Connect) view says about the table the user selected: the columns found by the core's
 * detection (src/core/findTable.ts, the rules of `spbe score` on an own workbook), what the keyed reading makes of
 * the rows (skipped, repeated, blank, missing, refused), and the index when every indicator is filled in.
 * The user's column and framework choices override the detection, as --indicators, --levels and --framework do.
 */
import {
  bandOfIndex, findTable, isSpbeError, overallIndex, readKeyedLevels, roundHalfUpToHundredths,
  type Band, type Framework, type Ratio, type SpbeError, type TableFinding,
} from "../core";
import type { TableSource } from "../excel/connectTable";
import { columnLetters, quoteSheet } from "../template/a1";

export interface ConnectChoice {
  /** 0-based columns of the source. */
  readonly keyColumn?: number;
  readonly levelColumn?: number;
  readonly framework?: Framework;
}

/** A column of the source the user may choose: "D" and the header above the table, if any. */
export interface ColumnOption {
  readonly column: number;
  readonly letter: string;
  readonly header?: string;
}

export interface FoundTable {
  readonly kind: "found";
  readonly framework: Framework;
  readonly frameworkFrom: "argument" | "keys" | "year";
  readonly keyColumn: number;
  readonly levelColumn: number;
  /** Absolute, sheet-qualified ranges over the rows read: what the written formulas and names refer to. */
  readonly keyRange: string;
  readonly levelRange: string;
  /** Distinct indicators with a row, of `total`. */
  readonly recognised: number;
  readonly total: number;
  /** Sheet row numbers (1-based) skipped because their key names no indicator. */
  readonly skippedRows: readonly number[];
  /** Indicators on more than one row (counted once when the levels agree). */
  readonly repeats: readonly number[];
  /** Indicators whose level cells are all blank. */
  readonly blanks: readonly number[];
  /** Why the table cannot be scored as it stands (a missing indicator, disagreeing repeats, a refused level). */
  readonly problem?: SpbeError;
  /** Present when every indicator has a valid level. */
  readonly score?: { readonly index: Ratio; readonly roundedHundredths: number; readonly bandExact: Band; readonly bandRounded: Band };
}

export type Connection =
  | { readonly kind: "empty" }
  | { readonly kind: "unclear"; readonly finding: Exclude<TableFinding, { kind: "found" }> }
  | FoundTable;

/** The connection and the columns to choose from. */
export interface ConnectReading {
  readonly connection: Connection;
  readonly columns: readonly ColumnOption[];
}

/** Rows above the table searched for a column's header. */
const HEADER_ROWS = 12;

function columnOptions(source: TableSource): ColumnOption[] {
  const width = source.values.reduce((w, r) => Math.max(w, r.length), 0);
  return Array.from({ length: width }, (_, c) => {
    const header = source.values.slice(0, HEADER_ROWS).map((r) => r[c]).find((v) => typeof v === "string" && v.trim() !== "");
    return { column: c, letter: columnLetters(source.column + c + 1), ...(header ? { header: String(header).trim() } : {}) };
  });
}

function absoluteColumn(source: TableSource, column: number): string {
  const letter = columnLetters(source.column + column + 1);
  return `${quoteSheet(source.sheet)}!$${letter}$${source.row + 1}:$${letter}$${source.row + source.values.length}`;
}

export function readConnection(source: TableSource, choice: ConnectChoice = {}): ConnectReading {
  const columns = columnOptions(source);
  if (source.values.length === 0 || columns.length === 0) return { connection: { kind: "empty" }, columns };
  const finding = findTable(source.values, choice);
  if (finding.kind !== "found") return { connection: { kind: "unclear", finding }, columns };

  const sheetRow = (row: number) => source.row + row + 1;
  const levelAddress = (row: number) => `${quoteSheet(source.sheet)}!${columnLetters(source.column + finding.levelColumn + 1)}${sheetRow(row)}`;
  const base = {
    kind: "found" as const,
    framework: finding.framework,
    frameworkFrom: finding.frameworkFrom,
    keyColumn: finding.keyColumn,
    levelColumn: finding.levelColumn,
    keyRange: absoluteColumn(source, finding.keyColumn),
    levelRange: absoluteColumn(source, finding.levelColumn),
    recognised: finding.recognised,
    total: finding.framework.indicators.length,
  };
  try {
    const read = readKeyedLevels(
      {
        keys: source.values.map((r) => r[finding.keyColumn] ?? null),
        levels: source.values.map((r) => r[finding.levelColumn] ?? null),
        levelAddressOf: levelAddress,
      },
      finding.framework.id,
    );
    const blanks = read.levels.flatMap((l, i) => (l === null ? [i + 1] : []));
    const found: FoundTable = {
      ...base,
      skippedRows: read.skipped.map(sheetRow),
      repeats: read.rowsOf.flatMap((rows, i) => (rows.length > 1 ? [i + 1] : [])),
      blanks,
    };
    if (blanks.length > 0) return { connection: found, columns };
    const index = overallIndex(read.framework, read.levels as number[], read.scale);
    return {
      connection: {
        ...found,
        score: {
          index,
          roundedHundredths: roundHalfUpToHundredths(index),
          bandExact: bandOfIndex(read.framework, index, "exact"),
          bandRounded: bandOfIndex(read.framework, index, "rounded"),
        },
      },
      columns,
    };
  } catch (error) {
    if (!isSpbeError(error)) throw error;
    return { connection: { ...base, skippedRows: [], repeats: [], blanks: [], problem: error }, columns };
  }
}
