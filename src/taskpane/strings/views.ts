/**
 * The catalogue of the views after Ringkasan: the start-up catalogue (./index.ts) and every view's own part. Only
 * the views chunk imports it, so the views' words stay out of the pane's first script.
 */
import type { Language } from "../language";
import { STRINGS, START_STRING_PARTS, type Strings } from "./index";
import { templateStrings } from "./template";
import { functionsStrings } from "./functions";
import { plannerStrings } from "./planner";
import { unitsStrings } from "./units";
import { connectStrings } from "./connect";
import { diagnosticsStrings } from "./diagnostics";

/** Every part of the pane's words; a key belongs to exactly one (test/taskpane/strings.test.ts). */
export const STRING_PARTS = [...START_STRING_PARTS, templateStrings, functionsStrings, plannerStrings, unitsStrings, connectStrings, diagnosticsStrings] as const;

export type ViewStrings = Strings & typeof templateStrings.id & typeof functionsStrings.id & typeof plannerStrings.id & typeof unitsStrings.id &
  typeof connectStrings.id & typeof diagnosticsStrings.id;

function assemble(language: Language): ViewStrings {
  return {
    ...STRINGS[language],
    ...templateStrings[language],
    ...functionsStrings[language],
    ...plannerStrings[language],
    ...unitsStrings[language],
    ...connectStrings[language],
    ...diagnosticsStrings[language],
  };
}

export const VIEW_STRINGS: Record<Language, ViewStrings> = { id: assemble("id"), en: assemble("en") };
