/**
 * The block of live formulas that the Hubungkan (Connect) view writes beside an analyst's own table: labels in
 * column 1, formulas in column 2, then the aspect/domain table that SPBE.SCORES spills. Every formula reads the
 * user's own ranges through the `indicators` parameter, so the block follows their table as they edit it.
 *
 * Described here once, as data, so that the pane's writer (src/excel/connectTable.ts) and its tests use one layout.
 */
import { practicePhrase, type Framework, type Language } from "../core";
import { columnLetters } from "./a1";

export interface ConnectBlockInput {
  readonly framework: Framework;
  /** The user's key and level columns, absolute and sheet-qualified: "'Rekap'!$B$5:$B$60". */
  readonly keyRange: string;
  readonly levelRange: string;
  readonly language: Language;
}

export interface ConnectBlock {
  /**
   * Rows from the block's top-left cell, two cells each (label, formula); row 0 holds the framework cell. The last
   * row holds only the SPBE.SCORES formula, in column 0, which spills `spill.rows` x `spill.columns` from there.
   */
  readonly cells: readonly (readonly string[])[];
  readonly spill: { readonly rows: number; readonly columns: number };
  /** Rows and columns the block may fill, spill included: every one of these cells must be empty, or confirmed. */
  readonly rows: number;
  readonly columns: number;
}

const LABELS = {
  id: {
    framework: "Kerangka (PermenPANRB)",
    exact: "Indeks (nilai tepat)",
    rounded: "Indeks (2 desimal)",
    bandExact: `Predikat (${practicePhrase("exact", "id")})`,
    bandRounded: `Predikat (${practicePhrase("rounded", "id")})`,
  },
  en: {
    framework: "Framework (PermenPANRB)",
    exact: "Index (exact value)",
    rounded: "Index (2 decimals)",
    bandExact: `Predikat (${practicePhrase("exact", "en")})`,
    bandRounded: `Predikat (${practicePhrase("rounded", "en")})`,
  },
} as const;

/** Columns of the SPBE.SCORES table (src/functions/scoresTable.ts): kind, code, name, weight, value, 2 decimals. */
const SCORES_COLUMNS = 6;

/** Rows of the SPBE.SCORES table: a heading, aspects, domains, the index, and the predikat under both practices. */
function scoresRows(framework: Framework): number {
  return 1 + framework.aspects.length + framework.domains.length + 1 + 2;
}

/**
 * The block anchored at `anchor` (0-based row and column of its top-left cell on its sheet): formulas refer to
 * the framework cell and the index cells by their absolute addresses, so the block can sit on any sheet.
 */
export function connectBlock(input: ConnectBlockInput, anchor: { readonly row: number; readonly column: number }): ConnectBlock {
  const L = LABELS[input.language];
  const valueColumn = columnLetters(anchor.column + 2);
  const at = (row: number) => `$${valueColumn}$${anchor.row + row + 1}`;
  const fw = at(0);
  const levelsKeys = (rounded: string) => `${input.levelRange},${fw},${rounded},${input.keyRange}`;
  const cells: string[][] = [
    // A formula, not the text: Excel would read "8/2026" typed as a value as a date (August 2026).
    [L.framework, `="${input.framework.id}"`],
    [L.exact, `=SPBE.INDEX(${levelsKeys("FALSE")})`],
    [L.rounded, `=SPBE.INDEX(${levelsKeys("TRUE")})`],
    [L.bandExact, `=SPBE.CATEGORY(${at(1)},${fw})`],
    [L.bandRounded, `=SPBE.CATEGORY(${at(2)},${fw})`],
    [],
    [`=SPBE.SCORES(${input.levelRange},${fw},"${input.language}",${input.keyRange})`],
  ];
  const spill = { rows: scoresRows(input.framework), columns: SCORES_COLUMNS };
  return { cells, spill, rows: cells.length - 1 + spill.rows, columns: Math.max(2, spill.columns) };
}
