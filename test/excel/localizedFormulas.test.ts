/**
 * Formulas in the user's Excel: in Indonesian Excel the custom functions are registered as SPBE.INDEKS, SPBE.SKOR...
 * and an en-US "=SPBE.INDEX(...)" written through range.formulas shows #NAME? (office-js issue #891). Checked against
 * the fake host, which models that display language (its registered names, ";" and decimal commas in formulasLocal).
 */
import { insertFormula } from "../../src/excel/insertFormula";
import { writeConnection } from "../../src/excel/connectTable";
import { SPBE_59_2020 } from "../../src/core";
import { readFormulaLocale } from "../../src/excel/formulaLocale";
import { EN_US_FORMULAS, INDONESIAN_NAMES, shownFormula, withFunctionNames } from "../../src/excel/formulaText";
import INDONESIAN_METADATA from "../../src/functions/functions.id.json";
import { installFakeOffice, templateWorkbook } from "../taskpane/fakeHost";
import { vectors } from "../fixtures/vectors";

const levels = vectors.spbe_59_2020_published[0].levels;
const localFunctionNames = Object.fromEntries(Object.entries(INDONESIAN_METADATA).map(([id, m]) => [id, (m as { name: string }).name]));
const INDONESIAN = { displayLanguage: "id-ID", decimalSeparator: ",", localFunctionNames };

function fake(config: object) {
  const state = installFakeOffice(globalThis, { ...(templateWorkbook([{ sheet: "Penilaian", levels }]) as object), ...config });
  state.selection.ref = "H3";
  return state;
}

describe("formula text", () => {
  it("names every function of the Indonesian metadata, from that one file", () => {
    expect(INDONESIAN_NAMES.get("INDEX")).toBe("INDEKS");
    expect(INDONESIAN_NAMES.get("SCORES")).toBe("SKOR");
    expect(INDONESIAN_NAMES.size).toBe(Object.keys(INDONESIAN_METADATA).length);
  });

  it("renames calls, not text in quotes, sheet names or other names", () => {
    expect(withFunctionNames('=SPBE.INDEX(SPBE_LEVELS;"59/2020";TRUE)', "id")).toBe('=SPBE.INDEKS(SPBE_LEVELS;"59/2020";TRUE)');
    expect(withFunctionNames('=SPBE.CATEGORY(SPBE.INDEX(A1:A47),"SPBE.INDEX(")', "id")).toBe('=SPBE.PREDIKAT(SPBE.INDEKS(A1:A47),"SPBE.INDEX(")');
    expect(withFunctionNames("='SPBE.INDEX(x'!A1+_xludf.SPBE.WEIGHT(1)", "id")).toBe("='SPBE.INDEX(x'!A1+SPBE.BOBOT(1)");
    expect(withFunctionNames("=SPBE.INDEX(A1:A47)", "en")).toBe("=SPBE.INDEX(A1:A47)");
    expect(withFunctionNames("=SPBE.NOSUCH(1)", "id")).toBe("=SPBE.NOSUCH(1)");
  });

  it("shows an en-US formula with the locale's separators, leaving text and names alone", () => {
    const indonesian = { names: "id", listSeparator: ";", decimalSeparator: "," } as const;
    expect(shownFormula('=SPBE.CATEGORY(3.4985, "59/2020")', indonesian)).toBe('=SPBE.PREDIKAT(3,4985; "59/2020")');
    expect(shownFormula('=SPBE.PLAN(SPBE_LEVELS, 2.63, "a,b.5")', indonesian)).toBe('=SPBE.RENCANA(SPBE_LEVELS; 2,63; "a,b.5")');
    expect(shownFormula('=SPBE.CATEGORY(3.4985, "59/2020")', EN_US_FORMULAS)).toBe('=SPBE.CATEGORY(3.4985, "59/2020")');
  });
});

describe("insertFormula in each display language", () => {
  it("in English Excel writes the en-US formula as it is, in one sync", async () => {
    const state = fake({ localFunctionNames: undefined });
    expect(await insertFormula('=SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE)')).toBe("Penilaian!H3");
    expect(state.writes.map((w) => [w.what, w.value])).toEqual([["Range.formulas", '=SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE)']]);
    expect(state.syncs).toBe(1);
  });

  it("the fake shows the defect: in Indonesian Excel the English name alone is #NAME?", async () => {
    const state = fake(INDONESIAN);
    await Excel.run(async (context) => {
      context.workbook.getSelectedRange().formulas = [['=SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE)']];
      await context.sync();
    });
    expect(state.getValue("Penilaian", "H3")).toBe("#NAME?");
  });

  it("in Indonesian Excel writes the Indonesian name through Excel's own local form, in two syncs", async () => {
    const state = fake(INDONESIAN);
    expect(await insertFormula('=SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE)')).toBe("Penilaian!H3");
    expect(state.writes.map((w) => [w.what, w.value])).toEqual([
      ["Range.formulas", '=SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE)'],
      ["Range.formulasLocal", '=SPBE.INDEKS(SPBE_LEVELS; "59/2020"; TRUE)'],
    ]);
    expect(state.getValue("Penilaian", "H3")).toBe(0);
    expect(state.getCell("Penilaian", "H3")).toBe('=SPBE.INDEKS(SPBE_LEVELS, "59/2020", TRUE)');
    expect(state.syncs).toBe(2);
  });

  it("reads the locale the examples are shown in", async () => {
    fake(INDONESIAN);
    expect(await readFormulaLocale()).toEqual({ names: "id", listSeparator: ";", decimalSeparator: "," });
    fake({ displayLanguage: "en-US" });
    expect(await readFormulaLocale()).toEqual(EN_US_FORMULAS);
  });
});

describe("the Hubungkan block in Indonesian Excel", () => {
  it("renames every call of the block, keeps its other cells as written, and leaves the spill area empty", async () => {
    const state = installFakeOffice(globalThis, { ...INDONESIAN, sheets: [{ name: "Rekap", cells: {} }, { name: "Ringkasan", cells: {} }] });
    const input = { framework: SPBE_59_2020, keyRange: "'Rekap'!$B$1:$B$53", levelRange: "'Rekap'!$C$1:$C$53", language: "id" as const, tableSheet: "Rekap" };
    await writeConnection(input, { sheet: "Ringkasan", row: 1, column: 7, address: "'Ringkasan'!H2" }, []);
    const local = state.writes.filter((w) => w.what === "Range.formulasLocal").map((w) => [w.address, w.value]);
    expect(local).toEqual(expect.arrayContaining([
      ["I3", "=SPBE.INDEKS('Rekap'!$C$1:$C$53;$I$2;FALSE;'Rekap'!$B$1:$B$53)"],
      ["I5", "=SPBE.PREDIKAT($I$3;$I$2)"],
    ]));
    expect(local.every(([, f]) => /SPBE\.(INDEKS|PREDIKAT|SKOR)\(/.test(String(f)))).toBe(true);
    const spill = local.find(([, f]) => String(f).startsWith("=SPBE.SKOR("));
    expect(spill?.[1]).toBe(`=SPBE.SKOR('Rekap'!$C$1:$C$53;$I$2;"id";'Rekap'!$B$1:$B$53)`);
    // Nothing of the block shows #NAME?, and the label cells were not written a second time.
    const values = state.writes.map((w) => state.getValue(w.sheet, w.address));
    expect(values).not.toContain("#NAME?");
    expect(state.writes.filter((w) => w.what === "Range.formulasLocal")).toHaveLength(local.length);
    expect(state.syncs).toBe(3);
  });
});
