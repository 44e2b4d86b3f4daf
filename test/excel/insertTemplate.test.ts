/**
 * insertTemplate against the recording fake of the Excel API: round trips, what is written (equal to the
 * declarative spec), that nothing existing is touched, the names and their scope, and failures propagating.
 */
import type { FrameworkId } from "../../src/core";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { cellRef, describeTemplate, names as N, splitQualified, type TemplateSpec } from "../../src/template";
import { createFakeExcel, FakeOfficeError, type FakeExcel, type FakeExcelOptions } from "../fakes/fakeExcel";

const globals = globalThis as unknown as { Excel?: unknown };

function install(options: FakeExcelOptions = {}): FakeExcel {
  const fake = createFakeExcel(options);
  globals.Excel = fake.Excel;
  return fake;
}

afterEach(() => {
  delete globals.Excel;
});

/** "'Kertas Kerja'!$F$9:$F$55" as the fake records a Range: "Kertas Kerja!F9:F55". */
function plainRef(ref: string): string {
  const { sheet, range } = splitQualified(ref);
  return `${sheet}!${range.replace(/\$/g, "")}`;
}

/** The spec insertTemplate must have rendered, given the sheet names it chose. */
function expectedSpec(framework: FrameworkId, language: "id" | "en", sheetNames: string[], nameScope: "workbook" | "sheet"): TemplateSpec {
  // The written names, in the spec's sheet order, by sheet key.
  const keys = describeTemplate(framework, { language }).sheets.map((s) => s.key);
  const byKey = Object.fromEntries(keys.map((key, i) => [key, sheetNames[i]]));
  return describeTemplate(framework, { language, sheetNames: byKey, nameScope, instansi: "Kab. Contoh", year: 2025 });
}

describe.each<FrameworkId>(["59/2020", "8/2026", "5/2018"])("insertTemplate(%s)", (framework) => {
  it("uses two syncs: one to read sheet and name lists, one for every write, calculation suspended", async () => {
    const fake = install();
    const result = await insertTemplate({ framework, language: "id", instansi: "Kab. Contoh", year: 2025 });
    expect(result.syncs).toBe(2);
    expect(fake.workbook.syncs).toBe(2);
    expect(fake.workbook.calculationSuspendedAt).toEqual([1]);
  });

  it("writes exactly the spec's values, formulas and number formats", async () => {
    const fake = install();
    const result = await insertTemplate({ framework, language: "id", instansi: "Kab. Contoh", year: 2025 });
    const spec = expectedSpec(framework, "id", result.sheetNames, "workbook");
    for (const sheet of spec.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            const got = fake.cell(sheet.name, cellRef(block.row + r, block.col + c));
            if (cell.formula !== undefined) expect(got?.formula).toBe(cell.formula);
            else expect(got?.value).toBe(cell.value ?? "");
            expect(got?.numberFormat).toBe(cell.format ?? "General");
          }),
        );
      }
      const written = fake.workbook.sheets.find((s) => s.name === sheet.name)!;
      expect(written.merges).toEqual(sheet.merges);
      expect(written.validations.map((v) => v.address)).toEqual(sheet.validations.map((v) => v.ref));
      expect(written.conditionalFormats.map((f) => [f.address, f.formula, f.fill])).toEqual(sheet.conditionalFormats.map((f) => [f.ref, f.formula, f.fill]));
      expect(written.frozenRows).toBe(sheet.frozenRows);
      expect(written.pageLayout.orientation).toBe("Landscape");
      expect(written.protection).toEqual({ options: { allowFormatColumns: true, allowFormatRows: true }, password: undefined });
      for (const col of sheet.hiddenColumns) expect(written.columns.get(col - 1)?.hidden).toBe(true);
      for (const rows of sheet.rowHeights) {
        for (let r = rows.row; r <= rows.lastRow; r++) expect(written.rowHeights.get(r - 1)).toBe(rows.height);
      }
    }
  });

  it("defines every name of the spec at workbook scope in an empty workbook", async () => {
    const fake = install();
    const result = await insertTemplate({ framework, language: "id" });
    const spec = expectedSpec(framework, "id", result.sheetNames, "workbook");
    expect(Object.fromEntries(fake.workbook.names)).toEqual(Object.fromEntries(spec.names.map((n) => [n.name, plainRef(n.ref)])));
  });
});

describe("insertTemplate in a workbook that already has content", () => {
  const existing: FakeExcelOptions = {
    sheets: [
      { name: "kertas kerja", cells: { A1: "data of the user", F9: 3 } },
      { name: "Ringkasan (2)", cells: { C6: "=1+1" } },
    ],
  };

  it("adds new sheets with unique names and writes nothing outside them", async () => {
    const fake = install(existing);
    const result = await insertTemplate({ framework: "59/2020", language: "id" });
    expect(result.sheetNames).toEqual(["Kertas Kerja (3)", "Ringkasan (3)", "Tahapan (3)", "Referensi (3)"]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["kertas kerja", "Ringkasan (2)", ...result.sheetNames]);
    expect(fake.workbook.writes.filter((w) => !result.sheetNames.includes(w.sheet))).toEqual([]);
    expect(fake.cell("kertas kerja", "A1")?.value).toBe("data of the user");
    expect(fake.cell("kertas kerja", "F9")?.value).toBe(3);
    expect(fake.cell("Ringkasan (2)", "C6")?.formula).toBe("=1+1");
    expect(fake.workbook.activeSheet).toBe("Kertas Kerja (3)");
  });

  it("scopes the names to the new evaluation sheet when the workbook already has SPBE_ names", async () => {
    const fake = install({ ...existing, names: { [N.SPBE_LEVELS]: "kertas kerja!F9:F55", spbe_index: "Ringkasan (2)!C6" } });
    const result = await insertTemplate({ framework: "8/2026", language: "en" });
    expect(result.sheetNames).toEqual(["Worksheet", "Summary", "Stages", "Evidence", "Reference"]);
    expect(Object.fromEntries(fake.workbook.names)).toEqual({ [N.SPBE_LEVELS]: "kertas kerja!F9:F55", spbe_index: "Ringkasan (2)!C6" });
    const scoped = fake.workbook.sheets.find((s) => s.name === "Worksheet")!.names;
    expect(scoped.get(N.SPBE_LEVELS)).toBe("Worksheet!F9:F28");
    expect(scoped.get(N.SPBE_INDEX)).toBe("Summary!C6");
    expect(scoped.size).toBe(expectedSpec("8/2026", "en", result.sheetNames, "sheet").names.length);
  });

  it("needs the same number of syncs whatever the framework and workbook", async () => {
    const counts: number[] = [];
    for (const framework of ["59/2020", "8/2026", "5/2018"] as const) {
      install({ ...existing, names: { SPBE_FRAMEWORK: "kertas kerja!B4" } });
      counts.push((await insertTemplate({ framework, language: "id" })).syncs);
    }
    expect(counts).toEqual([2, 2, 2]);
  });
});

describe("insertTemplate failures", () => {
  it.each<[string, object, string]>([
    ["an unknown framework", { framework: "10/2030", language: "id" }, "FRAMEWORK_UNKNOWN"],
    ["an unknown language", { framework: "59/2020", language: "fr" }, "LANGUAGE_UNKNOWN"],
  ])("refuses %s with the catalogue's error before any round trip", async (_, options, code) => {
    const fake = install();
    await expect(insertTemplate(options as never)).rejects.toMatchObject({ name: "SpbeError", code });
    expect(fake.workbook.syncs).toBe(0);
  });

  it("propagates an Office error from the write sync unchanged", async () => {
    install({ failOnSync: 2 });
    const failure = insertTemplate({ framework: "59/2020", language: "id" });
    await expect(failure).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(failure).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.formulas" } });
  });

  it("propagates an Office error from the first sync before writing anything", async () => {
    const fake = install({ failOnSync: 1 });
    await expect(insertTemplate({ framework: "5/2018", language: "id" })).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.writes).toEqual([]);
  });
});

describe("protection and styles written by insertTemplate", () => {
  it("leaves input cells unlocked and formula cells locked", async () => {
    const fake = install();
    const { sheetNames } = await insertTemplate({ framework: "59/2020", language: "id" });
    const [evaluation, summary] = sheetNames;
    expect(fake.cell(evaluation, "F9")?.style["protection.locked"]).toBe(false);
    expect(fake.cell(evaluation, "K55")?.style["protection.locked"]).toBe(false);
    expect(fake.cell(evaluation, "C2")?.style["protection.locked"]).toBe(false); // instansi input
    expect(fake.cell(evaluation, "B2")?.style["protection.locked"]).toBe(true); // its label spans A:B
    expect(fake.cell(evaluation, "G9")?.style["protection.locked"]).toBe(true);
    expect(fake.cell(evaluation, "R9")?.style["protection.locked"]).toBe(true);
    expect(fake.cell(summary, "C6")?.style["protection.locked"]).toBe(true);
  });

  it("draws the aspect chart on the summary sheet over the spec's area", async () => {
    const fake = install();
    const { sheetNames } = await insertTemplate({ framework: "59/2020", language: "id" });
    const chart = fake.workbook.sheets.find((s) => s.name === sheetNames[1])!.charts[0];
    expect(chart).toMatchObject({ type: "BarClustered", position: ["E5", "L17"], valueAxis: { minimum: 0, maximum: 5 } });
    // This year, the target and last year, each over the eight aspects.
    expect(chart.series.map((s) => s.xAxisValues)).toEqual(["B21:B28", "B21:B28", "B21:B28"]);
    expect(chart.series.map((s) => s.values)).toEqual(["E21:E28", "G21:G28", "L21:L28"]);
  });
});
