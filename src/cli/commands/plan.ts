/**
 * `spbe plan FILE.xlsx --target 2.6|Baik [--max-rise 1] [--json]`: the cheapest level increases that take a filled
 * template to a target index or predikat (issue 5), computed by the core's exact planner (src/core/plan.ts).
 *
 * The levels are read exactly as `spbe score` reads them (every invalid or blank cell reported at once); the
 * target is checked against the template's framework, since predikat names and bounds differ between frameworks.
 */
import {
  describePlan, formatHundredths, formatNumber, hundredthsToNumber, isSpbeError, levelsInWholeHundredths, localIndexName, localName,
  planToTarget, ratioToNumber, readTarget,
  type Language, type Plan, type PredikatPractice, type Ratio,
} from "../../core";
import type { PlanCliOptions } from "../args";
import { describeOwnTable, ownTableJson } from "../report";
import { usageError } from "../errors";
import { PLAN_LABELS } from "../labels";
import type { Progress } from "./progress";
import { score, type ScoreResult } from "./score";

export interface PlanCliResult {
  readonly file: string;
  readonly plan: Plan;
  /** Set when the workbook is not a template: where its own table was found. */
  readonly table?: ScoreResult["table"];
}

export async function plan(options: PlanCliOptions, progress: Progress = () => {}): Promise<PlanCliResult> {
  // Read as `spbe score` reads: a template, or a table of the analyst's own (then `table` says how it was read).
  const { target: _target, maxRise: _maxRise, stepTo: _stepTo, ...scoreOptions } = options;
  const scored = await score(scoreOptions, progress);
  let target;
  try {
    target = readTarget(options.target, scored.framework);
  } catch (error) {
    if (isSpbeError(error)) throw usageError("OPTION_INVALID", { option: "--target", problems: [error] });
    throw error;
  }
  return {
    file: options.file,
    table: scored.table,
    // A level that is the exact mean of service rows (5/2018's indicator 35) is refused with the core's reason.
    plan: planToTarget(scored.framework, levelsInWholeHundredths(scored.exactLevels.values, scored.exactLevels.scale), target, { practice: options.practice, maxRise: options.maxRise, stepTo: options.stepTo }),
  };
}

/** The JSON printed by `spbe plan --json`. Levels and indices are numbers; predikat as the regulation names them. */
export interface PlanJson {
  readonly framework: string;
  readonly practice: PredikatPractice;
  /** "alreadyReached", "planned" or "unreachable" (then `projected` is the best reachable index). */
  readonly status: string;
  readonly target: { readonly index: number; readonly predikat?: string };
  readonly current: IndexJson;
  readonly projected: IndexJson;
  /** Index points missing before the plan; 0 when reached. */
  readonly gap: number;
  readonly totalEffort: number;
  readonly steps: readonly { readonly indicator: number; readonly name: string; readonly from: number; readonly to: number; readonly steps: number; readonly gain: number }[];
  /** The plan in one sentence, in the language of --lang. */
  readonly explanation: string;
  /** Present when the workbook is not a template, as in `score --json`. */
  readonly table?: ReturnType<typeof ownTableJson>;
}

interface IndexJson {
  readonly index: number;
  readonly rounded: number;
  readonly predikat: string;
}

export function planJson(result: PlanCliResult, language: Language): PlanJson {
  const p = result.plan;
  const index = (v: Plan["current"]): IndexJson => ({ index: ratioToNumber(v.index), rounded: hundredthsToNumber(v.hundredths), predikat: v.band.predikat });
  return {
    framework: p.framework.id,
    practice: p.practice,
    status: p.status,
    target: p.target.band ? { index: hundredthsToNumber(p.target.hundredths), predikat: p.target.band.predikat } : { index: hundredthsToNumber(p.target.hundredths) },
    current: index(p.current),
    projected: index(p.projected),
    gap: ratioToNumber(p.gap),
    totalEffort: p.totalEffort,
    steps: p.steps.map((s) => ({ indicator: s.indicator.no, name: s.indicator.name, from: s.from / 100, to: s.to / 100, steps: s.steps, gain: ratioToNumber(s.gain) })),
    explanation: describePlan(p, language),
    ...(result.table ? { table: ownTableJson(result.table) } : {}),
  };
}

/** The report for people: the raised indicators as a table, then the plan in one sentence. */
export function planText(result: PlanCliResult, language: Language): string {
  const p = result.plan;
  const L = PLAN_LABELS[language];
  const gain = (r: Ratio) => formatNumber(ratioToNumber(r), language);
  const rows = p.steps.map((s) => [String(s.indicator.no), localName(s.indicator, language), formatNumber(s.from / 100, language), formatNumber(s.to / 100, language), gain(s.gain)]);
  const lines = [
    `${L.file}: ${result.file}`,
    `${L.framework}: ${localIndexName(p.framework, language)}, PermenPANRB ${p.framework.id}`,
    ...(result.table ? [describeOwnTable(result.table, language)] : []),
    "",
  ];
  if (rows.length > 0) {
    const all = [[...L.headings], ...rows];
    const width = (i: number) => Math.max(...all.map((r) => r[i].length));
    const widths = [0, 1, 2, 3, 4].map(width);
    // Numbers right-aligned, names left-aligned.
    for (const r of all) lines.push(r.map((cell, i) => (i === 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ").trimEnd());
    lines.push("");
  }
  lines.push(describePlan(p, language));
  if (p.status !== "alreadyReached") {
    lines.push(`${L.index}: ${formatHundredths(p.current.hundredths, language)} -> ${formatHundredths(p.projected.hundredths, language)}`);
  }
  return `${lines.join("\n")}\n`;
}
