/** The .xlsx rendering of the template (ExcelJS) and reading a filled one back through its names. */
import ExcelJS from "exceljs";
import { SpbeError, type FrameworkId } from "../../src/core";
import { describeTemplate, names as N } from "../../src/template";
import { pendingCharts } from "../../src/xlsx/pendingCharts";
import { expectCellsOfSpec } from "../helpers/sheetSpec";
import { loadTemplateWorkbook, readTemplateLevels, readTemplates, readTemplateWorkbook, writeTemplateBuffer, writeTemplateWorkbook } from "../../src/xlsx";

/** Writes the workbook to bytes and opens them again, as a user's file would be (loadTemplateWorkbook keeps name scopes). */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadTemplateWorkbook(await workbook.xlsx.writeBuffer());
}

function setLevels(workbook: ExcelJS.Workbook, column: "levels" | "targets", values: unknown[]): void {
  const reading = readTemplateWorkbook(workbook);
  reading[column].forEach((cell, i) => {
    const [sheet, address] = cell.address.split("!");
    workbook.getWorksheet(sheet)!.getCell(address).value = values[i] as ExcelJS.CellValue;
  });
}

describe.each<FrameworkId>(["59/2020", "8/2026", "5/2018"])("the %s template as .xlsx", (frameworkId) => {
  const spec = describeTemplate(frameworkId, { instansi: "Pemerintah Kab. Contoh", year: 2025, filledBy: "Diskominfo" });
  let workbook: ExcelJS.Workbook;
  let written: ExcelJS.Workbook;
  beforeAll(async () => {
    written = await writeTemplateWorkbook(spec);
    workbook = await roundTrip(written);
  });

  it("holds every value and formula of the spec in the same cell", () => {
    for (const sheet of spec.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      expect(ws).toBeDefined();
      expectCellsOfSpec(ws, sheet);
    }
  });

  it("sets the spec's row heights, so wrapped text shows in Excel", () => {
    for (const sheet of spec.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      for (const rows of sheet.rowHeights) for (let r = rows.row; r <= rows.lastRow; r++) expect(ws.getRow(r).height).toBe(rows.height);
    }
  });

  it("defines every name of the spec at workbook scope", () => {
    const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = new Map(model.map((m) => [m.name, m.ranges]));
    for (const name of spec.names) expect(byName.get(name.name)).toEqual([name.ref.replace(/^'([^' ]+)'!/, "$1!")]);
  });

  it("reads back the framework, the header and one cell per indicator, with addresses", () => {
    const reading = readTemplateWorkbook(workbook);
    expect(reading.framework.id).toBe(frameworkId);
    expect(reading.instansi.value).toBe("Pemerintah Kab. Contoh");
    expect(reading.year.value).toBe(2025);
    expect(reading.filledBy.value).toBe("Diskominfo");
    expect(reading.levels).toHaveLength(reading.framework.indicators.length);
    expect(reading.levels[0].address).toBe(`${spec.mainSheet}!F9`);
    expect(reading.pic[1].address).toBe(`${spec.mainSheet}!J10`);
    expect(reading.computed.aspects).toHaveLength(reading.framework.aspects.length);
  });

  it("locks formula cells, leaves input cells open, and protects every sheet", () => {
    const ws = workbook.getWorksheet(spec.mainSheet)!;
    expect(ws.getCell("F9").protection?.locked).toBe(false);
    // Locked is the default of every cell: a file need not (and ExcelJS does not) spell it out.
    expect(ws.getCell("G9").protection?.locked ?? true).toBe(true);
    for (const sheet of spec.sheets) {
      expect((workbook.getWorksheet(sheet.name) as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(true);
    }
  });

  it("validates level cells as decimals between 0 and 5 with the level names in the message", () => {
    const v = workbook.getWorksheet(spec.mainSheet)!.getCell("F9").dataValidation;
    expect(v.type).toBe("decimal");
    expect(v.formulae).toEqual([0, 5]);
    expect(v.prompt).toContain("0 Belum Terpenuhi");
  });

  it("notes the summary's chart for the file writer, which draws it (ExcelJS cannot)", () => {
    const summary = spec.sheets.find((s) => s.key === "summary")!;
    expect(pendingCharts(written).map((c) => [c.sheet, c.chart])).toEqual([[summary.name, summary.chart]]);
    expect(workbook.getWorksheet(summary.name)!.getCell(summary.chart!.from).value).toBeNull();
  });
});

describe("cached formula results of a loaded file", () => {
  it("reads a result of 0 as 0 and FALSE as false (ExcelJS's cell.value leaves them out), a result of \"\" as blank", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { excelJsCellSource } = require("../../src/xlsx/cellSource") as typeof import("../../src/xlsx/cellSource");
    const written = new ExcelJS.Workbook();
    const ws = written.addWorksheet("S");
    ws.getCell("A1").value = { formula: "1-1", result: 0 };
    ws.getCell("A2").value = { formula: "1>2", result: false };
    ws.getCell("A3").value = { formula: "\"\"", result: "" };
    ws.getCell("A4").value = { formula: "2+2", result: 4 };
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await written.xlsx.writeBuffer()) as ExcelJS.Buffer);
    expect(loaded.getWorksheet("S")!.getCell("A1").value).toEqual({ formula: "1-1" }); // the ExcelJS behaviour worked around
    const source = excelJsCellSource(loaded);
    expect([1, 2, 3, 4].map((row) => source.value("S", row, 1))).toEqual([0, false, null, 4]);
  });
});

describe("reading levels of a filled .xlsx template", () => {
  it("returns hundredths through the core, blanks as null", async () => {
    const workbook = await writeTemplateWorkbook({ framework: "8/2026" });
    setLevels(workbook, "levels", [0, 1, 2.5, 3.25, null, ...new Array(15).fill(4)]);
    const reading = readTemplateWorkbook(await roundTrip(workbook));
    expect(readTemplateLevels(reading).slice(0, 6)).toEqual([0, 100, 250, 325, null, 400]);
  });

  it("names the indicator and the cell of a refused value, in Indonesian and English", async () => {
    const workbook = await writeTemplateWorkbook({ framework: "59/2020" });
    setLevels(workbook, "levels", [...new Array(11).fill(3), "tiga", ...new Array(35).fill(3)]);
    const reading = readTemplateWorkbook(await roundTrip(workbook));
    let error: unknown;
    try {
      readTemplateLevels(reading);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpbeError);
    expect((error as SpbeError).code).toBe("LEVEL_NOT_NUMBER");
    expect((error as SpbeError).messageIn("id")).toContain("Indikator 12 (sel Kertas Kerja!F20)");
    expect((error as SpbeError).messageIn("en")).toContain("Indicator 12 (cell Kertas Kerja!F20)");
  });

  it("reports the first blank cell when complete levels are required", async () => {
    const workbook = await writeTemplateWorkbook({ framework: "5/2018", language: "en" });
    const reading = readTemplateWorkbook(workbook);
    expect(() => readTemplateLevels(reading, "levels", { complete: true })).toThrow(/Indicator 1 \(cell Worksheet!F9\)/);
  });

  it("refuses a workbook without template names with TEMPLATE_NOT_FOUND", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    expect(() => readTemplateWorkbook(workbook)).toThrow(expect.objectContaining({ code: "TEMPLATE_NOT_FOUND" }));
  });

  it("refuses a name that points at the wrong shape with TEMPLATE_NAME_BROKEN", async () => {
    const workbook = await writeTemplateWorkbook({ framework: "59/2020" });
    workbook.definedNames.remove("'Kertas Kerja'!$F$55", N.SPBE_LEVELS);
    expect(() => readTemplateWorkbook(workbook)).toThrow(expect.objectContaining({ code: "TEMPLATE_NAME_BROKEN" }));
  });

  it("refuses a blank framework cell with FRAMEWORK_BLANK naming the cell, instead of assuming 59/2020", async () => {
    const workbook = await writeTemplateWorkbook({ framework: "8/2026" });
    const { address } = readTemplateWorkbook(workbook).frameworkCell;
    const [sheet, cell] = address.split("!");
    workbook.getWorksheet(sheet)!.getCell(cell).value = null;
    const error = (() => {
      try {
        readTemplateWorkbook(workbook);
      } catch (e) {
        return e as SpbeError;
      }
      throw new Error("no error");
    })();
    expect(error.code).toBe("FRAMEWORK_BLANK");
    expect(error.messageIn("id")).toContain(`sel ${address}`);
  });

  it("writes a buffer that ExcelJS loads", async () => {
    const loaded = new ExcelJS.Workbook();
    const buffer = await writeTemplateBuffer({ framework: "59/2020", language: "en" });
    await loaded.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(loaded.worksheets.map((w) => w.name)).toEqual(["Worksheet", "Summary", "Stages", "Reference"]);
  });
});

describe("two templates in one .xlsx workbook", () => {
  async function twoTemplates(): Promise<ExcelJS.Workbook> {
    const workbook = await writeTemplateWorkbook({ framework: "59/2020", instansi: "Pertama" });
    await writeTemplateWorkbook({ framework: "8/2026", instansi: "Kedua" }, workbook);
    return workbook;
  }

  it("puts the second template in new sheets with sheet-scoped names", async () => {
    const workbook = await twoTemplates();
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Kertas Kerja", "Ringkasan", "Tahapan", "Referensi", "Kertas Kerja (2)", "Ringkasan (2)", "Tahapan (2)", "Bukti Dukung (2)", "Referensi (2)",
    ]);
    // The file itself: the second set of names carries the evaluation sheet's index (4) as localSheetId.
    const JSZip = require("jszip"); // eslint-disable-line @typescript-eslint/no-require-imports -- ExcelJS's own zip library, to look at the raw XML
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml: string = await zip.file("xl/workbook.xml").async("string");
    expect(xml).toContain(`<definedName name="SPBE_LEVELS">&apos;Kertas Kerja&apos;!$F$9:$F$55</definedName>`);
    expect(xml).toContain(`<definedName name="SPBE_LEVELS" localSheetId="4">&apos;Kertas Kerja (2)&apos;!$F$9:$F$28</definedName>`);
  });

  it("reads both back, each with its own sheets, inputs and results", async () => {
    const templates = readTemplates(await roundTrip(await twoTemplates()));
    expect(templates.map((t) => [t.sheet, t.summarySheet, t.framework.id, t.instansi.value])).toEqual([
      ["Kertas Kerja", "Ringkasan", "59/2020", "Pertama"],
      ["Kertas Kerja (2)", "Ringkasan (2)", "8/2026", "Kedua"],
    ]);
    expect(templates[1].levels[0].address).toBe("Kertas Kerja (2)!F9");
    expect(templates[1].computed.index.address).toBe("Ringkasan (2)!C6");
    expect(templates[0].computed.index.address).toBe("Ringkasan!C6");
  });

  it("shows only the last template to a workbook loaded by plain ExcelJS (which keeps one definition per name)", async () => {
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(await (await twoTemplates()).xlsx.writeBuffer());
    expect(readTemplates(plain).map((t) => t.sheet)).toEqual(["Kertas Kerja (2)"]);
  });

  it("returns the template of the sheet asked for", async () => {
    const workbook = await roundTrip(await twoTemplates());
    expect(readTemplateWorkbook(workbook, { sheet: "kertas kerja (2)" }).framework.id).toBe("8/2026");
    expect(readTemplateWorkbook(workbook).framework.id).toBe("59/2020");
    expect(() => readTemplateWorkbook(workbook, { sheet: "Lain" })).toThrow(expect.objectContaining({ code: "TEMPLATE_NOT_FOUND" }));
  });
});
