/**
 * `spbe split`, `spbe merge` and `spbe recap`, end to end: the BUILT command (dist/cli/spbe.js; build it with
 * `npx webpack --mode production --env only=cli`) run as a process on real templates, returned unit files filled in
 * through their names, and the files a coordinator really receives: damaged, not a template, another framework.
 * Results are read back with ExcelJS through the defined names, and numbers compared with the core's.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import {
  bandOfIndex, ratioToNumber, roundHalfUpToHundredths, scoreBreakdown, SPBE_59_2020,
} from "../../src/core";
import { readTemplateFile } from "../../src/units";
import { readTemplateWorkbook } from "../../src/xlsx";
import { vectors } from "../fixtures/vectors";
import {
  columnValues, fillTemplate, makeTemplate, readFileWorkbook, saveWorkbook, sheetRows, writeDamagedFile, writePlainWorkbook, type Fill,
} from "../units/fixtures";
import JSZip from "jszip";
import { ROOT, runBuiltCli, tempDir } from "./helpers";

const PIC: Record<number, string> = { 1: "Bappeda", 2: "Bappeda", 3: "Bappeda", 4: "Inspektorat", 5: "Inspektorat", 6: "Bappeda; BKD", 7: "BKD" };
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function coordinatorFile(dir: string, name = "kertas-kerja.xlsx"): Promise<string> {
  return saveWorkbook(await makeTemplate("59/2020", { pic: PIC, levels: { 5: 1, 10: 2 }, justification: { 5: "lama" } }), path.join(dir, name));
}

/** Fills a unit file as the unit would (through its names) and saves it in place. */
async function fillFile(file: string, fill: Fill): Promise<void> {
  const workbook = await readFileWorkbook(file);
  fillTemplate(workbook, fill);
  await saveWorkbook(workbook, file);
}

describe("spbe split", () => {
  it("writes one template per unit, lists the indicators without PIC, and leaves the coordinator's file as it was", async () => {
    const dir = tempDir("spbe-split-");
    const template = await coordinatorFile(dir);
    const before = sha(template);
    const out = path.join(dir, "unit");
    const result = await runBuiltCli(["split", template, "--out", out, "--deadline", "2026-03-31", "--note", "Lengkapi data dukung.", "--json"]);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.units).toEqual([
      { unit: "Bappeda", file: path.join(out, "bappeda.xlsx"), indicators: [1, 2, 3, 6] },
      { unit: "Inspektorat", file: path.join(out, "inspektorat.xlsx"), indicators: [4, 5] },
      { unit: "BKD", file: path.join(out, "bkd.xlsx"), indicators: [6, 7] },
    ]);
    expect(json.unassigned).toEqual(Array.from({ length: 40 }, (_, i) => i + 8));
    expect(result.stderr).toBe(
      `Membaca ${template} ...\nUnit Bappeda: 4 indikator -> ${path.join(out, "bappeda.xlsx")}\n` +
        `Unit Inspektorat: 2 indikator -> ${path.join(out, "inspektorat.xlsx")}\nUnit BKD: 2 indikator -> ${path.join(out, "bkd.xlsx")}\n`,
    );
    expect(sha(template)).toBe(before);

    const inspektorat = await readTemplateFile(path.join(out, "inspektorat.xlsx"));
    expect(inspektorat.stamp).toEqual({ unit: "Inspektorat", deadline: new Date(Date.UTC(2026, 2, 31)), note: "Lengkapi data dukung." });
    const levels = columnValues(inspektorat.reading, "levels");
    expect([levels[4], levels[5], levels[10]]).toEqual([null, 1, null]);
    expect(columnValues(inspektorat.reading, "justification")[5]).toBe("lama");
  });

  it("prints a line per unit file for people", async () => {
    const dir = tempDir("spbe-split-");
    const template = await coordinatorFile(dir);
    const result = await runBuiltCli(["split", template, "--out", path.join(dir, "u"), "--lang", "en"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      `${path.join(dir, "u", "bappeda.xlsx")}\tBappeda\tindicators 1-3, 6`,
      `${path.join(dir, "u", "inspektorat.xlsx")}\tInspektorat\tindicators 4, 5`,
      `${path.join(dir, "u", "bkd.xlsx")}\tBKD\tindicators 6, 7`,
      "No PIC (in no unit's file): 40 indicators: 8-47",
      "",
    ]);
  });

  it.each([
    ["a deadline that is no date", ["--deadline", "2026-02-30"], 2, /Opsi --deadline bernilai "2026-02-30"\. Yang diizinkan: YYYY-MM-DD/],
    ["no --out", [], 2, /Opsi --out wajib diisi/],
  ])("refuses %s (exit 2) before reading anything", async (_name, extra, code, message) => {
    const dir = tempDir("spbe-split-");
    const template = await coordinatorFile(dir);
    const args = extra.length === 0 ? ["split", template] : ["split", template, "--out", path.join(dir, "u"), ...extra];
    const result = await runBuiltCli(args);
    expect(result.exitCode).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(existsSync(path.join(dir, "u"))).toBe(false);
  });

  it("does not overwrite unit files without --force (exit 2), and does with it", async () => {
    const dir = tempDir("spbe-split-");
    const template = await coordinatorFile(dir);
    const out = path.join(dir, "u");
    expect((await runBuiltCli(["split", template, "--out", out])).exitCode).toBe(0);
    const again = await runBuiltCli(["split", template, "--out", out]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain(`Berkas "${path.join(out, "bappeda.xlsx")}" sudah ada dan tidak ditimpa`);
    expect((await runBuiltCli(["split", template, "--out", out, "--force"])).exitCode).toBe(0);
  });

  it("says there is nothing to send when no indicator has a PIC (exit 1)", async () => {
    const dir = tempDir("spbe-split-");
    const template = await saveWorkbook(await makeTemplate("59/2020"), path.join(dir, "kosong.xlsx"));
    const result = await runBuiltCli(["split", template, "--out", path.join(dir, "u")]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`spbe: Berkas "${template}": kolom PIC / OPD (nama SPBE_PIC) kosong untuk semua indikator`);
  });

  it("names a coordinator's file that is not a template (exit 1)", async () => {
    const dir = tempDir("spbe-split-");
    const plain = await writePlainWorkbook(dir);
    const result = await runBuiltCli(["split", plain, "--out", path.join(dir, "u")]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`spbe: Berkas "${plain}" bukan kertas kerja SPBE/Pemdi`);
  });
});

/**
 * Adds what a Diskominfo workbook may hold beside the summary's chart: a sheet with a PivotTable over a small table
 * and a text box. Excelize draws them, in a process of its own (excelize-wasm loads once per test process).
 */
function addPivotAndShape(file: string): void {
  const script = `
    const load = require("node:module").createRequire(${JSON.stringify(path.join(ROOT, "package.json"))});
    const fs = require("node:fs");
    load("excelize-wasm").init(load.resolve("excelize-wasm/excelize.wasm.gz")).then((x) => {
      const f = x.OpenReader(fs.readFileSync(process.argv[1]));
      f.NewSheet("Rekap OPD");
      [["OPD", "Nilai"], ["Bappeda", 3], ["BKD", 4]].forEach((row, i) => f.SetSheetRow("Rekap OPD", "A" + (i + 1), row));
      const failed = [
        f.AddShape("Rekap OPD", { Cell: "E2", Type: "rect", Paragraph: [{ Text: "Catatan rapat", Font: {} }], Width: 160, Height: 60 }),
        f.AddPivotTable({ DataRange: "Rekap OPD!A1:B3", PivotTableRange: "Rekap OPD!H2:J8", Rows: [{ Data: "OPD" }], Data: [{ Data: "Nilai", Subtotal: "Sum" }] }),
      ].find((r) => r.error);
      if (failed) throw new Error(failed.error);
      const out = f.WriteToBuffer();
      if (out.error) throw new Error(out.error);
      fs.writeFileSync(process.argv[1], out.buffer);
    });`;
  execFileSync(process.execPath, ["-e", script, file], { stdio: "pipe", timeout: 60_000 });
}

describe("spbe merge", () => {
  let dir: string;
  let template: string;
  let unitDir: string;
  let templateSha: string;
  let damaged: string;
  let plain: string;
  let pemdi: string;
  beforeAll(async () => {
    dir = tempDir("spbe-merge-");
    template = await coordinatorFile(dir);
    unitDir = path.join(dir, "unit");
    expect((await runBuiltCli(["split", template, "--out", unitDir])).exitCode).toBe(0);
    await fillFile(path.join(unitDir, "bappeda.xlsx"), {
      levels: { 1: 3, 2: 4, 6: 2 },
      justification: { 1: "FAKTA: Perbup 1/2020. ANALISIS: tingkat 3." },
      evidence: { 1: "1.Perbup-1-2020.pdf" },
    });
    // Inspektorat also answers indicator 1, which is Bappeda's: a conflict, never merged.
    await fillFile(path.join(unitDir, "inspektorat.xlsx"), { levels: { 4: 2, 5: 2, 1: 5 }, notes: { 4: "audit 2025" } });
    // BKD disagrees with Bappeda on the shared indicator 6 and leaves 7 blank.
    await fillFile(path.join(unitDir, "bkd.xlsx"), { levels: { 6: 3 } });
    damaged = writeDamagedFile(unitDir, "dinas-x.xlsx");
    plain = await writePlainWorkbook(unitDir, "daftar-hadir.xlsx");
    pemdi = await saveWorkbook(await makeTemplate("8/2026", { levels: { 1: 3 } }), path.join(unitDir, "pemdi.xlsx"));
    templateSha = sha(template);
  });

  it("merges the good files, names each bad file and its problem on stderr, writes the output, then exits 1", async () => {
    const out = path.join(dir, "gabung.xlsx");
    const result = await runBuiltCli(["merge", template, path.join(unitDir, "bappeda.xlsx"), path.join(unitDir, "inspektorat.xlsx"), path.join(unitDir, "bkd.xlsx"), damaged, plain, pemdi, "--out", out, "--json"]);
    expect(result.exitCode).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Berkas "${damaged}" bukan buku kerja Excel \\(\\.xlsx\\)\\. Simpan buku kerjanya sebagai \\.xlsx, lalu coba lagi\\. Berkas ini dilewati\\.$`)));
    expect(lines).toContain(`Berkas "${plain}" bukan kertas kerja SPBE/Pemdi (nama SPBE_FRAMEWORK dan SPBE_LEVELS tidak ada); berkas ini dilewati.`);
    expect(lines).toContain(`Berkas "${pemdi}" memakai kerangka 8/2026, bukan 59/2020; berkas ini dilewati.`);
    expect(lines).toContain(`spbe: 3 dari 6 berkas tidak dapat dipakai (lihat pesan di atas); hasil dari berkas lainnya tetap ditulis ke "${out}".`);
    expect(sha(template)).toBe(templateSha);

    const json = JSON.parse(result.stdout);
    expect(json.failed.map((f: { file: string; code: string }) => [f.file, f.code])).toEqual([
      [damaged, "FILE_DAMAGED"], [plain, "NOT_A_TEMPLATE"], [pemdi, "FRAMEWORK_DIFFERS"],
    ]);
    expect(json.changes.map((c: { indicator: number; field: string; old: unknown; new: unknown }) => [c.indicator, c.field, c.old, c.new])).toEqual([
      [1, "justification", null, "FAKTA: Perbup 1/2020. ANALISIS: tingkat 3."],
      [1, "evidence", null, "1.Perbup-1-2020.pdf"],
      [2, "level", null, 4],
      [4, "level", null, 2],
      [4, "notes", null, "audit 2025"],
      [5, "level", 1, 2],
    ]);
    expect(json.conflicts.map((c: { indicator: number; reason: string; answers: { unit: string; value: number }[] }) => [c.indicator, c.reason, c.answers.map((a) => [a.unit, a.value])])).toEqual([
      [1, "not-assigned", [["Bappeda", 3], ["Inspektorat", 5]]],
      [6, "units-differ", [["Bappeda", 2], ["BKD", 3]]],
    ]);
    expect(json.completeness.map((c: { unit: string; missing: number[] }) => [c.unit, c.missing])).toEqual([["Bappeda", [3]], ["Inspektorat", []], ["BKD", [7]]]);

    // The merged file, read back through its names.
    const merged = await readFileWorkbook(out);
    const reading = readTemplateWorkbook(merged);
    const levels = columnValues(reading, "levels");
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((no) => levels[no])).toEqual([null, 4, null, 2, 2, null, null, 2]);
    expect(columnValues(reading, "evidence")[1]).toBe("1.Perbup-1-2020.pdf");
    expect(columnValues(reading, "justification")[5]).toBe("lama");
    const log = sheetRows(merged.getWorksheet("Log Penggabungan")!);
    expect(log.map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      [1, "Penjelasan", null, "FAKTA: Perbup 1/2020. ANALISIS: tingkat 3.", path.join(unitDir, "bappeda.xlsx")],
      [1, "Data dukung", null, "1.Perbup-1-2020.pdf", path.join(unitDir, "bappeda.xlsx")],
      [2, "Tingkat", null, 4, path.join(unitDir, "bappeda.xlsx")],
      [4, "Tingkat", null, 2, path.join(unitDir, "inspektorat.xlsx")],
      [4, "Catatan", null, "audit 2025", path.join(unitDir, "inspektorat.xlsx")],
      [5, "Tingkat", 1, 2, path.join(unitDir, "inspektorat.xlsx")],
    ]);
    expect(log[5][2]).toBe(reading.levels[4].address);
    expect(sheetRows(merged.getWorksheet("Konflik")!).map((r) => r.slice(0, 6))).toEqual([
      [1, "Tingkat", null, "dijawab oleh unit yang tidak ditugaskan, berbeda dari koordinator", `3  [Bappeda; ${path.join(unitDir, "bappeda.xlsx")}]`, `5  [Inspektorat; ${path.join(unitDir, "inspektorat.xlsx")}]`],
      [6, "Tingkat", null, "unit yang ditugaskan menjawab berbeda", `2  [Bappeda; ${path.join(unitDir, "bappeda.xlsx")}]`, `3  [BKD; ${path.join(unitDir, "bkd.xlsx")}]`],
    ]);
    expect(merged.getWorksheet("Rekap Unit")).toBeDefined();
  });

  it("merges a folder of unit files; with only good files it exits 0 and prints a summary", async () => {
    const good = path.join(dir, "baik");
    expect((await runBuiltCli(["split", template, "--out", good])).exitCode).toBe(0);
    await fillFile(path.join(good, "bkd.xlsx"), { levels: { 7: 4 } });
    const out = path.join(dir, "gabung-folder.xlsx");
    const result = await runBuiltCli(["merge", template, good, "--out", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`${out}: 3 dari 3 berkas unit digabungkan, 1 nilai diubah (lembar "Log Penggabungan"), 0 konflik (lembar "Konflik").`);
    expect(result.stdout).toContain("  BKD (");
    expect(columnValues(readTemplateWorkbook(await readFileWorkbook(out)), "levels")[7]).toBe(4);
  });

  it("says which charts, PivotTables and shapes of the coordinator's file the merged copy lacks, and it truly lacks them", async () => {
    const coordinator = path.join(dir, "koordinator-objek.xlsx");
    expect((await runBuiltCli(["template", "--framework", "59/2020", "--out", coordinator])).exitCode).toBe(0);
    addPivotAndShape(coordinator);
    const before = sha(coordinator);
    const parts = async (file: string) => Object.keys((await JSZip.loadAsync(readFileSync(file))).files).filter((p) => /^xl\/(charts|pivotTables|drawings)\/[^/]+\.xml$/.test(p)).sort();
    expect(await parts(coordinator)).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml", "xl/pivotTables/pivotTable1.xml"]);

    const out = path.join(dir, "gabung-objek.xlsx");
    const result = await runBuiltCli(["merge", coordinator, path.join(unitDir, "bkd.xlsx"), "--out", out, "--json"]);
    expect(result.exitCode).toBe(0);
    const warning = JSON.parse(result.stdout).warnings.find((w: { code: string }) => w.code === "OBJECTS_NOT_REWRITTEN");
    expect(warning).toEqual({
      file: coordinator,
      code: "OBJECTS_NOT_REWRITTEN",
      message:
        `Kertas kerja koordinator "${coordinator}" memuat 1 grafik, 1 PivotTable dan 1 bentuk atau kotak teks, yang tidak dapat ditulis ulang: ` +
        'berkas gabungan tidak memuatnya, dan berkas aslinya tidak diubah. Salin dari berkas asli di Excel bila perlu; grafik aspek juga ada di Laporan Pimpinan dari "spbe report".',
      objects: [{ kind: "chart", count: 1 }, { kind: "pivotTable", count: 1 }, { kind: "shape", count: 1 }],
    });
    expect(result.stderr).toContain(warning.message);
    // The warning is true of the file written (were a newer ExcelJS to keep them, this says the list is out of date),
    // the merge itself went through, and the coordinator's file is as it was.
    expect(await parts(out)).toEqual([]);
    // (BKD's answer is a conflict here: this template assigns no indicator to any unit.)
    expect(JSON.parse(result.stdout).conflicts.map((c: { indicator: number }) => c.indicator)).toEqual([6]);
    expect((await readFileWorkbook(out)).getWorksheet("Konflik")).toBeDefined();
    expect(sha(coordinator)).toBe(before);

    const english = await runBuiltCli(["merge", coordinator, path.join(unitDir, "bkd.xlsx"), "--out", path.join(dir, "merged-objects.xlsx"), "--lang", "en", "--json"]);
    expect(JSON.parse(english.stdout).warnings.find((w: { code: string }) => w.code === "OBJECTS_NOT_REWRITTEN").message).toBe(
      `The coordinator's template "${coordinator}" holds 1 chart, 1 PivotTable and 1 shape or text box, which cannot be written back: ` +
        'the merged file lacks them, and the original file is unchanged. Copy them from the original in Excel if needed; the aspect chart is also in the leader report that "spbe report" writes.',
    );
  });

  it("keeps a link, rich text and a literal =HYPERLINK as the unit wrote them, and names each other formula merged as text", async () => {
    const own = path.join(dir, "tautan");
    const coordinator = await saveWorkbook(
      await makeTemplate("59/2020", { pic: PIC, evidence: { 2: { text: "SK lama", hyperlink: "https://jdih.example.go.id/sk-lama.pdf" } } }),
      path.join(dir, "kertas-kerja-tautan.xlsx"),
    );
    expect((await runBuiltCli(["split", coordinator, "--out", own])).exitCode).toBe(0);
    const link = { text: "Perbup 1/2020", hyperlink: "https://jdih.example.go.id/perbup-1-2020.pdf" };
    const rich = { richText: [{ text: "FAKTA: ", font: { bold: true } }, { text: "Perbup 1/2020 berlaku." }] };
    const hyperlinkFormula = 'HYPERLINK("https://jdih.example.go.id/sk-2.pdf","SK 2")';
    await fillFile(path.join(own, "bappeda.xlsx"), {
      evidence: { 1: link, 2: { formula: hyperlinkFormula, result: "SK 2" }, 3: { formula: 'A1&" (lampiran)"', result: "Bukti (lampiran)" } },
      justification: { 1: rich },
    });
    const out = path.join(dir, "gabung-tautan.xlsx");
    const result = await runBuiltCli(["merge", coordinator, path.join(own, "bappeda.xlsx"), "--out", out, "--json"]);
    expect(result.exitCode).toBe(0);
    const bappeda = path.join(own, "bappeda.xlsx");
    const json = JSON.parse(result.stdout);
    expect(json.warnings.map((w: { file: string; code: string }) => [w.file, w.code])).toEqual([[bappeda, "FORMULA_AS_TEXT"]]);
    const unitCell = (await readTemplateFile(bappeda)).reading.evidence[2].address;
    expect(result.stderr).toContain(
      `Berkas "${bappeda}", sel ${unitCell}: jawabannya rumus (=A1&" (lampiran)") yang merujuk ke berkas unit itu; hasilnya "Bukti (lampiran)" digabungkan sebagai teks, rumus dan tautannya tidak ikut.`,
    );

    const merged = await readFileWorkbook(out);
    const reading = readTemplateWorkbook(merged);
    const raw = (cell: { address: string }) => {
      const bang = cell.address.lastIndexOf("!");
      return merged.getWorksheet(cell.address.slice(0, bang))!.getCell(cell.address.slice(bang + 1)).value;
    };
    expect(raw(reading.evidence[0])).toEqual(link);
    expect(raw(reading.justification[0])).toEqual(rich);
    expect(raw(reading.evidence[1])).toEqual({ formula: hyperlinkFormula, result: "SK 2" });
    expect(raw(reading.evidence[2])).toBe("Bukti (lampiran)");
    // The log keeps the coordinator's old link and the unit's new one.
    const log = merged.getWorksheet("Log Penggabungan")!;
    const logRows = sheetRows(log);
    const evidenceRow = (no: number) => 3 + logRows.findIndex((r) => r[0] === no && r[1] === "Data dukung");
    expect(log.getCell(evidenceRow(1), 5).value).toEqual(link);
    expect(log.getCell(evidenceRow(2), 4).value).toEqual({ text: "SK lama", hyperlink: "https://jdih.example.go.id/sk-lama.pdf" });
    expect(log.getCell(evidenceRow(2), 5).value).toEqual({ formula: hyperlinkFormula, result: "SK 2" });
  });

  it.each([
    ["--out naming the template itself", (t: string) => ["merge", t, "x.xlsx", "--out", t], /juga disebutkan sebagai masukan/],
    ["no unit file", (t: string) => ["merge", t, "--out", "y.xlsx"], /Sebutkan UNIT\.xlsx/],
    ["a unit file that does not exist", (t: string) => ["merge", t, "tidak-ada.xlsx", "--out", "y.xlsx"], /Berkas "tidak-ada\.xlsx" tidak ditemukan/],
  ])("refuses %s (exit 2)", async (_name, args, message) => {
    const result = await runBuiltCli(args(template));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(sha(template)).toBe(templateSha);
  });
});

describe("spbe recap", () => {
  const published = vectors.spbe_59_2020_published.slice(0, 8);
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = tempDir("spbe-recap-");
    files = [];
    for (const [k, c] of published.entries()) {
      const levels = Object.fromEntries(c.levels.map((l, i) => [i + 1, l]));
      files.push(await saveWorkbook(await makeTemplate("59/2020", { levels }, { instansi: c.instansi, year: c.year }), path.join(dir, `wilayah-${k}.xlsx`)));
    }
  });

  it("ranks by the exact index, best first, with the core's index, rounding, predikat and aspect indices", async () => {
    const out = path.join(tempDir("spbe-recap-out-"), "rekap.xlsx");
    const result = await runBuiltCli(["recap", ...files, "--out", out, "--json"]);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    const expected = published
      .map((c, k) => {
        const b = scoreBreakdown(SPBE_59_2020, c.levels.map((l) => Math.round(l * 100)));
        return {
          file: files[k],
          index: ratioToNumber(b.index),
          rounded: roundHalfUpToHundredths(b.index) / 100,
          predikat: bandOfIndex(SPBE_59_2020, b.index, "exact").predikat,
          aspects: b.aspects.map((a) => ({ id: a.aspect.id, name: a.aspect.name, index: ratioToNumber(a.value) })),
          exact: c.exact_index,
        };
      })
      .sort((a, b) => b.index - a.index || a.file.localeCompare(b.file));
    expect(json.rows.map((r: { file: string }) => r.file)).toEqual(expected.map((e) => e.file));
    json.rows.forEach((row: Record<string, unknown>, i: number) => {
      const e = expected[i];
      expect(row).toMatchObject({ file: e.file, index: e.index, rounded: e.rounded, predikat: e.predikat, aspects: e.aspects });
      expect(row.index).toBe(e.exact);
    });
    expect(json.failed).toEqual([]);
    const sheet = sheetRows((await readFileWorkbook(out)).getWorksheet("Rekap")!);
    expect(sheet.map((r) => [r[1], r[4]])).toEqual(expected.map((e) => [e.file, e.index]));
  });

  it("reports unreadable files on stderr and under `failed`, still ranks the rest and writes the output, then exits 1", async () => {
    const bad = tempDir("spbe-recap-bad-");
    const damaged = writeDamagedFile(bad);
    const plain = await writePlainWorkbook(bad);
    const blanks = await saveWorkbook(await makeTemplate("59/2020", { levels: { 1: 3 } }), path.join(bad, "belum-lengkap.xlsx"));
    const pemdi = await saveWorkbook(
      await makeTemplate("8/2026", { levels: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 3])) }),
      path.join(bad, "pemdi.xlsx"),
    );
    const out = path.join(bad, "rekap.xlsx");
    const result = await runBuiltCli(["recap", files[0], damaged, files[1], plain, blanks, pemdi, "--out", out, "--json", "--lang", "en"]);
    expect(result.exitCode).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.rows.map((r: { file: string }) => r.file).sort()).toEqual([files[0], files[1]].sort());
    expect(json.failed.map((f: { file: string; code: string }) => [f.file, f.code])).toEqual([
      [damaged, "FILE_DAMAGED"], [plain, "NOT_A_TEMPLATE"], [blanks, "LEVELS_BLANK"], [pemdi, "FRAMEWORK_DIFFERS"],
    ]);
    expect(result.stderr).toContain(`File "${blanks}": 46 indicators are not filled in (2-47); its index cannot be computed and it is not ranked.`);
    expect(result.stderr).toContain(`File "${pemdi}" uses framework 8/2026, not 59/2020; it was skipped.`);
    // Not a template, and no table of its own either: the message says what was looked for.
    expect(json.failed[1].message).toMatch(/No table of your own was found either.*It was skipped\.$/s);
    expect(result.stderr).toMatch(new RegExp(`File "${damaged}" is not an Excel workbook \\(\\.xlsx\\)\\. Save the workbook as \\.xlsx and try again\\. It was skipped\\.`));
    expect(result.stderr.trim().split("\n").pop()).toBe(`spbe: 4 of 6 files could not be used (see the messages above); the result of the others was still written to "${out}".`);
    const failedSheet = sheetRows((await readFileWorkbook(out)).getWorksheet("Failed Files")!);
    expect(failedSheet.map((r) => r[0])).toEqual([damaged, plain, blanks, pemdi]);
  });

  it("prints the ranking for people", async () => {
    const out = path.join(tempDir("spbe-recap-out-"), "rekap-teks.xlsx");
    const result = await runBuiltCli(["recap", dir, "--out", out]);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Peringkat\s+Indeks\s+Predikat\s+Berkas$/);
    expect(lines).toHaveLength(1 + files.length);
    expect(lines[1]).toMatch(/^\s*1\s+\d,\d\d\s+\S/);
  });
});
