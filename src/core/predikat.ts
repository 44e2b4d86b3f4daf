/**
 * Predikat (rating band) of an index.
 *
 * The regulation gives bands but no rounding rule, and KemenPANRB has applied them two ways:
 * - "exact" (the 2024 results): the band of the unrounded index. Kab. Pacitan, exact 3,4985, shown 3,50, "Baik".
 * - "rounded" (the 2023 results): the band of the index rounded half-up to 2 decimals. Kab. Boven Digoel,
 *   exact 1,7995, shown 1,80, "Cukup".
 * Callers choose; every surface labels which practice a predikat used. The default is the current (2024) one.
 */
import { SpbeError } from "./errors";
import { ratioAtLeastHundredths, roundHalfUpToHundredths, type Ratio } from "./exact";
import type { Band, Framework } from "./frameworks";

export type PredikatPractice = "exact" | "rounded";

export const DEFAULT_PRACTICE: PredikatPractice = "exact";

function bandForHundredthsTest(framework: Framework, atLeast: (minHundredths: number) => boolean): Band {
  const band = framework.bands.find((b) => atLeast(b.minHundredths));
  // The lowest band starts at 0 and indices are never negative, so a band always matches.
  return band ?? framework.bands[framework.bands.length - 1];
}

/** The band of an exact index under the chosen practice. */
export function bandOfIndex(framework: Framework, index: Ratio, practice: PredikatPractice = DEFAULT_PRACTICE): Band {
  if (practice === "rounded") {
    const rounded = roundHalfUpToHundredths(index);
    return bandForHundredthsTest(framework, (min) => rounded >= min);
  }
  return bandForHundredthsTest(framework, (min) => ratioAtLeastHundredths(index, min));
}

/**
 * Exact indices are multiples of at least 1/30000 (5/2018), so a double within this distance below a band's lower
 * bound can only be that bound spoiled by floating-point sums (0.13*5 + ... = 2.5999999999999996 for an exact 2,6).
 */
const BOUND_TOLERANCE = 1e-9;

/**
 * The band of an index given as a number (a cell value), taken as it is: pass the exact index for the 2024
 * practice, the 2-decimal one for the 2023 practice. Throws for text, negatives and values above 5.
 */
export function bandOfNumber(framework: Framework, value: unknown): Band {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new SpbeError("INDEX_NOT_NUMBER", { value });
  if (value < 0 || value > framework.maxLevel) throw new SpbeError("INDEX_OUT_OF_RANGE", { value });
  return bandForHundredthsTest(framework, (min) => value >= min / 100 - BOUND_TOLERANCE);
}

/** Finds a band by its predikat (or Pemdi stage) name, in Indonesian or English, ignoring case and spaces. */
export function findBandByName(framework: Framework, name: string): Band | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, " ");
  return framework.bands.find((b) =>
    [b.predikat, b.predikatEn, b.stage, b.stageEn].some((n) => n !== undefined && n.toLowerCase() === key),
  );
}
