/**
 * Opening a workbook that should hold a template (a coordinator's, a unit's, or one of many to rank), with one
 * clear problem naming the file when it cannot be used: damaged, not a template, a broken name, no framework.
 */
import type ExcelJS from "exceljs";
import { isBlank, isSpbeError, SpbeError } from "../core";
import { isTemplateError, parseCell, splitQualified } from "../template";
import { plainCellValue, readTemplateWorkbook, type TemplateReading } from "../xlsx";
import { isWorkbookFileError } from "../xlsx/messages";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { UnitFileProblem } from "./messages";
import { SPBE_UNIT, SPBE_UNIT_DEADLINE, SPBE_UNIT_NOTE } from "./names";

/** What a unit file says about itself (absent in a template that was not made by splitTemplate). */
export interface UnitStamp {
  readonly unit: string;
  readonly deadline: unknown;
  readonly note: unknown;
}

export interface TemplateFile {
  /** The path as given: every message names it. */
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly reading: TemplateReading;
  readonly stamp?: UnitStamp;
}

/** The value of a one-cell workbook name, or undefined when the workbook lacks the name or it points nowhere. */
export function singleNamedValue(workbook: ExcelJS.Workbook, name: string): { value: unknown; address: string } | undefined {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const entry = model.find((n) => n.name.toUpperCase() === name);
  if (!entry || entry.ranges.length !== 1) return undefined;
  const { sheet, range } = splitQualified(entry.ranges[0]);
  const ws = sheet === undefined ? undefined : workbook.getWorksheet(sheet);
  if (!ws) return undefined;
  try {
    const { row, col } = parseCell(range.split(":")[0]);
    return { value: plainCellValue(ws.getCell(row, col).value), address: `${ws.name}!${ws.getCell(row, col).address}` };
  } catch {
    return undefined;
  }
}

function readStamp(workbook: ExcelJS.Workbook): UnitStamp | undefined {
  const unit = singleNamedValue(workbook, SPBE_UNIT);
  if (!unit || isBlank(unit.value)) return undefined;
  return {
    unit: String(unit.value).trim(),
    deadline: singleNamedValue(workbook, SPBE_UNIT_DEADLINE)?.value ?? null,
    note: singleNamedValue(workbook, SPBE_UNIT_NOTE)?.value ?? null,
  };
}

/** Reads a template from an opened workbook; throws UnitFileProblem naming `file`. */
export function readTemplateFromWorkbook(file: string, workbook: ExcelJS.Workbook): TemplateFile {
  let reading: TemplateReading;
  try {
    reading = readTemplateWorkbook(workbook);
  } catch (error) {
    if (isTemplateError(error) && error.code === "TEMPLATE_NOT_FOUND") throw new UnitFileProblem(file, "NOT_A_TEMPLATE");
    if (isSpbeError(error) && error.code === "FRAMEWORK_BLANK") throw new UnitFileProblem(file, "FRAMEWORK_BLANK");
    if (!isSpbeError(error) && !isTemplateError(error)) throw error;
    throw new UnitFileProblem(file, "TEMPLATE_BROKEN", { causes: [error] });
  }
  return { file, workbook, reading, stamp: readStamp(workbook) };
}

/**
 * Opens `file` (or its `bytes`, when the caller already has them) and reads its template.
 * Throws UnitFileProblem: FILE_DAMAGED, NOT_A_TEMPLATE, TEMPLATE_BROKEN or FRAMEWORK_BLANK.
 */
export async function readTemplateFile(file: string, bytes?: Buffer): Promise<TemplateFile> {
  let workbook: ExcelJS.Workbook;
  try {
    // Keeps every definition of the template names (a workbook may hold several templates; the first is read).
    workbook = await openWorkbookFile(file, bytes);
  } catch (error) {
    // The xlsx layer says what the file is and what to do; the unit layer adds that the file was skipped.
    if (isWorkbookFileError(error)) throw new UnitFileProblem(file, "FILE_DAMAGED", { reason: error });
    throw new UnitFileProblem(file, "FILE_DAMAGED", { detail: (error as Error).message });
  }
  return readTemplateFromWorkbook(file, workbook);
}

/** The problem of a file as a UnitFileProblem (anything else is a bug and propagates). */
export function asUnitFileProblem(error: unknown, file: string): UnitFileProblem {
  if (error instanceof UnitFileProblem) return error;
  if (error instanceof SpbeError || isTemplateError(error)) return new UnitFileProblem(file, "TEMPLATE_BROKEN", { causes: [error] });
  throw error;
}
