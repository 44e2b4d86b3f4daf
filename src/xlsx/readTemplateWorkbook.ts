/**
 * Reads a filled template back from an ExcelJS workbook, through its defined names (never through positions), so
 * a template whose rows or columns a user moved still reads correctly.
 *
 * Values come back raw, each with its cell's address ("Kertas Kerja!F12"); turning them into levels goes through
 * the core (readTemplateLevels -> readLevels), so every problem is reported with the catalogue's message naming
 * the indicator and the cell.
 *
 * Scope: ExcelJS 4 exposes workbook-scoped names only (it drops the sheet of a sheet-scoped name when it loads a
 * file), so a further template added to a workbook by the add-in, whose names are sheet-scoped, is not found here.
 */
import type ExcelJS from "exceljs";
import {
  SpbeError, readCompleteLevels, readLevels, resolveFramework, type Framework,
} from "../core";
import { parseRange, splitQualified, names as N } from "../template";

export interface TemplateCell {
  /** The cell's value as ExcelJS holds it, simplified: a formula gives its cached result, rich text its plain text. */
  readonly value: unknown;
  /** "Kertas Kerja!F12". */
  readonly address: string;
}

export interface TemplateReading {
  readonly framework: Framework;
  readonly frameworkCell: TemplateCell;
  readonly instansi: TemplateCell;
  readonly year: TemplateCell;
  readonly filledBy: TemplateCell;
  /** One cell per indicator, in indicator order. */
  readonly levels: readonly TemplateCell[];
  readonly targets: readonly TemplateCell[];
  readonly official: readonly TemplateCell[];
  readonly pic: readonly TemplateCell[];
  readonly justification: readonly TemplateCell[];
  readonly evidence: readonly TemplateCell[];
  readonly notes: readonly TemplateCell[];
  /**
   * Results of the template's own formulas as last calculated by a spreadsheet (cached in the file); null values
   * when the file was never calculated (a template straight from writeTemplateWorkbook).
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

/** A cell's value without ExcelJS's wrappers. */
export function plainCellValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plainCellValue(result as ExcelJS.CellValue);
  }
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("hyperlink" in value) return plainCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  return value; // { error: "#N/A" } and anything else: the core decides what it means.
}

function columnName(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The workbook-scoped names: name -> its single reference. */
function workbookNames(workbook: ExcelJS.Workbook): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) out.set(name.toUpperCase(), ranges);
  return out;
}

/** The cells a name refers to, in order; `expected` = required number of cells (one column) when given. */
function cellsOfName(workbook: ExcelJS.Workbook, refs: Map<string, string[]>, name: string, expected?: number): TemplateCell[] {
  const ranges = refs.get(name);
  if (!ranges) throw new SpbeError("TEMPLATE_NAME_BROKEN", { argument: name, value: "(tidak ada / missing)", expected });
  const broken = () => new SpbeError("TEMPLATE_NAME_BROKEN", { argument: name, value: ranges.join(","), expected });
  if (ranges.length !== 1) throw broken();
  const { sheet, range } = splitQualified(ranges[0]);
  const ws = sheet === undefined ? undefined : workbook.getWorksheet(sheet);
  if (!ws) throw broken();
  let r: ReturnType<typeof parseRange>;
  try {
    r = parseRange(range);
  } catch {
    throw broken();
  }
  if (r.col !== r.lastCol) throw broken();
  if (expected !== undefined && r.lastRow - r.row + 1 !== expected) throw broken();
  const cells: TemplateCell[] = [];
  for (let row = r.row; row <= r.lastRow; row++) {
    cells.push({ value: plainCellValue(ws.getCell(row, r.col).value), address: `${ws.name}!${columnName(r.col)}${row}` });
  }
  return cells;
}

/**
 * Finds the template of a workbook by its workbook-scoped names and returns every input with its address, and
 * the cached results of its formulas. Throws SpbeError: TEMPLATE_NOT_FOUND when the names are absent,
 * TEMPLATE_NAME_BROKEN when a name points nowhere or at the wrong shape, FRAMEWORK_UNKNOWN for a bad framework cell.
 */
export function readTemplateWorkbook(workbook: ExcelJS.Workbook): TemplateReading {
  const refs = workbookNames(workbook);
  if (!refs.has(N.SPBE_FRAMEWORK) || !refs.has(N.SPBE_LEVELS)) throw new SpbeError("TEMPLATE_NOT_FOUND");
  const one = (name: string) => cellsOfName(workbook, refs, name, 1)[0];
  const frameworkCell = one(N.SPBE_FRAMEWORK);
  const framework = resolveFramework(frameworkCell.value);
  const count = framework.indicators.length;
  const column = (name: string) => cellsOfName(workbook, refs, name, count);
  return {
    framework,
    frameworkCell,
    instansi: one(N.SPBE_INSTANSI),
    year: one(N.SPBE_YEAR),
    filledBy: one(N.SPBE_FILLED_BY),
    levels: column(N.SPBE_LEVELS),
    targets: column(N.SPBE_TARGETS),
    official: column(N.SPBE_OFFICIAL),
    pic: column(N.SPBE_PIC),
    justification: column(N.SPBE_JUSTIFICATION),
    evidence: column(N.SPBE_EVIDENCE),
    notes: column(N.SPBE_NOTES),
    computed: {
      index: one(N.SPBE_INDEX),
      rounded: one(N.SPBE_INDEX_ROUNDED),
      predikat: one(N.SPBE_PREDIKAT),
      predikatRounded: one(N.SPBE_PREDIKAT_ROUNDED),
      targetIndex: one(N.SPBE_TARGET_INDEX),
      aspects: framework.aspects.map((a) => one(N.aspectName(a.no))),
      domains: framework.domains.map((d) => one(N.domainName(d.no))),
    },
  };
}

export type LevelColumn = "levels" | "targets" | "official";

/**
 * The levels of one column of a read template, in hundredths (core's exact form), validated by the core: blanks
 * are null, or an error naming the first blank cell when `complete` is set; anything else not allowed throws
 * SpbeError with the indicator and the cell ("Indikator 12 (sel Kertas Kerja!F20) ...").
 */
export function readTemplateLevels(
  reading: TemplateReading, column: LevelColumn = "levels", options: { complete?: boolean } = {},
): (number | null)[] {
  const cells = reading[column];
  const values = cells.map((c) => c.value);
  const addresses = cells.map((c) => c.address);
  return options.complete
    ? readCompleteLevels(values, reading.framework, { addresses })
    : readLevels(values, reading.framework, { addresses });
}
