/** Fan-out: one template per unit (OPD), holding its own indicators only. */
import ExcelJS from "exceljs";
import { overallIndex, readLevels, SPBE_59_2020 } from "../../src/core";
import {
  assignUnits, parseDeadline, planSplit, readTemplateFromWorkbook, stampUnit, unitFileStem, unitsOfPic, writeUnitWorkbook,
} from "../../src/units";
import { readTemplateWorkbook, type TemplateReading } from "../../src/xlsx";
import { columnValues, makeTemplate, reloaded } from "./fixtures";

describe("unitsOfPic", () => {
  it.each<[unknown, string[]]>([
    ["Bappeda", ["Bappeda"]],
    ["  Dinas   Kominfo ", ["Dinas Kominfo"]],
    ["Bappeda; Inspektorat", ["Bappeda", "Inspektorat"]],
    ["Bappeda\nBKD", ["Bappeda", "BKD"]],
    ["Bappeda; bappeda", ["Bappeda"]],
    ["Dinas Komunikasi, Informatika dan Statistik", ["Dinas Komunikasi, Informatika dan Statistik"]],
    [null, []],
    ["   ", []],
    [";", []],
  ])("%j -> %j", (value, units) => {
    expect(unitsOfPic(value)).toEqual(units);
  });
});

describe("assignUnits", () => {
  it("groups indicators by unit regardless of case and spacing, in order of first appearance, and lists those without PIC", () => {
    const pic = ["Bappeda", null, "bappeda ; BKD", "BKD", "  "].map((value) => ({ value }));
    expect(assignUnits(pic)).toEqual({
      units: [
        { unit: "Bappeda", key: "bappeda", indicators: [1, 3] },
        { unit: "BKD", key: "bkd", indicators: [3, 4] },
      ],
      unassigned: [2, 5],
    });
  });
});

describe("unitFileStem and parseDeadline", () => {
  it.each([
    ["Bappeda", "bappeda"],
    ["Dinas Komunikasi & Informatika", "dinas-komunikasi-informatika"],
    ["Sekretariat DPRD / Umum", "sekretariat-dprd-umum"],
    ["Dinas Pariwisata é", "dinas-pariwisata-e"],
    ["???", "unit"],
    // Any script's letters stay (they used to become "unit", colliding); Windows device names are prefixed.
    ["部门", "部门"],
    ["Dinas Ñandú", "dinas-nandu"],
    ["CON", "unit-con"],
    ["nul", "unit-nul"],
    ["Lpt1", "unit-lpt1"],
  ])("%s -> %s", (unit, stem) => {
    expect(unitFileStem(unit)).toBe(stem);
  });

  it("reads real dates only", () => {
    expect(parseDeadline("2026-03-31")).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(parseDeadline("2026-02-30")).toBeNull();
    expect(parseDeadline("31/03/2026")).toBeNull();
  });
});

describe("splitting a partly filled 59/2020 template", () => {
  const pic: Record<number, string> = { 1: "Bappeda", 2: "Bappeda", 3: "Inspektorat", 4: "Bappeda; BKD", 5: "BKD", 6: "bappeda" };
  let coordinator: ExcelJS.Workbook;
  beforeAll(async () => {
    coordinator = await reloaded(
      await makeTemplate("59/2020", {
        pic,
        levels: { 1: 3, 3: 2, 5: 4 },
        targets: { 1: 4 },
        justification: { 1: "FAKTA: Perbup 1/2020. ANALISIS: kriteria tingkat 3 terpenuhi." },
        evidence: { 1: "1.Perbup-1-2020.pdf" },
        notes: { 3: "cek ulang" },
      }),
    );
  });

  it("plans one file per unit, in order of first appearance, and lists indicators without PIC", () => {
    const plan = planSplit(readTemplateWorkbook(coordinator));
    expect(plan.units.map((u) => [u.assignment.unit, u.fileName, u.assignment.indicators])).toEqual([
      ["Bappeda", "bappeda.xlsx", [1, 2, 4, 6]],
      ["Inspektorat", "inspektorat.xlsx", [3]],
      ["BKD", "bkd.xlsx", [4, 5]],
    ]);
    expect(plan.unassigned).toEqual(Array.from({ length: 41 }, (_, i) => i + 7));
  });

  it("gives each unit file a different name when unit names differ only by punctuation", () => {
    const reading = { pic: [{ value: "Bappeda" }, { value: "Bappeda!" }, { value: "BAPPEDA?" }] } as unknown as TemplateReading;
    expect(planSplit(reading).units.map((u) => u.fileName)).toEqual(["bappeda.xlsx", "bappeda (2).xlsx", "bappeda (3).xlsx"]);
  });

  it("never gives a unit the name another unit's own name makes (\"Unit 2\" is not the second \"unit\")", () => {
    const reading = { pic: [{ value: "Unit" }, { value: "Unit!" }, { value: "Unit 2" }, { value: "部门" }] } as unknown as TemplateReading;
    expect(planSplit(reading).units.map((u) => [u.assignment.unit, u.fileName])).toEqual([
      ["Unit", "unit.xlsx"], ["Unit!", "unit (2).xlsx"], ["Unit 2", "unit-2.xlsx"], ["部门", "部门.xlsx"],
    ]);
  });

  describe("the Bappeda file", () => {
    let unitFile: ExcelJS.Workbook;
    beforeAll(async () => {
      const source = readTemplateWorkbook(coordinator);
      const plan = planSplit(source);
      unitFile = await reloaded(await writeUnitWorkbook(source, plan.units[0].assignment, { deadline: "2026-03-31", note: "Lengkapi data dukung." }));
    });

    it("is a template of the same framework, naming its unit, deadline and the coordinator's note", () => {
      const file = readTemplateFromWorkbook("bappeda.xlsx", unitFile);
      expect(file.reading.framework.id).toBe("59/2020");
      expect(file.reading.instansi.value).toBe("Pemerintah Kab. Contoh");
      expect(file.stamp).toEqual({ unit: "Bappeda", deadline: new Date(Date.UTC(2026, 2, 31)), note: "Lengkapi data dukung." });
    });

    it("holds the coordinator's values for its own indicators only", () => {
      const reading = readTemplateWorkbook(unitFile);
      const levels = columnValues(reading, "levels");
      expect([levels[1], levels[2], levels[3], levels[4], levels[5], levels[6]]).toEqual([3, null, null, null, null, null]);
      expect(columnValues(reading, "targets")[1]).toBe(4);
      expect(columnValues(reading, "justification")[1]).toMatch(/^FAKTA/);
      expect(columnValues(reading, "evidence")[1]).toBe("1.Perbup-1-2020.pdf");
      expect(columnValues(reading, "notes")[3]).toBeNull();
      // The PIC column shows every indicator's owner, so the unit sees who answers the rest.
      expect(columnValues(reading, "pic")[3]).toBe("Inspektorat");
    });

    it("marks another unit's indicator: blank, locked, grey, hidden, with a note naming its unit", () => {
      const reading = readTemplateWorkbook(unitFile);
      const address = reading.levels[2].address; // indicator 3: Inspektorat's
      const [sheet, cellAddress] = [address.slice(0, address.lastIndexOf("!")), address.slice(address.lastIndexOf("!") + 1)];
      const ws = unitFile.getWorksheet(sheet)!;
      const cell = ws.getCell(cellAddress);
      expect(cell.value).toBeNull();
      // Locked is Excel's default, which a file leaves unsaid: never "unlocked" as the own inputs are.
      expect(cell.protection?.locked).not.toBe(false);
      expect(JSON.stringify(cell.fill)).toContain("FFD9D9D9");
      expect(ws.getRow(cell.fullAddress.row).hidden).toBe(true);
      expect(JSON.stringify(cell.note)).toContain("Inspektorat");
      // Its own indicator stays an unlocked input with the template's validation.
      const own = ws.getCell(reading.levels[1].address.split("!")[1]);
      expect(own.protection?.locked).toBe(false);
      expect(own.dataValidation).toMatchObject({ type: "decimal", formulae: [0, 5] });
      expect(ws.getRow(own.fullAddress.row).hidden).toBeFalsy();
    });

    it("computes like any template once filled: the core reads its levels", () => {
      const reading = readTemplateWorkbook(unitFile);
      const levels = readLevels(reading.levels.map((c) => c.value), SPBE_59_2020);
      expect(levels.filter((l) => l !== null)).toEqual([300]);
      expect(overallIndex(SPBE_59_2020, levels.map((l) => l ?? 0))).toEqual({ num: 300 * 130, den: 1000000 });
    });
  });

  // It used to be written as text; the CLI refused the same date. One rule now: a deadline is a date or nothing.
  it("refuses a deadline that is not a date rather than writing it as text (callers check it first)", async () => {
    const source = readTemplateWorkbook(coordinator);
    await expect(writeUnitWorkbook(source, planSplit(source).units[1].assignment, { deadline: "akhir Maret" })).rejects.toThrow(/not a YYYY-MM-DD date/);
  });

  it("stamps the header block of the evaluation sheet when it has room, else a sheet of its own, and names the cells either way", async () => {
    const roomy = await makeTemplate("59/2020");
    const reading = readTemplateWorkbook(roomy);
    expect(stampUnit(roomy, reading, "Bappeda", { note: "n" })).toBe(reading.sheet);
    expect(readTemplateFromWorkbook("a.xlsx", await reloaded(roomy)).stamp).toEqual({ unit: "Bappeda", deadline: null, note: "n" });

    const crowded = await makeTemplate("59/2020");
    const ws = crowded.getWorksheet(readTemplateWorkbook(crowded).sheet)!;
    for (let col = 1; col <= 16; col++) if (ws.getCell(3, col).value === null && !ws.getCell(3, col).isMerged) ws.getCell(3, col).value = "terisi";
    const sheet = stampUnit(crowded, readTemplateWorkbook(crowded), "BKD", { deadline: "2026-03-31", language: "en" });
    expect(sheet).toBe("Unit Assignment");
    const back = await reloaded(crowded);
    expect(readTemplateFromWorkbook("b.xlsx", back).stamp).toEqual({ unit: "BKD", deadline: new Date(Date.UTC(2026, 2, 31)), note: null });
    expect(back.getWorksheet("Unit Assignment")!.getCell("A1").value).toBe("Unit (OPD)");
  });
});
