/**
 * Unit/OPD view (fan-in): from the raw cells of chosen templates (src/excel/readMergeSources.ts) to the merge of
 * src/units (mergeUnitAnswers: the one implementation of the merge rules), and from a confirmed merge to what
 * src/excel/writeMerge.ts writes: the changed cells and the rows of the log sheet. Nothing here touches Excel.
 *
 * Imports come from the src/units modules themselves, not its index: the index also exports the ExcelJS writers,
 * which must stay out of the task pane's bundle.
 */
import { formatNumber, isBlank, resolveFramework, SpbeError, type Language } from "../core";
import { interpretTemplate, type TemplatePart, type TemplateReading } from "../template/reading";
import { isTemplateError } from "../template/messages";
import type { MergeNameKey, RawMergeSource } from "../excel/readMergeSources";
import type { CellWrite, LogCell, LogSheet } from "../excel/writeMerge";
import { mergeUnitAnswers, type MergeResult, type MergeReading, type UnitTemplate } from "../units/mergeUnitAnswers";
import { assignUnits, type UnitAssignment } from "../units/assignUnits";
import type { SplitSource } from "../units/splitTemplate";
import { unitLabels, type MergeField } from "../units/labels";
import { UnitFileProblem } from "../units/messages";
import { VIEW_STRINGS as STRINGS } from "./strings/views";
import type { TemplateEntry } from "./summaryModel";

/**
 * What the pane reads of a template for merging and for making unit files: the merge names (readMergeSources);
 * the rest of the contract (the summary's results, who filled it in) is not fetched, and reads as blank.
 */
const NOT_FETCHED: readonly TemplatePart[] = ["targets", "official", "instansi", "year", "filledBy", "computed"];

/** The template behind one merge source, by the one interpretation of the names (src/template); throws SpbeError. */
function interpret(raw: RawMergeSource): TemplateReading {
  return interpretTemplate((name) => raw.cells[name as MergeNameKey], { optional: NOT_FETCHED });
}

/** Runs `read` on a template, turning what makes it unusable into a UnitFileProblem naming the sheet. */
function asProblem<T>(raw: RawMergeSource, read: () => T): T {
  const file = raw.sheetName;
  if (!raw.cells.SPBE_FRAMEWORK || !raw.cells.SPBE_LEVELS) throw new UnitFileProblem(file, "NOT_A_TEMPLATE");
  if (isBlank(raw.cells.SPBE_FRAMEWORK.values[0]?.[0])) throw new UnitFileProblem(file, "FRAMEWORK_BLANK");
  try {
    return read();
  } catch (error) {
    if (error instanceof SpbeError || isTemplateError(error)) throw new UnitFileProblem(file, "TEMPLATE_BROKEN", { causes: [error] });
    throw error;
  }
}

/**
 * One template's cells as src/units reads them; the sheet name stands for the file name in messages.
 * Throws UnitFileProblem (NOT_A_TEMPLATE, FRAMEWORK_BLANK, TEMPLATE_BROKEN) naming the sheet.
 */
export function toUnitTemplate(raw: RawMergeSource): UnitTemplate {
  return asProblem(raw, () => {
    const { framework, levels, pic, justification, evidence, notes } = interpret(raw);
    const reading: MergeReading = { framework, levels, pic, justification, evidence, notes };
    const unit = raw.cells.SPBE_UNIT?.values[0]?.[0];
    return isBlank(unit) ? { file: raw.sheetName, reading } : { file: raw.sheetName, reading, stamp: { unit: String(unit).trim() } };
  });
}

/** Fan-out: the coordinator's template as the unit-file writer reads it, and its units from the PIC / OPD column. */
export type SplitReview =
  | { readonly status: "ready"; readonly source: SplitSource; readonly units: readonly UnitAssignment[]; readonly unassigned: readonly number[] }
  | { readonly status: "coordinator-broken"; readonly problem: UnitFileProblem };

export function reviewSplit(raw: RawMergeSource): SplitReview {
  try {
    const source: SplitSource = asProblem(raw, () => interpret(raw));
    const { units, unassigned } = assignUnits(source.pic);
    return { status: "ready", source, units, unassigned };
  } catch (error) {
    if (error instanceof UnitFileProblem) return { status: "coordinator-broken", problem: error };
    throw error;
  }
}

/** What the view shows before anything is written. */
export type MergeReview =
  | { readonly status: "ready"; readonly result: MergeResult; readonly coordinatorSheet: string }
  /** The coordinator's template cannot be read: nothing to merge into. */
  | { readonly status: "coordinator-broken"; readonly problem: UnitFileProblem };

/**
 * Reviews the merge of `units` into `coordinator` with src/units' rules. Unit sheets that cannot be read are
 * reported among the result's problems (skipped), the others are merged.
 */
export function reviewMerge(coordinator: RawMergeSource, units: readonly RawMergeSource[]): MergeReview {
  let target: UnitTemplate;
  try {
    target = toUnitTemplate(coordinator);
  } catch (error) {
    if (error instanceof UnitFileProblem) return { status: "coordinator-broken", problem: error };
    throw error;
  }
  const readable: UnitTemplate[] = [];
  const unreadable: UnitFileProblem[] = [];
  for (const raw of units) {
    try {
      readable.push(toUnitTemplate(raw));
    } catch (error) {
      if (!(error instanceof UnitFileProblem)) throw error;
      unreadable.push(error);
    }
  }
  const result = mergeUnitAnswers(target.reading, readable);
  return {
    status: "ready",
    coordinatorSheet: coordinator.sheetName,
    result: { ...result, problems: [...unreadable, ...result.problems] },
  };
}

/** The cells a confirmed merge writes: exactly the changes, each with the value the review saw. */
export function mergeWrites(result: MergeResult): CellWrite[] {
  return result.changes.map((c) => ({ address: c.cell, expected: c.oldValue, value: c.newValue }));
}

/** A value as the pane and the log show it: a level with the language's decimal mark, blanks as "(kosong)". */
export function shownValue(value: unknown, field: MergeField, language: Language): string {
  if (isBlank(value)) return STRINGS[language].unitsBlank;
  if (field === "level" && typeof value === "number") return formatNumber(value, language);
  if (typeof value === "object" && value !== null) {
    const v = value as { error?: unknown };
    return typeof v.error === "string" ? v.error : JSON.stringify(value);
  }
  return String(value);
}

function logValue(value: unknown): LogCell {
  if (isBlank(value)) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * The log sheet of a merge: every change (indicator, column, cell, old value, new value, source sheet, unit), then
 * the conflicts left to the coordinator (coordinator's value kept, every answer with its unit and sheet), so the
 * record stays in the workbook after the pane is closed.
 */
export function mergeLog(result: MergeResult, language: Language): LogSheet {
  const labels = unitLabels(language);
  const s = STRINGS[language];
  const unitName = (u: string | null) => u ?? labels.noUnit;
  const rows: LogCell[][] = [[s.unitsLogTitle], [...s.unitsLogHeaders]];
  const boldRows = [0, 1];
  if (result.changes.length === 0) rows.push([labels.log.none]);
  for (const c of result.changes) {
    rows.push([
      c.indicator, labels.fields[c.field], c.cell, logValue(c.oldValue), c.newValue, c.files.join("; "),
      c.units.map(unitName).join("; ") + (c.decided ? ` (${s.unitsLogDecided})` : ""),
    ]);
  }
  rows.push([]);
  boldRows.push(rows.length);
  rows.push([s.unitsLogConflictsTitle]);
  boldRows.push(rows.length);
  rows.push([...s.unitsLogConflictHeaders]);
  if (result.conflicts.length === 0) rows.push([labels.conflicts.none]);
  for (const c of result.conflicts) {
    rows.push([
      c.indicator, labels.fields[c.field], c.cell, logValue(c.coordinatorValue), labels.conflicts.reason[c.reason],
      c.answers.map((a) => `${a.value} [${unitName(a.unit)}; ${a.file}]`).join(" | "),
    ]);
  }
  return { baseName: labels.sheets.log, rows, boldRows, columnWidths: [10, 14, 18, 36, 36, 30, 24] };
}

/** Per unit, for the completeness list: how many of its indicators have a level, and which are still empty. */
export interface UnitProgress {
  readonly unit: string;
  readonly sheets: readonly string[];
  readonly total: number;
  readonly answered: number;
  readonly missing: readonly number[];
}

export function unitProgress(result: MergeResult): UnitProgress[] {
  return result.completeness.map((c) => ({
    unit: c.unit, sheets: c.files, total: c.indicators.length, answered: c.answered.length, missing: c.missing,
  }));
}

/** Why a template of the workbook is not ticked as a unit sheet by default. */
export type UnitSheetSkip = { readonly kind: "framework"; readonly framework: string } | { readonly kind: "instansi"; readonly instansi: string };

/** Instansi names compared as people write them: case, spacing and punctuation aside. */
function sameInstansi(a: string, b: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return norm(a) === norm(b);
}

/**
 * Whether a template of the workbook is ticked as one of the coordinator's unit sheets by default, and if not, why:
 * another framework's template, or another government's (its instansi filled in and different), is not a unit of
 * this evaluation. The user can still tick it.
 */
export function unitSheetDefault(coordinator: TemplateEntry, entry: TemplateEntry): UnitSheetSkip | undefined {
  const mine = coordinator.summary;
  const theirs = entry.summary;
  if (!mine || !theirs) return undefined;
  if (mine.framework.id !== theirs.framework.id) return { kind: "framework", framework: theirs.framework.id };
  if (mine.instansi !== "" && theirs.instansi !== "" && !sameInstansi(mine.instansi, theirs.instansi)) return { kind: "instansi", instansi: theirs.instansi };
  return undefined;
}
