/**
 * The pane's view of the core formatters (src/core/format.ts): on screen an exact value keeps two decimals
 * (3,50 beside the rounded 3,50) and a cut value ends in "…".
 */
import { formatExact as formatExactCore, formatHundredths, roundHalfUpToHundredths, type Language, type Ratio } from "../core";

export { formatLevel } from "../core";

/** "4,745" (id) / "4.745" (en); 3,5 → "3,50"; at most `maxDecimals` decimals, "…" when cut. */
export function formatExact(r: Ratio, language: Language, maxDecimals = 6): string {
  return formatExactCore(r, language, { minDecimals: 2, maxDecimals });
}

/** The official two-decimal presentation (half-up), e.g. "4,75". */
export function formatRounded(r: Ratio, language: Language): string {
  return formatHundredths(roundHalfUpToHundredths(r), language);
}
