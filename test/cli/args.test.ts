/**
 * The parser, called directly: which invocation each command line becomes, and which lines are usage errors
 * (exit 2) with which message. No process, no files.
 */
import { SPBE_59_2020, SPBE_5_2018, PEMDI_8_2026 } from "../../src/core";
import { COMMANDS, detectLanguage, parseArgv } from "../../src/cli/args";
import { EXIT_USAGE } from "../../src/cli/errors";
import { usageErrorOf as usage } from "./helpers";

describe("parseArgv: valid command lines", () => {
  it.each<[string[], object]>([
    [["--help"], { kind: "help", language: "id" }],
    [["-h", "--lang", "en"], { kind: "help", language: "en" }],
    [["help"], { kind: "help", language: "id" }],
    [["help", "score", "--lang=en"], { kind: "help", language: "en", command: "score" }],
    [["--version"], { kind: "version", language: "id" }],
    [["-v"], { kind: "version", language: "id" }],
    [["score", "--help"], { kind: "help", language: "id", command: "score" }],
    [["template", "-h", "--lang", "en"], { kind: "help", language: "en", command: "template" }],
    // --help wins even over a half-typed line.
    [["template", "--framework", "1999", "--help"], { kind: "help", language: "id", command: "template" }],
    [["score", "a.xlsx"], { kind: "score", language: "id", options: { file: "a.xlsx", json: false, practice: "exact" } }],
    [["score", "a.xlsx", "--json"], { kind: "score", language: "id", options: { file: "a.xlsx", json: true, practice: "exact" } }],
    [["score", "--json", "--practice", "rounded", "a b.xlsx"], { kind: "score", language: "id", options: { file: "a b.xlsx", json: true, practice: "rounded" } }],
    [["score", "a.xlsx", "--practice=exact", "--lang", "en"], { kind: "score", language: "en", options: { file: "a.xlsx", json: false, practice: "exact" } }],
    [["--lang", "en", "score", "a.xlsx"], { kind: "score", language: "en", options: { file: "a.xlsx", json: false, practice: "exact" } }],
    [["score", "--", "-odd.xlsx"], { kind: "score", language: "id", options: { file: "-odd.xlsx", json: false, practice: "exact" } }],
  ])("%j", (argv, expected) => {
    expect(parseArgv(argv)).toEqual(expected);
  });

  it.each<[string[], object]>([
    [
      ["template", "--framework", "59/2020", "--out", "kk.xlsx"],
      { framework: SPBE_59_2020, out: "kk.xlsx", language: "id", instansi: undefined, year: undefined, filledBy: undefined, force: false },
    ],
    [
      ["template", "--framework=8/2026", "-o", "p.xlsx", "--lang", "en", "--instansi", " Kab. Contoh ", "--year", "2026", "--filled-by", "Ani", "--force"],
      { framework: PEMDI_8_2026, out: "p.xlsx", language: "en", instansi: "Kab. Contoh", year: 2026, filledBy: "Ani", force: true },
    ],
    // A year as --framework picks the framework of that year and is the header's year.
    [["template", "--framework", "2019", "--out", "x.XLSX"], { framework: SPBE_5_2018, out: "x.XLSX", year: 2019 }],
    [["template", "--framework", "2025", "--year", "2024", "--out", "x.xlsx"], { framework: SPBE_59_2020, year: 2024 }],
    [["template", "--framework", "PermenPANRB 59/2020", "--out", "x.xlsx"], { framework: SPBE_59_2020, year: undefined }],
  ])("template %j", (argv, expected) => {
    const parsed = parseArgv(argv);
    expect(parsed.kind).toBe("template");
    expect(parsed.kind === "template" && parsed.options).toMatchObject(expected);
  });
});

describe("parseArgv: usage errors (exit 2) in plain sentences", () => {
  it.each<[string[], string, string]>([
    [[], "COMMAND_MISSING", `Perintah belum disebutkan. Yang tersedia: ${COMMANDS.join(", ")}. Lihat \`spbe --help\`.`],
    [["scor", "a.xlsx"], "COMMAND_UNKNOWN", `Perintah "scor" tidak dikenal. Yang tersedia: ${COMMANDS.join(", ")}.`],
    [["help", "gabung"], "COMMAND_UNKNOWN", 'Perintah "gabung" tidak dikenal'],
    [["--json", "score", "a.xlsx"], "OPTION_UNKNOWN", "Opsi --json tidak dikenal. Lihat `spbe --help`."],
    [["score", "a.xlsx", "--jsn"], "OPTION_UNKNOWN", "Opsi --jsn tidak dikenal untuk `spbe score`. Lihat `spbe score --help`."],
    [["score", "a.xlsx", "-x"], "OPTION_UNKNOWN", "Opsi -x tidak dikenal untuk `spbe score`."],
    [["score", "a.xlsx", "--force"], "OPTION_UNKNOWN", "Opsi --force tidak dikenal untuk `spbe score`."],
    [["score", "--version"], "OPTION_UNKNOWN", "Opsi --version tidak dikenal"],
    [["score"], "ARGUMENT_MISSING", "Sebutkan FILE.xlsx, misalnya `spbe score kertas-kerja.xlsx`."],
    [["score", "a.xlsx", "b.xlsx"], "ARGUMENTS_EXTRA", 'Argumen berlebih: "b.xlsx".'],
    [["score", "a.xlsx", "--json=yes"], "OPTION_TAKES_NO_VALUE", 'Opsi --json tidak menerima nilai (ditemukan "yes").'],
    [["score", "a.xlsx", "--json", "--json"], "OPTION_REPEATED", "Opsi --json disebutkan lebih dari sekali."],
    [["score", "a.xlsx", "--practice"], "OPTION_VALUE_MISSING", "Opsi --practice memerlukan nilai (exact|rounded)."],
    [["score", "a.xlsx", "--practice", "--json"], "OPTION_VALUE_MISSING", "Opsi --practice memerlukan nilai"],
    [["score", "a.xlsx", "--practice", "2023"], "OPTION_VALUE_NOT_ALLOWED", 'Opsi --practice bernilai "2023". Yang diizinkan: exact, rounded.'],
    [["score", "a.xlsx", "--lang", "fr"], "OPTION_VALUE_NOT_ALLOWED", 'Opsi --lang bernilai "fr". Yang diizinkan: id, en.'],
    [["--lang", "en", "score", "a.xlsx", "--lang", "id"], "OPTION_REPEATED", "Opsi --lang disebutkan lebih dari sekali."],
    [["template", "--out", "x.xlsx"], "OPTION_REQUIRED", "Opsi --framework wajib diisi (59/2020|8/2026|5/2018|<tahun/year>)."],
    [["template", "--framework", "59/2020"], "OPTION_REQUIRED", "Opsi --out wajib diisi (FILE.xlsx)."],
    [["template", "--framework", "59/2020", "--out"], "OPTION_VALUE_MISSING", "Opsi --out memerlukan nilai (FILE.xlsx)."],
    [["template", "--framework", "59/2020", "--out", "--force"], "OPTION_VALUE_MISSING", "Opsi --out memerlukan nilai"],
    [["template", "--framework", "59/2020", "-o"], "OPTION_VALUE_MISSING", "Opsi -o (--out) memerlukan nilai"],
    [["template", "--framework", "59/2020", "--out", "x.xls"], "OPTION_VALUE_NOT_ALLOWED", 'Opsi --out bernilai "x.xls". Yang diizinkan: FILE.xlsx.'],
    [["template", "--framework", "1999", "--out", "x.xlsx"], "OPTION_INVALID", 'Opsi --framework: Kerangka "1999" tidak dikenal.'],
    [["template", "--framework", "60/2020", "--out", "x.xlsx"], "OPTION_INVALID", 'Opsi --framework: Kerangka "60/2020" tidak dikenal.'],
    [["template", "--framework", "59/2020", "--out", "x.xlsx", "--year", "25"], "OPTION_VALUE_NOT_ALLOWED", 'Opsi --year bernilai "25". Yang diizinkan: 2018-2100.'],
    [["template", "--framework", "59/2020", "--out", "x.xlsx", "--instansi", " "], "OPTION_VALUE_MISSING", "Opsi --instansi memerlukan nilai."],
    // A blank text option names the command it was given to (it used to say "template" for every command).
    [["plan", "a.xlsx", "--target", "Baik", "--indicators", " "], "OPTION_VALUE_MISSING", "Opsi --indicators memerlukan nilai. Lihat `spbe plan --help`."],
    [["score", "a.xlsx", "--levels", " "], "OPTION_VALUE_MISSING", "Opsi --levels memerlukan nilai. Lihat `spbe score --help`."],
    [["plan", "a.xlsx", "--target", "Baik", "--sheet", " "], "OPTION_VALUE_MISSING", "Lihat `spbe plan --help`."],
    [["template", "extra", "--framework", "59/2020", "--out", "x.xlsx"], "ARGUMENTS_EXTRA", 'Argumen berlebih: "extra".'],
  ])("%j -> %s", (argv, code, message) => {
    const error = usage(argv);
    expect(error.exitCode).toBe(EXIT_USAGE);
    expect(error.code).toBe(code);
    expect(error.messageIn("id")).toContain(message);
  });

  it("says the same in English", () => {
    expect(usage(["score", "a.xlsx", "--jsn"]).messageIn("en")).toBe("Unknown option --jsn for `spbe score`. See `spbe score --help`.");
    expect(usage(["template", "--framework", "59/2020"]).messageIn("en")).toBe(
      "The --out option is required (FILE.xlsx). See `spbe template --help`.",
    );
  });
});

describe("detectLanguage: the language of a usage error, found before parsing", () => {
  it.each<[string[], string]>([
    [[], "id"],
    [["score", "--lang", "en", "--bogus"], "en"],
    [["score", "--lang=EN"], "en"],
    [["score", "--lang", "fr"], "id"],
    [["score", "--", "--lang", "en"], "id"],
  ])("%j -> %s", (argv, language) => {
    expect(detectLanguage(argv)).toBe(language);
  });
});
