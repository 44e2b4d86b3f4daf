/** Maps core errors to Excel errors: "not filled in" to #N/A, everything else to #VALUE!, with the catalogue message. */
import { isSpbeError, type Language, type SpbeError } from "../core";
import { messageLanguage } from "./cells";

/**
 * What only the custom functions can add to a core message, since the core knows nothing of its callers: which other
 * function does the job. A level range holding text ("Level 3") can be turned into numbers with SPBE.LEVEL in a helper
 * column (the level ranges themselves stay strict); a Pemdi framework has aspects where SPBE.DOMAIN asks for domains.
 */
function surfaceHint(error: SpbeError, language: Language): string {
  if (error.code === "NO_DOMAINS") return language === "id" ? " Gunakan SPBE.ASPECT (ASPEK)." : " Use SPBE.ASPECT.";
  if (error.code !== "LEVEL_NOT_NUMBER" || typeof error.params.value !== "string") return "";
  return language === "id"
    ? ' Untuk membaca teks seperti "Level 3" atau "3 - Terdefinisi", pakai =SPBE.LEVEL(sel) (TINGKAT) di kolom bantu dan rujuk kolom itu.'
    : ' To read text such as "Level 3" or "3 - Terdefinisi", use =SPBE.LEVEL(cell) in a helper column and refer to that column.';
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
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Internal error in the SPBE add-in: ${detail}`);
  }
}
