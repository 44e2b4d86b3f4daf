/**
 * Turns anything an action can throw into a sentence for the user: core errors through the core's catalogue,
 * Excel's errors (OfficeExtension.Error) with their code and debugInfo.errorLocation, anything else with its message.
 * Excel errors are recognised by shape, so this works when office.js is absent (tests, plain browser).
 */
import { isSpbeError } from "../core";
import { isMergeTargetChangedError } from "../excel/writeMerge";
import { BlockOccupiedError } from "../excel/connectTable";
import { isUnitFileProblem } from "../units/messages";
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
  if (isSpbeError(error)) return { text: error.messageIn(language) };
  if (isUnitFileProblem(error)) return { text: error.messageIn(language) };
  if (isMergeTargetChangedError(error)) return { text: s.unitsChangedSinceReview(error.cells.join(", ")) };
  if (error instanceof BlockOccupiedError) return { text: s.connectOccupiedNow(error.cells.join(", ")) };
  if (isOfficeError(error)) {
    return { text: s.excelError(error.message, error.code, error.debugInfo?.errorLocation) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { text: s.unexpectedError(message) };
}
