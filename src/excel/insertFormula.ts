/**
 * Writes one formula into the top-left cell of the user's selection (en-US syntax through range.formulas, which
 * Excel accepts in every display language). One Excel.run, one sync. Errors from Excel propagate to the caller.
 */

/** Writes `formula` and returns the address of the cell written, e.g. "Sheet1!B3". */
export async function insertFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
