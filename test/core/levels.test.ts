import { PEMDI_8_2026, SPBE_59_2020, readCompleteLevels, readLevel, readLevels, toHundredths } from "../../src/core";
import { errorOf } from "../helpers/errors";


const place = { indicator: 12, position: 12, cell: "'Kertas Kerja'!F23" };

describe("readLevel", () => {
  it.each([
    [0, 0], [1, 100], [5, 500], [3.5, 350], [2.67, 267], [4.05, 405], [0.01, 1],
  ])("accepts %p as %i hundredths", (value, hundredths) => {
    expect(readLevel(value, SPBE_59_2020, place)).toBe(hundredths);
  });

  it.each([[null], [undefined], [""], ["   "]])("reads %p as blank (null), never as 0", (value) => {
    expect(readLevel(value, SPBE_59_2020, place)).toBeNull();
  });

  it.each([
    ["3", "LEVEL_NOT_NUMBER"],
    ["tiga", "LEVEL_NOT_NUMBER"],
    [true, "LEVEL_NOT_NUMBER"],
    [false, "LEVEL_NOT_NUMBER"],
    [NaN, "LEVEL_NOT_NUMBER"],
    [Infinity, "LEVEL_NOT_NUMBER"],
    [-1, "LEVEL_OUT_OF_RANGE"],
    [-0.01, "LEVEL_OUT_OF_RANGE"],
    [5.01, "LEVEL_OUT_OF_RANGE"],
    [7, "LEVEL_OUT_OF_RANGE"],
    [2.675, "LEVEL_TOO_PRECISE"],
    [3.333, "LEVEL_TOO_PRECISE"],
    ["#DIV/0!", "LEVEL_ERROR_VALUE"],
    [{ error: "#N/A" }, "LEVEL_ERROR_VALUE"],
  ])("refuses %p with %s", (value, code) => {
    const error = errorOf(() => readLevel(value, SPBE_59_2020, place));
    expect(error.code).toBe(code);
    expect(error.kind).toBe("invalid");
  });

  it("names the indicator, the cell, the value and what is allowed, in Indonesian and English", () => {
    const error = errorOf(() => readLevel(7, SPBE_59_2020, place));
    expect(error.messageIn("id")).toBe(
      "Indikator 12 (sel 'Kertas Kerja'!F23) bernilai 7, di luar rentang. Yang diizinkan: angka 0 sampai 5 (0 = belum terpenuhi/belum dinilai), paling banyak dua desimal.",
    );
    expect(error.messageIn("en")).toBe(
      "Indicator 12 (cell 'Kertas Kerja'!F23) is 7, out of range. Allowed: a number from 0 to 5 (0 = not met/not scored), at most two decimals.",
    );
  });

  it("shows a decimal value with a comma in Indonesian", () => {
    expect(errorOf(() => readLevel(2.675, SPBE_59_2020, place)).messageIn("id")).toContain("bernilai 2,675");
  });

  it("names the position in the range when the cell address is unknown", () => {
    const error = errorOf(() => readLevel("3", SPBE_59_2020, { indicator: 3, position: 3 }));
    expect(error.messageIn("id")).toContain('Indikator 3 (sel ke-3 dalam rentang) berisi teks atau nilai bukan angka "3"');
  });
});

describe("readLevels / readCompleteLevels", () => {
  const full = new Array(47).fill(3);

  it("needs exactly one cell per indicator and says how many", () => {
    const error = errorOf(() => readLevels(full.slice(1), SPBE_59_2020));
    expect(error.code).toBe("COUNT_MISMATCH");
    expect(error.messageIn("id")).toBe(
      "Rentang berisi 46 sel, padahal kerangka 59/2020 memiliki 47 indikator. Pilih tepat 47 sel, satu per indikator, berurutan.",
    );
  });

  it("keeps blanks as null in readLevels", () => {
    const cells = [...full];
    cells[4] = null;
    expect(readLevels(cells, SPBE_59_2020)[4]).toBeNull();
  });

  it("reports the first blank as not filled in (#N/A kind) with its address", () => {
    const cells = [...full];
    cells[9] = "";
    const error = errorOf(() => readCompleteLevels(cells, SPBE_59_2020, { addressOf: (i) => `Sheet1!F${10 + i}` }));
    expect(error.code).toBe("LEVEL_BLANK");
    expect(error.kind).toBe("missing");
    expect(error.messageIn("id")).toBe("Indikator 10 (sel Sheet1!F19) belum diisi. Isi tingkat 0-5 sebelum menghitung indeks.");
  });

  it("reports an invalid value before a blank one", () => {
    const cells = [...full];
    cells[2] = null;
    cells[30] = "x";
    expect(errorOf(() => readCompleteLevels(cells, SPBE_59_2020)).code).toBe("LEVEL_NOT_NUMBER");
  });

  it("accepts level 0 in every framework (not met / not scored)", () => {
    expect(readCompleteLevels(new Array(20).fill(0), PEMDI_8_2026)).toEqual(new Array(20).fill(0));
  });
});

describe("toHundredths", () => {
  it("absorbs float noise but not a third decimal", () => {
    expect(4.35 * 100).toBe(434.99999999999994);
    expect(toHundredths(4.35)).toBe(435);
    expect(toHundredths(2.671)).toBeNull();
  });
});
