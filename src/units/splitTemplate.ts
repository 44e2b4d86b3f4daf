/**
 * Fan-out: one workbook per unit (OPD), holding only the indicators assigned to it in the PIC / OPD column.
 *
 * Each unit file is a fresh template (writeTemplateWorkbook: the same sheets, validation, level criteria, formulas
 * and defined names), so `spbe score` and `spbe merge` read it like any other. Its own indicators carry the
 * coordinator's values (levels, targets, official levels, Penjelasan, Data dukung, Catatan, PIC); every other
 * indicator keeps only its PIC, and its input cells are left blank, greyed, locked and noted as another unit's, with
 * the row hidden. The file names its unit (SPBE_UNIT), the deadline (SPBE_UNIT_DEADLINE) and the coordinator's
 * note (SPBE_UNIT_NOTE) in the header of the evaluation sheet.
 */
import type ExcelJS from "exceljs";
import { isBlank, parseDeadline, type Language } from "../core";
import { columnLetters, EVALUATION as EV, parseCell, quoteSheet } from "../template";
import { readTemplateWorkbook, writeTemplateWorkbook, type TemplateCell, type TemplateReading } from "../xlsx";
import { assignUnits, unitsOfPic, type UnitAssignment } from "./assignUnits";
import { unitLabels } from "./labels";
import { SPBE_UNIT, SPBE_UNIT_DEADLINE, SPBE_UNIT_NOTE } from "./names";
import { cellAt, freeSheetName } from "./workbookCells";

export interface SplitOptions {
  /** Language of the unit files' labels; default Indonesian. */
  readonly language?: Language;
  /** "2026-03-31". */
  readonly deadline?: string;
  /** The coordinator's note to every unit. */
  readonly note?: string;
}

/** What a unit file is made from: the parts of the coordinator's template that writeUnitWorkbook reads. */
export type SplitSource = Pick<
  TemplateReading, "framework" | "instansi" | "year" | "pic" | "levels" | "targets" | "official" | "justification" | "evidence" | "notes"
>;

export interface UnitFilePlan {
  readonly assignment: UnitAssignment;
  /** A file name made from the unit's name, unique among the plan's: "bappeda.xlsx", "dinas-kominfo.xlsx". */
  readonly fileName: string;
}

export interface SplitPlan {
  readonly units: readonly UnitFilePlan[];
  /** Indicators with a blank PIC cell: in no unit's file. */
  readonly unassigned: readonly number[];
}

/** Names Windows keeps for devices, whatever the extension: a file "con.xlsx" cannot be made or opened there. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * "Dinas Komunikasi & Informatika" -> "dinas-komunikasi-informatika": letters and digits of any script ("部门"
 * stays "部门"), the rest one "-", at most 60 characters, lower case. A Windows device name gets "unit-" before it;
 * a name with no letter or digit at all is "unit".
 */
export function unitFileStem(unit: string): string {
  const stem = unit
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const short = [...stem].slice(0, 60).join("").replace(/-+$/, "");
  if (short === "") return "unit";
  return WINDOWS_DEVICES.test(short) ? `unit-${short}` : short;
}

/** The units of a template and the file each gets. */
export function planSplit(source: TemplateReading): SplitPlan {
  const { units, unassigned } = assignUnits(source.pic);
  const used = new Set<string>();
  const planned = units.map((assignment) => {
    const stem = unitFileStem(assignment.unit);
    // Two units with one stem ("Unit 2", "unit-2") are told apart by " (2)": a form no stem has, so the second can
    // never take the name another unit's own stem would give. The file also names its unit inside (SPBE_UNIT).
    let fileName = `${stem}.xlsx`;
    for (let k = 2; used.has(fileName); k++) fileName = `${stem} (${k}).xlsx`;
    used.add(fileName);
    return { assignment, fileName };
  });
  return { units: planned, unassigned };
}

/** Still exported from `src/units` for its callers; the one reading of a deadline is the core's. */
export { parseDeadline };

const OTHER_UNIT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };

function copyValue(workbook: ExcelJS.Workbook, from: TemplateCell, to: TemplateCell): void {
  if (!isBlank(from.value)) cellAt(workbook, to.address).value = from.value as ExcelJS.CellValue;
}

/** Rows of the evaluation sheet's header block that carry the stamp (the rows of Instansi, Tahun, Diisi oleh). */
const STAMP_ROWS = [EV.instansiRow, EV.yearRow, EV.filledByRow] as const;

/**
 * The first column (from the Nama Tingkat column on) from which every stamp row is empty and unmerged up to the
 * Catatan column, leaving at least two columns (label, value); null when the header block has no such room.
 */
function freeStampColumn(ws: ExcelJS.Worksheet): number | null {
  const free = (row: number, col: number) => {
    const cell = ws.getCell(row, col);
    return !cell.isMerged && (cell.value === null || cell.value === undefined);
  };
  for (let label = EV.col.levelName; label < EV.col.notes; label++) {
    let ok = true;
    for (const row of STAMP_ROWS) for (let col = label; ok && col <= EV.col.notes; col++) ok = free(row, col);
    if (ok) return label;
  }
  return null;
}

/**
 * Writes the unit, deadline and note, with their labels, into free cells of the evaluation sheet's header block,
 * and names the value cells (SPBE_UNIT, SPBE_UNIT_DEADLINE, SPBE_UNIT_NOTE). Should the header block have no room
 * (a changed layout), they go on a sheet of their own instead, so a unit file is always stamped.
 * Returns the sheet that holds them.
 */
export function stampUnit(workbook: ExcelJS.Workbook, reading: Pick<TemplateReading, "frameworkCell">, unit: string, options: SplitOptions): string {
  const labels = unitLabels(options.language ?? "id");
  const sheetName = reading.frameworkCell.address.slice(0, reading.frameworkCell.address.lastIndexOf("!"));
  let ws = workbook.getWorksheet(sheetName)!;
  let labelCol = freeStampColumn(ws);
  let rows: readonly number[] = STAMP_ROWS;
  let lastCol: number = EV.col.notes;
  if (labelCol === null) {
    ws = workbook.addWorksheet(freeSheetName(workbook, labels.sheets.assignment));
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 80;
    [labelCol, rows, lastCol] = [1, [1, 2, 3], 2];
  }
  const valueCol = labelCol + 1;
  const deadline = options.deadline === undefined ? null : parseDeadline(options.deadline);
  // Callers check the deadline before any file is made (`spbe split` at parsing, the pane in its form); a date
  // that is not one is never written as text.
  if (options.deadline !== undefined && deadline === null) throw new Error(`Deadline is not a YYYY-MM-DD date: ${options.deadline}`);
  const entries: [string, string, ExcelJS.CellValue, string][] = [
    [labels.unit, SPBE_UNIT, unit, "@"],
    [labels.deadline, SPBE_UNIT_DEADLINE, deadline, deadline ? "yyyy-mm-dd" : "@"],
    [labels.coordinatorNote, SPBE_UNIT_NOTE, options.note ?? null, "@"],
  ];
  entries.forEach(([label, name, value, numFmt], k) => {
    const row = rows[k];
    const labelCell = ws.getCell(row, labelCol!);
    labelCell.value = label;
    labelCell.font = { bold: true };
    const cell = ws.getCell(row, valueCol);
    if (value !== null) cell.value = value;
    cell.style = {
      numFmt,
      font: { bold: name === SPBE_UNIT, color: { argb: "FFC00000" } },
      alignment: { wrapText: true, vertical: "top" },
      protection: { locked: true },
    };
    if (lastCol > valueCol) ws.mergeCells(row, valueCol, row, lastCol);
    workbook.definedNames.add(`${quoteSheet(ws.name)}!$${columnLetters(valueCol)}$${row}`, name);
  });
  if (options.note && options.note.length > 80) ws.getRow(rows[2]).height = 15 * Math.min(6, Math.ceil(options.note.length / 80));
  return ws.name;
}

/**
 * The workbook for one unit: a fresh template of the source's framework holding the unit's indicators.
 *
 * @example const plan = planSplit(readTemplateWorkbook(coordinator));
 *   const wb = await writeUnitWorkbook(readTemplateWorkbook(coordinator), plan.units[0].assignment, { deadline: "2026-03-31" });
 */
export async function writeUnitWorkbook(source: SplitSource, assignment: UnitAssignment, options: SplitOptions = {}): Promise<ExcelJS.Workbook> {
  const labels = unitLabels(options.language ?? "id");
  const workbook = await writeTemplateWorkbook({
    framework: source.framework.id,
    language: options.language ?? "id",
    instansi: isBlank(source.instansi.value) ? undefined : String(source.instansi.value),
    year: typeof source.year.value === "number" ? source.year.value : undefined,
    filledBy: assignment.unit,
  });
  const target = readTemplateWorkbook(workbook);
  const mine = new Set(assignment.indicators);
  const inputColumns = ["levels", "targets", "official", "justification", "evidence", "notes"] as const;
  source.framework.indicators.forEach((_, i) => {
    copyValue(workbook, source.pic[i], target.pic[i]);
    if (mine.has(i + 1)) {
      for (const column of inputColumns) copyValue(workbook, source[column][i], target[column][i]);
      return;
    }
    for (const column of inputColumns) {
      const cell = cellAt(workbook, target[column][i].address);
      cell.fill = OTHER_UNIT_FILL;
      cell.protection = { locked: true };
    }
    const owners = unitsOfPic(source.pic[i].value);
    cellAt(workbook, target.levels[i].address).note = labels.otherUnit(owners.length > 0 ? owners.join("; ") : labels.noUnit);
    const { row } = parseCell(target.levels[i].address.slice(target.levels[i].address.lastIndexOf("!") + 1));
    cellAt(workbook, target.levels[i].address).worksheet.getRow(row).hidden = true;
  });
  stampUnit(workbook, target, assignment.unit, options);
  return workbook;
}
