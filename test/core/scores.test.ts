import {
  PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018, aspectIndex, bandOfIndex, domainIndex, findAspect, overallIndex,
  ratioToNumber, roundHalfUpToHundredths, scoreBreakdown, type Framework,
} from "../../src/core";
import { practiceOfYear, vectors } from "../fixtures/vectors";

const hundredths = (levels: number[]) => levels.map((l) => Math.round(l * 100));
const rounded = (r: { num: number; den: number }) => roundHalfUpToHundredths(r) / 100;

describe("PermenPANRB 59/2020 worked examples (Lampiran Bab II)", () => {
  // Levels built to match Tabel 10-12: A1 = 3,7; A2 = 3 (Tabel 10); A3 = 4; A4 = 3; D3 = 3; D4 = 3,2.
  const levels = hundredths([
    4, 4, 4, 4, 4, 4, 4, 3, 3, 3,
    3, 4, 3, 2,
    4, 4, 4, 4,
    3, 3,
    3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3,
    3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2,
    3.2, 3.2, 3.2, 3.2, 3.2, 3.2,
  ]);

  it("Tabel 10: aspect A2 with levels 3, 4, 3, 2 is 3,00", () => {
    expect(ratioToNumber(aspectIndex(SPBE_59_2020, levels, findAspect(SPBE_59_2020, "A2")))).toBe(3);
  });

  it("Tabel 11: domain D2 from aspects 3, 4, 3 is 3,40", () => {
    expect(ratioToNumber(domainIndex(SPBE_59_2020, levels, SPBE_59_2020.domains[1]))).toBe(3.4);
  });

  it("Tabel 12: domains 3,7 / 3,4 / 3,0 / 3,2 give Indeks SPBE 3,282, shown 3,28, Baik", () => {
    const b = scoreBreakdown(SPBE_59_2020, levels);
    expect(b.domains.map((d) => ratioToNumber(d.value))).toEqual([3.7, 3.4, 3, 3.2]);
    expect(ratioToNumber(b.index)).toBe(3.282);
    expect(rounded(b.index)).toBe(3.28);
    expect(bandOfIndex(SPBE_59_2020, b.index).predikat).toBe("Baik");
  });
});

describe("PermenPANRB 59/2020 synthetic cases", () => {
  it.each(vectors.spbe_59_2020_synthetic.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    const b = scoreBreakdown(SPBE_59_2020, hundredths(c.levels));
    expect(rounded(b.index)).toBe(c.expected_index);
    expect(bandOfIndex(SPBE_59_2020, b.index).predikat).toBe(c.expected_predikat);
    if (c.expected_domains) expect(b.domains.map((d) => rounded(d.value))).toEqual(c.expected_domains);
  });
});

describe("published KemenPANRB results", () => {
  it.each(vectors.spbe_59_2020_published.map((c) => [`${c.year} ${c.instansi}`, c] as const))("%s", (_name, c) => {
    const b = scoreBreakdown(SPBE_59_2020, hundredths(c.levels));
    expect(ratioToNumber(b.index)).toBe(c.exact_index);
    expect(rounded(b.index)).toBe(c.published_index);
    expect(b.domains.map((d) => rounded(d.value))).toEqual(c.published_domains);
    expect(bandOfIndex(SPBE_59_2020, b.index, practiceOfYear(c.year)).predikat).toBe(c.published_predikat);
  });

  it("rounds the exact 4,745 of Kementerian Kominfo 2024 up to 4,75, where float arithmetic gives 4,74", () => {
    const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;
    const floatSum = 0.13 * 5 + 0.25 * 5 + 0.165 * (38 / 11) + 0.455 * 5;
    expect(Math.round(floatSum * 100) / 100).toBe(4.74); // the trap this engine avoids
    expect(roundHalfUpToHundredths(overallIndex(SPBE_59_2020, hundredths(kominfo.levels)))).toBe(475);
  });

  it("gives the two practices different predikat at the band edge (Pacitan 3,4985; Boven Digoel 1,7995)", () => {
    const pacitan = overallIndex(SPBE_59_2020, hundredths(vectors.spbe_59_2020_published[1].levels));
    expect(bandOfIndex(SPBE_59_2020, pacitan, "exact").predikat).toBe("Baik");
    expect(bandOfIndex(SPBE_59_2020, pacitan, "rounded").predikat).toBe("Sangat Baik");
    const boven = overallIndex(SPBE_59_2020, hundredths(vectors.spbe_59_2020_published[2].levels));
    expect(bandOfIndex(SPBE_59_2020, boven, "exact").predikat).toBe("Kurang");
    expect(bandOfIndex(SPBE_59_2020, boven, "rounded").predikat).toBe("Cukup");
  });
});

describe("PermenPANRB 8/2026 (Indeks Pemdi) synthetic cases", () => {
  it.each(vectors.pemdi_8_2026_synthetic.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    const b = scoreBreakdown(PEMDI_8_2026, hundredths(c.levels));
    expect(rounded(b.index)).toBe(c.expected_index);
    expect(bandOfIndex(PEMDI_8_2026, b.index).predikat).toBe(c.expected_predikat);
    if (c.expected_aspects) {
      expect(Object.fromEntries(b.aspects.map((a) => [a.aspect.id, rounded(a.value)]))).toEqual(c.expected_aspects);
    }
    expect(b.domains).toEqual([]);
  });

  it("goes below 1,00 with level 0 and calls that Belum Terindikasi", () => {
    const levels = hundredths([0, ...new Array(19).fill(1)]);
    const index = overallIndex(PEMDI_8_2026, levels);
    expect(ratioToNumber(index)).toBe(0.95);
    expect(bandOfIndex(PEMDI_8_2026, index).predikat).toBe("Belum Terindikasi");
  });
});

describe("every framework", () => {
  const frameworks: Framework[] = [SPBE_59_2020, PEMDI_8_2026, SPBE_5_2018];

  it.each(frameworks.map((f) => [f.id, f] as const))("%s: uniform level L gives index L in every aspect and domain", (_id, f) => {
    for (const level of [0, 1, 2.5, 3, 5]) {
      const b = scoreBreakdown(f, new Array(f.indicators.length).fill(level * 100));
      expect(ratioToNumber(b.index)).toBe(level);
      for (const a of b.aspects) expect(ratioToNumber(a.value)).toBe(level);
      for (const d of b.domains) expect(ratioToNumber(d.value)).toBe(level);
    }
  });

  it.each(frameworks.map((f) => [f.id, f] as const))("%s: the index equals the weighted mean of domains (or aspects), exactly", (_id, f) => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let run = 0; run < 200; run++) {
      const levels = f.indicators.map(() => next() % 501);
      const b = scoreBreakdown(f, levels);
      const parts = f.domains.length > 0 ? b.domains.map((d) => [d.value, d.domain.weight] as const) : b.aspects.map((a) => [a.value, a.aspect.weight] as const);
      // sum(part x weight) / total, in exact cross-multiplied integers
      const lhs = parts.reduce((s, [v, w]) => s + (v.num / v.den) * w, 0) / (100 * f.weightUnitsPerPercent);
      expect(lhs).toBeCloseTo(ratioToNumber(b.index), 12);
    }
  });

  it("does not mutate the levels it is given", () => {
    const levels = new Array(47).fill(300);
    const copy = [...levels];
    scoreBreakdown(SPBE_59_2020, levels);
    expect(levels).toEqual(copy);
  });
});

describe("PermenPANRB 5/2018 (reconstructed)", () => {
  it("weights indicator 35 (mean of up to three public services) like three of indicators 32-34", () => {
    const levels = new Array(35).fill(0);
    levels[34] = 300; // indicator 35 at 3
    const a7 = aspectIndex(SPBE_5_2018, levels, findAspect(SPBE_5_2018, "A7"));
    expect(ratioToNumber(a7)).toBe(1.5);
    levels.fill(0);
    levels[31] = levels[32] = levels[33] = 300; // 32-34 at 3
    expect(ratioToNumber(aspectIndex(SPBE_5_2018, levels, findAspect(SPBE_5_2018, "A7")))).toBe(1.5);
  });
});
