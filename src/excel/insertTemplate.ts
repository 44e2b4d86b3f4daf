/**
 * The task pane's "insert template" action: the evaluation template written into the open workbook.
 *
 * One Excel.run and two round trips whatever the framework: one sync reads the existing sheet names and workbook
 * names (to pick free sheet names and the name scope), one sync sends every write. Calculation is suspended
 * while the writes land. Nothing existing is overwritten: the template goes into new sheets with unique names,
 * and when the workbook already holds SPBE_* workbook names, the new template's names are scoped to its own
 * evaluation sheet. Errors (OfficeExtension.Error and the like) propagate unchanged to the caller.
 */
import { countedSync } from "./countedSync";
import type { FrameworkId } from "../core";
import { checkTemplateRequest, describeTemplate, names, uniqueSheetNames } from "../template";
import { queueTemplate } from "./renderTemplate";

export interface InsertTemplateOptions {
  framework: FrameworkId;
  language: "id" | "en";
  instansi?: string;
  year?: number;
  filledBy?: string;
  /** Add the Bukti Dukung sheet; default: for 8/2026 (see TemplateOptions.evidence). */
  evidence?: boolean;
}

export interface InsertTemplateResult {
  /** The new sheets, evaluation sheet first. */
  sheetNames: string[];
  /** Round trips used (context.sync() calls). */
  syncs: number;
}

/**
 * Inserts the evaluation template of `options.framework` into the open workbook, in new sheets.
 * Throws SpbeError (FRAMEWORK_UNKNOWN, LANGUAGE_UNKNOWN) before touching the workbook, and passes Office errors on.
 */
export async function insertTemplate(options: InsertTemplateOptions): Promise<InsertTemplateResult> {
  checkTemplateRequest(options.framework, options.language);
  return Excel.run(async (context) => {
    const counted = countedSync(context);
    const sync = () => counted.sync();

    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const workbookNames = context.workbook.names;
    workbookNames.load("items/name");
    await sync();

    const taken = worksheets.items.map((ws) => ws.name);
    const hasTemplate = workbookNames.items.some((n) => n.name.toUpperCase().startsWith(names.NAME_PREFIX));
    const spec = describeTemplate(options.framework, {
      language: options.language,
      instansi: options.instansi,
      year: options.year,
      filledBy: options.filledBy,
      evidence: options.evidence,
      sheetNames: uniqueSheetNames(taken, options.language),
      nameScope: hasTemplate ? "sheet" : "workbook",
    });

    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    queueTemplate(context, spec);
    await sync();

    return { sheetNames: spec.sheets.map((s) => s.name), syncs: counted.count };
  });
}
