/**
 * The parser for `spbe split`, `merge` and `recap`, called directly, and their help: which options each command
 * line becomes, and which lines are usage errors (exit 2) with which message. No process, no files.
 */
import { parseArgv } from "../../src/cli/args";
import { EXIT_USAGE } from "../../src/cli/errors";
import { usageErrorOf as usage } from "./helpers";
import { helpText } from "../../src/cli/help";

describe("parseArgv: split, merge, recap", () => {
  it.each<[string[], object]>([
    [["split", "k.xlsx", "--out", "unit"], { kind: "split", options: { file: "k.xlsx", out: "unit", deadline: undefined, note: undefined, language: "id", force: false, json: false } }],
    [
      ["split", "k.xlsx", "-o", "unit", "--deadline", "2026-03-31", "--note", " Lengkapi. ", "--force", "--json", "--lang", "en"],
      { kind: "split", language: "en", options: { file: "k.xlsx", out: "unit", deadline: "2026-03-31", note: "Lengkapi.", language: "en", force: true, json: true } },
    ],
    [["merge", "k.xlsx", "a.xlsx", "b.xlsx", "--out", "m.xlsx"], { kind: "merge", options: { template: "k.xlsx", units: ["a.xlsx", "b.xlsx"], out: "m.xlsx", json: false, force: false } }],
    [["merge", "k.xlsx", "unit", "--out=m.xlsx", "--json"], { kind: "merge", options: { template: "k.xlsx", units: ["unit"], out: "m.xlsx", json: true } }],
    [["recap", "a.xlsx", "b.xlsx", "--out", "r.xlsx"], { kind: "recap", options: { files: ["a.xlsx", "b.xlsx"], out: "r.xlsx", practice: "exact", json: false } }],
    [["recap", "hasil", "--out", "r.xlsx", "--practice", "rounded", "--json"], { kind: "recap", options: { files: ["hasil"], practice: "rounded", json: true } }],
    [["merge", "--help"], { kind: "help", command: "merge" }],
  ])("%j", (argv, expected) => {
    expect(parseArgv(argv)).toMatchObject(expected);
  });

  it.each<[string[], string]>([
    [["split", "k.xlsx"], "Opsi --out wajib diisi (DIR). Lihat `spbe split --help`."],
    [["split", "--out", "unit"], "Sebutkan FILE.xlsx, misalnya `spbe split kertas-kerja.xlsx`. Lihat `spbe split --help`."],
    [["split", "k.xlsx", "--out", "unit", "--deadline", "31-03-2026"], 'Opsi --deadline bernilai "31-03-2026". Yang diizinkan: YYYY-MM-DD, 2026-03-31.'],
    [["split", "a.xlsx", "b.xlsx", "--out", "unit"], 'Argumen berlebih: "b.xlsx". `spbe split` menerima satu berkas / one file. Lihat `spbe split --help`.'],
    [["merge", "k.xlsx", "--out", "m.xlsx"], "Sebutkan UNIT.xlsx, misalnya `spbe merge kertas-kerja.xlsx`. Lihat `spbe merge --help`."],
    [["merge", "k.xlsx", "a.xlsx"], "Opsi --out wajib diisi (MERGED.xlsx). Lihat `spbe merge --help`."],
    [["merge", "k.xlsx", "a.xlsx", "--out", "m.csv"], 'Opsi --out bernilai "m.csv". Yang diizinkan: MERGED.xlsx.'],
    [["recap", "--out", "r.xlsx"], "Sebutkan FILE.xlsx..., misalnya `spbe recap kertas-kerja.xlsx`. Lihat `spbe recap --help`."],
    [["recap", "a.xlsx", "--out", "r.xlsx", "--practice", "2024"], 'Opsi --practice bernilai "2024". Yang diizinkan: exact, rounded.'],
    [["recap", "a.xlsx", "--out", "r.xlsx", "--deadline", "2026-03-31"], "Opsi --deadline tidak dikenal untuk `spbe recap`. Lihat `spbe recap --help`."],
  ])("%j is a usage error", (argv, message) => {
    const error = usage(argv);
    expect(error.exitCode).toBe(EXIT_USAGE);
    expect(error.messageIn("id")).toBe(message);
  });

  it.each(["split", "merge", "recap"] as const)("has help for %s in both languages, naming every option", (command) => {
    for (const language of ["id", "en"] as const) {
      const text = helpText(language, command);
      expect(text.startsWith(`spbe ${command} `)).toBe(true);
      expect(text).toContain("--out");
      expect(text).toContain("--json");
    }
    expect(helpText("en")).toContain(`spbe ${command} `);
  });
});
