/**
 * issue 3: a template written by the BUILT `spbe template`, filled with ExcelJS and recalculated by LibreOffice
 * Calc headless, shows in its SPBE_INDEX, SPBE_INDEX_ROUNDED, SPBE_PREDIKAT (and _ROUNDED), SPBE_ASPECT_n and
 * SPBE_DOMAIN_n cells exactly what `spbe score --json` prints, for the original file and for the file LibreOffice
 * saved. One soffice call converts every file (each start costs seconds), with a fresh profile directory.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { readTemplateWorkbook, type TemplateReading } from "../../src/xlsx/readTemplateWorkbook";
import { vectors } from "../fixtures/vectors";
import { fillLevels, runBuiltCli, tempDir } from "./helpers";

const SOFFICE = "/usr/bin/soffice";

/** LibreOffice saves cached numbers with 15 significant digits (3.45454545454545 for 38/11). */
const saved = (x: number) => Number(x.toPrecision(15));

const published = (exact: number) => vectors.spbe_59_2020_published.find((c) => c.exact_index === exact)!.levels;
const pemdi = vectors.pemdi_8_2026_synthetic.find((v) => v.expected_aspects)!.levels;

const CASES = [
  { file: "kominfo-4745.xlsx", framework: "59/2020", levels: published(4.745) },
  { file: "pacitan-34985.xlsx", framework: "59/2020", levels: published(3.4985) },
  { file: "boven-digoel-17995.xlsx", framework: "2023", levels: published(1.7995) },
  { file: "pemdi.xlsx", framework: "8/2026", levels: pemdi },
] as const;

describe("spbe score equals the template's own formulas after LibreOffice recalculates them", () => {
  const dir = tempDir("spbe-cli-lo-");
  const out = path.join(dir, "out");
  const recalculated = new Map<string, TemplateReading>();

  beforeAll(async () => {
    for (const c of CASES) {
      const file = path.join(dir, c.file);
      const made = await runBuiltCli(["template", "--framework", c.framework, "--out", file]);
      if (made.exitCode !== 0) throw new Error(`spbe template failed: ${made.stderr}`);
      await fillLevels(file, c.levels);
    }
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, `profile-${process.pid}`)}`, "--headless", "--calc",
        "--convert-to", "xlsx", "--outdir", out, ...CASES.map((c) => path.join(dir, c.file)),
      ],
      { stdio: "pipe", timeout: 240_000 },
    );
    for (const c of CASES) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(path.join(out, c.file));
      recalculated.set(c.file, readTemplateWorkbook(workbook));
    }
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.flatMap((c) => (["exact", "rounded"] as const).map((practice) => [c.file, practice] as const)))(
    "%s, --practice %s",
    async (file, practice) => {
      const result = await runBuiltCli(["score", path.join(dir, file), "--json", "--practice", practice]);
      expect(result).toMatchObject({ exitCode: 0 });
      const json = JSON.parse(result.stdout);
      const cells = recalculated.get(file)!.computed;
      expect(cells.index.value).toBe(saved(json.index));
      expect(cells.rounded.value).toBe(json.rounded);
      expect((practice === "exact" ? cells.predikat : cells.predikatRounded).value).toBe(json.predikat);
      expect(cells.aspects.map((a) => a.value)).toEqual(json.aspects.map((a: { index: number }) => saved(a.index)));
      expect(cells.domains.map((d) => d.value)).toEqual(json.domains.map((d: { index: number }) => saved(d.index)));
    },
  );

  it("keeps the published results: 4,745 -> 4,75; 3,4985 Baik (exact) / Sangat Baik (rounded); 1,7995 Kurang / Cukup", () => {
    const at = (file: string) => recalculated.get(file)!.computed;
    expect([at("kominfo-4745.xlsx").index.value, at("kominfo-4745.xlsx").rounded.value]).toEqual([4.745, 4.75]);
    expect([at("pacitan-34985.xlsx").predikat.value, at("pacitan-34985.xlsx").predikatRounded.value]).toEqual(["Baik", "Sangat Baik"]);
    expect([at("boven-digoel-17995.xlsx").predikat.value, at("boven-digoel-17995.xlsx").predikatRounded.value]).toEqual(["Kurang", "Cukup"]);
  });

  it.each(CASES.map((c) => [c.file]))("spbe score reads the file LibreOffice saved (%s) to the same result", async (file) => {
    const [original, resaved] = await Promise.all([
      runBuiltCli(["score", path.join(dir, file), "--json"]),
      runBuiltCli(["score", path.join(out, file), "--json"]),
    ]);
    expect(resaved.exitCode).toBe(0);
    expect(resaved.stdout).toBe(original.stdout);
  });
});
