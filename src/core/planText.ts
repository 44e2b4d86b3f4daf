/**
 * One sentence saying what a plan means, in Indonesian or English, for every surface that shows a plan (the
 * SPBE.PLAN spill, the task pane, `spbe plan`). Numbers are 2-decimal, half-up, in the user's convention.
 */
import type { Language } from "./errors";
import { formatHundredths, formatNumber, localPredikat } from "./format";
import { practicePhrase } from "./glossary";
import type { Plan } from "./plan";

function effortText(effort: number, language: Language): string {
  return formatNumber(effort, language);
}

/** The target as the user named it: "2,60" or "Baik (2,60)". */
export function describeTarget(plan: Plan, language: Language): string {
  const value = formatHundredths(plan.target.hundredths, language);
  if (!plan.target.band) return value;
  return `${localPredikat(plan.target.band, language)} (${value})`;
}

/**
 * @example describePlan(plan, "id")
 * // "Naikkan 6 indikator (8 langkah, upaya 8): indeks 1,45 menjadi 2,46 (Cukup), target 2,45 tercapai."
 */
export function describePlan(plan: Plan, language: Language): string {
  const target = describeTarget(plan, language);
  const now = formatHundredths(plan.current.hundredths, language);
  const then = formatHundredths(plan.projected.hundredths, language);
  const band = localPredikat(plan.projected.band, language);
  const indicators = plan.steps.length;
  const steps = plan.steps.reduce((sum, s) => sum + s.steps, 0);
  const effort = effortText(plan.totalEffort, language);
  const practice = plan.practice === "rounded"
    ? ` (${practicePhrase("rounded", language)})`
    : "";
  switch (plan.status) {
    case "alreadyReached":
      return language === "id"
        ? `Target ${target} sudah tercapai${practice}: indeks ${now} (${band}). Tidak ada tingkat yang perlu dinaikkan.`
        : `Target ${target} is already reached${practice}: index ${now} (${band}). No level needs to rise.`;
    case "planned":
      return language === "id"
        ? `Naikkan ${indicators} indikator (${steps} langkah, upaya ${effort}): indeks ${now} menjadi ${then} (${band}), target ${target} tercapai${practice}.`
        : `Raise ${indicators} indicator(s) (${steps} step(s), effort ${effort}): index ${now} becomes ${then} (${band}), reaching target ${target}${practice}.`;
    case "unreachable":
      return language === "id"
        ? `Target ${target} tidak dapat dicapai dengan batasan ini${practice}: indeks tertinggi yang mungkin ${then} (${band}), bila ${indicators} indikator dinaikkan sampai batasnya (${steps} langkah, upaya ${effort}).`
        : `Target ${target} cannot be reached under these constraints${practice}: the best possible index is ${then} (${band}), with ${indicators} indicator(s) raised to their limits (${steps} step(s), effort ${effort}).`;
  }
}
