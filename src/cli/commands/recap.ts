/**
 * `spbe recap FILE.xlsx... --out REKAP.xlsx [--json]`: ranks many filled templates (one per unit or per region) by
 * their exact index, best first, with predikat and aspect (and domain) indices, all computed by the core from the
 * level cells (never from the files' cached formula results).
 *
 * A file that cannot be ranked (damaged, not a template, blank or refused levels, another framework) is reported
 * on stderr, listed in the output's "failed" sheet and JSON key, and the others are still ranked; the output is
 * written, then the command ends with exit code 1.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { hundredthsToNumber, ratioToNumber, formatHundredths, scoreBreakdown, type Language } from "../../core";
import type { OwnTableChoice, RecapCliOptions } from "../args";
import { CliError, inputError, usageError } from "../errors";
import { checkInputFile, checkOutputFile, saveOutput } from "../files";
import type { Progress } from "./progress";
import type { Ranking, ScoredTemplate, UnitFileProblem } from "../../units";
import { RECAP_LABELS } from "../labels";
import { readOwnTable, tableSheets } from "./ownTable";
import { EVIDENCE_ITEM_NAMES, SPBE_EVIDENCE_LEVELS, SPBE_HISTORY_INDEX, SPBE_STAGE_KEYS, SPBE_STAGE_RESULTS } from "../../template/names";

/**
 * Names the recap never uses: the Tahapan block, the Bukti Dukung list and the history cell. Skipping them keeps
 * those sheets from being streamed in every one of hundreds of files (the Tahapan sheet alone tripled the time).
 */
const RECAP_SKIPS: ReadonlySet<string> = new Set([SPBE_STAGE_KEYS, SPBE_STAGE_RESULTS, SPBE_HISTORY_INDEX, SPBE_EVIDENCE_LEVELS, ...EVIDENCE_ITEM_NAMES]);

export interface RecapResult {
  readonly out: string;
  readonly ranking: Ranking;
  /** Number of files read. */
  readonly total: number;
}

/**
 * The files named on the command line: a folder stands for the .xlsx files in it (sorted, without Excel's "~$"
 * lock files); a missing path is a usage error (exit 2), before anything is read.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(given)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith(".")).sort();
      files.push(...names.map((n) => path.join(given, n)));
      continue;
    }
    await checkInputFile(given);
    files.push(given);
  }
  return files;
}

/** Refuses an output path that is also an input (compared as absolute paths). */
export function checkOutputNotInput(out: string, inputs: readonly string[]): void {
  const target = path.resolve(out);
  if (inputs.some((f) => path.resolve(f) === target)) throw usageError("OUTPUT_IS_INPUT", { file: out });
}

export async function recap(options: RecapCliOptions, progress: Progress = () => {}): Promise<RecapResult> {
  checkOutputNotInput(options.out, options.files);
  const files = await expandInputs(options.files);
  if (files.length === 0) throw usageError("ARGUMENT_MISSING", { command: "recap", argument: "FILE.xlsx..." });
  checkOutputNotInput(options.out, files);
  await checkOutputFile(options.out, options.force);
  const units = await import(/* webpackMode: "eager" */ "../../units");
  const scored = [];
  const failed: UnitFileProblem[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(path.resolve(file))) continue;
    seen.add(path.resolve(file));
    progress("PROGRESS_READING", { file });
    try {
      // Only the scores are kept: the workbook is released before the next file is read.
      const bytes = await fs.readFile(file);
      try {
        // Read part by part: only the cells of the template's names (bounded memory, and fast for 600 files).
        scored.push(units.scoreTemplate(await units.readTemplateReadingFile(file, bytes, RECAP_SKIPS)));
      } catch (error) {
        if (!(units.isUnitFileProblem(error) && error.code === "NOT_A_TEMPLATE")) throw error;
        // A unit's own workbook: its table, found by the rules of `spbe score`.
        scored.push(await scoreOwnWorkbook(file, bytes, options.table, error));
      }
    } catch (error) {
      failed.push(units.asUnitFileProblem(error, file));
    }
  }
  const ranking = units.rankTemplates(scored, failed, options.practice, files);
  for (const problem of ranking.failed) progress("UNIT_FILE_PROBLEM", { problems: [problem] });
  await saveOutput(units.writeRankingWorkbook(ranking, options.language), options.out, options.force);
  progress("PROGRESS_SAVED", { file: options.out });
  return { out: options.out, ranking, total: seen.size };
}

/**
 * Scores a workbook that is not a template from its own table (ownTable.ts); a table that cannot be read becomes
 * that file's problem (OWN_TABLE_UNREADABLE), saying what was found, and the other files are still ranked.
 */
async function scoreOwnWorkbook(file: string, bytes: Buffer, table: OwnTableChoice, notATemplate: UnitFileProblem): Promise<ScoredTemplate> {
  const units = await import(/* webpackMode: "eager" */ "../../units");
  const { openPartialWorkbookFile } = await import(/* webpackMode: "eager" */ "../../xlsx/openWorkbookFile");
  let read;
  try {
    const { workbook, load } = await openPartialWorkbookFile(file, bytes);
    ({ read } = await readOwnTable(tableSheets(workbook.sheetNames, load), file, { ...table, notATemplate }));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // No table at all: still "not a template", now saying what was looked for; a table found but unclear: say which.
    throw new units.UnitFileProblem(file, error.code === "TABLE_NOT_FOUND" ? "NOT_A_TEMPLATE" : "OWN_TABLE_UNREADABLE", { reason: error });
  }
  const levels: readonly number[] = read.levels;
  const breakdown = scoreBreakdown(read.framework, levels, read.scale);
  return {
    file, framework: read.framework, instansi: null, year: null,
    levels: read.scale === 1 ? levels : levels.map((l) => l / read.scale),
    index: breakdown.index, aspects: breakdown.aspects, domains: breakdown.domains,
  };
}

/** The JSON printed by `spbe recap --json`. */
export function recapJson(result: RecapResult, language: Language) {
  const { ranking } = result;
  return {
    framework: ranking.framework?.id ?? null,
    practice: ranking.practice,
    out: result.out,
    rows: ranking.rows.map((r) => ({
      rank: r.rank,
      file: r.file,
      instansi: r.instansi ?? null,
      year: r.year ?? null,
      index: ratioToNumber(r.index),
      rounded: hundredthsToNumber(r.roundedHundredths),
      predikat: r.band.predikat,
      aspects: r.aspects.map(({ aspect, value }) => ({ id: aspect.id, name: aspect.name, index: ratioToNumber(value) })),
      domains: r.domains.map(({ domain, value }) => ({ id: domain.id, name: domain.name, index: ratioToNumber(value) })),
    })),
    failed: ranking.failed.map((p) => ({ file: p.file, code: p.code, message: p.messageIn(language) })),
  };
}

/** The ranking for people: rank, index (2 decimals), predikat, file. */
export function recapText(result: RecapResult, language: Language): string {
  const rows = result.ranking.rows.map((r) => [String(r.rank), formatHundredths(r.roundedHundredths, language), r.band.predikat, r.file]);
  const header = [...RECAP_LABELS[language].header];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 3 ? cell : i === 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  const lines = [line(header), ...rows.map(line)];
  if (result.ranking.failed.length > 0) {
    lines.push("", RECAP_LABELS[language].notRanked(result.ranking.failed.length));
    lines.push(...result.ranking.failed.map((p) => `  ${p.file}`));
  }
  return `${lines.join("\n")}\n`;
}
