/**
 * Which framework has a published questionnaire (the question and the criteria of each level), for the template's
 * Referensi sheet. A registry beside the framework data rather than a field of it: the questionnaire is about 90 KB
 * of text, and the framework modules are in the custom-functions bundle that loads with every workbook.
 */
import type { FrameworkId } from "./types";
import { SPBE_59_2020_QUESTIONNAIRE, type QuestionnaireEntry } from "./spbe-59-2020-questionnaire";

export type { QuestionnaireEntry };

const QUESTIONNAIRES: Partial<Record<FrameworkId, readonly QuestionnaireEntry[]>> = {
  "59/2020": SPBE_59_2020_QUESTIONNAIRE,
};

/** The questionnaire of a framework, indexed by indicator number - 1, or null when its regulation publishes none here. */
export function questionnaireOf(id: FrameworkId): readonly QuestionnaireEntry[] | null {
  return QUESTIONNAIRES[id] ?? null;
}
