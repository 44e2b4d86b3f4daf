/** The stages of an evaluation in the core: pasted results read by key, each stage's index, the changes between them. */
import { finalValues, getFramework, readPastedResults, stageReport, type Stage, type StageValue } from "../../src/core";

const pemdi = getFramework("8/2026");
const n = pemdi.indicators.length;
const all = (v: StageValue) => Array.from({ length: n }, () => v);
const cell = (value: unknown, address: string) => ({ value, address });

describe("readPastedResults", () => {
  it("takes each indicator's value by key, in any order, and says which cells it could not use", () => {
    const keys = [cell("I2", "B1"), cell("3.1", "B2"), cell("Jumlah", "B3"), cell("I2", "B4"), cell("I7", "B5"), cell("1", "B6")];
    const rows = [
      [cell(2, "E1"), cell(1, "F1"), cell(null, "G1"), cell(null, "H1")],
      [cell(1.26, "E2"), cell(null, "F2"), cell(null, "G2"), cell(null, "H2")],
      [cell(2.1, "E3"), cell(null, "F3"), cell(null, "G3"), cell(null, "H3")],
      [cell(2, "E4"), cell(3, "F4"), cell(null, "G4"), cell(null, "H4")],
      [cell("dua", "E5"), cell(null, "F5"), cell(null, "G5"), cell(null, "H5")],
      // "1" above the code 3.1: an aspect heading, skipped without a complaint.
      [cell(2.4, "E6"), cell(null, "F6"), cell(null, "G6"), cell(null, "H6")],
    ];
    const r = readPastedResults(pemdi, keys, rows);
    // I2 twice with the same value agrees; 3.1 is I5; I7's text is refused.
    expect(r.values.dokumen.slice(0, 7)).toEqual([null, 200, null, null, 126, null, "invalid"]);
    expect(r.values.interviu[1]).toBe("conflict");
    expect(r.conflicts).toEqual([{ stage: "interviu", no: 2, cells: ["F1", "F4"] }]);
    expect(r.unknownKeys).toEqual(["B3"]);
    expect(r.invalidCells).toEqual(["E5"]);
  });
});

describe("stageReport", () => {
  it("compares each stage with the latest earlier one that has a value, and sorts the largest loss first", () => {
    const values: Record<Stage, StageValue[]> = {
      mandiri: all(300),
      dokumen: all(300).map((v, i) => (i === 0 ? 250 : i === 1 ? 200 : v)),
      // The interview reviewed only I1 (back up); the site visit was not held.
      interviu: all(null).map((v, i) => (i === 0 ? 300 : v)),
      visitasi: all(null),
      akhir: all(300).map((v, i) => (i === 1 ? 250 : v)),
    };
    const report = stageReport(pemdi, values);
    expect(report.stages.map((s) => [s.stage, s.index && s.index.num / s.index.den, s.blanks])).toEqual([
      ["mandiri", 3, 0], ["dokumen", expect.any(Number), 0], ["interviu", null, n - 1], ["visitasi", null, n], ["akhir", expect.any(Number), 0],
    ]);
    const dokumen = report.changes[0];
    const [w1, w2] = [pemdi.indicators[0].weight, pemdi.indicators[1].weight];
    expect(dokumen.changed.map((c) => [c.no, c.delta, c.from])).toEqual(
      (-100 * w2 < -50 * w1 ? [[2, -100, "mandiri"], [1, -50, "mandiri"]] : [[1, -50, "mandiri"], [2, -100, "mandiri"]]),
    );
    expect(dokumen.fell).toBe(2);
    expect(dokumen.indexPoints).toEqual({ num: -50 * w1 - 100 * w2, den: 100 * 100 * pemdi.weightUnitsPerPercent });
    // Akhir: I1 compared with the interview (300 = 300, no change), I2 with the document review (200 -> 250).
    expect(report.changes[3].changed.map((c) => [c.no, c.from, c.delta])).toEqual([[2, "dokumen", 50]]);
  });

  it("takes a typed official value before a pasted one, a refused one included", () => {
    expect(finalValues([null, 300, "invalid"], [250, 200, 200])).toEqual([250, 300, "invalid"]);
  });
});
