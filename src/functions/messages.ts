/**
 * What only the custom functions can add to a core message, since the core knows nothing of its callers: which
 * other function does the job. Indonesian first, then English.
 */
import type { Language } from "../core";

export const FUNCTION_HINTS = {
  /** A level range holding text ("Level 3"): the level ranges stay strict, SPBE.LEVEL turns text into numbers. */
  textLevel: {
    id: ' Untuk membaca teks seperti "Level 3" atau "3 - Terdefinisi", pakai =SPBE.LEVEL(sel) (TINGKAT) di kolom bantu dan rujuk kolom itu.',
    en: ' To read text such as "Level 3" or "3 - Terdefinisi", use =SPBE.LEVEL(cell) in a helper column and refer to that column.',
  },
  /** SPBE.DOMAIN on a Pemdi framework, which has aspects only. */
  noDomains: { id: " Gunakan SPBE.ASPECT (ASPEK).", en: " Use SPBE.ASPECT." },
} as const satisfies Record<string, Record<Language, string>>;

/** A defect, not bad input: said in English for whoever reports it, with the detail that locates it. */
export function internalErrorText(detail: string): string {
  return `Internal error in the SPBE add-in: ${detail}`;
}
