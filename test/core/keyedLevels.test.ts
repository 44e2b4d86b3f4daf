/**
 * Indicator-keyed levels (issue 10): the shapes analysts' own tables have, read into the engine's clean vector,
 * and the property that a keyed table gives the engine's result on the clean vector or no number at all.
 */
import {
  FRAMEWORKS, PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018, frameworksFittingKeys, overallIndex, ratioToNumber,
  readCompleteKeyedLevels, readKeyForm, readKeyedLevels, resolveKey, roundHalfUpToHundredths, type Framework,
} from "../../src/core";
import { seededRandom } from "../../scripts/seeded-random";
import { vectors } from "../fixtures/vectors";
import { errorOf } from "../helpers/errors";


const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;
const pacitan = vectors.spbe_59_2020_published.find((v) => v.exact_index === 3.4985)!;
const at = (row: number) => `Sheet1!E${row + 1}`;

/** Rows of [key, level] to the two columns a function receives. */
function cells(rows: readonly (readonly [unknown, unknown])[]) {
  return { keys: rows.map((r) => r[0]), levels: rows.map((r) => r[1]), levelAddressOf: at };
}

function exact(fw: Framework, levels: readonly number[]): number {
  return ratioToNumber(overallIndex(fw, levels.map((l) => Math.round(l * 100))));
}

describe("readKeyForm and resolveKey", () => {
  it.each([
    [18, 18], ["18", 18], [" 18 ", 18], ["Indikator 18 : Kebijakan Internal Layanan Publik", 18], ["Indikator 18", 18],
    ["IK-18", 18], ["IK 18", 18], ["I18", 18], ["i18", 18], ["No. 18", 18], ["Nomor 18", 18], ["18. Tata Kelola", 18], ["Ind. 18", 18],
  ])("reads %p as indicator %i of 59/2020", (key, no) => {
    expect(resolveKey(readKeyForm(key), SPBE_59_2020)?.no).toBe(no);
  });

  it.each([
    ["No"], ["Indikator"], ["TOTAL"], ["Total Indeks"], ["Aspek 1: Kebijakan Internal"], ["Domain 2"], [""], [null], [0], [-3], [48], [2.5], [true],
    ["1. Kebijakan Internal SPBE"], ["2 Tata Kelola SPBE"], // domain headings numbered like indicators
  ])("reads %p as no indicator of 59/2020", (key) => {
    expect(resolveKey(readKeyForm(key), SPBE_59_2020)).toBeUndefined();
  });

  it("reads Pemdi aspect.indicator codes as text and as the number Excel makes of them", () => {
    expect(resolveKey(readKeyForm("3.2"), PEMDI_8_2026)?.no).toBe(6);
    expect(resolveKey(readKeyForm(3.2), PEMDI_8_2026)?.no).toBe(6);
    expect(resolveKey(readKeyForm("7.2"), PEMDI_8_2026)?.no).toBe(20);
    expect(resolveKey(readKeyForm("6.4 Interoperabilitas Data"), PEMDI_8_2026)?.no).toBe(18);
    expect(resolveKey(readKeyForm("3.5"), PEMDI_8_2026)).toBeUndefined(); // aspect 3 has four indicators
    // 59/2020 has domains: a code there is a heading, never an indicator.
    expect(resolveKey(readKeyForm("1.1"), SPBE_59_2020)).toBeUndefined();
    // A code followed by another name is a heading, not an indicator.
    expect(resolveKey(readKeyForm("1.1 Kebijakan Internal Tata Kelola SPBE"), PEMDI_8_2026)).toBeUndefined();
  });

  it("reads official names without case, spacing or punctuation", () => {
    expect(resolveKey(readKeyForm("  tingkat kematangan  PELINDUNGAN data pribadi. "), PEMDI_8_2026)?.no).toBe(8);
    expect(resolveKey(readKeyForm(SPBE_59_2020.indicators[46].name.toUpperCase()), SPBE_59_2020)?.no).toBe(47);
  });

  it("reads 5/2018's service rows of indicator 35, and no other indicator's", () => {
    expect(resolveKey(readKeyForm(35), SPBE_5_2018)).toEqual({ no: 35, service: 1 });
    expect(resolveKey(readKeyForm("35-2"), SPBE_5_2018)).toEqual({ no: 35, service: 2 });
    expect(resolveKey(readKeyForm("35 - 3"), SPBE_5_2018)).toEqual({ no: 35, service: 3 });
    expect(resolveKey(readKeyForm("12-2"), SPBE_5_2018)).toBeUndefined();
    expect(resolveKey(readKeyForm("35-2"), SPBE_59_2020)).toBeUndefined();
  });

  it("infers the framework only where the keys leave no doubt", () => {
    const ids = (keys: unknown[]) => frameworksFittingKeys(keys.map(readKeyForm)).map((f) => f.id).sort();
    expect(ids(Array.from({ length: 47 }, (_, i) => i + 1))).toEqual(["59/2020"]);
    expect(ids(Array.from({ length: 20 }, (_, i) => i + 1))).toEqual(["5/2018", "59/2020", "8/2026"]);
    expect(ids(["1.1", "1.2", "3.2"])).toEqual(["8/2026"]);
    expect(ids([34, 35, "35-2", "35-3"])).toEqual(["5/2018"]);
    expect(ids(["No", "TOTAL", 48])).toEqual(["5/2018", "59/2020", "8/2026"]);
  });
});

describe("readKeyedLevels on the shapes of analysts' workbooks", () => {
  it("skips title, header, aspect heading and TOTAL rows and reads shuffled rows by their key", () => {
    const rows: [unknown, unknown][] = [
      ["Rekap Penilaian Mandiri SPBE 2024", null],
      ["No", "Tingkat"],
      ["Domain 1 Kebijakan Internal SPBE", "3,21"],
      ...kominfo.levels.map((l, i) => [`Indikator ${i + 1} : nama`, l] as [unknown, unknown]).reverse(),
      ["TOTAL", 4.75],
    ];
    const read = readCompleteKeyedLevels(cells(rows), null);
    expect(read.framework.id).toBe("59/2020");
    expect(read.scale).toBe(1);
    expect(ratioToNumber(overallIndex(read.framework, read.levels))).toBe(4.745);
    expect(read.skipped).toEqual([0, 1, 2, 50]);
  });

  it("counts an indicator repeated per OPD once when the rows agree, and ignores a blank repeat", () => {
    const rows: [unknown, unknown][] = [];
    pacitan.levels.forEach((l, i) => {
      rows.push([i + 1, l]);
      if (i % 3 === 0) rows.push([`IK-${i + 1}`, l]);
      if (i % 7 === 0) rows.push([`I${i + 1}`, null]);
    });
    const read = readCompleteKeyedLevels(cells(rows), "59/2020");
    expect(roundHalfUpToHundredths(overallIndex(read.framework, read.levels))).toBe(350);
    expect(read.rowsOf[0]).toHaveLength(3);
  });

  it("refuses repeats that disagree, naming both cells", () => {
    const rows: [unknown, unknown][] = kominfo.levels.map((l, i) => [i + 1, l]);
    rows.push([7, kominfo.levels[6] === 5 ? 4 : 5]);
    const e = errorOf(() => readKeyedLevels(cells(rows), null));
    expect(e.code).toBe("KEY_LEVEL_CONFLICT");
    expect(e.kind).toBe("invalid");
    expect(e.messageIn("id")).toContain("Indikator 7 muncul lebih dari sekali");
    expect(e.messageIn("id")).toContain("sel Sheet1!E7");
    expect(e.messageIn("id")).toContain("sel Sheet1!E48");
  });

  it("reports indicators with no row as not filled in, listing them", () => {
    const rows: [unknown, unknown][] = kominfo.levels.map((l, i) => [i + 1, l]).filter(([k]) => k !== 3 && k !== 42) as [unknown, unknown][];
    const e = errorOf(() => readKeyedLevels(cells(rows), "59/2020"));
    expect(e.code).toBe("KEYS_MISSING");
    expect(e.kind).toBe("missing");
    expect(e.messageIn("id")).toContain("Indikator 3, 42 tidak ada");
    expect(e.messageIn("id")).toContain("45 dari 47");
  });

  it("takes the exact mean of 5/2018's service rows of indicator 35, unrounded", () => {
    const levels = Array.from({ length: 34 }, (_, i) => 1 + (i % 5));
    const rows: [unknown, unknown][] = levels.map((l, i) => [i + 1, l]);
    rows.push(["35", 3], ["35-2", 4], ["35-3", 4]);
    const read = readCompleteKeyedLevels(cells(rows), null);
    expect(read.framework.id).toBe("5/2018");
    expect(read.scale).toBe(3);
    expect(read.levels[34]).toBe(1100); // (300 + 400 + 400) hundredths x 3 / 3
    const index = overallIndex(read.framework, read.levels, read.scale);
    // Exactly (sum of level x weight over 1-34, plus 11/3 x indicator 35's weight) / (100 x total weight), in thirds.
    const weights = SPBE_5_2018.indicators.map((i) => i.weight);
    const thirds = 3 * levels.reduce((sum, l, i) => sum + l * 100 * weights[i], 0) + 1100 * weights[34];
    const den = 3 * 100 * 100 * SPBE_5_2018.weightUnitsPerPercent;
    expect(index.num * den).toBe(thirds * index.den);
    expect(ratioToNumber(index)).toBeCloseTo(thirds / den, 15);
  });

  it("reads Pemdi workbooks keyed by aspect.indicator codes, with aspect headings numbered 1-7", () => {
    const c = vectors.pemdi_8_2026_synthetic[0];
    const rows: [unknown, unknown][] = [];
    PEMDI_8_2026.aspects.forEach((a) => {
      rows.push([a.no, null]); // the aspect heading, numbered like an indicator
      a.indicatorNos.forEach((no, j) => rows.push([Number(`${a.no}.${j + 1}`), c.levels[no - 1]]));
    });
    const read = readCompleteKeyedLevels(cells(rows), null);
    expect(read.framework.id).toBe("8/2026");
    expect(roundHalfUpToHundredths(overallIndex(read.framework, read.levels)) / 100).toBe(c.expected_index);
  });

  it("asks for the framework when the keys fit several", () => {
    const rows: [unknown, unknown][] = Array.from({ length: 20 }, (_, i) => [i + 1, 3]);
    const e = errorOf(() => readKeyedLevels(cells(rows), null));
    expect(e.code).toBe("FRAMEWORK_AMBIGUOUS");
    expect(e.messageIn("id")).toContain("8/2026, 59/2020, 5/2018");
    expect(readCompleteKeyedLevels(cells(rows), "8/2026").levels).toEqual(new Array(20).fill(300));
  });

  it("checks level cells as an ordered range does, naming the cell, but not the level cells of skipped rows", () => {
    const rows: [unknown, unknown][] = [["Tingkat", "Level"], ...kominfo.levels.map((l, i) => [i + 1, l] as [unknown, unknown])];
    rows[5][1] = "Level 3";
    const e = errorOf(() => readKeyedLevels(cells(rows), null));
    expect(e.code).toBe("LEVEL_NOT_NUMBER");
    expect(e.messageIn("id")).toContain("Indikator 5 (sel Sheet1!E6)");
  });

  it("refuses ranges of different sizes", () => {
    expect(errorOf(() => readKeyedLevels({ keys: [1, 2], levels: [1] }, null)).code).toBe("KEYS_SHAPE_MISMATCH");
  });
});

describe("property: a keyed table gives the engine's result on the clean vector, or no number", () => {
  const random = seededRandom(20261205);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const keyStyles = [(n: number) => n, (n: number) => String(n), (n: number) => `Indikator ${n} : nama`, (n: number) => `IK-${n}`, (n: number) => `I${n}`];
  const noise: [unknown, unknown][] = [["No", "Tingkat"], ["TOTAL", 9], ["Aspek 2", "x"], [null, 4], ["Catatan: isi semua", null]];

  function table(fw: Framework, levels: number[]): [unknown, unknown][] {
    const rows: [unknown, unknown][] = [];
    levels.forEach((l, i) => {
      const copies = random() < 0.2 ? 2 : 1;
      for (let c = 0; c < copies; c++) rows.push([pick(keyStyles)(i + 1), l]);
    });
    for (let k = 0; k < 4; k++) rows.push(pick(noise));
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    return rows;
  }

  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))("holds for %s over 200 random tables", (_id, fw) => {
    for (let n = 0; n < 200; n++) {
      const levels = fw.indicators.map(() => Math.round(random() * (fw.maxLevel - fw.minLevel) * 100) / 100 + fw.minLevel);
      const rows = table(fw, levels);
      const read = readCompleteKeyedLevels(cells(rows), fw.id);
      expect(ratioToNumber(overallIndex(fw, read.levels, read.scale))).toBeCloseTo(exact(fw, levels), 12);

      // Take one indicator's rows out, or contradict one: never a number.
      const victim = 1 + Math.floor(random() * fw.indicators.length);
      const without = rows.filter(([k]) => resolveKey(readKeyForm(k), fw)?.no !== victim);
      expect(errorOf(() => readCompleteKeyedLevels(cells(without), fw.id)).code).toBe("KEYS_MISSING");
      const contradicted: [unknown, unknown][] = [...rows, [victim, levels[victim - 1] >= 1 ? levels[victim - 1] - 1 : levels[victim - 1] + 1]];
      expect(errorOf(() => readCompleteKeyedLevels(cells(contradicted), fw.id)).code).toBe("KEY_LEVEL_CONFLICT");
    }
  });
});
