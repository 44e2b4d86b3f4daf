/** Fungsi (Functions): the SPBE.* reference: the words in Indonesian, then in English (assembled in ./index.ts). */

const id = {
  functionsHeading: "Fungsi SPBE.*",
  functionsIntro:
    "Fungsi kustom untuk lembar kerja. Di Excel berbahasa Indonesia namanya tampil dalam bahasa Indonesia (SPBE.INDEKS); tombol di bawah menulis rumus dalam sintaks Excel bahasa Inggris, yang dimengerti Excel di semua bahasa.",
  example: "Contoh",
  insertExample: "Sisipkan contoh",
  insertExampleLabel: (fn: string) => `Sisipkan contoh ${fn} ke sel terpilih`,
  inserted: (formula: string, cell: string) => `Rumus ${formula} ditulis di ${cell}.`,
  insertFailedTitle: "Rumus tidak disisipkan",
  insertedTitle: "Rumus disisipkan",
};

const en: typeof id = {
  functionsHeading: "SPBE.* functions",
  functionsIntro:
    "Custom worksheet functions. In Indonesian Excel their names show in Indonesian (SPBE.INDEKS); the buttons below write the formula in English (en-US) syntax, which Excel understands in every language.",
  example: "Example",
  insertExample: "Insert example",
  // The accessible name starts with the visible words (WCAG 2.5.3: a voice user says what they see).
  insertExampleLabel: (fn) => `Insert example of ${fn} in the selected cell`,
  inserted: (formula, cell) => `Formula ${formula} written to ${cell}.`,
  insertFailedTitle: "Formula not inserted",
  insertedTitle: "Formula inserted",
};

export const functionsStrings = { id, en };
