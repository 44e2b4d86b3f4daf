/**
 * `spbe score`, end to end: the BUILT command (dist/cli/spbe.js, made by `npm test` before Jest, or by
 * `npx webpack --mode production --env only=cli`) run as a process on workbooks written here with ExcelJS.
 *
 * These fixtures obey the defined-name contract (src/template/names.ts) and nothing else: no formulas, another
 * layout. They test the reading by name independently of the template's layout; template.e2e.test.ts runs the same checks on files
 * made by `spbe template`.
 */
import { rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import {
  PEMDI_8_2026, SPBE_59_2020, bandOfIndex, ratioToNumber, roundHalfUpToHundredths, scoreBreakdown, type Framework,
} from "../../src/core";
import { practiceOfYear, vectors } from "../fixtures/vectors";
import { runBuiltCli, tempDir, writeNamedWorkbook } from "./helpers";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hundredths = (levels: number[]) => levels.map((l) => Math.round(l * 100));
const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;

/** What `spbe score --json` must print: the core's numbers for these levels. */
function expectedJson(framework: Framework, levels: number[], practice: "exact" | "rounded") {
  const b = scoreBreakdown(framework, hundredths(levels));
  return {
    framework: framework.id,
    index: ratioToNumber(b.index),
    rounded: roundHalfUpToHundredths(b.index) / 100,
    predikat: bandOfIndex(framework, b.index, practice).predikat,
    practice,
    aspects: b.aspects.map((a) => ({ id: a.aspect.id, name: a.aspect.name, index: ratioToNumber(a.value) })),
    domains: b.domains.map((d) => ({ id: d.domain.id, name: d.domain.name, index: ratioToNumber(d.value) })),
  };
}

async function fixture(name: string, framework: unknown, levels: readonly unknown[]): Promise<string> {
  const file = path.join(dir, name);
  const parts = framework === "8/2026" ? { aspects: PEMDI_8_2026.aspects.length, domains: 0 } : { aspects: 8, domains: 4 };
  await writeNamedWorkbook(file, framework, levels, parts);
  return file;
}

describe("spbe score --json on published KemenPANRB results", () => {
  it.each(vectors.spbe_59_2020_published.map((c) => [`${c.year} ${c.instansi}`, c] as const))("%s", async (_name, c) => {
    const file = await fixture(`published-${c.year}-${c.exact_index}.xlsx`, "59/2020", c.levels);
    const practice = practiceOfYear(c.year);
    const result = await runBuiltCli(["score", file, "--json", "--practice", practice]);
    expect(result).toMatchObject({ exitCode: 0, stderr: `Membaca ${file} ...\n` });
    const json = JSON.parse(result.stdout);
    expect(json).toEqual(expectedJson(SPBE_59_2020, c.levels, practice));
    expect(json.index).toBe(c.exact_index);
    expect(json.rounded).toBe(c.published_index);
    expect(json.predikat).toBe(c.published_predikat);
    expect(json.domains.map((d: { index: number }) => roundHalfUpToHundredths({ num: Math.round(d.index * 1e6), den: 1e6 }) / 100)).toEqual(
      c.published_domains,
    );
  });

  it("prints exactly one JSON line on stdout: exact 4,745 of Kementerian Kominfo 2024 is rounded to 4.75", async () => {
    const file = await fixture("kominfo.xlsx", "59/2020", kominfo.levels);
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result.stdout.endsWith("}\n")).toBe(true);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ framework: "59/2020", index: 4.745, rounded: 4.75, predikat: "Memuaskan", practice: "exact" });
  });

  it("names the practice: Pacitan 2024 (exact 3,4985) is Baik by the exact index, Sangat Baik by the rounded 3,50", async () => {
    const pacitan = vectors.spbe_59_2020_published.find((c) => c.exact_index === 3.4985)!;
    const file = await fixture("pacitan.xlsx", "59/2020", pacitan.levels);
    const exact = JSON.parse((await runBuiltCli(["score", file, "--json"])).stdout);
    const rounded = JSON.parse((await runBuiltCli(["score", file, "--json", "--practice", "rounded"])).stdout);
    expect([exact.predikat, exact.practice, exact.rounded]).toEqual(["Baik", "exact", 3.5]);
    expect([rounded.predikat, rounded.practice]).toEqual(["Sangat Baik", "rounded"]);
  });

  it("scores Indeks Pemdi (8/2026): aspects only, no domains", async () => {
    const c = vectors.pemdi_8_2026_synthetic.find((v) => v.expected_aspects)!;
    const file = await fixture("pemdi.xlsx", "8/2026", c.levels);
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toEqual(expectedJson(PEMDI_8_2026, c.levels, "exact"));
    expect(json.rounded).toBe(c.expected_index);
    expect(json.predikat).toBe(c.expected_predikat);
    expect(json.domains).toEqual([]);
  });
});

describe("spbe score report for people", () => {
  it("prints aspects, domains and the index with comma decimals in Indonesian, and names the practice", async () => {
    const file = await fixture("kominfo-text.xlsx", "59/2020", kominfo.levels);
    const result = await runBuiltCli(["score", file]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Kerangka: Indeks SPBE, PermenPANRB 59/2020");
    expect(result.stdout).toMatch(/D3 {2}Manajemen SPBE +3,45 {2}3,454545\.\.\./);
    expect(result.stdout).toContain("Indeks SPBE: 4,75 (nilai tepat 4,745)");
    expect(result.stdout).toContain("Predikat: Memuaskan (praktik 2024: dari indeks tepat)");
  });

  it("in English with --lang en, with dot decimals", async () => {
    const file = await fixture("kominfo-en.xlsx", "59/2020", kominfo.levels);
    const result = await runBuiltCli(["score", file, "--lang", "en", "--practice", "rounded"]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(`Reading ${file} ...\n`);
    expect(result.stdout).toContain("SPBE Index: 4.75 (exact value 4.745)");
    expect(result.stdout).toContain("Predikat: Memuaskan (Excellent) (2023 practice: from the 2-decimal index)");
  });

  it("shows which indicators are scored 0", async () => {
    const levels = [...kominfo.levels];
    levels[4] = 0;
    levels[8] = 0;
    const result = await runBuiltCli(["score", await fixture("zero.xlsx", "59/2020", levels)]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Indikator 5, 9 bernilai 0 (belum terpenuhi / belum dinilai).");
  });
});

describe("spbe score on bad input: exit 1, a message naming the indicator and the cell, nothing on stdout", () => {
  const levels = [...kominfo.levels];

  it.each<[string, (l: unknown[]) => void, string]>([
    ["a text level", (l) => (l[11] = "3"), `Indikator 12 (sel 'Kertas Kerja'!F21) berisi teks atau nilai bukan angka "3".`],
    ["a level 7", (l) => (l[46] = 7), "Indikator 47 (sel 'Kertas Kerja'!F56) bernilai 7, di luar rentang. Yang diizinkan: angka 0 sampai 5"],
    ["a negative level", (l) => (l[0] = -1), "Indikator 1 (sel 'Kertas Kerja'!F10) bernilai -1, di luar rentang."],
    ["three decimals", (l) => (l[1] = 2.125), "Indikator 2 (sel 'Kertas Kerja'!F11) bernilai 2,125, lebih dari dua desimal."],
    ["an error value", (l) => (l[2] = { error: "#DIV/0!" }), "Indikator 3 (sel 'Kertas Kerja'!F12) berisi galat #DIV/0!."],
  ])("%s", async (name, spoil, message) => {
    const bad = [...levels];
    spoil(bad);
    const file = await fixture(`bad-${name.replace(/\W+/g, "-")}.xlsx`, "59/2020", bad);
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toContain(`spbe: Berkas "${file}": 1 sel tingkat tidak dapat dipakai:\n  - ${message}`);
  });

  it("takes a calculated formula's result as the level", async () => {
    const withFormula: unknown[] = [...levels];
    withFormula[3] = { formula: "2+1", result: levels[3] };
    const result = await runBuiltCli(["score", await fixture("formula.xlsx", "59/2020", withFormula), "--json"]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).index).toBe(4.745);
  });

  it("reads a formula no spreadsheet has calculated as not filled in", async () => {
    const withFormula: unknown[] = [...levels];
    withFormula[3] = { formula: "1+2" };
    const file = await fixture("uncalculated.xlsx", "59/2020", withFormula);
    const result = await runBuiltCli(["score", file]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toContain(`spbe: Berkas "${file}": 1 indikator belum diisi: 4 (sel 'Kertas Kerja'!F13).`);
  });

  it("lists every blank indicator with its cell, consecutive ones as one run", async () => {
    const blanks: unknown[] = [...levels];
    blanks[2] = null;
    blanks[19] = "  ";
    blanks[20] = null;
    blanks[46] = null;
    const file = await fixture("blanks.xlsx", "59/2020", blanks);
    const result = await runBuiltCli(["score", file]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toBe(
      `Membaca ${file} ...\nspbe: Berkas "${file}": 4 indikator belum diisi: 3 (sel 'Kertas Kerja'!F12), ` +
        `20-21 (sel 'Kertas Kerja'!F29:F30), 47 (sel 'Kertas Kerja'!F56). Isi tingkat 0-5 sebelum menghitung indeks.\n`,
    );
  });

  it("reports every invalid cell and the blanks together, in English with --lang en", async () => {
    const bad: unknown[] = [...levels];
    bad[11] = "tiga";
    bad[12] = 7;
    bad[13] = null;
    const file = await fixture("several.xlsx", "59/2020", bad);
    const result = await runBuiltCli(["score", file, "--lang", "en"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`spbe: File "${file}": 2 level cells cannot be used:\n`);
    expect(result.stderr).toContain(`  - Indicator 12 (cell 'Kertas Kerja'!F21) holds text or a non-numeric value "tiga".`);
    expect(result.stderr).toContain(`  - Indicator 13 (cell 'Kertas Kerja'!F22) is 7, out of range.`);
    expect(result.stderr).toContain(`  - File "${file}": 1 indicators are not filled in: 14 (cell 'Kertas Kerja'!F23).`);
  });

  it("a workbook without the template's names is not a template", async () => {
    const file = path.join(dir, "plain.xlsx");
    const workbook = new Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = 3;
    await workbook.xlsx.writeFile(file);
    const result = await runBuiltCli(["score", file]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toContain(
      `spbe: Berkas "${file}": Berkas ini tidak memuat template SPBE/Pemdi: nama SPBE_FRAMEWORK dan SPBE_LEVELS tidak ditemukan.`,
    );
  });

  it("a file that is not an .xlsx workbook cannot be read", async () => {
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, "Indikator;Tingkat\n1;3\n");
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    // The message says what the file is (a text file here) and what to do, not only that it cannot be read.
    expect(result.stderr).toContain(`spbe: Berkas "${file}" adalah berkas teks (mis. .csv), bukan buku kerja. Buka di Excel lalu simpan sebagai .xlsx.`);
  });

  it("an unknown framework in SPBE_FRAMEWORK", async () => {
    const file = await fixture("framework.xlsx", "60/2020", levels);
    const result = await runBuiltCli(["score", file]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toContain(`spbe: Berkas "${file}": Kerangka "60/2020" tidak dikenal.`);
  });

  it("SPBE_LEVELS that does not fit the framework (rows deleted) is refused", async () => {
    const file = await fixture("short.xlsx", "59/2020", levels.slice(0, 46));
    const result = await runBuiltCli(["score", file]);
    expect(result).toMatchObject({ exitCode: 1 });
    expect(result.stderr).toContain(
      `spbe: Berkas "${file}": Nama SPBE_LEVELS menunjuk ke "'Kertas Kerja'!$F$10:$F$55", yang tidak ada atau berbentuk salah (seharusnya 47 sel dalam satu kolom).`,
    );
  });
});

describe("spbe score usage errors: exit 2 before reading anything", () => {
  it("a missing file", async () => {
    const file = path.join(dir, "nowhere.xlsx");
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: `spbe: Berkas "${file}" tidak ditemukan. Periksa nama dan foldernya.\n` });
  });

  it("a folder", async () => {
    const result = await runBuiltCli(["score", dir, "--lang", "en"]);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: `spbe: "${dir}" is a folder, not an .xlsx file.\n` });
  });

  it("an unknown option, in the language asked for", async () => {
    const result = await runBuiltCli(["score", "x.xlsx", "--jsn", "--lang", "en"]);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: "spbe: Unknown option --jsn for `spbe score`. See `spbe score --help`.\n" });
  });
});

describe("help and version", () => {
  it.each([
    [["--help"], "Penggunaan:"],
    [["score", "--help", "--lang", "en"], "spbe score FILE.xlsx [--json] [--practice exact|rounded] [--sheet NAME] [--lang id|en]"],
    [["help", "template"], "--framework KERANGKA"],
  ])("%j prints help on stdout and exits 0", async (argv, text) => {
    const result = await runBuiltCli(argv);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(text);
  });

  it("--version prints the package version", async () => {
    const result = await runBuiltCli(["--version"]);
    expect(result).toEqual({ exitCode: 0, stdout: `${require("../../package.json").version}\n`, stderr: "" });
  });
});

describe("spbe score on a workbook holding two templates (the second with sheet-scoped names)", () => {
  async function twoTemplates(): Promise<string> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeTemplateWorkbook, readTemplates } = require("../../src/xlsx") as typeof import("../../src/xlsx");
    const workbook = await writeTemplateWorkbook({ framework: "59/2020", instansi: "Pertama" });
    await writeTemplateWorkbook({ framework: "8/2026", instansi: "Kedua" }, workbook);
    const [first, second] = readTemplates(workbook);
    const put = (address: string, value: number) => {
      const [sheet, cell] = address.split("!");
      workbook.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(cell).value = value;
    };
    first.levels.forEach((cell, i) => put(cell.address, kominfo.levels[i]));
    second.levels.forEach((cell, i) => put(cell.address, vectors.pemdi_8_2026_synthetic[2].levels[i]));
    const file = path.join(dir, "dua-template.xlsx");
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it("scores the first template by default and the one named by --sheet", async () => {
    const file = await twoTemplates();
    const first = await runBuiltCli(["score", file, "--json"]);
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual(expectedJson(SPBE_59_2020, kominfo.levels, "exact"));
    const second = await runBuiltCli(["score", file, "--json", "--sheet", "Kertas Kerja (2)"]);
    expect(second.exitCode).toBe(0);
    // The Pemdi template carries its Bukti Dukung sheet: still pre-filled, no item accepted, so no level is supported.
    const { evidence, ...scores } = JSON.parse(second.stdout);
    expect(scores).toEqual(expectedJson(PEMDI_8_2026, vectors.pemdi_8_2026_synthetic[2].levels, "exact"));
    expect(evidence.indicators.map((i: { supported: number; items: number }) => [i.supported, i.items])).toEqual(new Array(20).fill([0, 5]));
  });

  it("says so when --sheet names no template", async () => {
    const file = await twoTemplates();
    const result = await runBuiltCli(["score", file, "--sheet", "Lembar Lain"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(file);
  });
});
