/**
 * Framework facts as they appear in text: year ranges, indicator counts, the year rule. Built from the framework
 * data (src/core/frameworks), so a message can never say 47 when a regulation says otherwise, and a new framework
 * appears in every message by being added to the registry.
 */
import { FRAMEWORKS, type Framework } from "./frameworks";
import { formatChoice, localIndexName } from "./format";
import type { Language } from "./messages";

/** Evaluation years the add-in accepts: from the first framework's first year to a far bound that catches typos (20255). */
export const EVALUATION_YEARS = {
  first: Math.min(...FRAMEWORKS.map((f) => f.years.from)),
  last: 2100,
} as const;

/** Frameworks oldest first: the order in which the year rule reads naturally. */
const CHRONOLOGICAL = [...FRAMEWORKS].sort((a, b) => a.years.from - b.years.from);

/** "2021-2025", or "2026 dst." / "2026 on" for the framework in force. */
export function describeYears(fw: Framework, language: Language): string {
  if (fw.years.to === null) return `${fw.years.from} ${language === "id" ? "dst." : "on"}`;
  return `${fw.years.from}-${fw.years.to}`;
}

/** "2018-2020: 5/2018, 2021-2025: 59/2020, 2026 dst.: 8/2026". */
export function describeYearRule(language: Language): string {
  return CHRONOLOGICAL.map((f) => `${describeYears(f, language)}: ${f.id}`).join(", ");
}

/** The framework ids as a choice: "8/2026", "59/2020" atau "5/2018". */
export function describeFrameworkIds(language: Language): string {
  return formatChoice(FRAMEWORKS.map((f) => `"${f.id}"`), language);
}

/** Each framework's number of indicators: "20 sel (8/2026, Indeks Pemdi), 47 sel (59/2020, Indeks SPBE) atau 35 sel (5/2018, Indeks SPBE)". */
export function describeCellCounts(language: Language): string {
  const unit = language === "id" ? "sel" : "cells";
  return formatChoice(FRAMEWORKS.map((f) => `${f.indicators.length} ${unit} (PermenPANRB ${f.id}, ${localIndexName(f, language)})`), language);
}

/** "PermenPANRB 59/2020: Indeks SPBE (2021-2025)": how a framework is offered in a choice. */
export function describeFrameworkChoice(fw: Framework, language: Language): string {
  return `PermenPANRB ${fw.id}: ${localIndexName(fw, language)} (${describeYears(fw, language)})`;
}
