/**
 * Opening a workbook that should hold a template (a coordinator's, a unit's, or one of many to rank), with one
 * clear problem naming the file when it cannot be used: damaged, not a template, a broken name, no framework.
 */
import type ExcelJS from "exceljs";
import { isBlank, isSpbeError, SpbeError } from "../core";
import { cellRef, isTemplateError, parseCell, splitQualified } from "../template";
import { readTemplateWorkbook, type TemplateReading } from "../xlsx";
import { cellSourceOf, excelJsCellSource, type CellSource } from "../xlsx/cellSource";
import { isWorkbookFileError } from "../xlsx/messages";
import type { UnkeptObjects } from "../xlsx/objectsNotRewritten";
import { openTemplateCells, openWorkbookFile, type OpenedWorkbook } from "../xlsx/openWorkbookFile";
import { UnitFileProblem } from "./messages";
import { SPBE_UNIT, SPBE_UNIT_DEADLINE, SPBE_UNIT_NOTE } from "./names";

/** What a unit file says about itself (absent in a template that was not made by splitTemplate). */
export interface UnitStamp {
  readonly unit: string;
  readonly deadline: unknown;
  readonly note: unknown;
}

/** A template read from a file, for the operations that only read it (recap): its cells, not its workbook. */
export interface TemplateReadingFile {
  /** The path as given: every message names it. */
  readonly file: string;
  readonly reading: TemplateReading;
  readonly stamp?: UnitStamp;
}

/** A template read with its workbook, for the operations that write it back (merge, split). */
export interface TemplateFile extends TemplateReadingFile {
  readonly workbook: ExcelJS.Workbook;
}

/** A template file opened from disk: also what of it the workbook written back would lack (charts, PivotTables...). */
export interface OpenedTemplateFile extends TemplateFile {
  readonly notRewritten: readonly UnkeptObjects[];
}

/** The value of a one-cell workbook name, or undefined when the workbook lacks the name or it points nowhere. */
export function singleNamedValue(workbook: ExcelJS.Workbook | CellSource, name: string): { value: unknown; address: string } | undefined {
  const source = cellSourceOf(workbook);
  const ranges = source.nameGroups.find((g) => g.has(name))?.get(name);
  if (!ranges || ranges.length !== 1) return undefined;
  const { sheet, range } = splitQualified(ranges[0]);
  const ws = sheet === undefined ? undefined : source.sheet(sheet);
  if (ws === undefined) return undefined;
  try {
    const { row, col } = parseCell(range.split(":")[0]);
    return { value: source.value(ws, row, col), address: `${ws}!${cellRef(row, col)}` };
  } catch {
    return undefined;
  }
}

function readStamp(source: CellSource): UnitStamp | undefined {
  const unit = singleNamedValue(source, SPBE_UNIT);
  if (!unit || isBlank(unit.value)) return undefined;
  return {
    unit: String(unit.value).trim(),
    deadline: singleNamedValue(source, SPBE_UNIT_DEADLINE)?.value ?? null,
    note: singleNamedValue(source, SPBE_UNIT_NOTE)?.value ?? null,
  };
}

/** Reads the template of a workbook (loaded by ExcelJS, or read part by part); throws UnitFileProblem naming `file`. */
function readTemplateFromSource(file: string, source: CellSource): TemplateReadingFile {
  let reading: TemplateReading;
  try {
    reading = readTemplateWorkbook(source);
  } catch (error) {
    if (isTemplateError(error) && error.code === "TEMPLATE_NOT_FOUND") throw new UnitFileProblem(file, "NOT_A_TEMPLATE");
    if (isSpbeError(error) && error.code === "FRAMEWORK_BLANK") throw new UnitFileProblem(file, "FRAMEWORK_BLANK");
    if (!isSpbeError(error) && !isTemplateError(error)) throw error;
    throw new UnitFileProblem(file, "TEMPLATE_BROKEN", { causes: [error] });
  }
  return { file, reading, stamp: readStamp(source) };
}

/** Reads a template from an opened workbook; throws UnitFileProblem naming `file`. */
export function readTemplateFromWorkbook(file: string, workbook: ExcelJS.Workbook): TemplateFile {
  return { ...readTemplateFromSource(file, excelJsCellSource(workbook)), workbook };
}

/** The xlsx layer's problem with a file, as the unit layer words it: the file was skipped, and why. */
function fileDamaged(file: string, error: unknown): UnitFileProblem {
  if (isWorkbookFileError(error)) return new UnitFileProblem(file, "FILE_DAMAGED", { reason: error });
  return new UnitFileProblem(file, "FILE_DAMAGED", { detail: (error as Error).message });
}

/**
 * Opens `file` (or its `bytes`, when the caller already has them) with ExcelJS and reads its template, for an
 * operation that writes the workbook back. Throws UnitFileProblem: FILE_DAMAGED, NOT_A_TEMPLATE, TEMPLATE_BROKEN
 * or FRAMEWORK_BLANK.
 */
export async function readTemplateFile(file: string, bytes?: Buffer): Promise<OpenedTemplateFile> {
  let opened: OpenedWorkbook;
  try {
    // Keeps every definition of the template names (a workbook may hold several templates; the first is read).
    opened = await openWorkbookFile(file, bytes);
  } catch (error) {
    throw fileDamaged(file, error);
  }
  return { ...readTemplateFromWorkbook(file, opened.workbook), notRewritten: opened.notRewritten };
}

/**
 * Reads the template of `file` part by part (partialWorkbook.ts): only the cells its names point at (less the
 * names in `skip`, whose cells then read as blank), in bounded memory whatever the file holds. Throws as readTemplateFile.
 */
export async function readTemplateReadingFile(file: string, bytes?: Buffer, skip?: ReadonlySet<string>): Promise<TemplateReadingFile> {
  let source: CellSource;
  try {
    source = await openTemplateCells(file, bytes, skip);
  } catch (error) {
    throw fileDamaged(file, error);
  }
  return readTemplateFromSource(file, source);
}

/** The problem of a file as a UnitFileProblem (anything else is a bug and propagates). */
export function asUnitFileProblem(error: unknown, file: string): UnitFileProblem {
  if (error instanceof UnitFileProblem) return error;
  if (error instanceof SpbeError || isTemplateError(error)) return new UnitFileProblem(file, "TEMPLATE_BROKEN", { causes: [error] });
  throw error;
}
