/**
 * Evaluates a TemplateSpec's formulas with HyperFormula (a headless spreadsheet engine, dev-only): each sheet is
 * built from the spec's cell blocks, level cells are filled through the defined names, results are read through
 * the defined names. Used by the template tests to compare the native formulas with src/core.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { parseRange, splitQualified, type TemplateSpec } from "../../src/template";

export interface SpecEngine {
  /** Writes one value per cell of a per-indicator name (SPBE_LEVELS, SPBE_TARGETS, ...). */
  fill(name: string, values: readonly RawCellContent[]): void;
  /** Writes one cell by sheet name and A1 address. */
  setCell(sheet: string, address: string, value: RawCellContent): void;
  /** Runs several fills with one recalculation (HyperFormula's batch). */
  batch(fills: () => void): void;
  /** The value of a single-cell name. */
  value(name: string): unknown;
  /** The values of a one-column name, top to bottom. */
  column(name: string): unknown[];
  /** The value of a cell by sheet name and A1 address. */
  cell(sheet: string, address: string): unknown;
  destroy(): void;
}

export function buildSpecEngine(spec: TemplateSpec): SpecEngine {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of spec.sheets) {
    const grid: RawCellContent[][] = [];
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) => {
        const rowIndex = block.row - 1 + r;
        grid[rowIndex] ??= [];
        cells.forEach((cell, c) => {
          grid[rowIndex][block.col - 1 + c] = cell.formula ?? cell.value ?? null;
        });
      });
    }
    sheets[sheet.name] = Array.from({ length: grid.length }, (_, i) => grid[i] ?? []);
  }
  // smartRounding off: read the doubles the formulas produce, not a 14-digit display rounding.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  const where = (name: string) => {
    const found = spec.names.find((n) => n.name === name);
    if (!found) throw new Error(`No name ${name} in the spec`);
    const { sheet, range } = splitQualified(found.ref);
    const sheetId = hf.getSheetId(sheet!);
    if (sheetId === undefined) throw new Error(`No sheet ${sheet}`);
    return { sheetId, ...parseRange(range.replace(/\$/g, "")) };
  };
  return {
    fill(name, values) {
      const at = where(name);
      if (at.lastRow - at.row + 1 !== values.length) throw new Error(`${name} has ${at.lastRow - at.row + 1} cells, got ${values.length}`);
      hf.setCellContents({ sheet: at.sheetId, row: at.row - 1, col: at.col - 1 }, values.map((v) => [v]));
    },
    value(name) {
      const at = where(name);
      return hf.getCellValue({ sheet: at.sheetId, row: at.row - 1, col: at.col - 1 });
    },
    setCell(sheet, address, value) {
      const at = parseRange(address);
      hf.setCellContents({ sheet: hf.getSheetId(sheet)!, row: at.row - 1, col: at.col - 1 }, [[value]]);
    },
    batch(fills) {
      hf.batch(fills);
    },
    column(name) {
      const at = where(name);
      return Array.from({ length: at.lastRow - at.row + 1 }, (_, i) => hf.getCellValue({ sheet: at.sheetId, row: at.row - 1 + i, col: at.col - 1 }));
    },
    cell(sheet, address) {
      const sheetId = hf.getSheetId(sheet);
      if (sheetId === undefined) throw new Error(`No sheet ${sheet}`);
      const at = parseRange(address);
      return hf.getCellValue({ sheet: sheetId, row: at.row - 1, col: at.col - 1 });
    },
    destroy() {
      hf.destroy();
    },
  };
}
