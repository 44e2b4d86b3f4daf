/**
 * External indicators of the Indeks Pemdi (I5 SDI, I6 SJIG, I7 EPSS, I18 interoperability): their value is another
 * agency's index, converted. Where a conversion is published (SDI -> I5) it is linear within bands: the score's band
 * (framework data, `externalValue.conversion`) maps onto the value band of the same level. Where none is, the
 * conversion is refused with a sentence saying so; the 2026 assessors used 1,00 when no value was available, an
 * assumption the template shows as one.
 */
import { SpbeError } from "./errors";
import { roundHalfUpToHundredths } from "./exact";
import type { Framework, Indicator } from "./frameworks";

/** The 2026 practice when an external index has no value: 1,00 ("asumsi nilai ... = 1"), in hundredths. */
export const EXTERNAL_ASSUMED_HUNDREDTHS = 100;

/** Scores are read to this many decimals (a published SDI score has two). */
const SCORE_SCALE = 1_000_000;

/** The indicators of a framework whose value is another agency's index. */
export function externalIndicators(framework: Framework): readonly Indicator[] {
  return framework.indicators.filter((i) => i.externalValue !== undefined);
}

/**
 * The value of an external indicator from its source index score (0-100), in hundredths, rounded half-up on exact
 * integers: SDI 25 -> 200 (2,00), SDI 68,75 -> 375 (3,75).
 * Throws EXTERNAL_NOT_EXTERNAL for an indicator that takes no external value, EXTERNAL_NO_CONVERSION where no
 * conversion is published, EXTERNAL_SCORE_INVALID for a score outside 0-100.
 */
export function convertExternalScore(framework: Framework, indicator: Indicator, score: number): number {
  const external = indicator.externalValue;
  const list = externalIndicators(framework).map((i) => `${i.no} (${i.externalValue!.index})`).join(", ");
  if (!external) throw new SpbeError("EXTERNAL_NOT_EXTERNAL", { indicator: indicator.no, framework: framework.id, list });
  if (!external.conversion) throw new SpbeError("EXTERNAL_NO_CONVERSION", { indicator: indicator.no, argument: external.index, value: score });
  const edges = external.conversion;
  const top = edges[edges.length - 1];
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score * 100 > top) {
    throw new SpbeError("EXTERNAL_SCORE_INVALID", { indicator: indicator.no, argument: external.index, value: score, max: top / 100 });
  }
  const floors = framework.levelScales.find((s) => s.id === indicator.scaleId)?.valueBandFloors;
  if (!floors) throw new Error(`Framework ${framework.id}: indicator ${indicator.no} converts onto a scale without value bands`);
  // The score in millionths, against band edges in the same unit (edges are hundredths of a score point).
  const s = Math.round(score * SCORE_SCALE);
  const unit = SCORE_SCALE / 100;
  let band = 0;
  while (band < floors.length - 1 && s >= edges[band + 1] * unit) band++;
  const low = floors[band];
  const high = band + 1 < floors.length ? floors[band + 1] : framework.maxLevel * 100;
  const from = edges[band] * unit;
  const width = (edges[band + 1] - edges[band]) * unit;
  // value = low + (s - from) / width x (high - low), exactly, in hundredths; then half-up to whole hundredths.
  const num = low * width + (s - from) * (high - low);
  return roundHalfUpToHundredths({ num, den: 100 * width });
}
