/**
 * Exact arithmetic for indices.
 *
 * An index is a ratio of two non-negative integers: sum(level in hundredths x weight in units) over
 * (100 x sum of weights). Every value the frameworks produce stays far below 2^53, so plain JavaScript integers are
 * exact here and no big-number library is needed. Only the final step, when a number is shown, leaves this form.
 */

/** A non-negative rational number num/den, den > 0. Not necessarily in lowest terms. */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** The nearest double to the exact value. Division of two exact integers is correctly rounded, so an exact 3,5 gives 3.5. */
export function ratioToNumber(r: Ratio): number {
  return r.num / r.den;
}

/**
 * Rounds half-up (away from zero, values are non-negative) to hundredths and returns the integer count of hundredths.
 *
 * 4,745 exactly becomes 475, where `Math.round(4.745 * 100)` on the double 4.744999... would give 474.
 *
 * @example roundHalfUpToHundredths({ num: 4745, den: 1000 }) // 475
 */
export function roundHalfUpToHundredths(r: Ratio): number {
  // floor((100 num / den) + 1/2) = floor((200 num + den) / (2 den)), in integers.
  const numerator = 200 * r.num + r.den;
  const denominator = 2 * r.den;
  return (numerator - (numerator % denominator)) / denominator;
}

/** True when r >= hundredths / 100, compared exactly. */
export function ratioAtLeastHundredths(r: Ratio, hundredths: number): boolean {
  return 100 * r.num >= hundredths * r.den;
}

/** Hundredths as a display number (2 decimals are exact in intent; the double is the nearest to that decimal). */
export function hundredthsToNumber(hundredths: number): number {
  return hundredths / 100;
}


/** Rounds up to hundredths, in integers (a distance still to cover is never shown smaller than it is): 0,0985 -> 10. */
export function ceilToHundredths(r: Ratio): number {
  const n = 100 * r.num + r.den - 1;
  return (n - (n % r.den)) / r.den;
}
