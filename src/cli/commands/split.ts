/**
 * `spbe split FILE.xlsx --out DIR [--deadline 2026-03-31] [--note TEXT]`: one template per unit (OPD) named in
 * the PIC / OPD column, each holding only that unit's indicators (src/units/splitTemplate.ts). Indicators with no
 * PIC go to no unit and are listed. No unit file is overwritten without --force; the coordinator's file is only read.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Language } from "../../core";
import { listIndicators } from "../../units/messages";
import type { SplitCliOptions } from "../args";
import { inputError, usageError } from "../errors";
import { checkInputFile, makeOutputFolder, saveOutput } from "../files";
import { SPLIT_LABELS } from "../labels";
import type { Progress } from "./progress";

export interface SplitResult {
  readonly file: string;
  readonly out: string;
  readonly units: readonly { readonly unit: string; readonly file: string; readonly indicators: readonly number[] }[];
  readonly unassigned: readonly number[];
}

export async function split(options: SplitCliOptions, progress: Progress = () => {}): Promise<SplitResult> {
  const { file, out } = options;
  await checkInputFile(file);
  const outStat = await fs.stat(out).catch(() => undefined);
  if (outStat && !outStat.isDirectory()) throw usageError("OUTPUT_DIR_MISSING", { file: out });
  const units = await import(/* webpackMode: "eager" */ "../../units");
  progress("PROGRESS_READING", { file });
  let source;
  try {
    source = await units.readTemplateFile(file, await fs.readFile(file));
  } catch (error) {
    throw inputError("UNIT_FILE_PROBLEM", { problems: [units.asUnitFileProblem(error, file)] }, error);
  }
  const plan = units.planSplit(source.reading);
  if (plan.units.length === 0) throw inputError("NO_UNITS", { file });
  const targets = plan.units.map((u) => path.join(out, u.fileName));
  if (!options.force) {
    for (const target of targets) {
      if (await fs.stat(target).catch(() => undefined)) throw usageError("OUTPUT_EXISTS", { file: target });
    }
  }
  if (targets.some((t) => path.resolve(t) === path.resolve(file))) throw usageError("OUTPUT_IS_INPUT", { file });
  await makeOutputFolder(out);
  const written = [];
  for (let k = 0; k < plan.units.length; k++) {
    const { assignment } = plan.units[k];
    const workbook = await units.writeUnitWorkbook(source.reading, assignment, {
      language: options.language, deadline: options.deadline, note: options.note,
    });
    await saveOutput(workbook, targets[k], options.force);
    progress("PROGRESS_UNIT_WRITTEN", { argument: assignment.unit, count: assignment.indicators.length, file: targets[k] });
    written.push({ unit: assignment.unit, file: targets[k], indicators: assignment.indicators });
  }
  return { file, out, units: written, unassigned: plan.unassigned };
}

export function splitJson(result: SplitResult) {
  return { template: result.file, out: result.out, units: result.units, unassigned: result.unassigned };
}

/** One line per unit file (file, unit, its indicators), then the indicators that went to no unit. */
export function splitText(result: SplitResult, language: Language): string {
  const lines = result.units.map((u) => `${u.file}\t${u.unit}\t${SPLIT_LABELS[language].indicators} ${listIndicators(u.indicators)}`);
  if (result.unassigned.length > 0) {
    lines.push(
      SPLIT_LABELS[language].unassigned(result.unassigned.length, listIndicators(result.unassigned)),
    );
  }
  return `${lines.join("\n")}\n`;
}
