/**
 * The target planner: the cheapest set of level increases that reaches a target index or predikat.
 *
 * Rules (issue 5):
 * - Levels rise one step at a time (the cumulative rule: level n needs the evidence of levels 1..n); a step reaches the
 *   next whole level, or with `stepTo: "band"` the floor of the next level's value band (Pemdi's 1,50, 2,50, ...).
 *   A decimal current level (an average or an externally supplied value, e.g. 2,5) first rises to the next whole
 *   level (2,5 -> 3): that is one step, costing the full effort of the step to level 3, because the evidence of
 *   level 3 must still be complete. Later steps go 3 -> 4 -> 5. A maximum rise of r steps therefore allows
 *   2,5 -> 3 for r = 1 and 2,5 -> 4 for r = 2, exactly floor(2,5 + r): counting steps and counting levels agree.
 * - Effort is 1 per step unless given: one number per indicator (every step), or one number per level reached
 *   (index n - 1 is the step that reaches level n). Efforts are decimals from 0 to 1 000 000, compared in
 *   millionths of a unit as integers, so ties are exact (0,1 + 0,2 ties with 0,3).
 * - Each indicator may have a maximum level and a maximum rise for this cycle; locked indicators (values supplied
 *   by another agency, or simply not to be planned) do not move. A level above its maximum level stays as it is.
 * - "Reached" follows the predikat practice (see predikat.ts): "exact" (2024, the default) needs the exact index
 *   at or above the target; "rounded" (2023) needs the index rounded half-up to 2 decimals at or above it.
 * - The plan is exactly optimal (planSolver.ts): least total effort; on a tie the fewest indicators touched, then
 *   the highest total weight of the indicators touched, then the highest projected index, then the lowest
 *   indicator numbers raised most.
 * - An unreachable target returns the plan that raises every allowed step, with the best index reachable under
 *   the constraints; a target already reached returns an empty plan. `describePlan` (planText.ts) says which.
 *
 * All arithmetic is on integers: levels in hundredths, weights in framework units, so an index numerator
 * sum(level x weight) is an integer and the needed gain is an exact integer.
 */
import { SpbeError } from "./errors";
import { roundHalfUpToHundredths, type Ratio } from "./exact";
import type { Band, Framework, Indicator } from "./frameworks";
import { bandOfIndex, DEFAULT_PRACTICE, findBandByName, type PredikatPractice } from "./predikat";
import { readNumberText } from "./numberText";
import { overallIndex, totalWeight } from "./scores";
import { solveCheapestSelection, type SolverGroup } from "./planSolver";
import { isBlank, toHundredths } from "./levels";

/** A target: an index in hundredths (260 = 2,60), or a predikat name meaning that band's lower bound. */
export type PlanTarget = number | string;

/** Constraints on one indicator. */
export interface IndicatorPlanOptions {
  /** The indicator does not move (a value supplied by another agency, or kept out of the plan). @default false */
  readonly locked?: boolean;
  /** Highest whole level the indicator may reach. @default the option for every indicator, else the framework's maximum (5) */
  readonly maxLevel?: number;
  /** Most steps the indicator may rise this cycle. @default the option for every indicator, else no limit */
  readonly maxRise?: number;
  /**
   * Effort of each step: one number for every step, or five numbers where index n - 1 is the effort of the step
   * that reaches level n. @default the option for every indicator, else 1
   */
  readonly effort?: number | readonly number[];
}

/**
 * What one step reaches: "level", the next whole level (1,26 -> 2 -> 3 ...); "band", the floor of the next level's
 * value band where the scale has bands (Pemdi: 1,26 -> 1,50 -> 2,50 -> 3,50 -> 4,00, the values at which an
 * indicator's level, and its name, change). A scale of whole levels (59/2020, 5/2018) has the same steps either way.
 */
export type PlanStepKind = "level" | "band";

export interface PlanOptions {
  /** How "reached" is judged. @default "exact" (2024 practice) */
  readonly practice?: PredikatPractice;
  /** What one step reaches. @default "level" */
  readonly stepTo?: PlanStepKind;
  /** Default maximum rise for every indicator. @default no limit */
  readonly maxRise?: number;
  /** Default maximum level for every indicator. @default the framework's maximum level */
  readonly maxLevel?: number;
  /** Default effort of one step for every indicator. @default 1 */
  readonly effort?: number;
  /** Per-indicator constraints, keyed by indicator number; they override the defaults above. */
  readonly indicators?: Readonly<Record<number, IndicatorPlanOptions>>;
}

/** A target resolved to a lower bound. */
export interface ResolvedTarget {
  readonly hundredths: number;
  /** Set when the target was given as a predikat name. */
  readonly band?: Band;
}

/** One indicator's raise in the plan. */
export interface PlanStep {
  readonly indicator: Indicator;
  /** Current level, in hundredths. */
  readonly from: number;
  /** Planned level, in hundredths (whole, or a band's floor with `stepTo: "band"`). */
  readonly to: number;
  /** Number of steps (whole levels climbed; 2,5 -> 4 is two steps). */
  readonly steps: number;
  readonly effort: number;
  /** What this raise adds to the index, exactly. */
  readonly gain: Ratio;
}

export interface IndexValue {
  readonly index: Ratio;
  /** Rounded half-up to hundredths. */
  readonly hundredths: number;
  /** Predikat under the plan's practice. */
  readonly band: Band;
}

/**
 * "alreadyReached": the current levels reach the target, the plan is empty.
 * "planned": the steps reach the target at the least effort.
 * "unreachable": even every allowed step falls short; the steps are all of them, the projection the best possible.
 */
export type PlanStatus = "alreadyReached" | "planned" | "unreachable";

export interface Plan {
  readonly framework: Framework;
  readonly practice: PredikatPractice;
  readonly target: ResolvedTarget;
  readonly status: PlanStatus;
  /** In indicator order. */
  readonly steps: readonly PlanStep[];
  readonly totalEffort: number;
  readonly current: IndexValue;
  readonly projected: IndexValue;
  /** Index points missing before the plan (0 when reached), under the plan's practice. */
  readonly gap: Ratio;
  /** Every level after the plan, in hundredths, in indicator order. */
  readonly levels: readonly number[];
}

/** Efforts are compared in millionths, as integers. */
const EFFORT_SCALE = 1_000_000;
const MAX_EFFORT = 1_000_000;

/** Resolves a target to its lower bound; a predikat name is looked up in Indonesian or English. */
export function resolveTarget(framework: Framework, target: PlanTarget): ResolvedTarget {
  const allowed = framework.bands.map((b) => b.predikat).join(", ");
  if (typeof target === "string") {
    const band = findBandByName(framework, target);
    if (!band) throw new SpbeError("PREDIKAT_UNKNOWN", { value: target, framework: framework.id, allowed });
    return { hundredths: band.minHundredths, band };
  }
  const max = framework.maxLevel * 100;
  if (!Number.isInteger(target) || target < 0 || target > max) {
    const value = Number.isFinite(target) ? target / 100 : target;
    throw new SpbeError("TARGET_INVALID", { value, min: 0, max: framework.maxLevel, allowed });
  }
  return { hundredths: target };
}

/** A target as given, or one resolved earlier (by readTarget) after checking its range again. */
function checkedTarget(framework: Framework, target: PlanTarget | ResolvedTarget): ResolvedTarget {
  if (typeof target !== "object") return resolveTarget(framework, target);
  resolveTarget(framework, target.hundredths);
  return target;
}

/**
 * Reads a target as a user gives it (a cell, a command-line flag): a number is an index (2.6), text is an index
 * ("2,6" or "2.6") or a predikat name ("Baik"). Blank is "not filled in".
 */
export function readTarget(value: unknown, framework: Framework): ResolvedTarget {
  if (isBlank(value)) throw new SpbeError("ARGUMENT_BLANK", { argument: "target" });
  const allowed = framework.bands.map((b) => b.predikat).join(", ");
  const invalid = () => new SpbeError("TARGET_INVALID", { value, min: 0, max: framework.maxLevel, allowed });
  let index: number | undefined;
  if (typeof value === "number") index = value;
  else if (typeof value === "string") {
    const reading = readNumberText(value);
    if (reading.kind === "ambiguous") throw new SpbeError("NUMBER_TEXT_AMBIGUOUS", { argument: "target", value });
    if (reading.kind === "not-a-number") return resolveTarget(framework, value);
    index = reading.value;
  }
  if (index === undefined || !Number.isFinite(index) || index < 0 || index > framework.maxLevel) throw invalid();
  const hundredths = toHundredths(index);
  if (hundredths === null) throw invalid();
  return { hundredths };
}

/** The smallest integer numerator sum(level x weight) that reaches `bound` hundredths under a practice. */
function requiredNumerator(framework: Framework, bound: number, practice: PredikatPractice): number {
  const w = totalWeight(framework);
  // exact: N / (100 W) >= b / 100  <=>  N >= b W.
  // rounded: floor(100 N / (100 W) + 1/2) >= b  <=>  N / W >= b - 1/2  <=>  2N >= (2b - 1) W.
  return practice === "rounded" ? Math.max(0, Math.ceil(((2 * bound - 1) * w) / 2)) : bound * w;
}

/**
 * Index points still missing to reach a target (0 when reached): under "exact", target - index; under "rounded",
 * the distance to the point where the index rounds up to the target (target - 0,005 - index).
 */
export function targetGap(framework: Framework, levels: readonly number[], target: PlanTarget | ResolvedTarget, practice: PredikatPractice = DEFAULT_PRACTICE): Ratio {
  return targetGapOfIndex(framework, overallIndex(framework, checkedLevels(framework, levels)), target, practice);
}

/** As targetGap, from an exact index already computed (a keyed reading, whose levels may be exact means). */
export function targetGapOfIndex(framework: Framework, current: Ratio, target: PlanTarget | ResolvedTarget, practice: PredikatPractice = DEFAULT_PRACTICE): Ratio {
  const bound = checkedTarget(framework, target).hundredths;
  // exact: b/100 - num/den = (b den - 100 num) / (100 den); rounded: (b - 1/2)/100 - num/den, over 200 den.
  if (practice === "rounded") return { num: Math.max(0, (2 * bound - 1) * current.den - 200 * current.num), den: 200 * current.den };
  return { num: Math.max(0, bound * current.den - 100 * current.num), den: 100 * current.den };
}

function checkedLevels(framework: Framework, levels: readonly (number | null)[]): number[] {
  const expected = framework.indicators.length;
  if (levels.length !== expected) throw new SpbeError("COUNT_MISMATCH", { framework: framework.id, expected, actual: levels.length });
  const min = framework.minLevel * 100;
  const max = framework.maxLevel * 100;
  return levels.map((level, i) => {
    if (level === null || level === undefined) throw new SpbeError("LEVEL_BLANK", { indicator: i + 1 });
    if (!Number.isInteger(level) || level < min || level > max) {
      throw new SpbeError("LEVEL_OUT_OF_RANGE", { indicator: i + 1, value: level / 100, min: framework.minLevel, max: framework.maxLevel });
    }
    return level;
  });
}

function checkWhole(value: number, min: number, max: number, code: "PLAN_MAX_RISE_INVALID" | "PLAN_MAX_LEVEL_INVALID", indicator?: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new SpbeError(code, { value, min, max, indicator });
  }
  return value;
}

function effortUnits(value: unknown, indicator?: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_EFFORT) {
    throw new SpbeError("PLAN_EFFORT_INVALID", { value, max: MAX_EFFORT, indicator });
  }
  return Math.round(value * EFFORT_SCALE);
}

/** One indicator's possible steps: the whole level each reaches and its effort in millionths. */
interface Ladder {
  readonly indicator: Indicator;
  readonly from: number;
  readonly levels: readonly number[];
  readonly efforts: readonly number[];
}

function ladders(framework: Framework, levels: readonly number[], options: PlanOptions): Ladder[] {
  const span = framework.maxLevel - framework.minLevel;
  const defaultRise = options.maxRise === undefined ? span : checkWhole(options.maxRise, 0, span, "PLAN_MAX_RISE_INVALID");
  const defaultMaxLevel = options.maxLevel === undefined ? framework.maxLevel : checkWhole(options.maxLevel, framework.minLevel, framework.maxLevel, "PLAN_MAX_LEVEL_INVALID");
  const defaultEffort = effortUnits(options.effort ?? 1);
  const perIndicator = options.indicators ?? {};
  if (options.stepTo !== undefined && options.stepTo !== "level" && options.stepTo !== "band") {
    throw new SpbeError("PLAN_STEP_INVALID", { value: options.stepTo });
  }
  const bandSteps = options.stepTo === "band";
  for (const key of Object.keys(perIndicator)) {
    const no = Number(key);
    if (!Number.isInteger(no) || no < 1 || no > framework.indicators.length) {
      throw new SpbeError("INDICATOR_UNKNOWN", { value: key, framework: framework.id, max: framework.indicators.length });
    }
  }
  return framework.indicators.map((indicator, i) => {
    const o: IndicatorPlanOptions = perIndicator[indicator.no] ?? {};
    const no = indicator.no;
    const rise = o.maxRise === undefined ? defaultRise : checkWhole(o.maxRise, 0, span, "PLAN_MAX_RISE_INVALID", no);
    const cap = o.maxLevel === undefined ? defaultMaxLevel : checkWhole(o.maxLevel, framework.minLevel, framework.maxLevel, "PLAN_MAX_LEVEL_INVALID", no);
    let effortOfLevel: (level: number) => number;
    if (o.effort === undefined) effortOfLevel = () => defaultEffort;
    else if (typeof o.effort === "number") {
      const units = effortUnits(o.effort, no);
      effortOfLevel = () => units;
    } else {
      if (!Array.isArray(o.effort) || o.effort.length !== framework.maxLevel) throw new SpbeError("PLAN_EFFORT_INVALID", { value: String(o.effort), max: MAX_EFFORT, indicator: no });
      const units = o.effort.map((e) => effortUnits(e, no));
      effortOfLevel = (level) => units[level - 1];
    }
    const from = levels[i];
    const steps: number[] = [];
    const efforts: number[] = [];
    if (!o.locked && indicator.weight > 0) {
      // Level n is reached at its band's floor (band steps) or at n itself: the first step is the next one above
      // the current value (2 -> 3, 2,5 -> 3; by bands 1,26 -> 1,50).
      const floors = bandSteps ? framework.levelScales.find((x) => x.id === indicator.scaleId)?.valueBandFloors : undefined;
      const reachAt = (level: number) => (floors ? floors[level - 1] : level * 100);
      for (let level = framework.minLevel + 1; level <= cap && steps.length < rise; level++) {
        if (reachAt(level) <= from) continue;
        steps.push(reachAt(level));
        efforts.push(effortOfLevel(level));
      }
    }
    return { indicator, from, levels: steps, efforts };
  });
}

function indexValue(framework: Framework, levels: readonly number[], practice: PredikatPractice): IndexValue {
  const index = overallIndex(framework, levels);
  return { index, hundredths: roundHalfUpToHundredths(index), band: bandOfIndex(framework, index, practice) };
}

/**
 * The cheapest set of level increases that reaches a target, with the projected index and predikat.
 *
 * @param levels current levels in hundredths, one per indicator (from readLevels); a blank (null) is refused,
 *   naming the indicator.
 * @param target an index in hundredths (245 = 2,45), a predikat name ("Baik" = that band's lower bound), or a
 *   target already resolved by readTarget.
 *
 * @example
 * // 59/2020, every indicator at 1 (index 1,00), target Baik (2,60), at most +2 per indicator:
 * planToTarget(SPBE_59_2020, Array(47).fill(100), "Baik", { maxRise: 2 })
 * // status "planned", projected index >= 2,60, least number of steps
 */
export function planToTarget(framework: Framework, levels: readonly (number | null)[], target: PlanTarget | ResolvedTarget, options: PlanOptions = {}): Plan {
  const practice = options.practice ?? DEFAULT_PRACTICE;
  const current = checkedLevels(framework, levels);
  const resolved = checkedTarget(framework, target);
  const ladder = ladders(framework, current, options);
  const currentNum = overallIndex(framework, current).num;
  const needed = Math.max(0, requiredNumerator(framework, resolved.hundredths, practice) - currentNum);

  const movable = ladder.filter((l) => l.levels.length > 0);
  const groups: SolverGroup[] = movable.map((l) => {
    let gain = 0;
    let effort = 0;
    return {
      weight: l.indicator.weight,
      choices: l.levels.map((to, k) => {
        gain += (to - (k === 0 ? l.from : l.levels[k - 1])) * l.indicator.weight;
        effort += l.efforts[k];
        return { gain, effort };
      }),
    };
  });

  let status: PlanStatus;
  let chosen: number[];
  if (needed === 0) {
    status = "alreadyReached";
    chosen = movable.map(() => 0);
  } else {
    const solved = solveCheapestSelection(groups, needed);
    status = solved ? "planned" : "unreachable";
    chosen = solved ?? movable.map((l) => l.levels.length);
  }

  const projectedLevels = [...current];
  const den = 100 * totalWeight(framework);
  const steps: PlanStep[] = [];
  let totalEffortUnits = 0;
  movable.forEach((l, j) => {
    const k = chosen[j];
    if (k === 0) return;
    const to = l.levels[k - 1];
    const effort = groups[j].choices[k - 1].effort;
    totalEffortUnits += effort;
    projectedLevels[l.indicator.no - 1] = to;
    steps.push({ indicator: l.indicator, from: l.from, to, steps: k, effort: effort / EFFORT_SCALE, gain: { num: (to - l.from) * l.indicator.weight, den } });
  });

  return {
    framework,
    practice,
    target: resolved,
    status,
    steps,
    totalEffort: totalEffortUnits / EFFORT_SCALE,
    current: indexValue(framework, current, practice),
    projected: indexValue(framework, projectedLevels, practice),
    gap: targetGap(framework, current, resolved, practice),
    levels: projectedLevels,
  };
}



/**
 * The next band up from an index under a practice, and the index points still missing to reach it, exactly
 * ("0,10 lagi ke Sangat Baik"); undefined in the top band.
 */
export function distanceToNextBand(framework: Framework, index: Ratio, practice: PredikatPractice = DEFAULT_PRACTICE): { readonly band: Band; readonly gap: Ratio } | undefined {
  const at = framework.bands.indexOf(bandOfIndex(framework, index, practice));
  if (at <= 0) return undefined;
  const band = framework.bands[at - 1];
  return { band, gap: targetGapOfIndex(framework, index, band.minHundredths, practice) };
}

/** One indicator's room to rise: to the framework's maximum, weighed ("bobot x potensi kenaikan"). */
export interface IndicatorPotential {
  readonly indicator: Indicator;
  /** Current level, hundredths. */
  readonly level: number;
  /** Index points the indicator adds at the maximum level: weight x (max - level) / (100 x total weight). */
  readonly potential: Ratio;
}

/**
 * The indicators with the most to give the index, largest first (then by number), at most `count`: what to raise
 * first when no targets are set. Levels in hundredths, one per indicator; a blank (null) counts as 0.
 */
export function largestPotentials(framework: Framework, levels: readonly (number | null)[], count: number): IndicatorPotential[] {
  const den = 100 * totalWeight(framework);
  const max = framework.maxLevel * 100;
  return framework.indicators
    .map((indicator, i) => ({ indicator, level: levels[i] ?? 0, potential: { num: (max - (levels[i] ?? 0)) * indicator.weight, den } }))
    .filter((p) => p.potential.num > 0)
    .sort((a, b) => b.potential.num - a.potential.num || a.indicator.no - b.indicator.no)
    .slice(0, count);
}

/**
 * A list of indicator numbers as a user types it ("5, 6, 7, 18", "5;6 7"): the numbers, in order, without repeats;
 * "" is none. Throws SpbeError INDICATOR_UNKNOWN naming the first item that is not an indicator of the framework.
 */
export function readIndicatorList(text: string, framework: Framework): number[] {
  const out: number[] = [];
  for (const item of text.split(/[\s,;]+/).filter((x) => x !== "")) {
    const no = /^\d{1,2}$/.test(item) ? Number(item) : NaN;
    if (!(no >= 1 && no <= framework.indicators.length)) {
      throw new SpbeError("INDICATOR_UNKNOWN", { value: item, framework: framework.id, max: framework.indicators.length });
    }
    if (!out.includes(no)) out.push(no);
  }
  return out;
}

/**
 * Caps per indicator as a user types them ("12:3, 18:4": indicator 12 at most level 3, 18 at most level 4): the
 * highest whole level of each, by indicator number; "" is none. Throws SpbeError INDICATOR_CAP_INVALID naming an
 * item that is not "number:level" with a whole level in the framework's range, INDICATOR_UNKNOWN for a number that
 * is not an indicator. A later cap of the same indicator replaces an earlier one.
 */
export function readIndicatorCaps(text: string, framework: Framework): Record<number, number> {
  const caps: Record<number, number> = {};
  for (const item of text.split(/[,;]+/).map((x) => x.trim()).filter((x) => x !== "")) {
    const m = /^(\d{1,2})\s*[:=]\s*(\d)$/.exec(item);
    const level = m ? Number(m[2]) : NaN;
    if (!m || level < framework.minLevel || level > framework.maxLevel) {
      throw new SpbeError("INDICATOR_CAP_INVALID", { value: item, min: framework.minLevel, max: framework.maxLevel });
    }
    const [no] = readIndicatorList(m[1], framework);
    caps[no] = level;
  }
  return caps;
}

/** Efforts that grow with the level: the step reaching level n costs n (the "higher levels cost more" choice). */
export const GROWING_EFFORT: readonly number[] = [1, 2, 3, 4, 5];
