/** Checks that an ExcelJS worksheet holds every value, formula and number format of a sheet of the spec, cell by cell. */
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/template";

export function expectCellsOfSpec(ws: ExcelJS.Worksheet, sheet: SheetSpec, onCell?: (got: ExcelJS.Cell, cell: SheetSpec["blocks"][number]["cells"][number][number]) => void): void {
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const got = ws.getCell(block.row + r, block.col + c);
        if (cell.formula !== undefined) expect(got.formula).toBe(cell.formula.slice(1));
        else if (cell.value !== undefined && cell.value !== null) expect(got.value).toBe(cell.value);
        if (cell.format !== undefined) expect(got.numFmt).toBe(cell.format);
        onCell?.(got, cell);
      }),
    );
  }
}
