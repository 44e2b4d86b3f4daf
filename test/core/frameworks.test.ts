import { FRAMEWORKS, PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018, totalWeight } from "../../src/core";

describe.each(FRAMEWORKS.map((f) => [f.id, f] as const))("framework %s", (_id, framework) => {
  it("numbers its indicators 1..n in order, each in exactly one aspect", () => {
    framework.indicators.forEach((ind, i) => expect(ind.no).toBe(i + 1));
    const listed = framework.aspects.flatMap((a) => a.indicatorNos).sort((a, b) => a - b);
    expect(listed).toEqual(framework.indicators.map((i) => i.no));
    for (const ind of framework.indicators) {
      expect(framework.aspects.find((a) => a.id === ind.aspectId)?.indicatorNos).toContain(ind.no);
    }
  });

  it("has indicator weights that sum to 100 % and add up to each aspect weight", () => {
    const sum = framework.indicators.reduce((s, i) => s + i.weight, 0);
    expect(sum).toBe(totalWeight(framework));
    for (const aspect of framework.aspects) {
      const inAspect = aspect.indicatorNos.reduce((s, no) => s + framework.indicators[no - 1].weight, 0);
      expect([aspect.id, inAspect]).toEqual([aspect.id, aspect.weight]);
    }
    expect(framework.aspects.reduce((s, a) => s + a.weight, 0)).toBe(totalWeight(framework));
  });

  it("has aspect weights that add up to each domain weight (where it has domains)", () => {
    for (const domain of framework.domains) {
      const inDomain = framework.aspects.filter((a) => a.domainId === domain.id);
      expect(inDomain.map((a) => a.id)).toEqual(domain.aspectIds);
      expect(inDomain.reduce((s, a) => s + a.weight, 0)).toBe(domain.weight);
    }
    if (framework.domains.length > 0) {
      expect(framework.domains.reduce((s, d) => s + d.weight, 0)).toBe(totalWeight(framework));
    }
  });

  it("has contiguous bands, best first, the lowest starting at 0", () => {
    const mins = framework.bands.map((b) => b.minHundredths);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(new Set(mins).size).toBe(mins.length);
    expect(mins[mins.length - 1]).toBe(0);
  });

  it("gives every indicator a level scale with five names", () => {
    for (const ind of framework.indicators) {
      expect(framework.levelScales.find((s) => s.id === ind.scaleId)?.names).toHaveLength(5);
    }
  });
});

describe("PermenPANRB 59/2020 weights (Tabel 7-9)", () => {
  it.each([
    [1, 130], [10, 130], [11, 250], [20, 250], [21, 150], [31, 150], [32, 275], [41, 275], [42, 300], [47, 300],
  ])("indicator %i weighs %i hundredths of a percent", (no, weight) => {
    expect(SPBE_59_2020.indicators[no - 1].weight).toBe(weight);
  });

  it("has domains 13 / 25 / 16.5 / 45.5 and aspects 13/10/10/5/12/4.5/27.5/18", () => {
    expect(SPBE_59_2020.domains.map((d) => d.weight)).toEqual([1300, 2500, 1650, 4550]);
    expect(SPBE_59_2020.aspects.map((a) => a.weight)).toEqual([1300, 1000, 1000, 500, 1200, 450, 2750, 1800]);
  });

  it("puts indicators 29-31 in aspect A6, Pelaksanaan Audit TIK", () => {
    expect([29, 30, 31].map((no) => SPBE_59_2020.indicators[no - 1].aspectId)).toEqual(["A6", "A6", "A6"]);
    expect(SPBE_59_2020.aspects[5].name).toBe("Pelaksanaan Audit TIK");
  });

  it("has the Tabel 13 bands 4,2 / 3,5 / 2,6 / 1,8", () => {
    expect(SPBE_59_2020.bands.map((b) => [b.predikat, b.minHundredths])).toEqual([
      ["Memuaskan", 420], ["Sangat Baik", 350], ["Baik", 260], ["Cukup", 180], ["Kurang", 0],
    ]);
  });
});

describe("PermenPANRB 8/2026 (Indeks Pemdi)", () => {
  it("has 20 indicators in 7 aspects weighted 10/10/15/15/10/15/25 and no domains", () => {
    expect(PEMDI_8_2026.indicators).toHaveLength(20);
    expect(PEMDI_8_2026.aspects.map((a) => a.weight)).toEqual([10, 10, 15, 15, 10, 15, 25]);
    expect(PEMDI_8_2026.domains).toHaveLength(0);
  });

  it("starts its top band at 4,00 and its lowest named band at 1,00", () => {
    expect(PEMDI_8_2026.bands.map((b) => [b.predikat, b.minHundredths])).toEqual([
      ["Memuaskan", 400], ["Sangat Baik", 350], ["Baik", 250], ["Cukup", 150], ["Kurang", 100], ["Belum Terindikasi", 0],
    ]);
  });

  it("marks the externally supplied indicators 5, 6, 7 and 18 (and 10's IKASANDI evidence)", () => {
    const external = PEMDI_8_2026.indicators.filter((i) => i.externalSource).map((i) => i.no);
    expect(external).toEqual([5, 6, 7, 10, 18]);
  });
});

describe("PermenPANRB 5/2018 (reconstructed)", () => {
  it("has 35 indicators in 3 domains and 7 aspects and is labelled reconstructed", () => {
    expect(SPBE_5_2018.indicators).toHaveLength(35);
    expect(SPBE_5_2018.domains).toHaveLength(3);
    expect(SPBE_5_2018.aspects).toHaveLength(7);
    expect(SPBE_5_2018.status).toBe("reconstructed");
  });
});
