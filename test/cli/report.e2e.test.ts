/**
 * issue 14: `spbe report` (the BUILT CLI) writes the Laporan Pimpinan of a filled template: one sheet whose values are
 * the core's (as `spbe score --json` prints them), a chart LibreOffice opens, the plan's first steps with their PIC,
 * "simulasi" or "resmi", and with --pdf a one-page A4 PDF made by LibreOffice; without LibreOffice it says so and
 * still writes the .xlsx. Nothing is overwritten without --force.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { aspectIndex, bandOfIndex, getFramework, overallIndex, roundHalfUpToHundredths } from "../../src/core";
import { readTemplateWorkbook } from "../../src/xlsx/readTemplateWorkbook";
import { runBuiltCli, tempDir } from "./helpers";

const SOFFICE = "/usr/bin/soffice";
const dir = tempDir("spbe-cli-report-");
const TEMPLATE = path.join(dir, "kertas-kerja.xlsx");
const PICS = ["Diskominfo", "Bappeda", "BKPSDM", "Setda"];

/** Fills levels 1-4, targets one level higher, last year's levels and PICs, as an analyst would. */
async function fill(file: string, official = false): Promise<void> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const reading = readTemplateWorkbook(workbook);
  const set = (address: string, value: unknown) => {
    const [sheet, cell] = address.split("!");
    workbook.getWorksheet(sheet)!.getCell(cell).value = value as never;
  };
  reading.levels.forEach((c, i) => set(c.address, 1 + ((i * 7) % 4)));
  reading.targets.forEach((c, i) => set(c.address, Math.min(5, 2 + ((i * 7) % 4))));
  reading.lastYear!.forEach((c, i) => set(c.address, 1 + ((i * 5) % 3)));
  reading.pic.forEach((c, i) => set(c.address, PICS[i % 4]));
  if (official) reading.official.forEach((c, i) => set(c.address, 1 + ((i * 3) % 4)));
  await workbook.xlsx.writeFile(file);
}

/** Every cell value of the report sheet, row by row, as text (a merged area once, at its top-left cell). */
async function sheetText(file: string): Promise<{ names: string[]; rows: string[] }> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.worksheets[0];
  const rows: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let col = 1; col <= ws.columnCount; col++) {
      const cell = row.getCell(col);
      if (cell.isMerged && cell.master !== cell) continue;
      cells.push(cell.value === null || cell.value === undefined ? "" : String(cell.value));
    }
    rows.push(cells.join("|").replace(/\|+$/, ""));
  });
  return { names: workbook.worksheets.map((w) => w.name), rows };
}

beforeAll(async () => {
  const made = await runBuiltCli(["template", "--framework", "59/2020", "--out", TEMPLATE, "--instansi", "Pemerintah Kab. Contoh", "--year", "2025"]);
  if (made.exitCode !== 0) throw new Error(made.stderr);
  await fill(TEMPLATE);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("spbe report", () => {
  it("writes one sheet with the core's values, the plan's first steps with their PIC, labelled as a simulation", async () => {
    const out = path.join(dir, "laporan.xlsx");
    const run = await runBuiltCli(["report", TEMPLATE, "--out", out]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(`${out}\n`);
    const framework = getFramework("59/2020");
    const levels = framework.indicators.map((_, i) => 100 * (1 + ((i * 7) % 4)));
    const shown = (hundredths: number) => String(hundredths / 100);
    const { names, rows } = await sheetText(out);
    expect(names).toEqual(["Laporan Pimpinan"]);
    expect(rows[0]).toBe("Laporan Pimpinan - Indeks SPBE");
    expect(rows[1]).toBe("Pemerintah Kab. Contoh - 2025");
    expect(rows.some((r) => r.startsWith("SIMULASI:"))).toBe(true);
    // Each aspect's row: code, name, value rounded half-up by the core, then target, gap, predikat, last year.
    for (const aspect of framework.aspects) {
      const value = aspectIndex(framework, levels, aspect);
      const row = rows.find((r) => r.startsWith(`${aspect.id}|`))?.split("|");
      expect(row?.slice(0, 3)).toEqual([aspect.id, aspect.name, shown(roundHalfUpToHundredths(value))]);
      expect(row?.[5]).toBe(bandOfIndex(framework, value).predikat);
    }
    const index = roundHalfUpToHundredths(overallIndex(framework, levels));
    expect(rows.find((r) => r.startsWith("Indeks SPBE|"))?.split("|").slice(0, 2)).toEqual(["Indeks SPBE", shown(index)]);
    expect(rows.find((r) => r.startsWith("|Indeks SPBE|"))?.split("|")[2]).toBe(shown(index));
    const steps = rows.filter((r) => /^\d+\|/.test(r));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(PICS).toContain(step.split("|")[5]);
  });

  it("says RESMI when every official result is filled in, and reports those", async () => {
    const file = path.join(dir, "resmi.xlsx");
    writeFileSync(file, readFileSync(TEMPLATE));
    await fill(file, true);
    const out = path.join(dir, "laporan-resmi.xlsx");
    expect((await runBuiltCli(["report", file, "--out", out, "--lang", "en"])).exitCode).toBe(0);
    const { names, rows } = await sheetText(out);
    expect(names).toEqual(["Leader Report"]);
    expect(rows.some((r) => r.startsWith("OFFICIAL:"))).toBe(true);
  });

  it("never overwrites a report without --force", async () => {
    const out = path.join(dir, "kept.xlsx");
    writeFileSync(out, "mine");
    const run = await runBuiltCli(["report", TEMPLATE, "--out", out]);
    expect(run.exitCode).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("mine");
  });

  it("says plainly when LibreOffice is missing, and still writes the .xlsx", async () => {
    const out = path.join(dir, "tanpa-pdf.xlsx");
    const run = await runBuiltCli(["report", TEMPLATE, "--out", out, "--pdf"], dir, { SPBE_SOFFICE: path.join(dir, "no-soffice") });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain("PDF tidak dibuat: LibreOffice (soffice) tidak ditemukan");
    expect(existsSync(out)).toBe(true);
    expect(existsSync(path.join(dir, "tanpa-pdf.pdf"))).toBe(false);
  });

  it("makes a one-page A4 PDF with LibreOffice, and LibreOffice opens the report's chart", async () => {
    const out = path.join(dir, "dengan-pdf.xlsx");
    const run = await runBuiltCli(["report", TEMPLATE, "--out", out, "--pdf"], dir, { SPBE_SOFFICE: SOFFICE });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(`${out}\n${path.join(dir, "dengan-pdf.pdf")}\n`);
    const pdf = readFileSync(path.join(dir, "dengan-pdf.pdf")).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
    expect([Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);

    execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--calc", "--convert-to", "ods", "--outdir", path.join(dir, "ods"), out], { stdio: "pipe", timeout: 240_000 });
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "ods", "dengan-pdf.ods")));
    const chart = await zip.file("Object 1/content.xml")!.async("string");
    expect(chart).toContain("<text:p>Nilai per aspek</text:p>");
    // This year, the target and last year, each over the eight aspect rows.
    expect([...chart.matchAll(/chart:values-cell-range-address="([^"]+)"/g)]).toHaveLength(3);
  }, 240_000);
});
