/**
 * `spbe template --framework 59/2020 --out kertas-kerja.xlsx`: writes the standard evaluation template to a file.
 *
 * The template is the one declarative description in `src/template/`, rendered by ExcelJS (`src/xlsx/`): the same
 * template the task pane writes into an open workbook. Nothing is overwritten without --force, and the file
 * appears only once complete (written beside it under a temporary name, then renamed).
 */
import { promises as fs } from "node:fs";
import type { Framework } from "../../core";
import type { TemplateOptions } from "../args";
import { inputError } from "../errors";
import { checkOutputFile, saveOutput } from "../files";
import type { Progress } from "./progress";

export interface TemplateResult {
  /** The file written, as given. */
  readonly file: string;
  readonly framework: Framework;
  readonly indicators: number;
  readonly bytes: number;
}

export async function template(options: TemplateOptions, progress: Progress = () => {}): Promise<TemplateResult> {
  const { out, framework } = options;
  await checkOutputFile(out, options.force);
  progress("PROGRESS_WRITING", { file: out, framework: framework.id });
  // Loaded on demand (in the same bundle): ExcelJS takes a second to load, which `spbe --help` should not pay.
  const { writeTemplateWorkbook } = await import(/* webpackMode: "eager" */ "../../xlsx/writeTemplateWorkbook");
  const workbook = await writeTemplateWorkbook({
    framework: framework.id,
    language: options.language,
    instansi: options.instansi,
    year: options.year,
    filledBy: options.filledBy,
    evidence: options.evidence,
  });
  await saveOutput(workbook, out, options.force);
  const { size } = await fs.stat(out);
  progress("PROGRESS_WRITTEN", { file: out, count: framework.indicators.length });
  return { file: out, framework, indicators: framework.indicators.length, bytes: size };
}
