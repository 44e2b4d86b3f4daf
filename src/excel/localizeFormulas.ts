/**
 * After en-US formulas are written (range.formulas), renames their custom-function calls where Excel registers the
 * Indonesian names (display language id-ID), so that =SPBE.INDEX(...) becomes =SPBE.INDEKS(...) instead of #NAME?
 * (office-js issue #891). The rename works on Excel's own local rendering of each formula (formulasLocal), so the
 * locale's separators and Excel's names for its own functions are Excel's, never guessed here.
 * One sync for any number of ranges, none where the names are English. Unconfirmed in real Excel: see README.
 */
import { namesOfDisplayLanguage, withFunctionNames } from "./formulaText";

/** The display language Excel runs in ("id-ID"), or undefined outside Office. */
export function displayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}

/**
 * Renames the custom-function calls in `ranges` (already written in this request) for the display language; the
 * caller syncs afterwards to apply them. Cells whose formula does not call a custom function are left as written.
 */
export async function localizeFormulas(context: Excel.RequestContext, ranges: readonly Excel.Range[]): Promise<void> {
  const names = namesOfDisplayLanguage(displayLanguage());
  if (names === "en" || ranges.length === 0) return;
  for (const range of ranges) range.load("formulasLocal");
  await context.sync();
  for (const range of ranges) {
    // Only the cells whose call is renamed are written again: writing the rest back would turn the values a spilled
    // table shows into constants that block its spill.
    (range.formulasLocal as unknown[][]).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula !== "string" || !formula.startsWith("=")) return;
        const renamed = withFunctionNames(formula, names);
        if (renamed !== formula) range.getCell(r, c).formulasLocal = [[renamed]];
      }),
    );
  }
}
