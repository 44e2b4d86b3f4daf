/**
 * `spbe template`, end to end with the BUILT command: write each framework's template, check its defined names,
 * fill its levels with ExcelJS as a user would, and score it with `spbe score --json`.
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018, ratioToNumber, scoreBreakdown, type Framework } from "../../src/core";
import { vectors } from "../fixtures/vectors";
import { fillLevels, runBuiltCli, tempDir } from "./helpers";

const dir = tempDir("spbe-template-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;

async function definedNames(file: string): Promise<Map<string, string[]>> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return new Map(workbook.definedNames.model.map((n) => [n.name, n.ranges]));
}

describe("spbe template writes a template file", () => {
  it.each<[string, Framework]>([
    ["59/2020", SPBE_59_2020],
    ["8/2026", PEMDI_8_2026],
    ["2019", SPBE_5_2018],
  ])("--framework %s: one level cell per indicator under SPBE_LEVELS, and the names of the contract", async (spec, framework) => {
    const file = path.join(dir, `template-${spec.replace("/", "-")}.xlsx`);
    const result = await runBuiltCli(["template", "--framework", spec, "--out", file, "--instansi", "Pemerintah Kab. Contoh"]);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `${file}\n`,
      stderr: `Menulis kertas kerja ${framework.id} ke ${file} ...\nSelesai: ${file} (${framework.indicators.length} indikator).\n`,
    });
    const names = await definedNames(file);
    const expected = ["SPBE_FRAMEWORK", "SPBE_LEVELS", "SPBE_INDEX", "SPBE_INDEX_ROUNDED", "SPBE_PREDIKAT", "SPBE_PREDIKAT_ROUNDED", "SPBE_INSTANSI", "SPBE_YEAR"];
    for (const name of expected) expect(names.has(name)).toBe(true);
    for (const aspect of framework.aspects) expect(names.has(`SPBE_ASPECT_${aspect.no}`)).toBe(true);
    for (const domain of framework.domains) expect(names.has(`SPBE_DOMAIN_${domain.no}`)).toBe(true);
    const [levels] = names.get("SPBE_LEVELS")!;
    const m = /!\$([A-Z]+)\$(\d+):\$\1\$(\d+)$/.exec(levels)!;
    expect(Number(m[3]) - Number(m[2]) + 1).toBe(framework.indicators.length);
  });

  it("an unfilled template scores as every indicator blank, in one run of cells", async () => {
    const file = path.join(dir, "empty.xlsx");
    await runBuiltCli(["template", "--framework", "59/2020", "--out", file]);
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toMatch(/47 indikator belum diisi: 1-47 \(sel 'Kertas Kerja'!F\d+:F\d+\)\./);
  });

  it("filled with the levels of Kementerian Kominfo 2024, scores exact 4,745, rounded 4,75, Memuaskan", async () => {
    const file = path.join(dir, "kominfo.xlsx");
    expect((await runBuiltCli(["template", "--framework", "59/2020", "--out", file, "--year", "2024"])).exitCode).toBe(0);
    await fillLevels(file, kominfo.levels);
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result).toMatchObject({ exitCode: 0, stderr: `Membaca ${file} ...\n` });
    const b = scoreBreakdown(SPBE_59_2020, kominfo.levels.map((l) => l * 100));
    expect(JSON.parse(result.stdout)).toEqual({
      framework: "59/2020",
      index: 4.745,
      rounded: 4.75,
      predikat: "Memuaskan",
      practice: "exact",
      aspects: b.aspects.map((a) => ({ id: a.aspect.id, name: a.aspect.name, index: ratioToNumber(a.value) })),
      domains: b.domains.map((d) => ({ id: d.domain.id, name: d.domain.name, index: ratioToNumber(d.value) })),
    });
  });

  it("an English template scores the same, and a text level names its cell", async () => {
    const file = path.join(dir, "english.xlsx");
    expect((await runBuiltCli(["template", "--framework", "8/2026", "--out", file, "--lang", "en"])).exitCode).toBe(0);
    const c = vectors.pemdi_8_2026_synthetic.find((v) => v.expected_aspects)!;
    await fillLevels(file, c.levels);
    const ok = JSON.parse((await runBuiltCli(["score", file, "--json"])).stdout);
    expect([ok.framework, ok.rounded, ok.predikat]).toEqual(["8/2026", c.expected_index, c.expected_predikat]);

    const bad: unknown[] = [...c.levels];
    bad[4] = "lima";
    await fillLevels(file, bad);
    const result = await runBuiltCli(["score", file, "--lang", "en"]);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toMatch(/Indicator 5 \(cell ('[^']+'|\w+)!F\d+\) holds text or a non-numeric value "lima"\./);
  });
});

describe("spbe template never overwrites by accident", () => {
  it("refuses an existing file (exit 2) and leaves it untouched; --force overwrites it", async () => {
    const file = path.join(dir, "exists.xlsx");
    writeFileSync(file, "keep me");
    const refused = await runBuiltCli(["template", "--framework", "59/2020", "--out", file]);
    expect(refused).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: `spbe: Berkas "${file}" sudah ada dan tidak ditimpa. Pilih nama lain dengan --out, atau tambahkan --force untuk menimpanya.\n`,
    });
    expect(statSync(file).size).toBe("keep me".length);
    const forced = await runBuiltCli(["template", "--framework", "59/2020", "--out", file, "--force"]);
    expect(forced.exitCode).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(10000);
  });

  it("refuses a folder that does not exist (exit 2)", async () => {
    const file = path.join(dir, "no-such-folder", "x.xlsx");
    const result = await runBuiltCli(["template", "--framework", "59/2020", "--out", file, "--lang", "en"]);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: `spbe: The folder for "${file}" does not exist. Create it first.\n` });
  });
});
