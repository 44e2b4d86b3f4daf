/**
 * The one interpretation of a template's names, fed as each host feeds it: Office.js addresses ("'Kertas
 * Kerja'!$F$9:$F$55") and ExcelJS ones ("Kertas Kerja!F9:F55") give the same cells, broken shapes are refused
 * naming the name, and the parts a reader does not fetch read as blank only when it says so.
 */
import { interpretTemplate, names as N, type NamedCells } from "../../src/template";
import { SPBE_59_2020 } from "../../src/core";

const COUNT = SPBE_59_2020.indicators.length;

function scope(quoted: boolean): Map<string, NamedCells> {
  const sheet = quoted ? "'Kertas Kerja'!" : "Kertas Kerja!";
  const column = (letter: string, value: (i: number) => unknown) => ({
    address: quoted ? `${sheet}$${letter}$9:$${letter}$${8 + COUNT}` : `${sheet}${letter}9:${letter}${8 + COUNT}`,
    values: Array.from({ length: COUNT }, (_, i) => [value(i)]),
  });
  const cell = (ref: string, value: unknown) => ({ address: `${sheet}${ref}`, values: [[value]] });
  return new Map<string, NamedCells>([
    [N.SPBE_FRAMEWORK, cell("C4", "59/2020")],
    [N.SPBE_INSTANSI, cell("C2", "Kab. Contoh")],
    [N.SPBE_YEAR, cell("C3", 2025)],
    [N.SPBE_FILLED_BY, cell("C5", null)],
    [N.SPBE_LEVELS, column("F", (i) => (i % 5) + 1)],
    [N.SPBE_TARGETS, column("K", () => null)],
    [N.SPBE_OFFICIAL, column("M", () => null)],
    [N.SPBE_PIC, column("J", (i) => (i === 0 ? "Bappeda" : null))],
    [N.SPBE_JUSTIFICATION, column("H", () => null)],
    [N.SPBE_EVIDENCE, column("I", () => null)],
    [N.SPBE_NOTES, column("N", () => null)],
  ]);
}

const optional = ["computed"] as const;

describe("interpretTemplate", () => {
  it("reads the same template from Office.js and ExcelJS addresses, each cell with its address", () => {
    const office = interpretTemplate((name) => scope(true).get(name), { optional });
    const exceljs = interpretTemplate((name) => scope(false).get(name), { optional });
    expect(office.framework).toBe(SPBE_59_2020);
    expect(office.sheet).toBe("Kertas Kerja");
    expect(exceljs.sheet).toBe("Kertas Kerja");
    expect(office.levels.map((c) => c.value)).toEqual(exceljs.levels.map((c) => c.value));
    expect(office.levels[11].address).toBe("'Kertas Kerja'!F20");
    expect(exceljs.levels[11].address).toBe("Kertas Kerja!F20");
    expect(office.pic[0].value).toBe("Bappeda");
    expect(office.year).toEqual({ value: 2025, address: "'Kertas Kerja'!C3" });
  });

  it("refuses a column of the wrong length or width, naming the name, where it points and the count expected", () => {
    const short = scope(false);
    short.set(N.SPBE_PIC, { address: "Kertas Kerja!J9:J20", values: Array.from({ length: 12 }, () => [null]) });
    expect(() => interpretTemplate((name) => short.get(name), { optional })).toThrow(
      expect.objectContaining({ code: "TEMPLATE_NAME_BROKEN", params: expect.objectContaining({ argument: N.SPBE_PIC, value: "Kertas Kerja!J9:J20", expected: COUNT }) }),
    );
    const wide = scope(false);
    wide.set(N.SPBE_LEVELS, { address: "Kertas Kerja!F9:G55", values: Array.from({ length: COUNT }, () => [1, 2]) });
    expect(() => interpretTemplate((name) => wide.get(name), { optional })).toThrow(expect.objectContaining({ code: "TEMPLATE_NAME_BROKEN" }));
  });

  it("reads a part that was not fetched as blank only when the reader calls it optional", () => {
    const partial = scope(true);
    partial.delete(N.SPBE_TARGETS);
    expect(() => interpretTemplate((name) => partial.get(name), { optional })).toThrow(
      expect.objectContaining({ code: "TEMPLATE_NAME_BROKEN", params: expect.objectContaining({ argument: N.SPBE_TARGETS, value: "(tidak ada / missing)" }) }),
    );
    const reading = interpretTemplate((name) => partial.get(name), { optional: ["computed", "targets"] });
    expect(reading.targets).toHaveLength(COUNT);
    expect(reading.targets.every((c) => c.value === null)).toBe(true);
    expect(reading.computed.index.value).toBeNull();
  });

  it("refuses a blank framework cell, naming it, rather than guessing a framework", () => {
    const blank = scope(true);
    blank.set(N.SPBE_FRAMEWORK, { address: "'Kertas Kerja'!C4", values: [[" "]] });
    expect(() => interpretTemplate((name) => blank.get(name), { optional })).toThrow(
      expect.objectContaining({ code: "FRAMEWORK_BLANK", params: { cell: "'Kertas Kerja'!C4" } }),
    );
  });
});
