/**
 * Turns anything an action can throw into a sentence for the user: core errors through the core's catalogue,
 * Excel's errors (OfficeExtension.Error) with their code and debugInfo.errorLocation, anything else with its message.
 * Excel errors are recognised by shape, so this works when office.js is absent (tests, plain browser).
 */
import { CataloguedError } from "../core";
import { isCellsChangedError } from "../excel/errors";
import type { Language } from "./language";
import { STRINGS } from "./strings";

interface OfficeLikeError {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly code?: string; readonly message?: string };
}

function isOfficeError(error: unknown): error is OfficeLikeError {
  if (typeof error !== "object" || error === null) return false;
  const e = error as Partial<OfficeLikeError>;
  return typeof e.code === "string" && typeof e.message === "string" && typeof e.debugInfo === "object";
}

export interface ErrorText {
  readonly text: string;
}

export function describeError(error: unknown, language: Language): ErrorText {
  const s = STRINGS[language];
  // Every layer's own errors (input values, template names, unit files) say themselves in the user's language.
  if (error instanceof CataloguedError) return { text: error.messageIn(language) };
  if (isCellsChangedError(error)) {
    const cells = error.cells.join(", ");
    return { text: error.operation === "merge" ? s.unitsChangedSinceReview(cells) : s.connectOccupiedNow(cells) };
  }
  if (isOfficeError(error)) {
    return { text: s.excelError(error.message, error.code, error.debugInfo?.errorLocation) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { text: s.unexpectedError(message) };
}
