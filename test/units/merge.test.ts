/**
 * Fan-in: returned unit workbooks merged into the coordinator's template. Conflicts are shown and never resolved,
 * every change is logged, and bad files are reported by name while the others are merged.
 */
import * as path from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { overallIndex, SPBE_59_2020 } from "../../src/core";
import {
  mergeUnitAnswers, planSplit, readTemplateFile, readTemplateFromWorkbook, UnitFileProblem, writeMergedWorkbook, writeUnitWorkbook,
  type TemplateFile,
} from "../../src/units";
import { readTemplateWorkbook } from "../../src/xlsx";
import {
  columnValues, fillTemplate, makeTemplate, reloaded, sheetRows, writeDamagedFile, writePlainWorkbook, type Fill,
} from "./fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "spbe-units-"));

/** PIC of the coordinator's template: indicator 6 is shared by Bappeda and BKD. */
const PIC: Record<number, string> = { 1: "Bappeda", 2: "Bappeda", 3: "Bappeda", 4: "Inspektorat", 5: "Inspektorat", 6: "Bappeda; BKD", 7: "BKD" };

async function coordinatorTemplate(): Promise<ExcelJS.Workbook> {
  return reloaded(await makeTemplate("59/2020", { pic: PIC, levels: { 5: 1, 10: 2 }, justification: { 5: "lama" } }));
}

/** The unit's file as `spbe split` makes it, then filled in by the unit and returned. */
async function returnedUnitFile(coordinator: ExcelJS.Workbook, unit: string, fill: Fill): Promise<TemplateFile> {
  const source = readTemplateWorkbook(coordinator);
  const planned = planSplit(source).units.find((u) => u.assignment.unit === unit)!;
  const workbook = await writeUnitWorkbook(source, planned.assignment, { deadline: "2026-03-31" });
  fillTemplate(workbook, fill);
  return readTemplateFromWorkbook(planned.fileName, await reloaded(workbook));
}

describe("merging three units into the coordinator's template", () => {
  let coordinator: ExcelJS.Workbook;
  let units: TemplateFile[];
  beforeAll(async () => {
    coordinator = await coordinatorTemplate();
    units = [
      await returnedUnitFile(coordinator, "Bappeda", {
        levels: { 1: 3, 2: 4, 6: 2 },
        justification: { 1: "FAKTA: Perbup 1/2020.\r\nANALISIS: tingkat 3.  " },
        evidence: { 1: "1.Perbup-1-2020.pdf" },
      }),
      // Inspektorat answers its own 4 and 5 (5 replaces the coordinator's 1) and also indicator 1, not its own.
      await returnedUnitFile(coordinator, "Inspektorat", { levels: { 4: 2, 5: 2, 1: 5 }, notes: { 4: "audit 2025" } }),
      // BKD disagrees with Bappeda on the shared indicator 6, and leaves 7 blank; it echoes indicator 10 unchanged.
      await returnedUnitFile(coordinator, "BKD", { levels: { 6: 3, 10: 2 } }),
    ];
  });

  it("merges an answer given by the one assigned unit, and logs it with the old value", () => {
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), units);
    expect(result.changes.map((c) => [c.indicator, c.field, c.oldValue, c.newValue, c.files])).toEqual([
      [1, "justification", null, "FAKTA: Perbup 1/2020.\nANALISIS: tingkat 3.", ["bappeda.xlsx"]],
      [1, "evidence", null, "1.Perbup-1-2020.pdf", ["bappeda.xlsx"]],
      [2, "level", null, 4, ["bappeda.xlsx"]],
      [4, "level", null, 2, ["inspektorat.xlsx"]],
      [4, "notes", null, "audit 2025", ["inspektorat.xlsx"]],
      [5, "level", 1, 2, ["inspektorat.xlsx"]],
    ]);
  });

  it("shows conflicts side by side and keeps the coordinator's value: units differing, and a unit answering another's indicator", () => {
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), units);
    expect(result.conflicts.map((c) => [c.indicator, c.field, c.reason, c.coordinatorValue, c.answers.map((a) => [a.unit, a.value, a.assigned])])).toEqual([
      [1, "level", "not-assigned", null, [["Bappeda", 3, true], ["Inspektorat", 5, false]]],
      [6, "level", "units-differ", null, [["Bappeda", 2, true], ["BKD", 3, true]]],
    ]);
  });

  it("reports completeness per unit: what each unit left blank", () => {
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), units);
    expect(result.completeness).toEqual([
      { unit: "Bappeda", files: ["bappeda.xlsx"], indicators: [1, 2, 3, 6], answered: [1, 2, 6], missing: [3] },
      { unit: "Inspektorat", files: ["inspektorat.xlsx"], indicators: [4, 5], answered: [4, 5], missing: [] },
      { unit: "BKD", files: ["bkd.xlsx"], indicators: [6, 7], answered: [6], missing: [7] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("writes the merged values, a log sheet, a conflict sheet and a recap sheet, leaving existing sheets alone", async () => {
    const workbook = await coordinatorTemplate();
    const before = workbook.worksheets.map((w) => w.name);
    const result = mergeUnitAnswers(readTemplateWorkbook(workbook), units);
    const sheets = writeMergedWorkbook(workbook, result, "id");
    const merged = await reloaded(workbook);
    expect(merged.worksheets.map((w) => w.name)).toEqual([...before, "Log Penggabungan", "Konflik", "Rekap Unit"]);
    expect(sheets).toEqual({ log: "Log Penggabungan", conflicts: "Konflik", recap: "Rekap Unit" });

    const reading = readTemplateWorkbook(merged);
    const levels = columnValues(reading, "levels");
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((no) => levels[no])).toEqual([null, 4, null, 2, 2, null, null, 2]);
    expect(columnValues(reading, "justification")[5]).toBe("lama");
    expect(columnValues(reading, "notes")[4]).toBe("audit 2025");

    const log = sheetRows(merged.getWorksheet("Log Penggabungan")!);
    expect(log).toHaveLength(6);
    expect(log[5]).toEqual([5, "Tingkat", reading.levels[4].address, 1, 2, "inspektorat.xlsx", "Inspektorat"]);

    const conflicts = sheetRows(merged.getWorksheet("Konflik")!);
    expect(conflicts[1]).toEqual([6, "Tingkat", null, "unit yang ditugaskan menjawab berbeda", "2  [Bappeda; bappeda.xlsx]", "3  [BKD; bkd.xlsx]"]);

    const recap = sheetRows(merged.getWorksheet("Rekap Unit")!);
    // Inspektorat: indicators 4 and 5 at level 2 -> (2 x 1,30 + 2 x 1,30) / 100 = 0,052 index points, through the core.
    const inspektorat = recap.find((r) => r[0] === "Inspektorat")!;
    const masked = Array.from({ length: 47 }, (_, i) => (i === 3 || i === 4 ? 200 : 0));
    const exact = overallIndex(SPBE_59_2020, masked);
    expect(inspektorat).toEqual(["Inspektorat", "inspektorat.xlsx", "4, 5", 2, 2, null, "4:2; 5:2", exact.num / exact.den, 0.05]);
    expect(exact.num / exact.den).toBe(0.052);
  });

  it("adds a second log under a new name when the merged file is merged again", async () => {
    const workbook = await coordinatorTemplate();
    writeMergedWorkbook(workbook, mergeUnitAnswers(readTemplateWorkbook(workbook), units));
    const again = await reloaded(workbook);
    writeMergedWorkbook(again, mergeUnitAnswers(readTemplateWorkbook(again), units));
    expect(again.worksheets.map((w) => w.name).slice(-3)).toEqual(["Log Penggabungan (2)", "Konflik (2)", "Rekap Unit (2)"]);
  });

  it("labels the sheets in English when asked", async () => {
    const workbook = await coordinatorTemplate();
    expect(writeMergedWorkbook(workbook, mergeUnitAnswers(readTemplateWorkbook(workbook), units), "en")).toEqual({
      log: "Merge Log", conflicts: "Conflicts", recap: "Unit Recap",
    });
  });
});

describe("answers that are not merged", () => {
  it("compares levels as the core reads them: 3 and 3.00 agree, and an echo of the coordinator's value changes nothing", async () => {
    const coordinator = await coordinatorTemplate();
    const a = await returnedUnitFile(coordinator, "Bappeda", { levels: { 6: 3 } });
    const b = await returnedUnitFile(coordinator, "BKD", { levels: { 6: 3.0, 10: 2 } });
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), [a, b]);
    expect(result.conflicts).toEqual([]);
    expect(result.changes.map((c) => [c.indicator, c.newValue, c.files])).toEqual([[6, 3, ["bappeda.xlsx", "bkd.xlsx"]]]);
  });

  it("reports a level the core refuses, naming the file, the indicator and the cell, and merges nothing for it", async () => {
    const coordinator = await coordinatorTemplate();
    const a = await returnedUnitFile(coordinator, "Bappeda", { levels: { 1: 7, 2: "tiga", 3: 2 } });
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), [a]);
    expect(result.changes.map((c) => c.indicator)).toEqual([3]);
    const messages = result.problems.map((p) => p.messageIn("id"));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Berkas "bappeda\.xlsx": Indikator 1 \(sel Kertas Kerja!F9\) bernilai 7, di luar rentang\..*Jawaban ini tidak digabungkan\.$/);
    expect(messages[1]).toContain("Indikator 2");
    expect(result.problems.every((p) => !p.skipped)).toBe(true);
  });

  it("treats a template without SPBE_UNIT as a unit assigned nothing: differing answers are conflicts", async () => {
    const coordinator = await coordinatorTemplate();
    const plain = readTemplateFromWorkbook("lama.xlsx", await reloaded(await makeTemplate("59/2020", { levels: { 1: 2, 5: 1 } })));
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), [plain]);
    expect(result.changes).toEqual([]);
    expect(result.conflicts.map((c) => [c.indicator, c.reason])).toEqual([[1, "not-assigned"]]);
    expect(result.problems.map((p) => p.code)).toEqual(["UNIT_NOT_STAMPED"]);
  });

  it("skips a template of another framework, naming both frameworks", async () => {
    const coordinator = await coordinatorTemplate();
    const pemdi = readTemplateFromWorkbook("pemdi.xlsx", await reloaded(await makeTemplate("8/2026", { levels: { 1: 3 } })));
    const result = mergeUnitAnswers(readTemplateWorkbook(coordinator), [pemdi]);
    expect(result.merged).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: "FRAMEWORK_DIFFERS", skipped: true, file: "pemdi.xlsx" });
    expect(result.problems[0].messageIn("en")).toBe('File "pemdi.xlsx" uses framework 8/2026, not 59/2020; it was skipped.');
  });
});

describe("reading returned files", () => {
  it.each([
    ["a damaged file (random bytes named .xlsx)", () => writeDamagedFile(dir), "FILE_DAMAGED", /^Berkas ".*rusak\.xlsx" bukan buku kerja Excel \(\.xlsx\)\. Simpan buku kerjanya sebagai \.xlsx, lalu coba lagi\. Berkas ini dilewati\.$/],
    ["a workbook that is not a template", () => writePlainWorkbook(dir), "NOT_A_TEMPLATE", /^Berkas ".*bukan-template\.xlsx" bukan kertas kerja SPBE\/Pemdi/],
  ])("names %s and its problem", async (_name, make, code, message) => {
    const file = await make();
    const error = await readTemplateFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnitFileProblem);
    expect(error).toMatchObject({ code, file, skipped: true });
    expect((error as UnitFileProblem).messageIn("id")).toMatch(message);
  });

  it("names a template whose SPBE_FRAMEWORK cell was emptied", async () => {
    const workbook = await makeTemplate("59/2020");
    const cell = readTemplateWorkbook(workbook).frameworkCell.address;
    workbook.getWorksheet(cell.split("!")[0])!.getCell(cell.split("!")[1]).value = null;
    const file = path.join(dir, "tanpa-kerangka.xlsx");
    await workbook.xlsx.writeFile(file);
    await expect(readTemplateFile(file)).rejects.toMatchObject({ code: "FRAMEWORK_BLANK", file });
  });
});
