/**
 * `spbe score FILE.xlsx`: the indices of a filled template, computed by the core from its level cells.
 *
 * The file's own formula results are never used: they may be stale, or absent in a file no spreadsheet has
 * recalculated. Every level is checked before anything is computed, and every problem is reported at once,
 * each naming its indicator and cell.
 */
import {
  bandOfIndex, declinesFromLastYear, localDay, readHistory, type Decline, type HistoryResult, readLevel, stagesOfCells, stagesWorthReporting, summariseEvidence, type StageCellsReport, type EvidenceSummary, roundHalfUpToHundredths, scoreBreakdown, isSpbeError,
  type Aspect, type Band, type Domain, type Framework, type PredikatPractice, type Ratio,
} from "../../core";
import { quoteSheet } from "../../template/a1";
import { isTemplateError } from "../../template/messages";
import { readTemplateWorkbook, type TemplateCell, type TemplateReading } from "../../xlsx/readTemplateWorkbook";
import type { ScoreOptions } from "../args";
import { inputError } from "../errors";
import { checkInputFile, openInputWorkbook, type InputWorkbook } from "../files";
import type { BlankLevel, Problem } from "../messages";
import { readOwnTable, tableSheets, type OwnTableReading } from "./ownTable";
import type { Progress } from "./progress";

export interface ScoreResult {
  readonly file: string;
  readonly framework: Framework;
  readonly practice: PredikatPractice;
  /** Levels in hundredths, one per indicator (an exact mean of service rows may have a fraction of a hundredth). */
  readonly levels: readonly number[];
  /** The same levels exactly: integers in hundredths x `scale` (scale 1 unless a level is a mean of service rows). */
  readonly exactLevels: { readonly values: readonly number[]; readonly scale: number };
  readonly index: Ratio;
  /** The index rounded half-up to hundredths, as an integer count of hundredths. */
  readonly roundedHundredths: number;
  /** The predikat band under `practice`. */
  readonly band: Band;
  readonly aspects: readonly { readonly aspect: Aspect; readonly value: Ratio }[];
  readonly domains: readonly { readonly domain: Domain; readonly value: Ratio }[];
  /** Indicators scored 0 ("not met / not scored"), shown so that a 0 is never mistaken for a typo. */
  readonly zeroIndicators: readonly number[];
  /** Set when the workbook is not a template: where the table was found and how it was read. */
  readonly table?: Omit<OwnTableReading, "read">;
  /**
   * Set when the template has last year's values: the indicators whose self-assessment is below last year's
   * (levels in hundredths), to be explained before the interview.
   */
  readonly declines?: readonly Decline[];
  /** Set when the template has a Bukti Dukung sheet: evidence levels, claims above them, counts, overdue items. */
  readonly evidence?: EvidenceSummary;
  /**
   * Set when the template has the Tahapan sheet and a stage after Mandiri has a value (or a pasted cell cannot be
   * read): every stage's index, what changed at each, the pasted block's problems.
   */
  readonly stages?: StageCellsReport;
  /** Set when the history cell holds the previous framework's last index: shown apart, never part of this index. */
  readonly history?: HistoryResult;
}

/** "Kertas Kerja!F12" (as the reader gives it) -> "'Kertas Kerja'!F12" (as Excel writes a reference). */
function cellReference(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : `${quoteSheet(address.slice(0, bang))}${address.slice(bang)}`;
}

/**
 * Reads every level cell with the core; throws one CliError (exit 1) listing every invalid cell, and every blank one
 * unless `blanks` allows them (null), where the core's own readTemplateLevels stops at the first.
 */
function readLevelCells(cells: readonly TemplateCell[], framework: Framework, file: string, allowBlanks: boolean): (number | null)[] {
  const levels: (number | null)[] = [];
  const problems: Problem[] = [];
  const blanks: BlankLevel[] = [];
  cells.forEach((c, i) => {
    const cell = cellReference(c.address);
    try {
      const level = readLevel(c.value, framework, { indicator: i + 1, position: i + 1, cell });
      if (level === null && !allowBlanks) blanks.push({ indicator: i + 1, cell });
      levels[i] = level;
    } catch (error) {
      if (!isSpbeError(error)) throw error;
      problems.push(error);
    }
  });
  const blankError = blanks.length > 0 ? inputError("LEVELS_BLANK", { file, count: blanks.length, blanks }) : undefined;
  if (problems.length > 0) {
    if (blankError) problems.push(blankError);
    throw inputError("LEVELS_INVALID", { file, count: problems.length - (blankError ? 1 : 0), problems });
  }
  if (blankError) throw blankError;
  return levels;
}

function readAllLevels(cells: readonly TemplateCell[], framework: Framework, file: string): number[] {
  return readLevelCells(cells, framework, file, false) as number[];
}

export function readLevelsAllowingBlanks(cells: readonly TemplateCell[], framework: Framework, file: string): (number | null)[] {
  return readLevelCells(cells, framework, file, true);
}

export async function score(options: ScoreOptions, progress: Progress = () => {}): Promise<ScoreResult> {
  return (await scoreWithReading(options, progress)).result;
}

/** The score, and for a template its reading too (the report needs its targets, official values and PICs). */
export async function scoreWithReading(options: ScoreOptions, progress: Progress = () => {}): Promise<{ result: ScoreResult; reading?: TemplateReading }> {
  const { file } = options;
  await checkInputFile(file);
  progress("PROGRESS_READING", { file });
  // Read part by part: only the cells of the template's names, or of the table looked for, whatever the file holds.
  const workbook = await openInputWorkbook(file);
  // Columns named on the command line: the user says this is a table of their own.
  if (options.indicators !== undefined || options.levels !== undefined) return { result: await scoreOwnTable(workbook, options) };
  let reading: TemplateReading;
  try {
    // Finds the template through its defined names (src/xlsx, shared with the tests of the template itself).
    // Only the inputs are used: the file's cached formula results are never trusted.
    reading = readTemplateWorkbook(await workbook.templateCells(), { sheet: options.sheet });
  } catch (error) {
    // Not one of our templates: an analyst's own table, found by its indicator keys.
    if (isTemplateError(error) && error.code === "TEMPLATE_NOT_FOUND") return { result: await scoreOwnTable(workbook, options, error) };
    if (!isSpbeError(error) && !isTemplateError(error)) throw error;
    throw inputError("NOT_A_TEMPLATE", { file, problems: [error] }, error);
  }
  const levels = readAllLevels(reading.levels, reading.framework, file);
  const result = scoreResult(options, reading.framework, levels);
  return {
    result: {
      ...result,
      ...declinesOf(reading, levels, file),
      ...(reading.evidenceItems ? { evidence: evidenceOf(reading, levels, options.today) } : {}),
      ...stagesOf(reading),
      ...historyOf(reading, file),
    },
    reading,
  };
}

/** The previous framework's last index, read with its own bands; a cell that is not an index is listed like a level. */
function historyOf(reading: TemplateReading, file: string): Pick<ScoreResult, "history"> {
  if (!reading.history) return {};
  try {
    const history = readHistory(reading.framework, reading.history.value, cellReference(reading.history.address));
    return history ? { history } : {};
  } catch (error) {
    if (!isSpbeError(error)) throw error;
    throw inputError("LEVELS_INVALID", { file, count: 1, problems: [error] });
  }
}

/**
 * The stages of a template with the Tahapan sheet, read by the core as the sheet reads them; left out while no stage
 * after Mandiri has a value and nothing pasted is unreadable (a report says nothing of stages not held yet).
 */
function stagesOf(reading: TemplateReading): Pick<ScoreResult, "stages"> {
  if (!reading.stages) return {};
  const cells = (list: readonly TemplateCell[]) => list.map((c) => ({ value: c.value, address: cellReference(c.address) }));
  const s = reading.stages;
  const report = stagesOfCells(reading.framework, { levels: cells(reading.levels), official: cells(reading.official), keys: cells(s.keys), results: s.results.map(cells) });
  return stagesWorthReporting(report, reading.framework) ? { stages: report } : {};
}

/** Last year's values read like levels (every problem listed with its cell); the indicators that fell from them. */
function declinesOf(reading: TemplateReading, levels: readonly number[], file: string): Pick<ScoreResult, "declines"> {
  if (!reading.lastYear || reading.lastYear.every((c) => c.value === null || c.value === "")) return {};
  const last = readLevelsAllowingBlanks(reading.lastYear, reading.framework, file);
  return { declines: declinesFromLastYear(levels, last) };
}

/** The evidence summary of a template's Bukti Dukung sheet, its deadlines compared with `today` (yyyy-mm-dd). */
function evidenceOf(reading: TemplateReading, levels: readonly number[], today: string | undefined): EvidenceSummary {
  const e = reading.evidenceItems!;
  const rows = e.codes.map((code, i) => ({
    code: code.value, status: e.statuses[i].value, pic: e.pics[i].value, deadline: e.deadlines[i].value, address: cellReference(code.address),
  }));
  return summariseEvidence(reading.framework, rows, levels, today ?? localDay(new Date()));
}

/** The score of a workbook that is not a template: its own table, read by indicator keys (ownTable.ts). */
async function scoreOwnTable(workbook: InputWorkbook, options: ScoreOptions, notATemplate?: Problem): Promise<ScoreResult> {
  const { read, ...table } = await readOwnTable(tableSheets(workbook.sheetNames, workbook.load), options.file, { ...options, notATemplate });
  return { ...scoreResult(options, read.framework, read.levels, read.scale), table };
}

/** Every figure of the report, from levels in hundredths x `scale` (1 unless a level is an exact mean of rows). */
function scoreResult(options: ScoreOptions, framework: Framework, levels: readonly number[], scale = 1): ScoreResult {
  const breakdown = scoreBreakdown(framework, levels, scale);
  return {
    file: options.file,
    framework,
    practice: options.practice,
    levels: scale === 1 ? levels : levels.map((l) => l / scale),
    exactLevels: { values: levels, scale },
    index: breakdown.index,
    roundedHundredths: roundHalfUpToHundredths(breakdown.index),
    band: bandOfIndex(framework, breakdown.index, options.practice),
    aspects: breakdown.aspects,
    domains: breakdown.domains,
    zeroIndicators: levels.flatMap((level, i) => (level === 0 ? [i + 1] : [])),
  };
}
