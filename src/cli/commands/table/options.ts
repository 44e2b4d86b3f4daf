/** Options shared by several commands, declared once; the commands' own options live with each command. */
import type { Bilingual, OptionDecl } from "./types";

/** --lang, with what the language applies to in this command. */
export function langOption(appliesTo: Bilingual): OptionDecl {
  return {
    type: "string",
    value: "id|en",
    describe: { id: `bahasa ${appliesTo.id}; bawaan: id`, en: `language of ${appliesTo.en}; default: id` },
  };
}

/** --json, with the shape of the object printed. */
export function jsonOption(shape: string, note?: Bilingual): OptionDecl {
  const tail = (language: "id" | "en") => (note ? `; ${note[language]}` : "");
  return {
    type: "boolean",
    describe: { id: `cetak satu objek JSON saja:\n${shape}${tail("id")}`, en: `print one JSON object and nothing else:\n${shape}${tail("en")}` },
  };
}

/** --force, with what it overwrites. */
export function forceOption(overwrites: Bilingual): OptionDecl {
  return { type: "boolean", describe: { id: `timpa ${overwrites.id}`, en: `overwrite ${overwrites.en}` } };
}

/** --practice: the predikat (or "reached") judged on the exact index (2024 practice) or the rounded one (2023). */
export function practiceOption(describe: Bilingual): OptionDecl {
  return { type: "string", value: "exact|rounded", describe };
}

export const PRACTICE_OF_PREDIKAT: Bilingual = {
  id: "predikat dari indeks tepat (exact, praktik 2024, bawaan) atau dari indeks yang\ndibulatkan ke 2 desimal (rounded, praktik 2023)",
  en: "predikat of the exact index (exact, 2024 practice, default) or of the index rounded\nto 2 decimals (rounded, 2023 practice)",
};

export const FRAMEWORK_ALLOWED = "59/2020|8/2026|5/2018|<tahun/year>";

/** How to read a workbook that is not a template (score, plan, recap): each overrides the detection. */
export const OWN_TABLE_OPTIONS: Readonly<Record<"sheet" | "indicators" | "levels" | "framework", OptionDecl>> = {
  sheet: {
    type: "string",
    value: { id: "NAMA", en: "NAME" },
    allowed: "NAMA LEMBAR/SHEET NAME",
    describe: {
      id: "lembar yang dibaca bila buku kerja memuat beberapa template; bawaan: yang pertama",
      en: "the sheet to read when the workbook holds several templates; default: the first",
    },
  },
  indicators: {
    type: "string",
    value: { id: "RENTANG", en: "RANGE" },
    allowed: "B5:B60",
    group: "ownTable",
    describe: { id: "tabel sendiri: kolom kunci indikator (B5:B60 atau 'Lembar'!B5:B60)", en: "own table: the indicator key column (B5:B60 or 'Sheet'!B5:B60)" },
  },
  levels: {
    type: "string",
    value: { id: "RENTANG", en: "RANGE" },
    allowed: "E5:E60",
    group: "ownTable",
    describe: { id: "tabel sendiri: kolom tingkat (E5:E60)", en: "own table: the level column (E5:E60)" },
  },
  framework: {
    type: "string",
    value: "F",
    allowed: FRAMEWORK_ALLOWED,
    group: "ownTable",
    describe: {
      id: 'tabel sendiri: kerangka ("59/2020", "8/2026", "5/2018") atau tahun evaluasi',
      en: 'own table: the framework ("59/2020", "8/2026", "5/2018") or evaluation year',
    },
  },
};
