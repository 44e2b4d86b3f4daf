/**
 * `spbe score`, `plan` and `recap` on workbooks that are not our templates (issue 10, part 4): the BUILT command run on tables shaped as
 * analysts' own workbooks are, written here with ExcelJS (no one else's file is in the repository).
 */
import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { vectors } from "../fixtures/vectors";
import { runBuiltCli, tempDir } from "./helpers";

const dir = tempDir("spbe-own-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;
const pacitan = vectors.spbe_59_2020_published.find((c) => c.exact_index === 3.4985)!;

/** A monitoring table: a title with the year, a header, domain headings, indicator 18 last, a repeat, TOTAL. */
async function monitoringWorkbook(name: string, levels: readonly number[], options: { year?: number; second?: readonly number[]; keys?: (n: number) => unknown } = {}): Promise<string> {
  const wb = new Workbook();
  wb.addWorksheet("Petunjuk").getCell("A1").value = "Isi lembar Rekap";
  const ws = wb.addWorksheet("Rekap");
  ws.addRow([options.year ? `Monitoring Evaluasi SPBE Tahun ${options.year}` : "Monitoring Evaluasi SPBE"]);
  ws.addRow([]);
  ws.addRow(["No", "Indikator", "Bobot", "Tingkat Mandiri", ...(options.second ? ["Nilai Evaluasi"] : []), "OPD"]);
  const order = [...levels.keys()].filter((i) => i !== 17).concat([17]);
  order.forEach((i, row) => {
    if (i === 0) ws.addRow(["", "Domain 1 Kebijakan Internal SPBE"]);
    // Plain-number keys stand in the No column; written keys beside a row-numbering No column.
    const [no, key] = options.keys ? [options.keys(i + 1), "nama indikator"] : [row + 1, `Indikator ${i + 1} : nama indikator`];
    ws.addRow([no, key, 2.5, levels[i], ...(options.second ? [options.second[i]] : []), "Diskominfo"]);
    if (i === 4) ws.addRow([no, key, 2.5, levels[i], ...(options.second ? [options.second[i]] : []), "Bappeda"]);
  });
  ws.addRow(["", "TOTAL", 100, 4.75]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("spbe score on an analyst's own table", () => {
  it("finds the table, says what it found, and reproduces the published index", async () => {
    const file = await monitoringWorkbook("rekap.xlsx", kominfo.levels);
    const result = await runBuiltCli(["score", file]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Tabel sendiri (bukan template): lembar "Rekap", kunci indikator 'Rekap'!B1:B`);
    // Column A numbers the rows 1, 2, 3...: the written keys in B win over it.
    expect(result.stdout).toContain("tingkat 'Rekap'!D1:D");
    expect(result.stdout).toContain("kerangka dari kunci indikator");
    expect(result.stdout).toContain("Indeks SPBE: 4,75 (nilai tepat 4,745)");
    const json = JSON.parse((await runBuiltCli(["score", file, "--json"])).stdout);
    expect(json).toMatchObject({ framework: "59/2020", index: 4.745, rounded: 4.75, table: { sheet: "Rekap", frameworkFrom: "keys" } });
    expect(json.table.skippedRows).toBeGreaterThanOrEqual(4);
  });

  it("stops and lists the options when two columns could hold the levels, and takes --levels", async () => {
    const file = await monitoringWorkbook("dua-kolom.xlsx", pacitan.levels, { second: pacitan.levels.map((l) => Math.max(1, l - 1)) });
    const unclear = await runBuiltCli(["score", file, "--lang", "en"]);
    expect(unclear.exitCode).toBe(1);
    expect(unclear.stderr).toContain('more than one column could hold the levels: D ("Tingkat Mandiri"), E ("Nilai Evaluasi")');
    const chosen = await runBuiltCli(["score", file, "--levels", "D1:D60", "--json"]);
    expect(chosen.exitCode).toBe(0);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ index: 3.4985, rounded: 3.5, predikat: "Baik" });
  });

  it("asks for the framework when plain keys fit several and no year is in the title, and takes the year when it is", async () => {
    const pemdi = vectors.pemdi_8_2026_synthetic[0];
    const ask = await runBuiltCli(["score", await monitoringWorkbook("pemdi.xlsx", pemdi.levels, { keys: (n) => n })]);
    expect(ask.exitCode).toBe(1);
    expect(ask.stderr).toContain("cocok dengan kerangka 8/2026, 59/2020, 5/2018");
    expect(ask.stderr).toContain("--framework");
    const byYear = await runBuiltCli(["score", await monitoringWorkbook("pemdi-2026.xlsx", pemdi.levels, { keys: (n) => n, year: 2026 }), "--json"]);
    expect(byYear.exitCode).toBe(0);
    expect(JSON.parse(byYear.stdout)).toMatchObject({ framework: "8/2026", rounded: pemdi.expected_index, table: { frameworkFrom: "year" } });
    const byOption = await runBuiltCli(["score", await monitoringWorkbook("pemdi-opt.xlsx", pemdi.levels, { keys: (n) => `I${n}` }), "--framework", "8/2026", "--json"]);
    expect(JSON.parse(byOption.stdout)).toMatchObject({ framework: "8/2026", rounded: pemdi.expected_index, table: { frameworkFrom: "argument" } });
  });

  it("names both cells of a repeat that disagrees, and a workbook with no table at all", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Data");
    kominfo.levels.forEach((l, i) => ws.addRow([`IK-${i + 1}`, l]));
    ws.addRow(["IK-7", kominfo.levels[6] === 5 ? 4 : 5]);
    const file = path.join(dir, "konflik.xlsx");
    await wb.xlsx.writeFile(file);
    const conflict = await runBuiltCli(["score", file]);
    expect(conflict.exitCode).toBe(1);
    expect(conflict.stderr).toContain(`lembar "Data": Indikator 7 muncul lebih dari sekali dengan tingkat berbeda: ${kominfo.levels[6]} di sel 'Data'!B7 dan`);
    expect(conflict.stderr).toContain("'Data'!B48");

    const empty = new Workbook();
    empty.addWorksheet("Sheet1").getCell("A1").value = "catatan";
    const emptyFile = path.join(dir, "kosong.xlsx");
    await empty.xlsx.writeFile(emptyFile);
    const none = await runBuiltCli(["score", emptyFile]);
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toContain("tidak memuat template SPBE/Pemdi");
    expect(none.stderr).toContain("Tabel sendiri juga tidak ditemukan: tidak ada kolom kunci indikator yang dikenali");
  });

  it("asks which column holds the keys when a row-numbering column and shuffled plain indicator numbers disagree", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Rekap");
    ws.addRow(["No", "Nomor Indikator", "Tingkat"]);
    const order = [...kominfo.levels.keys()].filter((i) => i !== 17).concat([17]);
    order.forEach((i, row) => ws.addRow([row + 1, i + 1, kominfo.levels[i]]));
    const file = path.join(dir, "dua-kunci.xlsx");
    await wb.xlsx.writeFile(file);
    const unclear = await runBuiltCli(["score", file]);
    expect(unclear.exitCode).toBe(1);
    expect(unclear.stderr).toContain("kolom A, B sama-sama berisi nomor indikator");
    const chosen = await runBuiltCli(["score", file, "--indicators", "B1:B48", "--json"]);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ index: 4.745 });
  });

  it("refuses an --indicators range that is not one column, as a usage error", async () => {
    const file = await monitoringWorkbook("opsi.xlsx", kominfo.levels);
    const bad = await runBuiltCli(["score", file, "--indicators", "B1:C60"]);
    expect(bad.exitCode).toBe(2);
  });
});

describe("spbe plan and spbe recap on analysts' own tables", () => {
  it("plans from an own table, saying where the table was found", async () => {
    const file = await monitoringWorkbook("rencana.xlsx", pacitan.levels);
    const result = await runBuiltCli(["plan", file, "--target", "Sangat Baik", "--json"]);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ framework: "59/2020", status: "planned", current: { index: 3.4985 }, table: { sheet: "Rekap", frameworkFrom: "keys" } });
    expect(json.projected.index).toBeGreaterThanOrEqual(3.5);
    const text = await runBuiltCli(["plan", file, "--target", "3,6", "--lang", "en"]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain(`Own table (not a template): sheet "Rekap"`);
    // The detection's options work as in `spbe score`.
    const twoColumns = await monitoringWorkbook("rencana-dua.xlsx", pacitan.levels, { second: pacitan.levels.map((l) => Math.max(1, l - 1)) });
    expect((await runBuiltCli(["plan", twoColumns, "--target", "Sangat Baik"])).exitCode).toBe(1);
    const chosen = await runBuiltCli(["plan", twoColumns, "--target", "Sangat Baik", "--levels", "D1:D60", "--json"]);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ current: { index: 3.4985 } });
  });

  it("scores 5/2018's service rows as their exact mean, and says why the planner cannot take that mean", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(["No", "Tingkat"]);
    for (let i = 1; i <= 34; i++) ws.addRow([i, 3]);
    ws.addRow(["35", 3]).commit();
    ws.addRow(["35-2", 4]);
    ws.addRow(["35-3", 4]);
    const file = path.join(dir, "lama.xlsx");
    await wb.xlsx.writeFile(file);
    const scored = JSON.parse((await runBuiltCli(["score", file, "--json"])).stdout);
    expect(scored).toMatchObject({ framework: "5/2018", table: { frameworkFrom: "keys" } });
    const planned = await runBuiltCli(["plan", file, "--target", "3.5"]);
    expect(planned.exitCode).toBe(1);
    expect(planned.stderr).toContain("Indikator 35 bernilai rata-rata tepat 3,6667 dari beberapa baris layanan");
  });

  it("ranks a folder of units' own workbooks, and lists the one whose table cannot be read", async () => {
    const folder = path.join(dir, "unit");
    mkdirSync(folder);
    await monitoringWorkbook(path.join("unit", "a-kominfo.xlsx"), kominfo.levels);
    await monitoringWorkbook(path.join("unit", "b-pacitan.xlsx"), pacitan.levels);
    const twoColumns = await monitoringWorkbook(path.join("unit", "c-dua-kolom.xlsx"), pacitan.levels, { second: pacitan.levels.map((l) => Math.max(1, l - 1)) });
    const out = path.join(dir, "rekap-unit.xlsx");
    const result = await runBuiltCli(["recap", folder, "--out", out, "--json"]);
    expect(result.exitCode).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.rows.map((r: { file: string; index: number; rank: number }) => [path.basename(r.file), r.index, r.rank])).toEqual([
      ["a-kominfo.xlsx", 4.745, 1],
      ["b-pacitan.xlsx", 3.4985, 2],
    ]);
    expect(json.failed).toEqual([expect.objectContaining({ file: twoColumns, code: "OWN_TABLE_UNREADABLE" })]);
    expect(json.failed[0].message).toContain("lebih dari satu kolom dapat berisi tingkat");
    expect(json.failed[0].message).toContain("tidak diperingkat");
    // Every unit filled the same form: --levels applies to each file that is not a template.
    const all = await runBuiltCli(["recap", folder, "--out", out, "--force", "--levels", "D1:D60", "--json"]);
    expect(all.exitCode).toBe(0);
    expect(JSON.parse(all.stdout).rows).toHaveLength(3);
  });
});
