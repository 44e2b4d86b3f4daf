/**
 * Which framework has a published questionnaire (the question and the criteria of each level), for the template's
 * Referensi sheet. A registry beside the framework data rather than a field of it: the questionnaire is about 90 KB
 * of text, and the framework modules are in the custom-functions bundle that loads with every workbook.
 */
import type { FrameworkId } from "./types";
import { SPBE_59_2020_QUESTIONNAIRE, type QuestionnaireEntry } from "./spbe-59-2020-questionnaire";
import { PEMDI_8_2026_CRITERIA } from "./pemdi-8-2026-criteria";

export type { QuestionnaireEntry };

const QUESTIONNAIRES: Partial<Record<FrameworkId, readonly QuestionnaireEntry[]>> = {
  "59/2020": SPBE_59_2020_QUESTIONNAIRE,
  "8/2026": PEMDI_8_2026_CRITERIA,
};

/**
 * Where a framework's criteria come from, for the sheet to say: "regulation", the regulation's own questionnaire
 * (59/2020); "modules", KemenPANRB's training modules as extracted by a local team, not checked against the
 * regulation (8/2026: see pemdi-8-2026-criteria.ts).
 */
export type QuestionnaireSource = "regulation" | "modules";

const QUESTIONNAIRE_SOURCES: Partial<Record<FrameworkId, QuestionnaireSource>> = {
  "59/2020": "regulation",
  "8/2026": "modules",
};

/** The source of a framework's criteria, or null when there are none. */
export function questionnaireSourceOf(id: FrameworkId): QuestionnaireSource | null {
  return QUESTIONNAIRE_SOURCES[id] ?? null;
}

/** The questionnaire of a framework, indexed by indicator number - 1, or null when its regulation publishes none here. */
export function questionnaireOf(id: FrameworkId): readonly QuestionnaireEntry[] | null {
  return QUESTIONNAIRES[id] ?? null;
}
