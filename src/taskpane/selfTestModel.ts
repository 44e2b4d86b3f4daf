/**
 * The Diagnostik view's verdicts: what the self-test read in this host (src/excel/selfTest.ts) compared with the
 * core's numbers for a published result. One check per fact a person would need confirmed on a new platform; each
 * says what it saw. The report is plain text to paste into a support message.
 */
import {
  bandOfIndex, formatExact, formatHundredths, formatNumber, getFramework, overallIndex, ratioToNumber, roundHalfUpToHundredths, type FrameworkId, type Language,
} from "../core";
import type { HostFacts, SelfTestReading } from "../excel/selfTest";
import { VIEW_STRINGS as STRINGS } from "./strings/views";

/**
 * The published result the self-test fills in: Kementerian Komunikasi dan Informatika, Indeks SPBE 2024, exact
 * index 4,745, published 4,75 "Memuaskan": the half-up tie at which floating-point arithmetic gives 4,74.
 */
export const SELF_TEST_VECTOR = {
  framework: "59/2020" as FrameworkId,
  levels: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
  publishedIndex: 4.75,
  publishedPredikat: "Memuaskan",
} as const;

export type SelfTestCheckId =
  | "requirements" | "engine" | "native" | "registered" | "custom" | "scores" | "localNames" | "names" | "validation" | "protection" | "chart" | "cleanup";

export interface SelfTestCheck {
  readonly id: SelfTestCheckId;
  readonly passed: boolean;
  /** What was seen, in the pane's language. */
  readonly detail: string;
}

const sameNumber = (value: unknown, expected: number) => typeof value === "number" && Math.abs(value - expected) < 1e-9;
/** A value as read, numbers in the language's decimals ("4,745"). */
const shownIn = (language: Language) => (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : typeof value === "number" ? formatNumber(value, language) : String(value);

export function selfTestChecks(host: HostFacts, reading: SelfTestReading, language: Language): SelfTestCheck[] {
  const s = STRINGS[language];
  const shown = shownIn(language);
  const v = SELF_TEST_VECTOR;
  const framework = getFramework(v.framework);
  const exact = overallIndex(framework, v.levels.map((l) => l * 100));
  const exactNumber = ratioToNumber(exact);
  const roundedNumber = roundHalfUpToHundredths(exact) / 100;
  const predikat = bandOfIndex(framework, exact).predikat;
  const missingSets = host.sets.filter((x) => x.required && !x.supported).map((x) => `${x.name} ${x.version}`);
  const customText = `${shown(reading.custom.index)} / ${shown(reading.custom.rounded)}`;
  const expectedName = host.displayLanguage.toLowerCase().startsWith("id") ? "SPBE.INDEKS(" : "SPBE.INDEX(";
  const required = ["SPBE_FRAMEWORK", "SPBE_LEVELS", "SPBE_INDEX", "SPBE_INDEX_ROUNDED", "SPBE_PREDIKAT"];
  const missingNames = required.filter((n) => !reading.names.map((x) => x.toUpperCase()).includes(n));
  const scores = reading.custom.scores;
  return [
    { id: "requirements", passed: missingSets.length === 0, detail: missingSets.length === 0 ? s.selfTestSetsAll : s.selfTestSetsMissing(missingSets.join(", ")) },
    {
      id: "engine",
      passed: roundedNumber === v.publishedIndex && predikat === v.publishedPredikat,
      detail: s.selfTestEngine(
        formatExact(exact, language), formatHundredths(roundHalfUpToHundredths(exact), language), predikat,
        formatHundredths(Math.round(v.publishedIndex * 100), language), v.publishedPredikat,
      ),
    },
    {
      id: "native",
      passed: sameNumber(reading.native.index, exactNumber) && sameNumber(reading.native.rounded, roundedNumber) && reading.native.predikat === predikat,
      detail: s.selfTestSeen(`${shown(reading.native.index)} / ${shown(reading.native.rounded)} / ${shown(reading.native.predikat)}`),
    },
    { id: "registered", passed: reading.custom.index !== "#NAME?" && reading.custom.index !== "#BUSY!", detail: s.selfTestSeen(shown(reading.custom.index)) },
    { id: "custom", passed: sameNumber(reading.custom.index, exactNumber) && sameNumber(reading.custom.rounded, roundedNumber), detail: s.selfTestSeen(customText) },
    {
      id: "scores",
      passed: scores !== null && scores.length > 1 && scores.some((row) => row.some((c) => sameNumber(c, exactNumber))),
      detail: scores === null ? s.selfTestNoSpill : s.selfTestSpill(scores.length, scores[0]?.length ?? 0),
    },
    { id: "localNames", passed: reading.custom.formulas.every((f) => f.includes(expectedName)), detail: s.selfTestSeen(reading.custom.formulas[0] ?? "—") },
    { id: "names", passed: missingNames.length === 0, detail: missingNames.length === 0 ? s.selfTestSeen(`${reading.names.length}`) : s.selfTestMissing(missingNames.join(", ")) },
    { id: "validation", passed: reading.validation === "Decimal", detail: s.selfTestSeen(shown(reading.validation)) },
    { id: "protection", passed: reading.protectedSheet, detail: s.selfTestSeen(reading.protectedSheet ? s.selfTestYes : s.selfTestNo) },
    { id: "chart", passed: reading.charts >= 1, detail: s.selfTestSeen(String(reading.charts)) },
    { id: "cleanup", passed: reading.removed, detail: s.selfTestSeen(reading.sheets.join(", ")) },
  ];
}

/** The text a person copies into a support message. */
export function selfTestReport(host: HostFacts, checks: readonly SelfTestCheck[], language: Language): string {
  const s = STRINGS[language];
  const lines = [
    `${s.appTitle} — ${s.selfTestHeading}`,
    `Excel ${host.version} · ${host.platform} · ${host.host} · ${host.displayLanguage}`,
    ...host.sets.map((x) => `${x.name} ${x.version}: ${x.supported ? s.selfTestYes : s.selfTestNo}`),
    "",
    ...checks.map((c) => `${c.passed ? s.selfTestPass : s.selfTestFail} ${s.selfTestCheck[c.id]}: ${c.detail}`),
  ];
  return lines.join("\n");
}
