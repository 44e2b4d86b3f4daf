/**
 * `spbe score` on a workbook that is not one of our templates: find the evaluation table (core/findTable.ts) in
 * the chosen sheet or in every sheet, or take the columns the user named with --indicators and --levels, and read
 * its rows by their indicator keys (core/keyedLevels.ts), the same rules as the functions' `indicators` parameter.
 * What was found (sheet, columns, framework, rows skipped) is returned for the report, so nothing is silent.
 */
import {
  findTable, isSpbeError, readCompleteKeyedLevels, TABLE_SCAN_LIMITS, type Framework, type KeyedLevels, type LevelColumnCandidate, type TableFinding,
} from "../../core";
import { columnLetters, parseRange, quoteSheet, splitQualified } from "../../template/a1";
import type { CellSource } from "../../xlsx/cellSource";
import type { CellWindow } from "../../xlsx/partialWorkbook";
import { inputError, usageError } from "../errors";
import type { Problem } from "../messages";

export interface OwnTableOptions {
  readonly sheet?: string;
  /** "B5:B60" or "Lembar!B5:B60": the key column, overriding the detection. */
  readonly indicators?: string;
  readonly levels?: string;
  readonly framework?: Framework;
  /** Why the workbook is not a template, said first when no table is found either. */
  readonly notATemplate?: Problem;
}

export interface OwnTableReading {
  readonly sheet: string;
  /** "'Rekap'!B5:B60". */
  readonly keyRange: string;
  readonly levelRange: string;
  readonly frameworkFrom: "argument" | "keys" | "year";
  readonly read: KeyedLevels & { readonly levels: readonly number[] };
  /** Rows of the range skipped because their key names no indicator. */
  readonly skipped: number;
}


/** The sheets of a workbook as the table finder reads them: the first rows and columns of each (TABLE_SCAN_LIMITS). */
export interface TableSheets {
  readonly sheetNames: readonly string[];
  rows(sheet: string): Promise<unknown[][]>;
}

/**
 * The sheets of a workbook read part by part: each sheet's scanned window is read when the finder reaches it, and
 * released with it, so memory holds one window at a time whatever the size of the sheets.
 */
export function tableSheets(sheetNames: readonly string[], load: (windows: readonly CellWindow[]) => Promise<CellSource>): TableSheets {
  return {
    sheetNames,
    async rows(sheet) {
      const source = await load([{ sheet, row: 1, col: 1, lastRow: TABLE_SCAN_LIMITS.rows, lastCol: TABLE_SCAN_LIMITS.columns }]);
      const extent = source.extent(sheet);
      const lastRow = Math.min(extent.rows, TABLE_SCAN_LIMITS.rows);
      const lastCol = Math.min(extent.cols, TABLE_SCAN_LIMITS.columns);
      const rows: unknown[][] = [];
      for (let r = 1; r <= lastRow; r++) {
        const values: unknown[] = [];
        for (let c = 1; c <= lastCol; c++) values.push(source.value(sheet, r, c));
        rows.push(values);
      }
      return rows;
    },
  };
}

function describeCandidate(c: LevelColumnCandidate): string {
  return `${columnLetters(c.column + 1)}${c.header ? ` ("${c.header}")` : ""}`;
}

/** A column range given on the command line, in the sheet it names or in `sheet`. */
function columnRange(text: string, option: string, fallbackSheet: string | undefined): { sheet: string | undefined; col: number; row: number; lastRow: number } {
  const { sheet, range } = splitQualified(text.trim());
  let r: ReturnType<typeof parseRange>;
  try {
    r = parseRange(range);
  } catch {
    throw usageError("OPTION_INVALID", { option, value: text, allowed: "B5:B60 / 'Lembar'!B5:B60" });
  }
  if (r.col !== r.lastCol) throw usageError("OPTION_INVALID", { option, value: text, allowed: "B5:B60 (satu kolom / one column)" });
  return { sheet: sheet ?? fallbackSheet, col: r.col - 1, row: r.row - 1, lastRow: r.lastRow - 1 };
}

function explainFailure(file: string, sheet: string, finding: Exclude<TableFinding, { kind: "found" }>, notATemplate?: Problem): never {
  switch (finding.kind) {
    case "framework-unclear":
      throw inputError("TABLE_FRAMEWORK_UNCLEAR", { file, sheet, allowed: finding.options.map((f) => f.id).join(", "), column: columnLetters(finding.keyColumn + 1) });
    case "level-column-unclear":
      throw inputError("TABLE_LEVEL_COLUMN_UNCLEAR", { file, sheet, allowed: finding.candidates.map(describeCandidate).join(", "), column: columnLetters(finding.keyColumn + 1) });
    case "key-column-unclear":
      throw inputError("TABLE_KEY_COLUMN_UNCLEAR", { file, sheet, allowed: finding.columns.map((c) => columnLetters(c + 1)).join(", ") });
    case "no-level-column":
      throw inputError("TABLE_NO_LEVEL_COLUMN", { file, sheet, column: columnLetters(finding.keyColumn + 1) });
    default:
      throw inputError("TABLE_NOT_FOUND", { file, sheet, problems: notATemplate ? [notATemplate] : [] });
  }
}

/** Finds, reads and checks the table; throws a CliError (exit 1) that says what was found and what to choose. */
export async function readOwnTable(workbook: TableSheets, file: string, options: OwnTableOptions): Promise<OwnTableReading> {
  const keyOption = options.indicators === undefined ? undefined : columnRange(options.indicators, "--indicators", options.sheet);
  const levelOption = options.levels === undefined ? undefined : columnRange(options.levels, "--levels", keyOption?.sheet ?? options.sheet);
  const wanted = keyOption?.sheet ?? levelOption?.sheet ?? options.sheet;
  const sheets = wanted === undefined ? workbook.sheetNames : workbook.sheetNames.filter((name) => name === wanted);
  if (sheets.length === 0 && wanted === undefined) explainFailure(file, "", { kind: "no-keys" }, options.notATemplate);
  if (sheets.length === 0) throw inputError("SHEET_NOT_FOUND", { file, sheet: wanted, allowed: workbook.sheetNames.join(", ") });

  // Every sheet is tried; the one whose table names the most indicators wins, and a sheet with a clear failure is
  // reported only when no sheet has a table.
  let best: { sheet: string; rows: unknown[][]; finding: Extract<TableFinding, { kind: "found" }> } | undefined;
  let firstFailure: { sheet: string; finding: Exclude<TableFinding, { kind: "found" }> } | undefined;
  for (const sheet of sheets) {
    const rows = await workbook.rows(sheet);
    const finding = findTable(rows, { framework: options.framework, keyColumn: keyOption?.col, levelColumn: levelOption?.col });
    if (finding.kind === "found") {
      if (!best || finding.recognised > best.finding.recognised) best = { sheet, rows, finding };
    } else if (!firstFailure || (firstFailure.finding.kind === "no-keys" && finding.kind !== "no-keys")) {
      firstFailure = { sheet, finding };
    }
  }
  if (!best) explainFailure(file, firstFailure?.sheet ?? sheets[0], firstFailure?.finding ?? { kind: "no-keys" }, options.notATemplate);

  const { sheet: ws, rows, finding } = best;
  const first = keyOption?.row ?? levelOption?.row ?? 0;
  const last = keyOption?.lastRow ?? levelOption?.lastRow ?? rows.length - 1;
  const span = rows.slice(first, last + 1);
  const address = (col: number) => (row: number) => `${quoteSheet(ws)}!${columnLetters(col + 1)}${first + row + 1}`;
  let read: OwnTableReading["read"];
  try {
    read = readCompleteKeyedLevels(
      {
        keys: span.map((r) => r[finding.keyColumn] ?? null),
        levels: span.map((r) => r[finding.levelColumn] ?? null),
        levelAddressOf: address(finding.levelColumn),
      },
      finding.framework.id,
    );
  } catch (error) {
    if (!isSpbeError(error)) throw error;
    throw inputError("TABLE_UNREADABLE", { file, sheet: ws, problems: [error] }, error);
  }
  const range = (col: number) => `${quoteSheet(ws)}!${columnLetters(col + 1)}${first + 1}:${columnLetters(col + 1)}${last + 1}`;
  return {
    sheet: ws,
    keyRange: range(finding.keyColumn),
    levelRange: range(finding.levelColumn),
    frameworkFrom: finding.frameworkFrom,
    read,
    skipped: read.skipped.length,
  };
}
