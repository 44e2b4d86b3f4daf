/**
 * Writes planned target levels into a template's target column (the range named SPBE_TARGETS, workbook- or
 * sheet-scoped), after the user has confirmed. One Excel.run, one sync; nothing but that range is touched.
 * Excel refuses the write (InvalidArgument) if the range no longer has one cell per level; the error propagates.
 */
import { hundredthsToNumber } from "../core";
import { SPBE_TARGETS } from "../template/names";
import type { RawTemplate } from "./readTemplates";

/** `levels` are in hundredths (400 = level 4), one per indicator in order. Resolves to the range's address. */
export async function writeTargets(template: Pick<RawTemplate, "scope" | "sheetName">, levels: readonly number[]): Promise<string> {
  return Excel.run(async (context) => {
    const owner = template.scope === "workbook" ? context.workbook.names : context.workbook.worksheets.getItem(template.sheetName).names;
    const range = owner.getItem(SPBE_TARGETS).getRange();
    range.values = levels.map((l) => [hundredthsToNumber(l)]);
    range.load("address");
    await context.sync();
    return range.address;
  });
}
