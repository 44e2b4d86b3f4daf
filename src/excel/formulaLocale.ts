/**
 * How the user's Excel writes formulas, to SHOW formulas as they would type them (the Fungsi view's examples):
 * the function names of its display language, and the separators of its number format. Excel has no API for the
 * argument separator; it follows the decimal separator (a decimal comma, as in Indonesia, makes it ";").
 * One Excel.run and one sync; without ExcelApi 1.11 (no culture information) the separators stay en-US.
 */
import { namesOfDisplayLanguage, type FormulaLocale } from "./formulaText";
import { displayLanguage } from "./localizeFormulas";

export async function readFormulaLocale(): Promise<FormulaLocale> {
  const names = namesOfDisplayLanguage(displayLanguage());
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.11")) return { names, listSeparator: ",", decimalSeparator: "." };
  return Excel.run(async (context) => {
    const app = context.workbook.application;
    app.load("decimalSeparator,useSystemSeparators");
    const culture = app.cultureInfo.numberFormat;
    culture.load("numberDecimalSeparator");
    await context.sync();
    // Excel's own separators, when the user set them (File > Options > Advanced), win over the system's.
    const decimalSeparator = app.useSystemSeparators ? culture.numberDecimalSeparator : app.decimalSeparator;
    return { names, decimalSeparator, listSeparator: decimalSeparator === "," ? ";" : "," };
  });
}
