/** Maps core errors to Excel errors: "not filled in" to #N/A, everything else to #VALUE!, with the catalogue message. */
import { isSpbeError, type Language, type SpbeError } from "../core";
import { messageLanguage } from "./cells";
import { FUNCTION_HINTS, internalErrorText } from "./messages";

/** The hint of src/functions/messages.ts that this error calls for, or "". */
function surfaceHint(error: SpbeError, language: Language): string {
  if (error.code === "NO_DOMAINS") return FUNCTION_HINTS.noDomains[language];
  if (error.code === "LEVEL_NOT_NUMBER" && typeof error.params.value === "string") return FUNCTION_HINTS.textLevel[language];
  return "";
}

/** Runs a custom function body; a core error becomes a CustomFunctions.Error carrying its message. */
export function excelResult<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isSpbeError(error)) {
      const code = error.kind === "missing" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
      const language = messageLanguage();
      throw new CustomFunctions.Error(code, error.messageIn(language) + surfaceHint(error, language));
    }
    // A defect, not bad input: say so instead of showing a bare #VALUE!.
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, internalErrorText(detail));
  }
}
