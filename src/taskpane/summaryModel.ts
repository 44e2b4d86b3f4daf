/**
 * What the Ringkasan view shows for one template, built from the raw cell values (src/excel/readTemplates.ts) by
 * calling src/core. The sheet's own formula results (SPBE_INDEX, SPBE_PREDIKAT, ...) are never used: every number
 * here is recomputed from the level cells.
 *
 * Blank level cells are counted and listed; while some are blank, the index is provisional, with blanks counted
 * as 0 (the value the indicator gets when it is not scored), and the view says so.
 */
import {
  aspectIndex, bandOfIndex, domainIndex, isBlank, levelsInWholeHundredths, overallIndex, readKeyedLevels, readLevels, readLevelsReportingAll,
  resolveFramework, roundHalfUpToHundredths,
  SpbeError, declinesFromLastYear, distanceToNextBand, largestPotentials, type IndicatorPotential, localDay, readHistory, type HistoryResult, stagesOfCells, stagesWorthReporting, stageValueOf, summariseEvidence, totalWeight,
  leaderReport, type LeaderReport,
  type Band, type Decline, type EvidenceSummary, type Framework, type Ratio, type StageCellsReport,
} from "../core";
import { cellAddressAt } from "../template/a1";
import type { NamedCells, RawTemplate } from "../excel/readTemplates";

/** An aspect or a domain, with its current value and (when targets are set) its target value. */
export interface PartScore {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly value: Ratio;
  readonly target: Ratio | null;
  /** Last year's value, when every indicator has last year's level. */
  readonly lastYear: Ratio | null;
}

/** One indicator below its target: how much the index would gain by reaching it. */
export interface IndicatorGap {
  readonly indicatorNo: number;
  readonly name: string;
  readonly nameEn: string;
  /** Hundredths; blank counts as 0. */
  readonly level: number;
  readonly target: number;
  /** (target - level) x weight, in index points. */
  readonly weighted: Ratio;
}

export interface TemplateSummary {
  readonly framework: Framework;
  /** The planner cannot work on these levels (an exact mean of service rows that is not a whole hundredth). */
  readonly planProblem?: SpbeError;
  readonly instansi: string;
  readonly year: string;
  readonly indicatorCount: number;
  /** Levels in hundredths, in indicator order; null where the cell is blank. */
  readonly levels: readonly (number | null)[];
  /** Numbers of the indicators whose level cell is blank (refused cells are in levelProblems instead). */
  readonly emptyIndicatorNos: readonly number[];
  /** PIC / OPD per indicator as typed ("" where blank, or where the template has no PIC column). */
  readonly pics: readonly string[];
  /** Every level cell the rules refuse, each naming its indicator and cell; they count as 0 while they are there. */
  readonly levelProblems: readonly SpbeError[];
  /** Exact index; blanks counted as 0 while emptyIndicatorNos is not empty. */
  readonly index: Ratio;
  /** Predikat of the exact index (2024 practice, the default). */
  readonly bandExact: Band;
  /** Predikat of the 2-decimal index (2023 practice). */
  readonly bandRounded: Band;
  readonly targetIndex: Ratio | null;
  readonly aspects: readonly PartScore[];
  /** Empty for Pemdi (no domains). */
  readonly domains: readonly PartScore[];
  /** Largest weighted gaps first, at most `GAP_COUNT`. */
  readonly gaps: readonly IndicatorGap[];
  /** The next band up under the current (2024) practice and the exact index points to it; absent in the top band. */
  readonly nextBand?: { readonly band: Band; readonly gap: Ratio };
  /** Without targets: the indicators with the most to give (weight x room to rise), at most `GAP_COUNT`. */
  readonly potentials: readonly IndicatorPotential[];
  /** A problem with the target cells; the summary is still shown, without targets. */
  readonly targetProblem?: SpbeError;
  /** From the Bukti Dukung sheet, when the template has one: levels supported, claims above them, PICs, overdue. */
  readonly evidence?: EvidenceSummary;
  /** From the Tahapan sheet, once a stage after Mandiri has values (or a pasted cell cannot be read). */
  readonly stages?: StageCellsReport;
  /** Where last year's column has values: the indicators below them. */
  readonly declines?: readonly Decline[];
  /** The previous framework's last index from the Ringkasan's history cell, or why it cannot be read. */
  readonly history?: HistoryResult | SpbeError;
  /** The Laporan Pimpinan's figures (core leaderReport), once every level is read. */
  readonly leaderReport?: LeaderReport;
}

/** One template as listed in the pane: a summary, or the reason there is none. */
export interface TemplateEntry {
  readonly key: string;
  /** "table": an analyst's own table connected by the Hubungkan view (no targets, never a unit template). */
  readonly kind: "template" | "table";
  readonly sheetName: string;
  readonly scope: "workbook" | "worksheet";
  readonly levelsAddress?: string;
  readonly summary?: TemplateSummary;
  /** Names of the contract that are missing (no SPBE_LEVELS, ...). */
  readonly missingNames?: readonly string[];
  /** Invalid cell content, with the cell named. */
  readonly problem?: SpbeError;
}

export const GAP_COUNT = 5;

function column(cells: NamedCells): unknown[] {
  return cells.values.flatMap((row) => [...row]);
}

function firstValue(cells: NamedCells | undefined): unknown {
  return cells?.values[0]?.[0];
}

function text(value: unknown): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** Reads the targets; null when every target cell is blank. */
function readTargets(raw: RawTemplate, framework: Framework): { targets: (number | null)[] | null; problem?: SpbeError } {
  const cells = raw.cells.SPBE_TARGETS;
  if (!cells) return { targets: null };
  try {
    const targets = readLevels(column(cells), framework, { addressOf: cellAddressAt(cells.address) });
    return { targets: targets.every((t) => t === null) ? null : targets };
  } catch (error) {
    if (error instanceof SpbeError) return { targets: null, problem: error };
    throw error;
  }
}

/**
 * Levels of a template (SPBE_LEVELS, indicator order), or of a connected table (read by key), in hundredths x scale.
 * A template's refused cells are all listed (`problems`) and read as blank, so the rest of the summary still shows.
 */
function readEntryLevels(raw: RawTemplate, levelCells: NamedCells): { framework: Framework; read: (number | null)[]; scale: number; problems: SpbeError[] } {
  const cells = column(levelCells);
  const keyCells = raw.cells.SPBE_TABLE_KEYS;
  if (keyCells) {
    const keyed = readKeyedLevels(
      { keys: column(keyCells), levels: cells, levelAddressOf: cellAddressAt(levelCells.address) },
      firstValue(raw.cells.SPBE_TABLE_FRAMEWORK),
    );
    return { framework: keyed.framework, read: [...keyed.levels], scale: keyed.scale, problems: [] };
  }
  const framework = resolveFramework(firstValue(raw.cells.SPBE_FRAMEWORK), { cellCount: cells.length });
  const { levels, problems } = readLevelsReportingAll(cells, framework, { addressOf: cellAddressAt(levelCells.address) });
  return { framework, read: levels, scale: 1, problems };
}

/** The evidence summary of a template's Bukti Dukung sheet (its four item names, same rows), or nothing. */
function evidenceOf(raw: RawTemplate, framework: Framework, levels: readonly (number | null)[], today = localDay(new Date())): { evidence?: EvidenceSummary } {
  const { SPBE_EVIDENCE_ITEMS: items, SPBE_EVIDENCE_STATUS: statuses, SPBE_EVIDENCE_PIC: pics, SPBE_EVIDENCE_DEADLINE: deadlines } = raw.cells;
  if (!items || !statuses) return {};
  const codes = column(items);
  const status = column(statuses);
  if (status.length !== codes.length) return {};
  const pic = pics ? column(pics) : [];
  const deadline = deadlines ? column(deadlines) : [];
  const at = cellAddressAt(items.address);
  const rows = codes.map((code, i) => ({ code, status: status[i], pic: pic[i], deadline: deadline[i], address: at(i) }));
  return { evidence: summariseEvidence(framework, rows, levels, today) };
}

/** The cells of a name, each with its address, row by row. */
function addressed(cells: NamedCells): { value: unknown; address: string }[] {
  const at = cellAddressAt(cells.address);
  const width = cells.values[0]?.length ?? 1;
  return cells.values.flatMap((row, r) => row.map((value, k) => ({ value, address: at(r * width + k) ?? cells.address })));
}

/**
 * The Tahapan sheet's stages, read by the core as the sheet reads them (the same call as `spbe score`); nothing
 * while no stage after Mandiri has a value and every pasted cell reads.
 */
function stagesOf(raw: RawTemplate, framework: Framework, levelCells: NamedCells): { stages?: StageCellsReport } {
  const { SPBE_STAGE_KEYS: keys, SPBE_STAGE_RESULTS: results, SPBE_OFFICIAL: official } = raw.cells;
  if (!keys || !results || results.values.length !== keys.values.length) return {};
  const levels = addressed(levelCells);
  const officialCells = official && official.values.length === levels.length ? addressed(official) : levels.map((c) => ({ ...c, value: null }));
  const width = results.values[0]?.length ?? 0;
  const flat = addressed(results);
  const rows = keys.values.map((_, r) => flat.slice(r * width, (r + 1) * width));
  const report = stagesOfCells(framework, { levels, official: officialCells, keys: addressed(keys), results: rows });
  return stagesWorthReporting(report, framework) ? { stages: report } : {};
}

/** The indicators below last year's value, where SPBE_LAST_YEAR has values; a refused cell there counts as blank. */
/**
 * A column of one value per indicator (last year's levels, the official results) read as the Tahapan sheet reads
 * it: hundredths, null where blank or unreadable; undefined when the template has no such column.
 */
function levelSeries(cells: NamedCells | undefined, framework: Framework): (number | null)[] | undefined {
  if (!cells || cells.values.length !== framework.indicators.length) return undefined;
  return column(cells).map((v) => {
    const value = stageValueOf(v, framework);
    return typeof value === "number" ? value : null;
  });
}

function declinesOf(raw: RawTemplate, framework: Framework, levels: readonly (number | null)[]): { declines?: Decline[] } {
  const last = levelSeries(raw.cells.SPBE_LAST_YEAR, framework);
  if (!last || last.every((v) => v === null)) return {};
  return { declines: declinesFromLastYear(levels, last) };
}

/** The whole series, or null while a value is missing (an index of last year needs every indicator). */
const complete = (series: readonly (number | null)[] | undefined): number[] | null =>
  series && series.every((v): v is number => v !== null) ? [...series] : null;

/** The history cell (SPBE_HISTORY_INDEX), read with the previous framework's bands; an unreadable one says why. */
function historyOf(raw: RawTemplate, framework: Framework): { history?: HistoryResult | SpbeError } {
  const cells = raw.cells.SPBE_HISTORY_INDEX;
  if (!cells) return {};
  try {
    const history = readHistory(framework, firstValue(cells), cellAddressAt(cells.address)(0));
    return history ? { history } : {};
  } catch (error) {
    if (error instanceof SpbeError) return { history: error };
    throw error;
  }
}

/** PIC / OPD per indicator as typed; "" for each where the template has no PIC column of the right size. */
function picsOf(raw: RawTemplate, framework: Framework): string[] {
  const cells = raw.cells.SPBE_PIC;
  const fits = cells !== undefined && cells.values.length === framework.indicators.length;
  return framework.indicators.map((_, i) => (fits ? text(cells.values[i]?.[0]) : ""));
}

/** The planner's levels (whole hundredths), or why there are none. */
function planLevels(read: readonly (number | null)[], scale: number): { levels: (number | null)[]; planProblem?: SpbeError } {
  if (scale === 1) return { levels: [...read] };
  try {
    const whole = levelsInWholeHundredths(read.map((l) => l ?? 0), scale);
    return { levels: read.map((l, i) => (l === null ? null : whole[i])) };
  } catch (error) {
    if (error instanceof SpbeError) return { levels: read.map((l) => (l === null ? null : l / scale)), planProblem: error };
    throw error;
  }
}

/** Builds the summary of one raw template; invalid cells become `problem`, missing names `missingNames`. */
export function summarizeTemplate(raw: RawTemplate): TemplateEntry {
  const isTable = raw.cells.SPBE_TABLE_KEYS !== undefined || raw.cells.SPBE_TABLE_LEVELS !== undefined;
  const levelCells = isTable ? raw.cells.SPBE_TABLE_LEVELS : raw.cells.SPBE_LEVELS;
  const base = { key: raw.key, kind: isTable ? ("table" as const) : ("template" as const), sheetName: raw.sheetName, scope: raw.scope, levelsAddress: levelCells?.address };
  if (isTable && !(raw.cells.SPBE_TABLE_KEYS && raw.cells.SPBE_TABLE_LEVELS)) {
    return { ...base, missingNames: raw.cells.SPBE_TABLE_KEYS ? ["SPBE_TABLE_LEVELS"] : ["SPBE_TABLE_KEYS"] };
  }
  if (!levelCells) return { ...base, missingNames: ["SPBE_LEVELS"] };
  try {
    const { framework, read: scaled, scale, problems: levelProblems } = readEntryLevels(raw, levelCells);
    const { levels: read, planProblem } = planLevels(scaled, scale);
    // Blanks count as 0 while the index is provisional (said in the view); an exact mean keeps its scale.
    const exactLevels = scaled.map((l) => l ?? 0);
    const levels = read.map((l) => l ?? 0);
    const { targets, problem: targetProblem } = isTable ? { targets: null, problem: undefined } : readTargets(raw, framework);
    // Where a target is blank, the plan is to stay at the current level.
    const targetLevels = targets ? targets.map((t, i) => t ?? levels[i]) : null;
    const index = overallIndex(framework, exactLevels, scale);
    const lastYear = isTable ? undefined : levelSeries(raw.cells.SPBE_LAST_YEAR, framework);
    const lastYearLevels = complete(lastYear);
    const pics = picsOf(raw, framework);
    const nextBand = distanceToNextBand(framework, index);
    const den = 100 * totalWeight(framework);
    const gaps: IndicatorGap[] = targetLevels
      ? framework.indicators
          .filter((ind, i) => targetLevels[i] > levels[i])
          .map((ind) => ({
            indicatorNo: ind.no,
            name: ind.name,
            nameEn: ind.nameEn,
            level: levels[ind.no - 1],
            target: targetLevels[ind.no - 1],
            weighted: { num: (targetLevels[ind.no - 1] - levels[ind.no - 1]) * ind.weight, den },
          }))
          .sort((a, b) => b.weighted.num - a.weighted.num || a.indicatorNo - b.indicatorNo)
          .slice(0, GAP_COUNT)
      : [];
    const summary: TemplateSummary = {
      framework,
      planProblem,
      instansi: text(firstValue(raw.cells.SPBE_INSTANSI)),
      year: text(firstValue(raw.cells.SPBE_YEAR)),
      indicatorCount: framework.indicators.length,
      levels: read,
      emptyIndicatorNos: read.flatMap((l, i) => (l === null && !levelProblems.some((p) => p.params.indicator === i + 1) ? [i + 1] : [])),
      levelProblems,
      pics,
      index,
      bandExact: bandOfIndex(framework, index, "exact"),
      bandRounded: bandOfIndex(framework, index, "rounded"),
      targetIndex: targetLevels ? overallIndex(framework, targetLevels) : null,
      aspects: framework.aspects.map((aspect) => ({
        id: aspect.id,
        name: aspect.name,
        nameEn: aspect.nameEn,
        value: aspectIndex(framework, exactLevels, aspect, scale),
        target: targetLevels ? aspectIndex(framework, targetLevels, aspect) : null,
        lastYear: lastYearLevels ? aspectIndex(framework, lastYearLevels, aspect) : null,
      })),
      domains: framework.domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        nameEn: domain.nameEn,
        value: domainIndex(framework, exactLevels, domain, scale),
        target: targetLevels ? domainIndex(framework, targetLevels, domain) : null,
        lastYear: lastYearLevels ? domainIndex(framework, lastYearLevels, domain) : null,
      })),
      gaps,
      ...(nextBand ? { nextBand } : {}),
      potentials: targetLevels ? [] : largestPotentials(framework, read, GAP_COUNT),
      targetProblem,
      ...evidenceOf(raw, framework, scale === 1 ? scaled : read),
      // The leader report needs every level, as `spbe report` does: none while one is blank or refused.
      ...(levelProblems.length === 0 && !planProblem && read.every((l) => l !== null)
        ? {
            leaderReport: leaderReport({
              framework, practice: "exact", levels: read as number[], targets: targets ?? undefined, lastYear,
              official: isTable ? undefined : levelSeries(raw.cells.SPBE_OFFICIAL, framework), pic: pics.map((p) => p || null),
            }),
          }
        : {}),
      ...(isTable ? {} : { ...stagesOf(raw, framework, levelCells), ...declinesOf(raw, framework, read), ...historyOf(raw, framework) }),
    };
    return { ...base, summary };
  } catch (error) {
    if (error instanceof SpbeError) return { ...base, problem: error };
    throw error;
  }
}

/** True when the 2023 practice (band of the rounded index) would give a different predikat. */
export function practicesDiffer(summary: TemplateSummary): boolean {
  return summary.bandExact !== summary.bandRounded;
}

/** Hundredths of the official 2-decimal index. */
export function roundedHundredths(summary: TemplateSummary): number {
  return roundHalfUpToHundredths(summary.index);
}

/** True when an aspect or domain is at or above its target (exact comparison of the two ratios). */
export function reachedTarget(part: PartScore): boolean {
  return part.target === null || part.value.num * part.target.den >= part.target.num * part.value.den;
}
