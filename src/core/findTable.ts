/**
 * Finding the evaluation table in a sheet that is not one of our templates: which column holds the indicator keys,
 * which holds the levels, and which framework it is. The command line (and, later, the task pane's Connect view)
 * use it on an analyst's own workbook; the rows are then read by keyedLevels.ts, with the same rules as the
 * `indicators` parameter of the functions.
 *
 * It decides only what the sheet makes clear. Two columns that could both be the levels (self-assessment and
 * assessor's result), or keys that fit several frameworks with no year in sight, come back as a question with the
 * options, never as a silent guess.
 */
import type { Framework } from "./frameworks";
import { frameworksFittingKeys, readKeyForm, resolveKey, resolveKeys, type KeyForm } from "./indicatorKeys";
import { frameworkForYear } from "./lookup";
import { isBlank, validLevelHundredths } from "./levels";

export type SheetRows = readonly (readonly unknown[])[];

/** A column that may hold the levels, with what speaks for it. */
export interface LevelColumnCandidate {
  /** 0-based column. */
  readonly column: number;
  /** The header text found above the first indicator row, if any. */
  readonly header?: string;
  /** True when the header is one of the words analysts use for levels (Tingkat, Level, Nilai, Mandiri, Hasil...). */
  readonly headerNamesLevels: boolean;
  /** Indicator rows whose cell is a level number, a blank, or other content. */
  readonly numbers: number;
  readonly blanks: number;
  readonly others: number;
}

export type TableFinding =
  | {
      readonly kind: "found";
      readonly framework: Framework;
      /** How the framework was decided. */
      readonly frameworkFrom: "argument" | "keys" | "year";
      readonly keyColumn: number;
      readonly levelColumn: number;
      readonly candidates: readonly LevelColumnCandidate[];
      /** Distinct indicators recognised in the key column. */
      readonly recognised: number;
    }
  | { readonly kind: "no-keys" }
  /** Two columns name as many indicators but disagree row by row (a "No" column beside shuffled indicator numbers). */
  | { readonly kind: "key-column-unclear"; readonly columns: readonly number[] }
  | { readonly kind: "framework-unclear"; readonly keyColumn: number; readonly options: readonly Framework[] }
  | { readonly kind: "no-level-column"; readonly framework: Framework; readonly keyColumn: number }
  | { readonly kind: "level-column-unclear"; readonly framework: Framework; readonly keyColumn: number; readonly candidates: readonly LevelColumnCandidate[] };

/** Header words of a level column, normalised. "Nilai" and "Hasil" cover result exports; "Indeks" per indicator too. */
const LEVEL_HEADER = /\b(tingkat|level|nilai|mandiri|hasil|skor|score|indeks|kematangan|capaian)\b/i;

/** A year in the title block ("Evaluasi SPBE Tahun 2024"). */
const YEAR_TEXT = /\b(20\d\d)\b/;

/**
 * Detection looks at this many rows and columns of a sheet (the command line) or of a selection (the task pane):
 * a results table is far smaller, and the cap keeps a huge sheet from costing the reader its memory.
 */
export const TABLE_SCAN_LIMITS = { rows: 5000, columns: 60 } as const;

/** Rows above the first indicator row searched for headers and the year. */
const HEADER_ROWS = 12;

function width(rows: SheetRows): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

function columnForms(rows: SheetRows, column: number): KeyForm[] {
  return rows.map((r) => readKeyForm(r[column]));
}

/** The indicators a column of key forms names in a framework (distinct), and the rows that name one. */
function keyRows(forms: readonly KeyForm[], framework: Framework): { distinct: number; rows: number[] } {
  const seen = new Set<number>();
  const rows: number[] = [];
  resolveKeys(forms, framework).forEach((key, row) => {
    if (key) {
      seen.add(key.no);
      rows.push(row);
    }
  });
  return { distinct: seen.size, rows };
}

/** Two key forms that name the same thing (numbers by number; other forms by their content). */
function sameKey(a: KeyForm, b: KeyForm): boolean {
  if (a.kind === "number" && b.kind === "number") return a.no === b.no;
  if (a.kind === "none" || b.kind === "none") return true; // a blank beside a key is no disagreement
  return JSON.stringify(a) === JSON.stringify(b);
}

function yearOf(rows: SheetRows, before: number): number | undefined {
  for (let r = 0; r < Math.min(before, rows.length); r++) {
    for (const cell of rows[r]) {
      if (typeof cell === "string") {
        const m = YEAR_TEXT.exec(cell);
        if (m && frameworkForYear(Number(m[1]))) return Number(m[1]);
      }
    }
  }
  return undefined;
}

function headerAbove(rows: SheetRows, column: number, firstRow: number): string | undefined {
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - HEADER_ROWS); r--) {
    const cell = rows[r]?.[column];
    if (typeof cell === "string" && cell.trim() !== "") return cell.trim();
  }
  return undefined;
}

/** Options that override the detection, from the user. */
export interface FindTableOptions {
  readonly framework?: Framework;
  readonly keyColumn?: number;
  readonly levelColumn?: number;
}

/** Finds the key column, the framework and the level column of a sheet's rows. */
export function findTable(rows: SheetRows, options: FindTableOptions = {}): TableFinding {
  const columns = width(rows);
  const frameworks = options.framework ? [options.framework] : undefined;

  // The key column: the one naming the most distinct indicators (in the framework that reads it best). On a tie,
  // keys written as keys ("Indikator 18", "IK-18", a code, a name) beat plain numbers, which may be row numbering
  // ("No" 1, 2, 3 beside indicators sorted by something else).
  type KeyColumn = { column: number; distinct: number; written: number; forms: KeyForm[] };
  const scanned: KeyColumn[] = [];
  const keyCandidates = options.keyColumn !== undefined ? [options.keyColumn] : Array.from({ length: columns }, (_, c) => c);
  for (const column of keyCandidates) {
    const forms = columnForms(rows, column);
    const fits = frameworks ?? frameworksFittingKeys(forms);
    const distinct = Math.max(0, ...fits.map((fw) => keyRows(forms, fw).distinct));
    const written = rows.filter((r, i) => typeof r[column] === "string" && fits.some((fw) => resolveKey(forms[i], fw) !== undefined)).length;
    scanned.push({ column, distinct, written, forms });
  }
  const most = Math.max(0, ...scanned.map((k) => k.distinct));
  if (most < 3) return { kind: "no-keys" };
  const top = scanned.filter((k) => k.distinct === most).sort((a, b) => b.written - a.written);
  const best = top[0];
  // Columns naming as many indicators that read other indicators on the same rows: only keys written as keys win.
  const rivals = top.slice(1).filter((k) => k.written === best.written && k.forms.some((f, row) => !sameKey(f, best.forms[row])));
  if (rivals.length > 0) return { kind: "key-column-unclear", columns: [best.column, ...rivals.map((k) => k.column)] };

  let framework: Framework;
  let frameworkFrom: "argument" | "keys" | "year";
  const fitting = frameworks ?? frameworksFittingKeys(best.forms);
  if (options.framework) {
    framework = options.framework;
    frameworkFrom = "argument";
  } else if (fitting.length === 1) {
    framework = fitting[0];
    frameworkFrom = "keys";
  } else {
    const firstKeyRow = Math.min(...fitting.map((fw) => keyRows(best.forms, fw).rows[0] ?? rows.length));
    const year = yearOf(rows, firstKeyRow);
    const byYear = year === undefined ? undefined : frameworkForYear(year);
    if (!byYear || !fitting.includes(byYear)) return { kind: "framework-unclear", keyColumn: best.column, options: fitting };
    framework = byYear;
    frameworkFrom = "year";
  }

  const indicatorRows = keyRows(best.forms, framework).rows;
  const candidates: LevelColumnCandidate[] = [];
  for (let column = 0; column < columns; column++) {
    if (column === best.column) continue;
    let numbers = 0;
    let blanks = 0;
    let others = 0;
    for (const row of indicatorRows) {
      const value = rows[row][column];
      if (isBlank(value)) blanks++;
      else if (validLevelHundredths(value, framework) !== undefined) numbers++;
      else others++;
    }
    // A level column is mostly level numbers (some may be blank or text to fix); a weight or name column is not.
    if (numbers === 0 || numbers + blanks < 0.8 * indicatorRows.length) continue;
    const header = headerAbove(rows, column, indicatorRows[0]);
    candidates.push({ column, header, headerNamesLevels: header !== undefined && LEVEL_HEADER.test(header), numbers, blanks, others });
  }

  const base = { framework, keyColumn: best.column };
  if (options.levelColumn !== undefined) {
    return { kind: "found", ...base, frameworkFrom, levelColumn: options.levelColumn, candidates, recognised: best.distinct };
  }
  const named = candidates.filter((c) => c.headerNamesLevels);
  const chosen = candidates.length === 1 ? candidates : named.length === 1 ? named : [];
  if (chosen.length === 1) return { kind: "found", ...base, frameworkFrom, levelColumn: chosen[0].column, candidates, recognised: best.distinct };
  if (candidates.length === 0) return { kind: "no-level-column", ...base };
  return { kind: "level-column-unclear", ...base, candidates: named.length > 1 ? named : candidates };
}
