/**
 * What the readers of a workbook need of it, whoever opened it: its sheets in order, its defined names by scope,
 * and the plain value of a cell. Two sources give it: a workbook ExcelJS loaded (the commands that write the
 * workbook back: merge, split) and a workbook read part by part (partialWorkbook.ts: score and recap, which only
 * read, and must read a file of any size in bounded memory). The template and table readers see only this.
 */
import ExcelJS from "exceljs";
import { rawDefinedNames } from "./sheetScopedNames";

export interface CellSource {
  /** The sheets, in the workbook's order. */
  readonly sheetNames: readonly string[];
  /**
   * The defined names, one group per scope: workbook scope first, then each sheet's names in sheet order. Each
   * group maps the NAME (upper case) to its references, as written.
   */
  readonly nameGroups: readonly ReadonlyMap<string, readonly string[]>[];
  /** The sheet of that name (any case, as Excel compares them), or undefined. */
  sheet(name: string): string | undefined;
  /**
   * A cell's value without a host's wrappers (1-based): a formula gives its last result, rich text its plain text,
   * a hyperlink its text, an error `{ error: "#N/A" }`, a date-formatted number a Date; null when empty.
   */
  value(sheet: string, row: number, col: number): unknown;
  /** The last row and column holding a cell (0 and 0 for an empty sheet). */
  extent(sheet: string): { readonly rows: number; readonly cols: number };
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

/** Groups a list of names by scope (localSheetId; none is the workbook), workbook scope first. */
export function groupNames(list: readonly { name: string; ranges: readonly string[]; localSheetId?: number }[]): Map<string, string[]>[] {
  const groups = new Map<number, Map<string, string[]>>();
  for (const { name, ranges, localSheetId } of list) {
    const key = localSheetId ?? -1;
    const group = groups.get(key) ?? new Map<string, string[]>();
    groups.set(key, group);
    const upper = name.toUpperCase();
    group.set(upper, [...(group.get(upper) ?? []), ...ranges]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/**
 * A cell's value as plainCellValue gives it, for a cell of a workbook ExcelJS loaded. A formula's cached result is
 * read through `cell.result`: `cell.value` leaves out a result of 0 or FALSE (ExcelJS copies only truthy results),
 * which would make a computed 0 (a level supported by no evidence, a gap of 0) read as missing. A formula whose
 * result is "" reads as blank, as the sheet shows it.
 */
export function excelJsCellValue(cell: ExcelJS.Cell | undefined): unknown {
  if (!cell) return null;
  if (cell.type !== ExcelJS.ValueType.Formula) return plainCellValue(cell.value);
  const result = cell.result as ExcelJS.CellValue | undefined;
  return result === undefined || result === "" ? null : plainCellValue(result);
}

/**
 * A workbook ExcelJS loaded, as a CellSource. Without the raw list of names (a workbook loaded by plain ExcelJS,
 * not by loadTemplateWorkbook) there is one group: ExcelJS kept one definition per name.
 */
export function excelJsCellSource(workbook: ExcelJS.Workbook): CellSource {
  const list = rawDefinedNames(workbook) ?? (workbook.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
  return {
    sheetNames: workbook.worksheets.map((w) => w.name),
    nameGroups: groupNames(list),
    sheet: (name) => workbook.getWorksheet(name)?.name,
    value: (sheet, row, col) => excelJsCellValue(workbook.getWorksheet(sheet)?.getCell(row, col)),
    extent: (sheet) => {
      const ws = workbook.getWorksheet(sheet);
      return !ws || ws.actualRowCount === 0 ? { rows: 0, cols: 0 } : { rows: ws.rowCount, cols: ws.columnCount };
    },
  };
}

/** A CellSource as it is, an ExcelJS workbook as its source. */
export function cellSourceOf(workbook: ExcelJS.Workbook | CellSource): CellSource {
  return "nameGroups" in workbook ? workbook : excelJsCellSource(workbook);
}
