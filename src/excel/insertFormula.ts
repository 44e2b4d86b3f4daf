/**
 * Writes one formula into the top-left cell of the user's selection. The formula is en-US (range.formulas), which
 * Excel translates for its own functions in every display language; where the display language is Indonesian the
 * custom functions are registered under their Indonesian names, so the call is then renamed in Excel's own local
 * rendering of the formula (formulaText.ts). One Excel.run; one sync, two in Indonesian Excel. Errors from Excel
 * propagate to the caller.
 */
import { localizeFormulas } from "./localizeFormulas";

/** Writes `formula` and returns the address of the cell written, e.g. "Sheet1!B3". */
export async function insertFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    await localizeFormulas(context, [cell]);
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
