/**
 * The task pane's language: Indonesian first, English on request. The choice is kept in localStorage under
 * "spbe.language", the key the custom functions read for the language of their error messages (the pane and the
 * functions share one runtime).
 */
import type { Language } from "../core";

export type { Language };

export const LANGUAGE_STORAGE_KEY = "spbe.language";

/** The stored language; Indonesian when nothing is stored or storage is unavailable (private mode, sandbox). */
export function loadLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

/** Stores the language; a storage failure only means the choice is not remembered. */
export function saveLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage refused (quota, sandbox): the pane still switches for this session.
  }
}
