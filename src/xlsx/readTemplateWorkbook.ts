/**
 * Reads a filled template back from a workbook (loaded by ExcelJS, or read part by part: cellSource.ts), through its defined names (never through positions), so
 * a template whose rows or columns a user moved still reads correctly.
 *
 * Values come back raw, each with its cell's address ("Kertas Kerja!F12"); turning them into levels goes through
 * the core (readTemplateLevels -> readLevels), so every problem is reported with the catalogue's message naming
 * the indicator and the cell.
 *
 * Several templates in one workbook: the first defines workbook-scoped names, further ones names scoped to their
 * evaluation sheets. ExcelJS keeps only one definition of a name when it loads a file (the last), so open files
 * with loadTemplateWorkbook, which keeps them all; a workbook loaded by plain ExcelJS shows the last template only.
 */
import ExcelJS from "exceljs";
import { SpbeError, readCompleteLevels, readLevels } from "../core";
import { MISSING_NAME, TemplateError, interpretTemplate, parseRange, rangeRef, splitQualified, names as N, type NamedCells, type TemplateReading } from "../template";
import { cellSourceOf, type CellSource } from "./cellSource";
import { captureDefinedNames, withinExpansionBound } from "./sheetScopedNames";

export type { TemplateCell, TemplateReading } from "../template";
export { plainCellValue } from "./cellSource";

/**
 * The cells behind one reference, as the interpretation reads them: "Kertas Kerja!F9:F55" and its values. A
 * reference to a sheet that is not there, or that is not one A1 range, points nowhere (no values).
 */
function cellsOfRef(source: CellSource, ref: string): NamedCells {
  const nowhere = { address: ref, values: [], ref };
  const { sheet, range } = splitQualified(ref);
  const name = sheet === undefined ? undefined : source.sheet(sheet);
  if (name === undefined) return nowhere;
  let r: ReturnType<typeof parseRange>;
  try {
    r = parseRange(range);
  } catch {
    return nowhere;
  }
  const address = `${name}!${rangeRef(r.row, r.col, r.lastRow, r.lastCol)}`;
  // No name of the contract covers more than a column of indicators: a larger one is broken, its cells not read.
  if (!withinExpansionBound(r)) return { address, values: [], ref };
  const values: unknown[][] = [];
  for (let row = r.row; row <= r.lastRow; row++) {
    const cells: unknown[] = [];
    for (let col = r.col; col <= r.lastCol; col++) cells.push(source.value(name, row, col));
    values.push(cells);
  }
  return { address, values, ref };
}

/** One template, from the names of one scope; a name defined twice in it is refused, naming both references. */
function readOne(source: CellSource, names: ReadonlyMap<string, readonly string[]>): TemplateReading {
  return interpretTemplate((name) => {
    const ranges = names.get(name) ?? [];
    if (ranges.length > 1) throw new TemplateError("TEMPLATE_NAME_TWICE", { argument: name, value: ranges.join("; ") });
    return ranges.length === 1 ? cellsOfRef(source, ranges[0]) : undefined;
  });
}

/**
 * Every template of a workbook (one per scope holding SPBE_FRAMEWORK and SPBE_LEVELS), in the order of their
 * evaluation sheets. Throws TemplateError: TEMPLATE_NOT_FOUND when there is none, TEMPLATE_NAME_BROKEN when a name is
 * missing, points nowhere or at the wrong shape, FRAMEWORK_BLANK or FRAMEWORK_UNKNOWN for a bad framework cell.
 */
export function readTemplates(workbook: ExcelJS.Workbook | CellSource): TemplateReading[] {
  const source = cellSourceOf(workbook);
  const all = source.nameGroups;
  const groups = all.filter((g) => g.has(N.SPBE_FRAMEWORK) && g.has(N.SPBE_LEVELS));
  if (groups.length === 0) {
    // One of the two names there and the other not: a template whose name was deleted, not a foreign workbook.
    const half = all.find((g) => g.has(N.SPBE_FRAMEWORK) || g.has(N.SPBE_LEVELS));
    if (half) throw new TemplateError("TEMPLATE_NAME_BROKEN", { argument: half.has(N.SPBE_LEVELS) ? N.SPBE_FRAMEWORK : N.SPBE_LEVELS, value: MISSING_NAME });
    throw new TemplateError("TEMPLATE_NOT_FOUND");
  }
  const order = source.sheetNames;
  return groups.map((g) => readOne(source, g)).sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
}

/**
 * Opens an .xlsx file (a path or its bytes) so that every template in it can be read: unlike a plain ExcelJS
 * load, it keeps every definition of the template names with its scope.
 */
export async function loadTemplateWorkbook(source: string | Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = captureDefinedNames(new ExcelJS.Workbook());
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * The template of a workbook, found by its defined names: every input with its address, and the cached results
 * of its formulas. With several templates, the one whose evaluation sheet is `options.sheet`, else the first.
 * Throws as readTemplates; TEMPLATE_NOT_FOUND also when no template has the sheet asked for.
 */
export function readTemplateWorkbook(workbook: ExcelJS.Workbook | CellSource, options: { sheet?: string } = {}): TemplateReading {
  const templates = readTemplates(workbook);
  if (options.sheet === undefined) return templates[0];
  const found = templates.find((t) => t.sheet.toLowerCase() === options.sheet!.toLowerCase());
  if (!found) throw new TemplateError("TEMPLATE_NOT_FOUND");
  return found;
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
