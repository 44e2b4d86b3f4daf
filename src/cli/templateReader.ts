/**
 * Reading a filled template through its workbook-level defined names (never by position): SPBE_FRAMEWORK, the one
 * cell holding "59/2020", "8/2026" or "5/2018", and SPBE_LEVELS, the level input cells in indicator order.
 *
 * Only the inputs are read. The index, aspect and domain cells of the file hold formulas whose cached results may
 * be stale or absent (ExcelJS writes none), so `spbe score` recomputes everything with the core.
 */
import type { Workbook } from "exceljs";
import { SpbeError, isBlank, isSpbeError, resolveFramework, type Framework } from "../core";
import { inputError } from "./errors";

export const FRAMEWORK_NAME = "SPBE_FRAMEWORK";
export const LEVELS_NAME = "SPBE_LEVELS";

/** One cell of a defined name: its sheet, its A1 address and its value as ExcelJS gives it. */
export interface NamedCell {
  readonly sheet: string;
  /** "F23". */
  readonly address: string;
  /** "'Kertas Kerja'!F23": what messages show. */
  readonly reference: string;
  readonly value: unknown;
}

export interface TemplateInputs {
  readonly framework: Framework;
  readonly frameworkCell: NamedCell;
  /** One per indicator, in indicator order. */
  readonly levels: readonly NamedCell[];
}

/** 'Kertas Kerja'!F23, or Sheet1!F23 when the sheet name needs no quotes (as Excel writes references). */
export function cellReference(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** Expands "'Kertas Kerja'!$F$10:$F$12" to its cells, row by row. */
function expandRange(range: string): { sheet: string; address: string }[] {
  const bang = range.lastIndexOf("!");
  const rawSheet = range.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(range.slice(bang + 1));
  if (bang < 0 || !m) return [];
  const [left, top] = [columnNumber(m[1]), Number(m[2])];
  const [right, bottom] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [left, top];
  const cells: { sheet: string; address: string }[] = [];
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) cells.push({ sheet, address: `${columnLetters(col)}${row}` });
  }
  return cells;
}

/**
 * The value a cell shows, as the core reads levels: numbers, text, booleans, dates, ExcelJS error objects or null.
 * Rich text and hyperlinks become their text; a formula becomes its cached result (`undefined` when it has none).
 */
export function displayedValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  const v = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown; richText?: { text: string }[]; text?: unknown };
  if (v.formula !== undefined || v.sharedFormula !== undefined) return v.result === undefined ? undefined : displayedValue(v.result);
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if (typeof v.text === "string") return v.text;
  return value;
}

function namedCells(workbook: Workbook, name: string, file: string): NamedCell[] {
  const cells: NamedCell[] = [];
  for (const range of workbook.definedNames.getRanges(name).ranges) {
    for (const { sheet, address } of expandRange(range)) {
      const worksheet = workbook.getWorksheet(sheet);
      if (!worksheet) throw inputError("NOT_A_TEMPLATE", { file, names: [name] });
      cells.push({ sheet, address, reference: cellReference(sheet, address), value: worksheet.getCell(address).value });
    }
  }
  return cells;
}

/**
 * Finds the template's framework and level cells by their defined names. Throws a CliError (exit 1) when the
 * workbook is not a template, holds several, or its names do not fit its framework.
 */
export function readTemplateInputs(workbook: Workbook, file: string): TemplateInputs {
  const frameworkCells = namedCells(workbook, FRAMEWORK_NAME, file);
  const levels = namedCells(workbook, LEVELS_NAME, file);
  const missing = [frameworkCells.length === 0 ? FRAMEWORK_NAME : "", levels.length === 0 ? LEVELS_NAME : ""].filter(Boolean);
  if (missing.length > 0) throw inputError("NOT_A_TEMPLATE", { file, names: missing });
  if (frameworkCells.length > 1) {
    // ExcelJS merges sheet-scoped names of the same name: several SPBE_FRAMEWORK cells mean several templates.
    const sheets = [...new Set(frameworkCells.map((c) => c.sheet))];
    throw inputError("SEVERAL_TEMPLATES", { file, count: frameworkCells.length, sheets });
  }
  const frameworkCell = frameworkCells[0];
  let framework: Framework;
  try {
    const value = displayedValue(frameworkCell.value);
    // A blank would fall back to a default framework in resolveFramework: a template always names its own.
    if (isBlank(value)) throw new SpbeError("ARGUMENT_BLANK", { argument: FRAMEWORK_NAME });
    framework = resolveFramework(value);
  } catch (error) {
    if (!isSpbeError(error)) throw error;
    throw inputError("FRAMEWORK_CELL_INVALID", { file, cell: frameworkCell.reference, problems: [error] });
  }
  if (levels.length !== framework.indicators.length) {
    throw inputError("LEVELS_COUNT_MISMATCH", { file, count: levels.length, framework: framework.id, value: framework.indicators.length });
  }
  return { framework, frameworkCell, levels };
}
