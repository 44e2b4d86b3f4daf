import { readTemplates } from "../../src/excel/readTemplates";
import { insertFormula } from "../../src/excel/insertFormula";
import { vectors } from "../fixtures/vectors";
import { installFakeOffice, templateWorkbook } from "./fakeHost";

const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;

describe("readTemplates", () => {
  it("returns the raw values behind the names of every template, workbook-scoped first", async () => {
    installFakeOffice(globalThis, templateWorkbook([
      { sheet: "Penilaian 2024", levels: kominfo.levels, instansi: "Kominfo", year: 2024 },
      { sheet: "Pemdi 2026", framework: "8/2026", levels: new Array(20).fill(3) },
    ], [{ name: "Catatan", cells: { A1: "bebas" } }]));
    const templates = await readTemplates();
    expect(templates.map((t) => [t.key, t.scope, t.sheetName])).toEqual([
      ["workbook", "workbook", "Penilaian 2024"],
      ["sheet:Pemdi 2026", "worksheet", "Pemdi 2026"],
    ]);
    const first = templates[0];
    expect(first.cells.SPBE_FRAMEWORK?.values).toEqual([["59/2020"]]);
    expect(first.cells.SPBE_LEVELS?.address).toBe("'Penilaian 2024'!E6:E52");
    expect(first.cells.SPBE_LEVELS?.values.map((r) => r[0])).toEqual(kominfo.levels);
    expect(first.namesPresent).toContain("SPBE_INDEX");
    expect(templates[1].cells.SPBE_LEVELS?.values).toHaveLength(20);
  });

  it.each([
    ["no template", 0],
    ["one template", 1],
    ["five templates", 5],
  ])("uses one Excel.run and three syncs with %s", async (_label, count) => {
    const specs = Array.from({ length: count }, (_, i) => ({ sheet: `Penilaian ${i + 1}`, levels: kominfo.levels }));
    const state = installFakeOffice(globalThis, templateWorkbook(specs));
    await readTemplates();
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(3);
  });

  it("lets an Excel error reach the caller", async () => {
    const state = installFakeOffice(globalThis, templateWorkbook([{ sheet: "P", levels: kominfo.levels }]));
    state.failNextSync = { code: "AccessDenied", message: "Access denied", errorLocation: "Workbook.names" };
    await expect(readTemplates()).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "Workbook.names" } });
  });
});

describe("insertFormula", () => {
  it("writes the formula into the first cell of the selection and returns its address", async () => {
    const state = installFakeOffice(globalThis, templateWorkbook([{ sheet: "Penilaian", levels: kominfo.levels }]));
    state.selection.ref = "H3:J9";
    const address = await insertFormula('=SPBE.WEIGHT(42, "59/2020")');
    expect(address).toBe("Penilaian!H3");
    expect(state.writes).toEqual([{ sheet: "Penilaian", address: "H3", what: "Range.formulas", value: '=SPBE.WEIGHT(42, "59/2020")' }]);
    expect(state.syncs).toBe(1);
  });
});
