/**
 * The Hubungkan (Connect) view's workbook side: read the analyst's own table, then write the block of live
 * formulas (src/template/connectBlock.ts) at a cell they chose and record the mapping as names scoped to the
 * table's sheet (SPBE_TABLE_KEYS, SPBE_TABLE_LEVELS, SPBE_TABLE_FRAMEWORK), which Ringkasan and Rencana read.
 *
 * Nothing is written into a cell that holds anything unless the user confirmed those very cells; the user's own
 * table is only read. Each call is one Excel.run with at most three context.sync() calls, whatever the size of the table.
 */
import { localizeFormulas } from "./localizeFormulas";
import { CellsChangedError } from "./errors";
import { TABLE_SCAN_LIMITS } from "../core";
import { columnLetters, quoteSheet } from "../template/a1";
import { connectBlock, type ConnectBlockInput } from "../template/connectBlock";
import { SPBE_TABLE_FRAMEWORK, SPBE_TABLE_KEYS, SPBE_TABLE_LEVELS, TABLE_NAMES } from "../template/names";
import { sheetOfAddress } from "./readTemplates";

/** The cells the Connect view looks at: the selection, or the used part of its sheet when one cell is selected. */
export interface TableSource {
  readonly sheet: string;
  /** 0-based row and column of values[0][0] on the sheet. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  /** True when the sheet or selection is larger than what is read (TABLE_SCAN_LIMITS). */
  readonly truncated: boolean;
}

/** A cell picked for the block: its sheet and 0-based position. */
export interface BlockAnchor {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** "'Ringkasan'!H2", for messages. */
  readonly address: string;
}

export async function readTableSource(): Promise<TableSource> {
  return Excel.run(async (context) => {
    const selection = context.workbook.getSelectedRange();
    selection.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const sheet = context.workbook.worksheets.getItem(sheetOfAddress(selection.address));
    // One cell selected: the user means "this sheet"; its used range, capped, is the table to look at.
    const single = selection.rowCount === 1 && selection.columnCount === 1;
    const area = single ? sheet.getUsedRangeOrNullObject(true) : selection;
    if (single) area.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (area.isNullObject) return { sheet: sheetOfAddress(selection.address), row: 0, column: 0, values: [], truncated: false };
    const rows = Math.min(area.rowCount, TABLE_SCAN_LIMITS.rows);
    const columns = Math.min(area.columnCount, TABLE_SCAN_LIMITS.columns);
    const read = sheet.getRangeByIndexes(area.rowIndex, area.columnIndex, rows, columns);
    read.load("values");
    await context.sync();
    return {
      sheet: sheetOfAddress(selection.address),
      row: area.rowIndex,
      column: area.columnIndex,
      values: read.values,
      truncated: rows < area.rowCount || columns < area.columnCount,
    };
  });
}

/** The selected cell, as the block's anchor. */
export async function readSelectedCell(): Promise<BlockAnchor> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address,rowIndex,columnIndex");
    await context.sync();
    return { sheet: sheetOfAddress(cell.address), row: cell.rowIndex, column: cell.columnIndex, address: cell.address };
  });
}

/** Each cell the block may fill (its own cells and the spill of SPBE.SCORES), as 0-based offsets from the anchor. */
function blockCells(input: ConnectBlockInput, anchor: BlockAnchor): { row: number; column: number }[] {
  const block = connectBlock(input, anchor);
  const cells: { row: number; column: number }[] = [];
  const scoresRow = block.cells.length - 1;
  block.cells.slice(0, scoresRow).forEach((row, r) => row.forEach((_, c) => cells.push({ row: r, column: c })));
  for (let r = 0; r < block.spill.rows; r++) for (let c = 0; c < block.spill.columns; c++) cells.push({ row: scoresRow + r, column: c });
  return cells;
}

const addressAt = (anchor: BlockAnchor, row: number, column: number) =>
  `${quoteSheet(anchor.sheet)}!${columnLetters(anchor.column + column + 1)}${anchor.row + row + 1}`;

/** The cells of the block that are not empty now (value or formula), by address; [] when the block fits. */
export async function occupiedBlockCells(input: ConnectBlockInput, anchor: BlockAnchor): Promise<string[]> {
  return Excel.run(async (context) => {
    const block = connectBlock(input, anchor);
    const area = context.workbook.worksheets.getItem(anchor.sheet).getRangeByIndexes(anchor.row, anchor.column, block.rows, block.columns);
    area.load("formulas");
    await context.sync();
    return blockCells(input, anchor)
      .filter(({ row, column }) => String(area.formulas[row]?.[column] ?? "") !== "")
      .map(({ row, column }) => addressAt(anchor, row, column));
  });
}

/**
 * Writes the block at `anchor` and records the mapping on the table's sheet (replacing an earlier connection's
 * names there, which are the add-in's own). `confirmed`: the non-empty cells the user agreed to overwrite; if any
 * other cell of the block holds something by now, nothing is written and CellsChangedError names the cells.
 */
export async function writeConnection(input: ConnectBlockInput & { readonly tableSheet: string }, anchor: BlockAnchor, confirmed: readonly string[] = []): Promise<string> {
  return Excel.run(async (context) => {
    const block = connectBlock(input, anchor);
    const blockSheet = context.workbook.worksheets.getItem(anchor.sheet);
    const area = blockSheet.getRangeByIndexes(anchor.row, anchor.column, block.rows, block.columns);
    area.load("formulas,address");
    const names = context.workbook.worksheets.getItem(input.tableSheet).names;
    const existing = TABLE_NAMES.map((name) => names.getItemOrNullObject(name));
    await context.sync();

    const allowed = new Set(confirmed);
    const occupied = blockCells(input, anchor)
      .filter(({ row, column }) => String(area.formulas[row]?.[column] ?? "") !== "")
      .map(({ row, column }) => addressAt(anchor, row, column))
      .filter((address) => !allowed.has(address));
    if (occupied.length > 0) throw new CellsChangedError("connect", occupied);

    const scoresRow = block.cells.length - 1;
    const written: Excel.Range[] = [];
    block.cells.slice(0, scoresRow).forEach((row, r) => {
      if (row.length === 0) return;
      const range = blockSheet.getRangeByIndexes(anchor.row + r, anchor.column, 1, row.length);
      range.formulas = [[...row]];
      written.push(range);
    });
    // The spill area is written whole: the formula in its first cell, the rest emptied (only if confirmed above),
    // since a spill into a non-empty cell shows #SPILL!.
    const spill = Array.from({ length: block.spill.rows }, (_, r) =>
      Array.from({ length: block.spill.columns }, (_, c) => (r === 0 && c === 0 ? block.cells[scoresRow][0] : "")),
    );
    blockSheet.getRangeByIndexes(anchor.row + scoresRow, anchor.column, block.spill.rows, block.spill.columns).formulas = spill;
    // In Indonesian Excel the calls are renamed (SPBE.INDEKS): one more sync there, none elsewhere.
    await localizeFormulas(context, [...written, blockSheet.getRangeByIndexes(anchor.row + scoresRow, anchor.column, 1, 1)]);

    for (const item of existing) if (!item.isNullObject) item.delete();
    names.add(SPBE_TABLE_KEYS, `=${input.keyRange}`);
    names.add(SPBE_TABLE_LEVELS, `=${input.levelRange}`);
    names.add(SPBE_TABLE_FRAMEWORK, `=${addressAt(anchor, 0, 1).replace(/!([A-Z]+)(\d+)$/, "!$$$1$$$2")}`);
    await context.sync();
    return area.address;
  });
}
