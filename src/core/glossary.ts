/**
 * The domain's words, chosen once, in Indonesian (first) and English. Every surface builds its text from these
 * (function messages, templates, unit files, the task pane, the CLI) so that an analyst reads one word for one
 * thing everywhere. Choices, as an Indonesian analyst reads them:
 * - "template" (the loanword Diskominfo teams use; KBBI's "templat" is rarely seen in their documents);
 * - "tepat" for exact ("indeks tepat"), not "eksak";
 * - "tidak valid" for a value the rules refuse, as Excel's own Indonesian messages say, not "tidak sah";
 * - the two KemenPANRB practices by year, each with what it rounds: "praktik 2024" takes the predikat from the
 *   exact index, "praktik 2023" from the index rounded to 2 decimals.
 * Official names of indicators, aspects, domains and predikat are not here: they live in the framework data.
 */
import type { Language } from "./messages";

export const GLOSSARY = {
  id: {
    exactIndex: "indeks tepat",
    roundedIndex: "indeks 2 desimal",
    invalid: "tidak valid",
    practice2024: "praktik 2024",
    practice2023: "praktik 2023",
  },
  en: {
    exactIndex: "exact index",
    roundedIndex: "2-decimal index",
    invalid: "not allowed",
    practice2024: "2024 practice",
    practice2023: "2023 practice",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The status of an evidence item (butir), as the 2026 evaluation application names it, with English words. */
export type EvidenceStatus = "belum" | "draf" | "diunggah" | "diterima" | "revisi";

/**
 * The words of each evidence status. A cell in either language is read (a status counts as accepted when it reads
 * "diterima" or "accepted"), so these are also what the template's native formulas compare with: lower case.
 */
export const EVIDENCE_STATUS_WORDS = {
  id: { belum: "belum", draf: "draf", diunggah: "diunggah", diterima: "diterima", revisi: "revisi" },
  en: { belum: "not started", draf: "draft", diunggah: "uploaded", diterima: "accepted", revisi: "revision" },
} as const satisfies Record<Language, Record<EvidenceStatus, string>>;

/** Why an assessor sent an item back (jenis revisi), in the application's words; "otomatis ditolak" is the cumulative rule. */
export const EVIDENCE_REVISION_WORDS = {
  id: ["tidak tepat", "belum diunggah", "otomatis ditolak"],
  en: ["not appropriate", "not uploaded", "automatically rejected"],
} as const satisfies Record<Language, readonly string[]>;

/**
 * The stages of an evaluation (src/core/stages.ts), as the evaluation's documents name them, and in English: the
 * Tahapan sheet, `spbe score` and the pane's summary all say these.
 */
export const STAGE_WORDS = {
  id: { mandiri: "Mandiri", dokumen: "Dokumen", interviu: "Interviu", visitasi: "Visitasi", akhir: "Akhir" },
  en: { mandiri: "Self-assessment", dokumen: "Document review", interviu: "Interview", visitasi: "Site visit", akhir: "Final" },
} as const satisfies Record<Language, Record<"mandiri" | "dokumen" | "interviu" | "visitasi" | "akhir", string>>;

/** The add-in's name, as files it writes record their creator and as the pane titles itself outside Excel. */
export const PRODUCT_NAME = "SPBE & Pemdi for Excel";

/** Which practice a predikat follows, in one phrase: "indeks tepat, praktik 2024" / "exact index, 2024 practice". */
export function practicePhrase(practice: "exact" | "rounded", language: Language): string {
  const g = GLOSSARY[language];
  return practice === "exact" ? `${g.exactIndex}, ${g.practice2024}` : `${g.roundedIndex}, ${g.practice2023}`;
}
