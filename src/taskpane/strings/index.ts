/**
 * Every word of the task pane, Indonesian first, English second, one file per view (each holding both languages
 * side by side). Two catalogues are assembled from them, so that a view's words load with its code:
 * - this one, `STRINGS`, for what the pane starts with: the frame, Ringkasan and the page outside Excel;
 * - `VIEW_STRINGS` (./views.ts), every part, for the views after Ringkasan (the lazily loaded "views" chunk).
 * Error messages about cell contents come from the core's catalogue (SpbeError.messageIn) so the pane, the
 * functions and the CLI say the same thing.
 */
import type { Language } from "../language";
import { appStrings } from "./app";
import { summaryStrings } from "./summary";
import { noHostStrings } from "./noHost";

/** The parts the pane starts with; a key belongs to exactly one part of all (test/taskpane/strings.test.ts). */
export const START_STRING_PARTS = [appStrings, summaryStrings, noHostStrings] as const;

export type Strings = typeof appStrings.id & typeof summaryStrings.id & typeof noHostStrings.id;

function assemble(language: Language): Strings {
  return { ...appStrings[language], ...summaryStrings[language], ...noHostStrings[language] };
}

export const STRINGS: Record<Language, Strings> = { id: assemble("id"), en: assemble("en") };
