/**
 * How numbers, names and lists are written for people, in Indonesian or English: the one place every surface
 * (function messages, templates, unit files, the task pane, the CLI) takes them from, so a decimal comma or an exact
 * value cannot be written two ways. Exact values use integer arithmetic only: an exact 4,745 never prints as 4,7449999.
 */
import type { Ratio } from "./exact";
import type { Language } from "./messages";

/** "," in Indonesian, "." in English. */
export function decimalSeparator(language: Language): string {
  return language === "id" ? "," : ".";
}

/**
 * A JavaScript number as people read it, with the user's decimal separator and at most `maxDecimals` decimals
 * (so 0.1 + 0.2 shows as 0,3): 2.5 → "2,5", 3 → "3", 0.0275 → "0,0275".
 */
export function formatNumber(value: number, language: Language, maxDecimals = 6): string {
  return String(Number(value.toFixed(maxDecimals))).replace(".", decimalSeparator(language));
}

/**
 * Hundredths with two decimals in the user's convention: 475 → "4,75" (id) / "4.75" (en). Integer formatting only,
 * so no float can print as 4.7499999.
 */
export function formatHundredths(hundredths: number, language: Language): string {
  const whole = Math.trunc(hundredths / 100);
  const frac = String(Math.abs(hundredths % 100)).padStart(2, "0");
  return `${whole}${decimalSeparator(language)}${frac}`;
}

/** A level in hundredths as people write it: 300 → "3", 250 → "2,5" / "2.5". */
export function formatLevel(hundredths: number, language: Language): string {
  return formatNumber(hundredths / 100, language);
}

export interface ExactFormat {
  /** Decimals always shown (the pane shows 3,50 beside the rounded 3,50; the CLI writes 3,5). Default 0. */
  readonly minDecimals?: number;
  /** Where a value that does not end is cut. Default 6. */
  readonly maxDecimals?: number;
  /** What marks a cut value: "…" on screen, "..." in plain-text output that may reach an old console. */
  readonly cutMark?: string;
}

/**
 * The exact decimal expansion of a ratio, by integer long division: 4745/1000 → "4,745", 38/11 → "3,454545…".
 * Aspect indices can be repeating decimals, so a value is cut at `maxDecimals` and marked.
 */
export function formatExact(r: Ratio, language: Language, { minDecimals = 0, maxDecimals = 6, cutMark = "…" }: ExactFormat = {}): string {
  const whole = Math.floor(r.num / r.den);
  let rest = r.num - whole * r.den;
  let digits = "";
  while (rest !== 0 && digits.length < maxDecimals) {
    rest *= 10;
    const d = Math.floor(rest / r.den);
    digits += String(d);
    rest -= d * r.den;
  }
  digits = digits.padEnd(minDecimals, "0");
  if (digits === "") return String(whole);
  return `${whole}${decimalSeparator(language)}${digits}${rest !== 0 ? cutMark : ""}`;
}

/** The official name of an indicator, aspect, domain or predikat in the user's language. */
export function localName(x: { readonly name: string; readonly nameEn: string }, language: Language): string {
  return language === "en" ? x.nameEn : x.name;
}

/** A choice among items as a sentence writes it: "a, b atau c" / "a, b or c"; one item alone. */
export function formatChoice(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${language === "id" ? "atau" : "or"} ${items[items.length - 1]}`;
}

/** The index's name in the user's language: "Indeks SPBE" / "SPBE Index". */
export function localIndexName(fw: { readonly indexName: string; readonly indexNameEn: string }, language: Language): string {
  return language === "en" ? fw.indexNameEn : fw.indexName;
}

/** A predikat in the user's language; the official Indonesian word stays the reference everywhere else. */
export function localPredikat(band: { readonly predikat: string; readonly predikatEn: string }, language: Language): string {
  return language === "en" ? band.predikatEn : band.predikat;
}

/** A signed exact value with its sign always written: "+0,025", "-0,5", "0". */
export function formatSignedExact(r: Ratio, language: Language, options: ExactFormat = {}): string {
  const magnitude = formatExact({ num: Math.abs(r.num), den: r.den }, language, options);
  return r.num > 0 ? `+${magnitude}` : r.num < 0 ? `-${magnitude}` : magnitude;
}

/** A typed number with at least two decimals, as results are published: 2.5 → "2,50", 3.4985 → "3,4985". */
export function formatTwoOrMoreDecimals(value: number, language: Language): string {
  const hundredths = Math.round(value * 100);
  return Math.abs(value * 100 - hundredths) < 1e-6 ? formatHundredths(hundredths, language) : formatNumber(value, language);
}
