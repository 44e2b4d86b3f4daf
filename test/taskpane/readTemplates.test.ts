import { readTemplates } from "../../src/excel/readTemplates";
import { insertFormula } from "../../src/excel/insertFormula";
import { subscribeToWorkbookChanges } from "../../src/excel/workbookChanges";
import { writeTargets } from "../../src/excel/writeTargets";
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

describe("subscribeToWorkbookChanges", () => {
  it("calls back on a change until unsubscribed", async () => {
    const state = installFakeOffice(globalThis, templateWorkbook([{ sheet: "Penilaian", levels: kominfo.levels }]));
    const onChange = jest.fn();
    const unsubscribe = await subscribeToWorkbookChanges(onChange);
    state.setCell("Penilaian", "E6", 4);
    await new Promise((r) => setTimeout(r, 10));
    expect(onChange).toHaveBeenCalledTimes(1);
    await unsubscribe();
    state.setCell("Penilaian", "E6", 3);
    await new Promise((r) => setTimeout(r, 10));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("registers nothing where the host has no worksheet events", async () => {
    const config = templateWorkbook([{ sheet: "Penilaian", levels: kominfo.levels }]) as object;
    const state = installFakeOffice(globalThis, { ...config, eventsSupported: false });
    const onChange = jest.fn();
    await subscribeToWorkbookChanges(onChange);
    state.setCell("Penilaian", "E6", 4);
    await new Promise((r) => setTimeout(r, 10));
    expect(onChange).not.toHaveBeenCalled();
    expect(state.runs).toBe(0);
  });
});

describe("writeTargets", () => {
  it.each([
    ["workbook", "Penilaian A"],
    ["worksheet", "Penilaian B"],
  ] as const)("writes levels into the %s-scoped SPBE_TARGETS of %s only, in one sync", async (scope, sheetName) => {
    const state = installFakeOffice(globalThis, templateWorkbook([
      { sheet: "Penilaian A", levels: kominfo.levels },
      { sheet: "Penilaian B", levels: kominfo.levels },
    ]));
    const planned = kominfo.levels.map((l) => Math.min(5, l + 1) * 100);
    planned[0] = 250;
    const address = await writeTargets({ scope, sheetName }, planned);
    expect(address).toBe(`'${sheetName}'!F6:F52`);
    expect(state.syncs).toBe(1);
    expect(new Set(state.writes.map((w) => `${w.sheet}!${w.address.replace(/\d+/, "")}`))).toEqual(new Set([`${sheetName}!F`]));
    expect(state.getCell(sheetName, "F6")).toBe(2.5);
    expect(state.getCell(sheetName, "F52")).toBe(5);
  });

  it("lets Excel's refusal reach the caller", async () => {
    const state = installFakeOffice(globalThis, templateWorkbook([{ sheet: "Penilaian", levels: kominfo.levels }]));
    state.failNextSync = { code: "AccessDenied", message: "The sheet is protected", errorLocation: "Range.values" };
    await expect(writeTargets({ scope: "workbook", sheetName: "Penilaian" }, new Array(47).fill(300))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(state.getCell("Penilaian", "F6")).toBeUndefined();
  });
});
