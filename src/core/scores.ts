/**
 * Aspect, domain and overall indices, exact.
 *
 * PermenPANRB 59/2020 (and the other frameworks, which share the structure) defines
 *   aspect index = sum(level x indicator weight) / aspect weight,
 *   domain index = sum(aspect index x aspect weight) / domain weight,
 *   overall index = sum(domain index x domain weight) / 100.
 * The weights nest exactly (an aspect weighs the sum of its indicators, a domain the sum of its aspects; tests check
 * this for every framework), so each index equals sum(level x weight) over its own indicators divided by its own
 * weight. That is what is computed here, at full precision: rounding to two decimals happens only when a value is
 * shown, and recomputing from rounded parts (wrong in about 11 % of published rows) never happens.
 */
import type { Ratio } from "./exact";
import type { Aspect, Domain, Framework } from "./frameworks";

/**
 * Every function here takes levels in hundredths x `scale`: 1 for levels as cells hold them, more when a level is
 * an exact mean of several rows (see keyedLevels.ts), so that the mean of three services is still an integer.
 */

/** The exact index of a group of indicators: sum(level x weight) / (100 x sum(weight)), levels in hundredths. */
function groupIndex(framework: Framework, levels: readonly number[], indicatorNos: readonly number[], weight: number, scale: number): Ratio {
  let num = 0;
  for (const no of indicatorNos) num += levels[no - 1] * framework.indicators[no - 1].weight;
  return { num, den: 100 * weight * scale };
}

function domainIndicatorNos(framework: Framework, domain: Domain): number[] {
  return framework.aspects.filter((a) => a.domainId === domain.id).flatMap((a) => a.indicatorNos);
}

/** Total weight of a framework, in its units (100 % = 100 x weightUnitsPerPercent). */
export function totalWeight(framework: Framework): number {
  return 100 * framework.weightUnitsPerPercent;
}

/** The overall index (Indeks SPBE / Indeks Pemdi), exact. `levels` are in hundredths, one per indicator. */
export function overallIndex(framework: Framework, levels: readonly number[], scale = 1): Ratio {
  let num = 0;
  const indicators = framework.indicators;
  for (let i = 0; i < indicators.length; i++) num += levels[i] * indicators[i].weight;
  return { num, den: 100 * totalWeight(framework) * scale };
}

export function aspectIndex(framework: Framework, levels: readonly number[], aspect: Aspect, scale = 1): Ratio {
  return groupIndex(framework, levels, aspect.indicatorNos, aspect.weight, scale);
}

export function domainIndex(framework: Framework, levels: readonly number[], domain: Domain, scale = 1): Ratio {
  return groupIndex(framework, levels, domainIndicatorNos(framework, domain), domain.weight, scale);
}

export interface ScoreBreakdown {
  readonly framework: Framework;
  readonly index: Ratio;
  readonly aspects: readonly { readonly aspect: Aspect; readonly value: Ratio }[];
  /** Empty for frameworks without domains (Pemdi). */
  readonly domains: readonly { readonly domain: Domain; readonly value: Ratio }[];
}

/** Every aspect, every domain and the overall index of one complete set of levels. */
export function scoreBreakdown(framework: Framework, levels: readonly number[], scale = 1): ScoreBreakdown {
  return {
    framework,
    index: overallIndex(framework, levels, scale),
    aspects: framework.aspects.map((aspect) => ({ aspect, value: aspectIndex(framework, levels, aspect, scale) })),
    domains: framework.domains.map((domain) => ({ domain, value: domainIndex(framework, levels, domain, scale) })),
  };
}
