/**
 * Reading a template back, host-neutral: the one interpretation of the defined-name contract (`names.ts`),
 * shared by the ExcelJS reader (src/xlsx, for the CLI and unit files) and the Office.js readers (src/excel, for
 * the pane). A host only fetches the cells behind each name it is asked for; `interpretTemplate` checks each
 * named range (one cell, or one column of one cell per indicator), finds the framework and returns every input
 * with its cell address. Nothing is computed: the levels go through the core (readLevels) where they are used.
 */
import { PASTED_STAGES, SpbeError, isBlank, resolveFramework, type Framework } from "../core";
import { cellAddressAt, sheetOfAddress } from "./a1";
import { TemplateError } from "./messages";
import * as N from "./names";

/** The cells behind one defined name, as a host returns them. */
export interface NamedCells {
  /** The range with its sheet, as the host writes it: "'Penilaian 2024'!E6:E52" (Office.js), "Kertas Kerja!F9:F55" (ExcelJS). */
  readonly address: string;
  /** Values, rows x columns; a formula gives its last result, rich text its plain text. Empty when the name points nowhere. */
  readonly values: readonly (readonly unknown[])[];
  /** The name's reference as written in the file ("'Kertas Kerja'!$F$10:$F$55"), when the host has it: messages quote it, as the Name Manager shows it. */
  readonly ref?: string;
}

/**
 * One scope of defined names as an Office.js reader fetches it: the workbook's names, or one sheet's, with the
 * cells behind each name it read. `K` is the set of names that reader asks for.
 */
export interface NamedScope<K extends string = string> {
  /** Stable key: "workbook" for workbook-scoped names, else "sheet:<name>". */
  readonly key: string;
  readonly scope: "workbook" | "worksheet";
  /** The sheet holding the template (for workbook-scoped names, the sheet of SPBE_LEVELS, when it resolves). */
  readonly sheetName: string;
  /** Every name read that exists and refers to a range. */
  readonly cells: Partial<Record<K, NamedCells>>;
}

/**
 * The cells behind a name of one template's scope; undefined when the scope has no such name, or several
 * definitions of it (which one is meant cannot be known).
 */
export type NamedCellsOf = (name: string) => NamedCells | undefined;

export interface TemplateCell {
  readonly value: unknown;
  /** "Kertas Kerja!F12". */
  readonly address: string;
}

/** Every input of one template, each cell with its address; the columns hold one cell per indicator, in order. */
export interface TemplateReading {
  /** The evaluation sheet (the one holding the levels) and the summary sheet ("" when its names are absent). */
  readonly sheet: string;
  readonly summarySheet: string;
  readonly framework: Framework;
  readonly frameworkCell: TemplateCell;
  readonly instansi: TemplateCell;
  readonly year: TemplateCell;
  readonly filledBy: TemplateCell;
  readonly levels: readonly TemplateCell[];
  readonly targets: readonly TemplateCell[];
  readonly official: readonly TemplateCell[];
  readonly pic: readonly TemplateCell[];
  readonly justification: readonly TemplateCell[];
  readonly evidence: readonly TemplateCell[];
  readonly notes: readonly TemplateCell[];
  /** Last year's values (SPBE_LAST_YEAR), one per indicator; absent in templates made before the column existed. */
  readonly lastYear?: readonly TemplateCell[];
  /**
   * The Bukti Dukung sheet's item list, when the template has one: the item codes and the same rows' statuses,
   * PIC / OPD and deadlines (SPBE_EVIDENCE_ITEMS, _STATUS, _PIC, _DEADLINE).
   */
  readonly evidenceItems?: {
    readonly codes: readonly TemplateCell[];
    readonly statuses: readonly TemplateCell[];
    readonly pics: readonly TemplateCell[];
    readonly deadlines: readonly TemplateCell[];
  };
  /** The previous framework's last index (SPBE_HISTORY_INDEX), in templates of a framework that succeeds another. */
  readonly history?: TemplateCell;
  /**
   * The Tahapan sheet's pasted block, when the template has one: each row's key and its values of Dokumen,
   * Interviu, Visitasi and Akhir (SPBE_STAGE_KEYS, SPBE_STAGE_RESULTS; PASTED_STAGES order).
   */
  readonly stages?: {
    readonly keys: readonly TemplateCell[];
    readonly results: readonly (readonly TemplateCell[])[];
  };
  /**
   * Results of the template's own formulas as last calculated by a spreadsheet (cached in the file); null values
   * when it was never calculated. Only tests and diagnostics read them: every number shown is recomputed.
   */
  readonly computed: {
    readonly index: TemplateCell;
    readonly rounded: TemplateCell;
    readonly predikat: TemplateCell;
    readonly predikatRounded: TemplateCell;
    readonly targetIndex: TemplateCell;
    /** In framework order: aspect 1 first. */
    readonly aspects: readonly TemplateCell[];
    readonly domains: readonly TemplateCell[];
  };
}

/** The parts of a reading, by the name that holds each. */
const COLUMN_NAMES = {
  levels: N.SPBE_LEVELS,
  targets: N.SPBE_TARGETS,
  official: N.SPBE_OFFICIAL,
  pic: N.SPBE_PIC,
  justification: N.SPBE_JUSTIFICATION,
  evidence: N.SPBE_EVIDENCE,
  notes: N.SPBE_NOTES,
} as const;
const SINGLE_NAMES = { instansi: N.SPBE_INSTANSI, year: N.SPBE_YEAR, filledBy: N.SPBE_FILLED_BY } as const;

export type TemplateColumn = keyof typeof COLUMN_NAMES;
/** "computed": the summary's result names (SPBE_INDEX, SPBE_ASPECT_n, ...), all or none. */
export type TemplatePart = TemplateColumn | keyof typeof SINGLE_NAMES | "computed";

/** How a message shows what a name points at when the name is not there. */
export const MISSING_NAME = "(tidak ada / missing)";

/** The cells of a named range that must be one column of `count` cells; TEMPLATE_NAME_BROKEN otherwise. */
function columnCells(name: string, named: NamedCells | undefined, count: number): TemplateCell[] {
  const broken = () => new TemplateError("TEMPLATE_NAME_BROKEN", { argument: name, value: named?.ref ?? named?.address ?? MISSING_NAME, expected: count });
  if (!named || named.values.length !== count || named.values.some((row) => row.length !== 1)) throw broken();
  const at = cellAddressAt(named.address);
  return named.values.map((row, i) => ({ value: row[0], address: at(i) ?? `${named.address}#${i + 1}` }));
}

/** The cells of a named block of `rows` x `width` cells, row by row; TEMPLATE_NAME_BROKEN otherwise. */
function blockCells(name: string, named: NamedCells | undefined, rows: number, width: number): TemplateCell[][] {
  if (!named || named.values.length !== rows || named.values.some((row) => row.length !== width)) {
    throw new TemplateError("TEMPLATE_NAME_BROKEN", { argument: name, value: named?.ref ?? named?.address ?? MISSING_NAME, expected: rows * width });
  }
  const at = cellAddressAt(named.address);
  return named.values.map((row, r) => row.map((value, k) => ({ value, address: at(r * width + k) ?? `${named.address}#${r * width + k + 1}` })));
}

/**
 * Interprets one template's names. `optional` parts that are missing read as blank cells (a reader that does not
 * need them, such as the pane's merge, need not fetch them); every other part must be there, of the right shape.
 *
 * Throws TemplateError TEMPLATE_NAME_BROKEN naming the name, what it points at and the cell count expected;
 * SpbeError FRAMEWORK_BLANK naming the framework cell, or FRAMEWORK_UNKNOWN for a framework cell that names none.
 */
export function interpretTemplate(cellsOf: NamedCellsOf, options: { optional?: readonly TemplatePart[] } = {}): TemplateReading {
  const optional = new Set(options.optional ?? []);
  const frameworkCell = columnCells(N.SPBE_FRAMEWORK, cellsOf(N.SPBE_FRAMEWORK), 1)[0];
  // A template always names its framework; a blank cell must not fall back to resolveFramework's default.
  if (isBlank(frameworkCell.value)) throw new SpbeError("FRAMEWORK_BLANK", { cell: frameworkCell.address });
  const framework = resolveFramework(frameworkCell.value);
  const count = framework.indicators.length;
  const blanks = (name: string, n: number) => Array.from({ length: n }, (_, i) => ({ value: null, address: n === 1 ? name : `${name}#${i + 1}` }));
  const part = (key: TemplatePart, name: string, n: number) => {
    const named = cellsOf(name);
    return named === undefined && optional.has(key) ? blanks(name, n) : columnCells(name, named, n);
  };
  const column = (key: TemplateColumn) => part(key, COLUMN_NAMES[key], count);
  const single = (key: keyof typeof SINGLE_NAMES) => part(key, SINGLE_NAMES[key], 1)[0];
  const levels = column("levels");
  const result = (name: string) => part("computed", name, 1)[0];
  const summary = cellsOf(N.SPBE_INDEX);
  // The item list has as many rows as its template gave it; the other three names must cover the same rows.
  const items = cellsOf(N.SPBE_EVIDENCE_ITEMS);
  const itemRows = items?.values.length ?? 0;
  const evidenceItems = items && {
    codes: columnCells(N.SPBE_EVIDENCE_ITEMS, items, itemRows),
    statuses: columnCells(N.SPBE_EVIDENCE_STATUS, cellsOf(N.SPBE_EVIDENCE_STATUS), itemRows),
    pics: columnCells(N.SPBE_EVIDENCE_PIC, cellsOf(N.SPBE_EVIDENCE_PIC), itemRows),
    deadlines: columnCells(N.SPBE_EVIDENCE_DEADLINE, cellsOf(N.SPBE_EVIDENCE_DEADLINE), itemRows),
  };
  // The pasted block has as many rows as its template gave it, and one column per pasted stage.
  const stageKeys = cellsOf(N.SPBE_STAGE_KEYS);
  const stages = stageKeys && {
    keys: columnCells(N.SPBE_STAGE_KEYS, stageKeys, stageKeys.values.length),
    results: blockCells(N.SPBE_STAGE_RESULTS, cellsOf(N.SPBE_STAGE_RESULTS), stageKeys.values.length, PASTED_STAGES.length),
  };
  return {
    sheet: sheetOfAddress(cellsOf(N.SPBE_LEVELS)!.address),
    summarySheet: summary ? sheetOfAddress(summary.address) : "",
    framework,
    frameworkCell,
    instansi: single("instansi"),
    year: single("year"),
    filledBy: single("filledBy"),
    levels,
    targets: column("targets"),
    official: column("official"),
    pic: column("pic"),
    justification: column("justification"),
    evidence: column("evidence"),
    notes: column("notes"),
    ...(evidenceItems ? { evidenceItems } : {}),
    ...(stages ? { stages } : {}),
    ...(cellsOf(N.SPBE_HISTORY_INDEX) ? { history: columnCells(N.SPBE_HISTORY_INDEX, cellsOf(N.SPBE_HISTORY_INDEX), 1)[0] } : {}),
    ...(cellsOf(N.SPBE_LAST_YEAR) ? { lastYear: columnCells(N.SPBE_LAST_YEAR, cellsOf(N.SPBE_LAST_YEAR), count) } : {}),
    computed: {
      index: result(N.SPBE_INDEX),
      rounded: result(N.SPBE_INDEX_ROUNDED),
      predikat: result(N.SPBE_PREDIKAT),
      predikatRounded: result(N.SPBE_PREDIKAT_ROUNDED),
      targetIndex: result(N.SPBE_TARGET_INDEX),
      aspects: framework.aspects.map((a) => result(N.aspectName(a.no))),
      domains: framework.domains.map((d) => result(N.domainName(d.no))),
    },
  };
}
