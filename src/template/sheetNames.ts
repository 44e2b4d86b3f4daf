/** Choosing sheet names that do not clash with a workbook's existing sheets. */
import type { Language } from "../core";
import { templateLabels } from "./labels";
import type { SheetKey } from "./types";

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/**
 * The template's sheet names, made unique against `existing` (compared case-insensitively, as Excel does): the
 * language's names as they are when all are free, else all of them with the smallest free suffix " (2)", " (3)"...
 *
 * @example uniqueSheetNames(["Kertas Kerja"], "id") // { evaluation: "Kertas Kerja (2)", summary: "Ringkasan (2)", ... }
 */
export function uniqueSheetNames(existing: readonly string[], language: Language): Record<SheetKey, string> {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = templateLabels(language).sheetNames;
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? "" : ` (${k})`;
    const names = Object.fromEntries(
      (Object.keys(base) as SheetKey[]).map((key) => [key, base[key].slice(0, MAX_SHEET_NAME - suffix.length) + suffix]),
    ) as Record<SheetKey, string>;
    if (Object.values(names).every((n) => !taken.has(n.toLowerCase()))) return names;
  }
}

/**
 * One sheet's name made unique against `existing` (case-insensitive, as Excel compares): `base`, else `base (2)`,
 * `base (3)`..., cut to Excel's 31 characters with the suffix kept.
 */
export function uniqueSheetName(existing: readonly string[], base: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? "" : ` (${k})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
