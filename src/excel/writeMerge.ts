/**
 * Writes a confirmed merge of unit answers into the open workbook: the merged values into the coordinator's input
 * cells (only the cells the merge changes) and a NEW log sheet (a name no sheet has, so nothing is overwritten).
 * The rows of the log and the values come ready from the caller (src/taskpane/unitsModel.ts, which calls src/units).
 *
 * One Excel.run and two context.sync() calls however many cells and rows:
 * 1. the sheet names and the current value of every cell to be written;
 * 2. every write. If a cell no longer holds the value the review showed (someone typed in it meanwhile), nothing
 *    is written and CellsChangedError names the cells: the log would otherwise record a wrong old value.
 * Errors from Excel (OfficeExtension.Error) propagate unchanged.
 */
import { countedSync } from "./countedSync";
import { CellsChangedError } from "./errors";
import { sheetOfAddress } from "./readTemplates";
import { uniqueSheetName } from "../template/sheetNames";

/** One cell to write: its address with the sheet ("'Penilaian 2024'!E12"), the value the review saw, the new value. */
export interface CellWrite {
  readonly address: string;
  readonly expected: unknown;
  readonly value: string | number;
}

export type LogCell = string | number | null;

/** The log sheet: wanted name (a free variant is used when taken) and rows (first row = title). */
export interface LogSheet {
  readonly baseName: string;
  readonly rows: readonly (readonly LogCell[])[];
  /** 0-based rows shown bold (title, column headers). */
  readonly boldRows: readonly number[];
  /** Column widths in characters (long texts wrap instead of widening the column). */
  readonly columnWidths?: readonly number[];
}

export interface WriteMergeResult {
  /** The log sheet's name as created. */
  readonly logSheet: string;
  /** Cells written in the coordinator's template. */
  readonly written: number;
  /** context.sync() calls used. */
  readonly syncs: number;
}

/** Text that Excel would take for a formula ("=...", "+...", "-...", "@...") is written as text. */
function asCellValue(value: LogCell): string | number {
  if (value === null) return "";
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** "'My sheet'!$E$12" -> "E12". */
function refOf(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** Values Excel reports for a blank cell and a blank expected value are the same. */
function sameValue(found: unknown, expected: unknown): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  return blank(found) ? blank(expected) : found === expected;
}

export async function writeMerge(cells: readonly CellWrite[], log: LogSheet): Promise<WriteMergeResult> {
  return Excel.run(async (context) => {
    const counted = countedSync(context);
    const sync = () => counted.sync();
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const targets = cells.map((cell) => {
      const range = worksheets.getItem(sheetOfAddress(cell.address)).getRange(refOf(cell.address));
      range.load("values");
      return range;
    });
    await sync();

    const changed = cells.filter((cell, i) => !sameValue(targets[i].values[0]?.[0], cell.expected)).map((c) => c.address);
    if (changed.length > 0) throw new CellsChangedError("merge", changed);

    cells.forEach((cell, i) => {
      targets[i].values = [[asCellValue(cell.value)]];
    });
    const name = uniqueSheetName(worksheets.items.map((w) => w.name), log.baseName);
    const sheet = worksheets.add(name);
    const width = Math.max(1, ...log.rows.map((r) => r.length));
    if (log.rows.length > 0) {
      const block = sheet.getRangeByIndexes(0, 0, log.rows.length, width);
      block.values = log.rows.map((row) => Array.from({ length: width }, (_, c) => asCellValue(row[c] ?? null)));
      block.format.wrapText = true;
      block.format.verticalAlignment = "Top";
      for (const r of log.boldRows) sheet.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
      // Excel measures column widths in points; a character of the default font is about 7 points wide.
      (log.columnWidths ?? []).forEach((chars, c) => {
        sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * 7;
      });
    }
    await sync();
    return { logSheet: name, written: cells.length, syncs: counted.count };
  });
}
