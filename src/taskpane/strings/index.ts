/**
 * Every word of the task pane, Indonesian first, English second, one file per view (each holding both languages
 * side by side); this index assembles them into the one catalogue the views use. Error messages about cell
 * contents come from the core's catalogue (SpbeError.messageIn) so the pane, the functions and the CLI say the
 * same thing.
 */
import type { Language } from "../language";
import { appStrings } from "./app";
import { summaryStrings } from "./summary";
import { templateStrings } from "./template";
import { functionsStrings } from "./functions";
import { plannerStrings } from "./planner";
import { unitsStrings } from "./units";
import { connectStrings } from "./connect";
import { noHostStrings } from "./noHost";
import { diagnosticsStrings } from "./diagnostics";

/** The catalogue's parts; a key belongs to exactly one (test/taskpane/strings.test.ts). */
export const STRING_PARTS = [appStrings, summaryStrings, templateStrings, functionsStrings, plannerStrings, unitsStrings, connectStrings, noHostStrings, diagnosticsStrings] as const;

export type Strings = typeof appStrings.id & typeof summaryStrings.id & typeof templateStrings.id & typeof functionsStrings.id & typeof plannerStrings.id & typeof unitsStrings.id & typeof connectStrings.id & typeof noHostStrings.id & typeof diagnosticsStrings.id;

function assemble(language: Language): Strings {
  return {
    ...appStrings[language],
    ...summaryStrings[language],
    ...templateStrings[language],
    ...functionsStrings[language],
    ...plannerStrings[language],
    ...unitsStrings[language],
    ...connectStrings[language],
    ...noHostStrings[language],
    ...diagnosticsStrings[language],
  };
}

export const STRINGS: Record<Language, Strings> = { id: assemble("id"), en: assemble("en") };
