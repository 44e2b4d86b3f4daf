/**
 * The stages through the built command and a real spreadsheet engine: a Pemdi template made by `spbe template`,
 * its Tahapan sheet's pasted block filled as an analyst pastes the portal's tables (codes, aspect headings, a
 * total row, an indicator pasted twice), then `spbe score --json` and LibreOffice Calc's recalculation of the same
 * file must give the same stage indices, changes and falls; the official series takes the pasted final result.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { getFramework, overallIndex, ratioToNumber } from "../../src/core";
import { cellRef } from "../../src/template";
import { STAGE_SHEET as S, overallRowOf } from "../../src/template/layout";
import { stageRows } from "../../src/template/stagesSheet";
import { loadTemplateWorkbook, readTemplateWorkbook } from "../../src/xlsx";
import { excelJsCellValue } from "../../src/xlsx/cellSource";
import { runBuiltCli, tempDir } from "./helpers";

const SOFFICE = "/usr/bin/soffice";
const dir = tempDir("spbe-cli-stages-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const framework = getFramework("8/2026");
const n = framework.indicators.length;
const mandiri = framework.indicators.map((ind) => (ind.no === 6 ? 2.5 : [2, 2.5, 1.5, 3][ind.no % 4]));
// The document review took I6 (code 3.2) down from 2,50 to 1,26 and I1 from 2,50 to 2,00; the rest held.
const dokumen = mandiri.map((v, i) => (i === 5 ? 1.26 : i === 0 ? 2 : v));
// The final result: I6 back to 1,50, everything else as in the document review.
const akhir = dokumen.map((v, i) => (i === 5 ? 1.5 : v));

/** The portal's code of an indicator: aspect.position. */
function codeOf(no: number): string {
  const a = framework.aspects.findIndex((x) => x.indicatorNos.includes(no));
  return `${a + 1}.${framework.aspects[a].indicatorNos.indexOf(no) + 1}`;
}

async function filledTemplate(): Promise<string> {
  const file = path.join(dir, "pemdi-stages.xlsx");
  expect((await runBuiltCli(["template", "--framework", "8/2026", "--out", file])).exitCode).toBe(0);
  const workbook = await loadTemplateWorkbook(file);
  const reading = readTemplateWorkbook(workbook);
  const put = (address: string, value: ExcelJS.CellValue) => {
    const [sheet, cell] = address.split("!");
    workbook.getWorksheet(sheet)!.getCell(cell).value = value;
  };
  reading.levels.forEach((cell, i) => put(cell.address, mandiri[i]));
  const { keys, results } = reading.stages!;
  let row = 0;
  // As the portal lists them: an aspect heading ("3") above its codes, which the codes make a heading.
  for (const [a, aspect] of framework.aspects.entries()) {
    put(keys[row].address, String(a + 1));
    put(results[row][0].address, 9); // a heading's own figure (out of range): must not count as an indicator
    row++;
    for (const no of aspect.indicatorNos) {
      put(keys[row].address, codeOf(no));
      put(results[row][0].address, dokumen[no - 1]);
      put(results[row][3].address, akhir[no - 1]);
      row++;
    }
  }
  put(keys[row].address, "TOTAL");
  put(results[row][0].address, 2.1);
  row++;
  // The interview, pasted for two indicators only, I2 twice with different values.
  put(keys[row].address, "I2");
  put(results[row][1].address, 2);
  row++;
  put(keys[row].address, "Indikator 2 : Kebijakan");
  put(results[row][1].address, 3);
  row++;
  put(keys[row].address, "I3");
  put(results[row][1].address, 1.5);
  // Last year's result was the Indeks SPBE 2025 (59/2020): history, apart from the Pemdi index.
  put(reading.history!.address, 2.63);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("spbe score and LibreOffice on a Pemdi template with pasted stage results", () => {
  let file: string;
  let json: { stages: { stages: { stage: string; index: number | null; predikat: string | null; blanks: number; invalid: number }[]; changes: { stage: string; indexPoints: number; fell: number; indicators: { indicator: number; change: number }[] }[]; unknownKeys: string[]; conflicts: { stage: string; indicator: number }[] } };
  beforeAll(async () => {
    file = await filledTemplate();
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result.exitCode).toBe(0);
    json = JSON.parse(result.stdout);
  }, 120_000);

  it("--json gives each stage's index, the falls at each stage and the cells it could not read", () => {
    const index = (levels: number[]) => ratioToNumber(overallIndex(framework, levels.map((v) => Math.round(v * 100))));
    const byStage = Object.fromEntries(json.stages.stages.map((s) => [s.stage, s]));
    expect(byStage.mandiri.index).toBe(index(mandiri));
    expect(byStage.dokumen.index).toBe(index(dokumen));
    expect(byStage.akhir.index).toBe(index(akhir));
    // The interview: 18 indicators not pasted, I2 in conflict.
    expect(byStage.interviu).toMatchObject({ index: null, blanks: n - 2, invalid: 1 });
    expect(byStage.visitasi).toMatchObject({ index: null, blanks: n });
    const dok = json.stages.changes.find((c) => c.stage === "dokumen")!;
    expect(dok.fell).toBe(2);
    const changed = dok.indicators.map((i) => [i.indicator, i.change]);
    expect(changed).toHaveLength(2);
    expect(changed).toEqual(expect.arrayContaining([[6, -1.24], [1, -0.5]]));
    expect(json.stages.unknownKeys).toHaveLength(1);
    expect(json.stages.unknownKeys[0]).toMatch(/'Tahapan'!B\d+/);
    expect(json.stages.conflicts).toEqual([{ stage: "interviu", indicator: 2, cells: expect.any(Array) }]);
  });

  it("--json keeps the 2025 Indeks SPBE apart, with its own predikat", () => {
    expect((json as unknown as { history: unknown }).history).toEqual({ framework: "59/2020", year: 2025, index: 2.63, predikat: "Baik" });
  });

  it("prints the stages for people, with the falls", async () => {
    const result = await runBuiltCli(["score", file]);
    expect(result.stdout).toContain("Tahapan:");
    expect(result.stdout).toMatch(/Dokumen: \d,\d\d \w+.*turun: I\d+ /);
    expect(result.stdout).toContain("kodenya tidak dikenal");
    expect(result.stdout).toContain("Riwayat: Indeks SPBE 2025 (PermenPANRB 59/2020) 2,63, Baik; kerangka lain, tidak dihitung ke dalam Indeks Pemdi.");
  });

  it("LibreOffice computes the same stage indices, falls and the official index from the pasted final result", async () => {
    const out = path.join(dir, "out");
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, file], { stdio: "pipe", timeout: 240_000 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, path.basename(file)));
    const ws = workbook.getWorksheet("Tahapan")!;
    const rows = stageRows(framework);
    const at = (r: number, c: number) => excelJsCellValue(ws.getCell(cellRef(r, c)));
    for (const s of json.stages.stages) {
      const value = at(rows.totals, S.col[s.stage as "mandiri"]);
      if (s.index === null) expect(typeof value === "string" || value === null).toBe(true);
      else {
        expect([s.stage, value]).toEqual([s.stage, s.index]);
        expect(at(rows.totals + 2, S.col[s.stage as "mandiri"])).toBe(s.predikat);
      }
    }
    expect(at(rows.totals + 4, S.col.dokumen)).toBe(2);
    expect(at(rows.totals + 3, S.col.dokumen)).toBeCloseTo(json.stages.changes[0].indexPoints, 12);
    // TOTAL is the one row not read; the aspect headings are skipped as headings.
    expect(String(at(S.statusRow, 1))).toMatch(/^1 /);
    expect(at(rows.firstPaste, S.col.weight)).toBe("judul aspek (dilewati)");
    const summary = workbook.getWorksheet("Ringkasan")!;
    expect(excelJsCellValue(summary.getCell(cellRef(overallRowOf("officialIndex"), 3)))).toBe(json.stages.stages.find((s) => s.stage === "akhir")!.index);
  }, 300_000);
});
