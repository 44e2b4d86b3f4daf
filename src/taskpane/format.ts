/**
 * Showing exact values. Integer arithmetic only, so an exact 4,745 never prints as 4,7449999. Two-decimal values
 * come from src/core (roundHalfUpToHundredths + formatHundredths); this module only writes out the exact value.
 */
import { formatHundredths, roundHalfUpToHundredths, type Language, type Ratio } from "../core";

/**
 * The exact decimal expansion of a ratio: at least two decimals, at most `maxDecimals`; "…" marks a value that
 * does not end there (possible only with decimal levels). "4,745" (id) / "4.745" (en); 3,5 → "3,50".
 */
export function formatExact(r: Ratio, language: Language, maxDecimals = 6): string {
  const whole = Math.floor(r.num / r.den);
  let rest = r.num - whole * r.den;
  let digits = "";
  for (let i = 0; i < maxDecimals && rest !== 0; i++) {
    rest *= 10;
    const d = Math.floor(rest / r.den);
    digits += String(d);
    rest -= d * r.den;
  }
  digits = digits.padEnd(2, "0");
  return `${whole}${language === "id" ? "," : "."}${digits}${rest !== 0 ? "…" : ""}`;
}

/** The official two-decimal presentation (half-up), e.g. "4,75". */
export function formatRounded(r: Ratio, language: Language): string {
  return formatHundredths(roundHalfUpToHundredths(r), language);
}

/** A level in hundredths as people write it: 3 → "3", 2.5 → "2,5" / "2.5". */
export function formatLevel(hundredths: number, language: Language): string {
  const text = (hundredths / 100).toString();
  return language === "id" ? text.replace(".", ",") : text;
}
