/**
 * What a merge writes for a text answer: the unit's cell as the unit left it, not only its text. Data dukung is
 * often a link to the evidence document, Penjelasan text with bold runs; mergeUnitAnswers compares plain text, and
 * writing that text alone would turn a link into its caption. So:
 * - a hyperlink or rich text is written as it is (a copy);
 * - =HYPERLINK("address", "caption") with literal arguments only is written as that formula: it points nowhere else;
 * - any other formula has references into the unit's file, not the coordinator's: its last result is written as
 *   text, and the loss is reported (FORMULA_AS_TEXT) with the cell and the formula, so the coordinator can redo it.
 * A level is a number and is always written as the merge read it.
 */
import type ExcelJS from "exceljs";
import type { MergeChange } from "./mergeUnitAnswers";
import { UnitFileProblem } from "./messages";
import { cellAt } from "./workbookCells";

export interface CarriedValues {
  /** The value to write for a change, where it is more than the change's plain newValue. */
  readonly values: ReadonlyMap<MergeChange, ExcelJS.CellValue>;
  /** One warning per answer whose formula was written as its result (the file is merged). */
  readonly problems: readonly UnitFileProblem[];
}

/** =HYPERLINK("…") or =HYPERLINK("…", "…"): only string literals (a doubled quote inside is a quote). */
const LITERAL_HYPERLINK = /^\s*HYPERLINK\(\s*"(?:[^"]|"")*"\s*(?:[,;]\s*"(?:[^"]|"")*"\s*)?\)\s*$/i;

/** A hyperlink or rich text value of ExcelJS (a hyperlink's caption may itself be rich text). */
export function isFormattedText(value: ExcelJS.CellValue | undefined): value is ExcelJS.CellHyperlinkValue | ExcelJS.CellRichTextValue {
  return typeof value === "object" && value !== null && !(value instanceof Date) && ("hyperlink" in value || "richText" in value);
}

/** A message quotes at most this much of a formula or a text. */
const QUOTED = 120;
const capped = (text: string) => (text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text);

/** The formula of a formula cell, or undefined. */
function formulaOf(value: ExcelJS.CellValue | undefined): string | undefined {
  if (typeof value !== "object" || value === null || value instanceof Date || !("formula" in value)) return undefined;
  return (value as ExcelJS.CellFormulaValue).formula;
}

/**
 * For each text change, the unit cell's value when it is a link, rich text or a formula. `workbookOf` gives the
 * loaded workbook of a unit file (the first file that gave the new value is the one carried).
 */
export function carryUnitValues(changes: readonly MergeChange[], workbookOf: (file: string) => ExcelJS.Workbook | undefined): CarriedValues {
  const values = new Map<MergeChange, ExcelJS.CellValue>();
  const problems: UnitFileProblem[] = [];
  for (const change of changes) {
    if (change.field === "level" || change.files.length === 0) continue;
    const workbook = workbookOf(change.files[0]);
    if (!workbook) continue;
    const cell = change.sourceCells[0];
    const raw = cellAt(workbook, cell).value;
    if (isFormattedText(raw)) {
      values.set(change, structuredClone(raw));
      continue;
    }
    const formula = formulaOf(raw);
    if (formula === undefined) continue;
    if (LITERAL_HYPERLINK.test(formula)) values.set(change, { formula, result: change.newValue } as ExcelJS.CellFormulaValue);
    else problems.push(new UnitFileProblem(change.files[0], "FORMULA_AS_TEXT", { cell, formula: capped(formula), value: capped(String(change.newValue)) }));
  }
  return { values, problems };
}
