/**
 * The target-planner custom functions (issue 5): `=SPBE.PLAN` spills the cheapest set of level increases that
 * reaches a target, `=SPBE.GAP` gives the index points still missing. Thin wrappers over src/core/plan.ts: shape
 * the arguments, call the core, lay out the answer. The target is an index (2.6, "2,6") or a predikat ("Baik"),
 * judged on the exact index (2024 practice).
 */
import {
  SpbeError, describePlan, levelsInWholeHundredths, overallIndex, planToTarget, ratioToNumber, readTarget, resolveLanguage,
  targetGapOfIndex, isBlank, type Framework, type IndicatorPlanOptions, type Language, type Plan,
  localName,
} from "../core";
import { flattenRange, readCompleteLevelInput, oneCell, type CellGrid } from "./cells";
import { excelResult } from "./errors";

const HEADINGS: Record<Language, string[]> = {
  id: ["No", "Indikator", "Dari", "Ke", "Kenaikan indeks"],
  en: ["No", "Indicator", "From", "To", "Index gain"],
};

/**
 * Per-indicator efforts from a range of one cell per indicator (blank: 1); omitted or a single blank: none.
 * The core checks each value and names the indicator when one is not allowed.
 */
function readEfforts(grid: unknown, fw: Framework, address?: string): Record<number, IndicatorPlanOptions> | undefined {
  if (isBlank(grid)) return undefined;
  const cells = Array.isArray(grid) ? flattenRange(grid as CellGrid, address).values : [grid];
  if (cells.length === 1 && isBlank(cells[0])) return undefined;
  const expected = fw.indicators.length;
  if (cells.length !== expected) throw new SpbeError("COUNT_MISMATCH", { framework: fw.id, expected, actual: cells.length });
  const efforts: Record<number, IndicatorPlanOptions> = {};
  cells.forEach((value, i) => {
    if (!isBlank(value)) efforts[i + 1] = { effort: value as number };
  });
  return efforts;
}

/** Headings, one row per raised indicator, then the explanation with the current and projected index. */
export function planTable(plan: Plan, language: Language): (string | number)[][] {
  const den = plan.projected.index.den;
  const totalGain = (plan.projected.index.num - plan.current.index.num) / den;
  return [
    HEADINGS[language],
    ...plan.steps.map((s) => [s.indicator.no, localName(s.indicator, language), s.from / 100, s.to / 100, ratioToNumber(s.gain)]),
    ["", describePlan(plan, language), ratioToNumber(plan.current.index), ratioToNumber(plan.projected.index), totalGain],
  ];
}

/**
 * Cheapest level increases (one step = one level) that reach a target index or predikat; on equal effort, fewest indicators and heaviest first.
 * @customfunction PLAN
 * @param levels One column or row of current levels (0-5), one per indicator in order: 47 for 59/2020, 20 for 8/2026, 35 for 5/2018.
 * @param target Target index (e.g. 2.6) or predikat ("Baik", "Sangat Baik", ...).
 * @param [framework] Regulation ("59/2020", "8/2026", "5/2018") or evaluation year. Omitted: from the number of cells.
 * @param [maxRise] Most levels any indicator may rise this cycle (e.g. 1 or 2). Omitted: up to level 5.
 * @param [effort] One column or row with the effort of one step of each indicator, in order (blank: 1). Omitted: 1 for every step.
 * @param [language] "id" (default) or "en" for the headings and the explanation.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns A table (no, indicator, from, to, index gain) that spills below; the last row explains the plan and gives the current and projected index.
 */
export function plan(levels: any[][], target: any, framework: any, maxRise: any, effort: any[][], language: any, indicators: any[][], invocation: CustomFunctions.Invocation): any[][] {
  return excelResult(() => {
    const input = readCompleteLevelInput({ levels, framework, indicators, invocation });
    const fw = input.fw;
    const result = planToTarget(fw, levelsInWholeHundredths(input.values, input.scale), readTarget(target, fw), {
      maxRise: isBlank(maxRise) ? undefined : maxRise,
      indicators: readEfforts(effort, fw, invocation?.parameterAddresses?.[4]),
    });
    return planTable(result, resolveLanguage(language));
  });
}

/**
 * Index points still missing to reach a target index or predikat (exact index, 2024 practice); 0 when reached.
 * @customfunction GAP
 * @param levels One column or row of current levels (0-5), one per indicator in order.
 * @param target Target index (e.g. 2.6) or predikat ("Baik", "Sangat Baik", ...).
 * @param [framework] Regulation or evaluation year. Omitted: from the number of cells.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The index points missing, e.g. 1 from 1,45 to 2,45.
 */
export function gap(levels: any[][], target: any, framework: any, indicators: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => {
    const { fw, values, scale } = readCompleteLevelInput({ levels, framework, indicators, invocation });
    return oneCell(ratioToNumber(targetGapOfIndex(fw, overallIndex(fw, values, scale), readTarget(target, fw))));
  });
}
