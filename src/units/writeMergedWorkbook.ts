/**
 * Writing a merge into the coordinator's workbook (already loaded; the caller saves it under a NEW name): the
 * merged values, and three new sheets, each under a name no existing sheet has, so nothing is overwritten:
 * the log (indicator, column, cell, old value, new value, source file, unit), the conflicts side by side, and the
 * recap by unit.
 */
import type ExcelJS from "exceljs";
import { hundredthsToNumber, ratioToNumber, roundHalfUpToHundredths, type Language } from "../core";
import { readTemplateWorkbook } from "../xlsx";
import { unitLabels, type UnitLabels } from "./labels";
import { isFormattedText } from "./carryUnitValues";
import type { MergeChange, MergeResult, UnitAnswer } from "./mergeUnitAnswers";
import { recapUnits, type UnitsRecap } from "./recapUnits";
import { addTableSheet, cellAt } from "./workbookCells";

/** A value as a log cell shows it: error objects as their code, blanks empty, a link, rich text or =HYPERLINK as it is. */
function shown(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (isFormattedText(value as ExcelJS.CellValue) || (typeof value === "object" && "formula" in value)) return value as ExcelJS.CellValue;
  if (typeof value === "object" && !(value instanceof Date)) {
    const v = value as { error?: unknown };
    return typeof v.error === "string" ? v.error : JSON.stringify(value);
  }
  return value as ExcelJS.CellValue;
}

function answerText(a: UnitAnswer, labels: UnitLabels): string {
  return `${a.value}  [${a.unit ?? labels.noUnit}; ${a.file}]`;
}

/** What a changed cell held and now holds, as written (a link stays a link in the log too). */
interface Written {
  readonly before: ExcelJS.CellValue;
  readonly after: ExcelJS.CellValue;
}

function addLogSheet(workbook: ExcelJS.Workbook, result: MergeResult, labels: UnitLabels, written: ReadonlyMap<MergeChange, Written>): ExcelJS.Worksheet {
  const rows = result.changes.map((c) => [
    c.indicator, labels.fields[c.field], c.cell, shown(written.get(c)?.before ?? c.oldValue), shown(written.get(c)?.after ?? c.newValue),
    c.files.join("; "), c.units.map((u) => u ?? labels.noUnit).join("; "),
  ]);
  const ws = addTableSheet(workbook, labels.sheets.log, labels.log.title, labels.log.headers, rows.length > 0 ? rows : [[labels.log.none]], [10, 14, 18, 40, 40, 40, 24]);
  return ws;
}

function addConflictSheet(workbook: ExcelJS.Workbook, result: MergeResult, labels: UnitLabels): ExcelJS.Worksheet {
  const most = Math.max(0, ...result.conflicts.map((c) => c.answers.length));
  const headers = [...labels.conflicts.headers, ...Array.from({ length: most }, (_, k) => labels.conflicts.answer(k + 1))];
  const rows = result.conflicts.map((c) => [
    c.indicator, labels.fields[c.field], shown(c.coordinatorValue), labels.conflicts.reason[c.reason], ...c.answers.map((a) => answerText(a, labels)),
  ]);
  return addTableSheet(
    workbook, labels.sheets.conflicts, labels.conflicts.title, headers, rows.length > 0 ? rows : [[labels.conflicts.none]],
    [10, 14, 30, 36, ...Array.from({ length: most }, () => 40)],
  );
}

/**
 * Adds the recap-by-unit sheet: per unit (files, indicators, filled, missing, levels, exact contribution), then per
 * indicator (units, level, status). `filesByUnit` lists the returned files of each unit, when known.
 */
export function addUnitRecapSheet(
  workbook: ExcelJS.Workbook, recap: UnitsRecap, language: Language, filesByUnit: ReadonlyMap<string, readonly string[]> = new Map(),
): ExcelJS.Worksheet {
  const labels = unitLabels(language);
  const R = labels.recap;
  const unitRows = recap.units.map((u) => [
    u.unit,
    (filesByUnit.get(u.unit) ?? []).join("; ") || (filesByUnit.size > 0 ? R.noFile : null),
    u.indicators.join(", "),
    u.indicators.length,
    u.filled.length,
    u.missing.join(", ") || null,
    u.levels.map((l) => `${l.indicator}:${hundredthsToNumber(l.level)}`).join("; "),
    ratioToNumber(u.contribution),
    hundredthsToNumber(roundHalfUpToHundredths(u.contribution)),
  ]);
  const ws = addTableSheet(workbook, labels.sheets.recap, R.unitsTitle, R.unitHeaders, unitRows, [28, 30, 24, 8, 8, 20, 40, 16, 12]);
  const contributionColumn = 8;
  for (let r = 0; r < unitRows.length; r++) {
    ws.getCell(3 + r, contributionColumn).numFmt = "0.00####";
    ws.getCell(3 + r, contributionColumn + 1).numFmt = "0.00";
  }
  let row = 3 + unitRows.length;
  ws.getCell(row, 1).value = R.sharedNote;
  ws.getCell(row, 1).font = { italic: true };
  row += 2;
  ws.getCell(row, 1).value = R.indicatorsTitle;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  row++;
  R.indicatorHeaders.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  for (const ind of recap.indicators) {
    row++;
    const indicator = recap.framework.indicators[ind.indicator - 1];
    const values: ExcelJS.CellValue[] = [
      ind.indicator, indicator.name, indicator.weight / recap.framework.weightUnitsPerPercent, ind.units.join("; ") || labels.noUnit,
      ind.level === null ? null : hundredthsToNumber(ind.level), R.status[ind.status],
    ];
    values.forEach((v, i) => {
      if (v !== null) ws.getCell(row, i + 1).value = v;
    });
  }
  return ws;
}

export interface MergedSheets {
  readonly log: string;
  readonly conflicts: string;
  readonly recap: string;
}

/**
 * Writes `result` into the coordinator's loaded workbook: the changed values (`carried` ones as the unit's cell held
 * them: carryUnitValues.ts), then the log, conflict and recap sheets (new sheets only). The log's old value keeps a
 * link or rich text the coordinator's cell held. Formulas are marked to be recalculated when the file is opened.
 * Returns the new sheets' names.
 */
export function writeMergedWorkbook(
  workbook: ExcelJS.Workbook, result: MergeResult, language: Language = "id", carried: ReadonlyMap<MergeChange, ExcelJS.CellValue> = new Map(),
): MergedSheets {
  const labels = unitLabels(language);
  const written = new Map<MergeChange, Written>();
  for (const change of result.changes) {
    const cell = cellAt(workbook, change.cell);
    const held = cell.value;
    const after = carried.get(change) ?? change.newValue;
    written.set(change, { before: isFormattedText(held) ? structuredClone(held) : null, after });
    cell.value = after;
  }
  const log = addLogSheet(workbook, result, labels, written);
  const conflicts = addConflictSheet(workbook, result, labels);
  const merged = readTemplateWorkbook(workbook);
  const filesByUnit = new Map(result.completeness.map((c) => [c.unit, c.files]));
  const recap = addUnitRecapSheet(workbook, recapUnits(merged, result.conflicts.map((c) => c.indicator)), language, filesByUnit);
  // Cached formula results in the file (from Excel) no longer match the merged levels.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { log: log.name, conflicts: conflicts.name, recap: recap.name };
}
