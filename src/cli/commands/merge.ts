/**
 * `spbe merge TEMPLATE.xlsx UNIT.xlsx... --out MERGED.xlsx [--json]`: the answers of returned unit files merged
 * into a NEW copy of the coordinator's template (src/units/mergeUnitAnswers.ts for the rules), with a log sheet of
 * every change, a conflict sheet and a recap by unit. TEMPLATE.xlsx is only read.
 *
 * Links, rich text and literal =HYPERLINK formulas in the answers are kept (src/units/carryUnitValues.ts).
 * A unit file that cannot be used (damaged, not a template, another framework) is named on stderr with its problem
 * and the others are merged; the output is written, then the command ends with exit code 1. Conflicts are not
 * errors: they are the coordinator's to decide, listed on stdout and in the conflict sheet.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Language } from "../../core";
import type { MergeResult, MergedSheets, OpenedTemplateFile, TemplateFile, UnitFileProblem } from "../../units";
import { listIndicators } from "../../units/messages";
import type { MergeCliOptions } from "../args";
import { inputError } from "../errors";
import { checkInputFile, checkOutputFile, saveOutput } from "../files";
import { MERGE_LABELS } from "../labels";
import type { Progress } from "./progress";
import { checkOutputNotInput, expandInputs } from "./recap";

export interface MergeCommandResult {
  readonly template: string;
  readonly out: string;
  readonly result: MergeResult;
  readonly sheets: MergedSheets;
  /** Files not merged because of their content (damaged, not a template, another framework). */
  readonly failed: readonly UnitFileProblem[];
  /** Files merged with a warning, or left out on purpose (the template itself, a repeat). */
  readonly warnings: readonly UnitFileProblem[];
  /** Unit files given (after expanding folders). */
  readonly total: number;
}

/** Left out on purpose, not failures. */
const NOT_FAILURES = new Set(["SAME_AS_TEMPLATE", "DUPLICATE_FILE"]);

export async function merge(options: MergeCliOptions, progress: Progress = () => {}): Promise<MergeCommandResult> {
  const { template, out } = options;
  checkOutputNotInput(out, [template, ...options.units]);
  await checkInputFile(template);
  const unitPaths = await expandInputs(options.units);
  checkOutputNotInput(out, [template, ...unitPaths]);
  await checkOutputFile(out, options.force);
  const units = await import(/* webpackMode: "eager" */ "../../units");

  progress("PROGRESS_READING", { file: template });
  let coordinator: OpenedTemplateFile;
  try {
    coordinator = await units.readTemplateFile(template, await fs.readFile(template));
  } catch (error) {
    throw inputError("UNIT_FILE_PROBLEM", { problems: [units.asUnitFileProblem(error, template)] }, error);
  }

  const problems: UnitFileProblem[] = [];
  // Said first: the output is a rewrite of this workbook, and what ExcelJS cannot write back is not in it.
  if (coordinator.notRewritten.length > 0) {
    problems.push(new units.UnitFileProblem(template, "OBJECTS_NOT_REWRITTEN", { objects: coordinator.notRewritten }));
  }
  const returned: TemplateFile[] = [];
  const seen = new Set([path.resolve(template)]);
  for (const file of unitPaths) {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) {
      problems.push(new units.UnitFileProblem(file, resolved === path.resolve(template) ? "SAME_AS_TEMPLATE" : "DUPLICATE_FILE"));
      continue;
    }
    seen.add(resolved);
    progress("PROGRESS_READING", { file });
    try {
      returned.push(await units.readTemplateFile(file, await fs.readFile(file)));
    } catch (error) {
      problems.push(units.asUnitFileProblem(error, file));
    }
  }

  const result = units.mergeUnitAnswers(coordinator.reading, returned);
  // Links and rich text in the answers are written as the units left them; a formula that cannot be is reported.
  const workbooks = new Map(returned.map((r) => [r.file, r.workbook]));
  const carried = units.carryUnitValues(result.changes, (file) => workbooks.get(file));
  const all = [...problems, ...result.problems, ...carried.problems];
  for (const problem of all) progress("UNIT_FILE_PROBLEM", { problems: [problem] });
  const sheets = units.writeMergedWorkbook(coordinator.workbook, result, options.language, carried.values);
  await saveOutput(coordinator.workbook, out, options.force);
  progress("PROGRESS_SAVED", { file: out });
  return {
    template,
    out,
    result,
    sheets,
    failed: all.filter((p) => p.skipped && !NOT_FAILURES.has(p.code)),
    warnings: all.filter((p) => !p.skipped || NOT_FAILURES.has(p.code)),
    total: unitPaths.length,
  };
}

/** Dates as "2026-03-31", error values as their code: JSON keeps what the cell showed. */
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && value !== null && "error" in value) return (value as { error: unknown }).error;
  return value ?? null;
}

export function mergeJson(r: MergeCommandResult, language: Language) {
  const problem = (p: UnitFileProblem) => ({
    file: p.file, code: p.code, message: p.messageIn(language), ...(p.params.objects ? { objects: p.params.objects } : {}),
  });
  return {
    template: r.template,
    out: r.out,
    framework: r.result.framework.id,
    sheets: r.sheets,
    merged: r.result.merged,
    changes: r.result.changes.map((c) => ({
      indicator: c.indicator, field: c.field, cell: c.cell, old: jsonValue(c.oldValue), new: c.newValue, files: c.files, units: c.units,
    })),
    conflicts: r.result.conflicts.map((c) => ({
      indicator: c.indicator, field: c.field, cell: c.cell, coordinator: jsonValue(c.coordinatorValue), reason: c.reason,
      answers: c.answers.map((a) => ({ file: a.file, unit: a.unit, assigned: a.assigned, value: a.value })),
    })),
    completeness: r.result.completeness,
    failed: r.failed.map(problem),
    warnings: r.warnings.map(problem),
  };
}

/** The summary for people: what was merged, the conflicts side by side, and what each unit still owes. */
export function mergeText(r: MergeCommandResult, language: Language): string {
  const L = MERGE_LABELS[language];
  const shown = (v: unknown) => (v === null || v === undefined || v === "" ? L.blank : String(jsonValue(v)));
  const lines: string[] = [
    L.summary(r.out, r.result.merged.length, r.total, r.result.changes.length, r.sheets.log, r.result.conflicts.length, r.sheets.conflicts),
  ];
  if (r.result.conflicts.length > 0) {
    lines.push(L.conflictsTitle);
    for (const c of r.result.conflicts) {
      const answers = c.answers.map((a) => `${a.unit ?? "?"} ${shown(a.value)} (${a.file}${a.assigned ? "" : L.notAssigned})`);
      lines.push(`  ${L.indicator} ${c.indicator} ${L.fields[c.field]}: ${L.coordinator} ${shown(c.coordinatorValue)} | ${answers.join(" | ")}`);
    }
  }
  lines.push(L.completenessTitle);
  for (const c of r.result.completeness) {
    const files = c.files.length > 0 ? c.files.join(", ") : L.noFile;
    const missing = c.missing.length > 0 ? `; ${L.stillBlank}: ${listIndicators(c.missing)}` : "";
    lines.push(`  ${c.unit} (${files}): ${c.answered.length}/${c.indicators.length} ${L.filled}${missing}`);
  }
  return `${lines.join("\n")}\n`;
}
