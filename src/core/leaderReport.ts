/**
 * The leader report (Laporan Pimpinan): what a Kepala Dinas takes to the Bupati, on one page. Every figure is the
 * core's own: each aspect's index with its target, gap, predikat and last year's index; the overall index and the
 * distance to the next band; the first steps of the cheapest plan, with their owners (PIC) where the template has
 * them; and whether the numbers are a simulation (the self-assessment) or the official result.
 *
 * The report holds numbers in hundredths and bands, never text: the sheet that shows it (src/template/
 * leaderReportSheet.ts) words it in the user's language.
 */
import { roundHalfUpToHundredths, ceilToHundredths, type Ratio } from "./exact";
import type { Band, Framework } from "./frameworks/types";
import { distanceToNextBand, planToTarget, type PlanStatus, type PlanStep } from "./plan";
import { bandOfIndex, type PredikatPractice } from "./predikat";
import { aspectIndex, overallIndex } from "./scores";

/** Levels of one series in hundredths, one per indicator; null where a cell is blank. */
type Series = readonly (number | null)[];

export interface LeaderReportInput {
  readonly framework: Framework;
  /** The self-assessment, complete (a report is made only when every level is read). */
  readonly levels: readonly number[];
  readonly practice: PredikatPractice;
  /** Target levels; used only when complete, as a target index is defined only then. */
  readonly targets?: Series;
  /** Last year's levels; used only when complete. */
  readonly lastYear?: Series;
  /** Official (assessors') levels; the report is "official" only when every one is there. */
  readonly official?: Series;
  /** The PIC / OPD of each indicator, where the template has them. */
  readonly pic?: readonly (string | null)[];
  /** How many plan steps the page has room for (the rest are counted). */
  readonly maxSteps?: number;
}

export interface LeaderRow {
  /** The aspect's index, or the overall index, exactly and rounded half-up to hundredths. */
  readonly value: Ratio;
  readonly hundredths: number;
  /** The predikat band of the value under the report's practice. */
  readonly band: Band;
  readonly targetHundredths?: number;
  /** Index points still missing to the target, rounded up (never shown smaller than it is); 0 once reached. */
  readonly gapHundredths?: number;
  readonly lastYearHundredths?: number;
}

export interface LeaderStep {
  readonly step: PlanStep;
  readonly pic?: string;
  /** What the step adds to the index, rounded half-up to hundredths (its exact value is step.gain). */
  readonly gainHundredths: number;
}

export interface LeaderReport {
  readonly framework: Framework;
  readonly practice: PredikatPractice;
  /** "official" when every official level is there, and the rows show it; "simulation" (the self-assessment) otherwise. */
  readonly basis: "official" | "simulation";
  readonly aspects: readonly LeaderRow[];
  readonly overall: LeaderRow;
  /** The next band up and the points still missing to it, rounded up; absent in the top band. */
  readonly nextBand?: { readonly band: Band; readonly gapHundredths: number };
  /** What the plan aims at: the target index when the targets are complete, else the next band. */
  readonly plan?: {
    readonly aim: "target" | "nextBand";
    readonly status: PlanStatus;
    readonly targetHundredths: number;
    readonly steps: readonly LeaderStep[];
    /** Steps of the plan the page leaves out (maxSteps). */
    readonly moreSteps: number;
  };
}

const complete = (series: Series | undefined): series is readonly number[] =>
  series !== undefined && series.length > 0 && series.every((v) => typeof v === "number");

const DEFAULT_STEPS = 6;

export function leaderReport(input: LeaderReportInput): LeaderReport {
  const { framework, practice } = input;
  const basis = complete(input.official) ? "official" : "simulation";
  const levels = basis === "official" ? (input.official as readonly number[]) : input.levels;
  const targets = complete(input.targets) ? input.targets : undefined;
  const lastYear = complete(input.lastYear) ? input.lastYear : undefined;

  const row = (value: Ratio, of: (series: readonly number[]) => Ratio): LeaderRow => {
    const target = targets ? of(targets) : undefined;
    const missing = target ? { num: target.num * value.den - value.num * target.den, den: target.den * value.den } : undefined;
    return {
      value,
      hundredths: roundHalfUpToHundredths(value),
      band: bandOfIndex(framework, value, practice),
      ...(target ? { targetHundredths: roundHalfUpToHundredths(target), gapHundredths: missing!.num > 0 ? ceilToHundredths(missing!) : 0 } : {}),
      ...(lastYear ? { lastYearHundredths: roundHalfUpToHundredths(of(lastYear)) } : {}),
    };
  };
  const aspects = framework.aspects.map((aspect) => row(aspectIndex(framework, levels, aspect), (s) => aspectIndex(framework, s, aspect)));
  const overall = row(overallIndex(framework, levels), (s) => overallIndex(framework, s));
  const next = distanceToNextBand(framework, overall.value, practice);
  return {
    framework, practice, basis, aspects, overall,
    ...(next ? { nextBand: { band: next.band, gapHundredths: ceilToHundredths(next.gap) } } : {}),
    ...planOf(input, levels, overall, next?.band),
  };
}

/** The plan to the target index (targets complete) or else to the next band; none in the top band without targets. */
function planOf(input: LeaderReportInput, levels: readonly number[], overall: LeaderRow, nextBand: Band | undefined): Pick<LeaderReport, "plan"> {
  const aim = overall.targetHundredths !== undefined && overall.gapHundredths! > 0 ? "target" : nextBand ? "nextBand" : undefined;
  if (!aim) return {};
  const target = aim === "target" ? overall.targetHundredths! : nextBand!.minHundredths;
  const plan = planToTarget(input.framework, levels, aim === "target" ? target : nextBand!.predikat, { practice: input.practice });
  const max = input.maxSteps ?? DEFAULT_STEPS;
  // The largest gains first: the page shows what moves the index most.
  const ordered = [...plan.steps].sort((a, b) => b.gain.num * a.gain.den - a.gain.num * b.gain.den || a.indicator.no - b.indicator.no);
  const steps = ordered.slice(0, max).map((step) => {
    const pic = input.pic?.[step.indicator.no - 1]?.trim();
    return { step, gainHundredths: roundHalfUpToHundredths(step.gain), ...(pic ? { pic } : {}) };
  });
  return { plan: { aim, status: plan.status, targetHundredths: target, steps, moreSteps: ordered.length - steps.length } };
}
