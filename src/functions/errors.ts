/** Maps core errors to Excel errors: "not filled in" to #N/A, everything else to #VALUE!, with the catalogue message. */
import { isSpbeError } from "../core";
import { messageLanguage } from "./cells";

/** Runs a custom function body; a core error becomes a CustomFunctions.Error carrying its message. */
export function excelResult<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isSpbeError(error)) {
      const code = error.kind === "missing" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
      throw new CustomFunctions.Error(code, error.messageIn(messageLanguage()));
    }
    // A defect, not bad input: say so instead of showing a bare #VALUE!.
    const detail = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Internal error in the SPBE add-in: ${detail}`);
  }
}
