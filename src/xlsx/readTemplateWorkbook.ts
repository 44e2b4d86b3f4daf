/**
 * Reads a filled template back from an ExcelJS workbook, through its defined names (never through positions), so
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
import {
  SpbeError, isBlank, readCompleteLevels, readLevels, resolveFramework, type Framework,
} from "../core";
import { parseRange, splitQualified, names as N } from "../template";
import { captureDefinedNames, rawDefinedNames } from "./sheetScopedNames";

export interface TemplateCell {
  /** The cell's value as ExcelJS holds it, simplified: a formula gives its cached result, rich text its plain text. */
  readonly value: unknown;
  /** "Kertas Kerja!F12". */
  readonly address: string;
}

export interface TemplateReading {
  /** The evaluation sheet (the one holding the levels) and the summary sheet. */
  readonly sheet: string;
  readonly summarySheet: string;
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

/**
 * The defined names in groups, one group per scope: workbook scope first, then each sheet's names. Each group maps
 * NAME -> its references. Without the raw list (a workbook loaded by plain ExcelJS) there is one group.
 */
function nameGroups(workbook: ExcelJS.Workbook): Map<string, string[]>[] {
  const raw = rawDefinedNames(workbook);
  const list = raw ?? (workbook.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
  const groups = new Map<number, Map<string, string[]>>();
  for (const { name, ranges, localSheetId } of list) {
    const key = localSheetId ?? -1;
    const group = groups.get(key) ?? new Map<string, string[]>();
    groups.set(key, group);
    group.set(name.toUpperCase(), [...(group.get(name.toUpperCase()) ?? []), ...ranges]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

const sheetOf = (ref: string) => splitQualified(ref).sheet;

/** The cells of one reference, in order; `expected` = required number of cells (one column) when given. */
function cellsOfRef(workbook: ExcelJS.Workbook, name: string, ref: string | undefined, expected?: number): TemplateCell[] {
  const broken = () => new SpbeError("TEMPLATE_NAME_BROKEN", { argument: name, value: ref ?? "(tidak ada / missing)", expected });
  if (ref === undefined) throw broken();
  const { sheet, range } = splitQualified(ref);
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

function readOne(workbook: ExcelJS.Workbook, names: Map<string, string[]>): TemplateReading {
  /** The single reference of a name; several (an ambiguous name) or none make the name broken. */
  const refOf = (name: string) => {
    const ranges = names.get(name) ?? [];
    return ranges.length === 1 ? ranges[0] : undefined;
  };
  const frameworkCell = cellsOfRef(workbook, N.SPBE_FRAMEWORK, refOf(N.SPBE_FRAMEWORK), 1)[0];
  // A template always names its framework; a blank cell must not fall back to resolveFramework's default.
  if (isBlank(frameworkCell.value)) throw new SpbeError("FRAMEWORK_BLANK", { cell: frameworkCell.address });
  const framework = resolveFramework(frameworkCell.value);
  const count = framework.indicators.length;
  const one = (name: string) => cellsOfRef(workbook, name, refOf(name), 1)[0];
  const column = (name: string) => cellsOfRef(workbook, name, refOf(name), count);
  const sheet = sheetOf(refOf(N.SPBE_LEVELS) ?? "") ?? "";
  return {
    sheet,
    summarySheet: sheetOf(refOf(N.SPBE_INDEX) ?? "") ?? "",
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

/**
 * Every template of a workbook (one per scope holding SPBE_FRAMEWORK and SPBE_LEVELS), in the order of their
 * evaluation sheets. Throws SpbeError: TEMPLATE_NOT_FOUND when there is none, TEMPLATE_NAME_BROKEN when a name is
 * missing, points nowhere or at the wrong shape, FRAMEWORK_BLANK or FRAMEWORK_UNKNOWN for a bad framework cell.
 */
export function readTemplates(workbook: ExcelJS.Workbook): TemplateReading[] {
  const groups = nameGroups(workbook).filter((g) => g.has(N.SPBE_FRAMEWORK) && g.has(N.SPBE_LEVELS));
  if (groups.length === 0) throw new SpbeError("TEMPLATE_NOT_FOUND");
  const order = workbook.worksheets.map((w) => w.name);
  return groups.map((g) => readOne(workbook, g)).sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
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
export function readTemplateWorkbook(workbook: ExcelJS.Workbook, options: { sheet?: string } = {}): TemplateReading {
  const templates = readTemplates(workbook);
  if (options.sheet === undefined) return templates[0];
  const found = templates.find((t) => t.sheet.toLowerCase() === options.sheet!.toLowerCase());
  if (!found) throw new SpbeError("TEMPLATE_NOT_FOUND");
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
