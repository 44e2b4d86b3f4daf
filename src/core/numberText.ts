/**
 * Numbers written as text, read as Excel's own functions read them (VALUE, SUM of a typed "2,63" in an Indonesian
 * locale): result systems export indices as text ("4.2125000000"), analysts type "2,63". Either decimal separator
 * is accepted when the text leaves no doubt. Text that could also be a thousands grouping ("1,234", "4.745": 1234 or
 * 1.234?) or mixes both separators ("1.234,5") is refused, since guessing would silently change a result by 1000x.
 */
import { SpbeError } from "./errors";

/** Digits, then at most one separator and more digits. Leading and trailing spaces are allowed. */
const SIMPLE_NUMBER = /^\s*([+-]?)(\d+)(?:([.,])(\d+))?\s*$/;
/** A thousands grouping, maybe with a decimal part after the other separator ("1.234,5", "1,234.5", "1.000.000"). */
const GROUPED = /^\s*[+-]?\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?\s*$/;

export type NumberTextReading =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "ambiguous" }
  | { readonly kind: "not-a-number" };

/**
 * Reads a number from text. "3", " 1.36 ", "2,63", "4.2125000000" are numbers; "1,234", "4.745" and "1.234,5"
 * are ambiguous (one separator before exactly three digits reads as a thousands group in one locale and as decimals in
 * the other); anything else is not a number.
 */
export function readNumberText(text: string): NumberTextReading {
  const m = SIMPLE_NUMBER.exec(text);
  if (!m) return GROUPED.test(text) ? { kind: "ambiguous" } : { kind: "not-a-number" };
  const [, sign, whole, separator, fraction] = m;
  if (separator !== undefined && fraction.length === 3 && whole.length <= 3 && !/^0+$/.test(whole)) return { kind: "ambiguous" };
  const value = Number(`${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "not-a-number" };
}

/**
 * A scalar argument that should be a number: a number stays as it is, a number written as text is read, and
 * anything else is returned unchanged so that the caller's own check names what is allowed. Ambiguous text is
 * refused here, with both readings.
 */
export function numberFromText(value: unknown, argument: string): unknown {
  if (typeof value !== "string") return value;
  const reading = readNumberText(value);
  if (reading.kind === "number") return reading.value;
  if (reading.kind === "ambiguous") throw new SpbeError("NUMBER_TEXT_AMBIGUOUS", { argument, value });
  return value;
}
