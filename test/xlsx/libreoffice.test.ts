/**
 * A generated .xlsx, filled with levels by ExcelJS and recalculated by LibreOffice Calc headless, gives the same
 * index, 2-decimal index, aspects, domains and both predikat as the core. The results are the cached formula
 * values LibreOffice saves, read back with ExcelJS through the template's names. All files go through one soffice
 * call (each start costs seconds); the profile directory is fresh for every run.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  bandOfIndex, getFramework, ratioToNumber, readLevels, roundHalfUpToHundredths, scoreBreakdown, overallIndex, type FrameworkId,
} from "../../src/core";
import { loadTemplateWorkbook, readTemplateLevels, readTemplates, readTemplateWorkbook, writeTemplateWorkbook } from "../../src/xlsx";
import { vectors } from "../fixtures/vectors";

const SOFFICE = "/usr/bin/soffice";

/**
 * Spreadsheets save a cached number with 15 significant digits (LibreOffice writes 2.62714285714286 for
 * 2.6271428571428572), so an exact value with endless decimals is compared at that precision; values with a
 * finite decimal form (4.745, 3.4985) come back bit for bit, and 2-decimal values and predikat are exact anyway.
 */
const saved = (x: number) => Number(x.toPrecision(15));

interface Case {
  readonly file: string;
  readonly framework: FrameworkId;
  readonly levels: readonly (number | null)[];
  readonly targets?: readonly number[];
}

const published = (index: number) => vectors.spbe_59_2020_published.find((p) => p.exact_index === index)!.levels;

/** Deterministic levels with zeros, whole and two-decimal values. */
function mixedLevels(count: number, seed: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const k = (i * 37 + seed * 11) % 23;
    return k < 3 ? 0 : k < 12 ? k % 6 : Math.min(5, (k * 17 % 501) / 100);
  });
}

const CASES: Case[] = [
  { file: "kominfo-4745.xlsx", framework: "59/2020", levels: published(4.745), targets: published(3.4985) },
  { file: "boven-digoel-17995.xlsx", framework: "59/2020", levels: published(1.7995) },
  { file: "pacitan-34985.xlsx", framework: "59/2020", levels: published(3.4985), targets: published(4.7425) },
  { file: "pemdi.xlsx", framework: "8/2026", levels: mixedLevels(20, 1) },
  { file: "spbe-2018.xlsx", framework: "5/2018", levels: mixedLevels(35, 2) },
  { file: "blank.xlsx", framework: "59/2020", levels: [...new Array(46).fill(3), null] },
];

function write(workbook: ExcelJS.Workbook, cells: readonly { address: string }[], values: readonly (number | null)[]): void {
  cells.forEach((cell, i) => {
    const [sheet, address] = cell.address.split("!");
    workbook.getWorksheet(sheet)!.getCell(address).value = values[i];
  });
}

describe("templates recalculated by LibreOffice Calc", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-lo-"));
  const out = path.join(dir, "out");
  const results = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of CASES) {
      const workbook = await writeTemplateWorkbook({ framework: c.framework, instansi: c.file, year: 2024 });
      const reading = readTemplateWorkbook(workbook);
      write(workbook, reading.levels, c.levels);
      if (c.targets) write(workbook, reading.targets, c.targets);
      const file = path.join(dir, c.file);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    // Two templates in one file: the second one's names are scoped to its evaluation sheet.
    const two = await writeTemplateWorkbook({ framework: "59/2020" });
    await writeTemplateWorkbook({ framework: "8/2026" }, two);
    const [first, second] = readTemplates(two);
    write(two, first.levels, published(4.745));
    write(two, second.levels, mixedLevels(20, 3));
    await two.xlsx.writeFile(path.join(dir, "two-templates.xlsx"));
    files.push(path.join(dir, "two-templates.xlsx"));
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, ...files],
      { stdio: "pipe", timeout: 240_000 },
    );
    for (const file of [...CASES.map((c) => c.file), "two-templates.xlsx"]) {
      results.set(file, await loadTemplateWorkbook(path.join(out, file)));
    }
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.filter((c) => !c.levels.includes(null)).map((c) => [c.file, c] as const))(
    "%s: index, 2 decimals, aspects, domains and both predikat equal the core",
    (file, c) => {
      const framework = getFramework(c.framework);
      const reading = readTemplateWorkbook(results.get(file)!);
      const levels = readTemplateLevels(reading, "levels", { complete: true }) as number[];
      expect(levels).toEqual(readLevels(c.levels, framework));
      const b = scoreBreakdown(framework, levels);
      expect(reading.computed.index.value).toBe(saved(ratioToNumber(b.index)));
      expect(reading.computed.rounded.value).toBe(roundHalfUpToHundredths(b.index) / 100);
      expect(reading.computed.predikat.value).toBe(bandOfIndex(framework, b.index, "exact").predikat);
      expect(reading.computed.predikatRounded.value).toBe(bandOfIndex(framework, b.index, "rounded").predikat);
      expect(reading.computed.aspects.map((a) => a.value)).toEqual(b.aspects.map((a) => saved(ratioToNumber(a.value))));
      expect(reading.computed.domains.map((d) => d.value)).toEqual(b.domains.map((d) => saved(ratioToNumber(d.value))));
      if (c.targets) {
        const targets = readLevels(c.targets, framework) as number[];
        expect(reading.computed.targetIndex.value).toBe(saved(ratioToNumber(overallIndex(framework, targets))));
      } else {
        // No target entered at all: the target index stays empty rather than "belum lengkap (n kosong)".
        expect(reading.computed.targetIndex.value).toBeNull();
      }
    },
  );

  it("keeps the published results at the .xx5 tie and at the band boundaries", () => {
    const at = (file: string) => readTemplateWorkbook(results.get(file)!).computed;
    expect(at("kominfo-4745.xlsx").rounded.value).toBe(4.75);
    expect(at("pacitan-34985.xlsx").predikat.value).toBe("Baik");
    expect(at("pacitan-34985.xlsx").predikatRounded.value).toBe("Sangat Baik");
    expect(at("boven-digoel-17995.xlsx").predikat.value).toBe("Kurang");
    expect(at("boven-digoel-17995.xlsx").predikatRounded.value).toBe("Cukup");
  });

  it("computes two templates of one workbook apart, each through its own (sheet-scoped) names", () => {
    const [first, second] = readTemplates(results.get("two-templates.xlsx")!);
    expect([first.sheet, second.sheet]).toEqual(["Kertas Kerja", "Kertas Kerja (2)"]);
    expect(first.computed.rounded.value).toBe(4.75);
    const pemdi = getFramework("8/2026");
    const index = overallIndex(pemdi, readLevels(mixedLevels(20, 3), pemdi) as number[]);
    expect(second.computed.index.value).toBe(saved(ratioToNumber(index)));
    expect(second.computed.predikat.value).toBe(bandOfIndex(pemdi, index, "exact").predikat);
  });

  it("shows a template with a blank level as incomplete, not as a number", () => {
    const computed = readTemplateWorkbook(results.get("blank.xlsx")!).computed;
    expect(computed.index.value).toBe("belum lengkap (1 kosong)");
    expect(computed.predikat.value).toBe("belum lengkap (1 kosong)");
    expect(computed.aspects[7].value).toBe("belum lengkap (1 kosong)");
    expect(computed.aspects[0].value).toBe(3);
  });
});
