/**
 * The template's native formulas, evaluated by a spreadsheet engine (HyperFormula), equal the core exactly: index,
 * 2-decimal index, aspects, domains, both predikat practices, for random level vectors, .xx5 ties, band
 * boundaries, level 0 and decimal levels. Blanks and refused values show as text, never as a number.
 */
import {
  bandOfIndex, getFramework, ratioToNumber, readLevels, roundHalfUpToHundredths, scoreBreakdown, type FrameworkId,
} from "../../src/core";
import { describeTemplate, names as N } from "../../src/template";
import { vectors } from "../fixtures/vectors";
import { seededRandom as random } from "../../scripts/seeded-random";
import { buildSpecEngine, type SpecEngine } from "./specEngine";

function randomLevels(count: number, next: () => number): number[] {
  return Array.from({ length: count }, () => {
    const kind = next();
    if (kind < 0.6) return Math.floor(next() * 6); // whole levels 0-5
    if (kind < 0.8) return Math.floor(next() * 501) / 100; // two decimals
    return Math.floor(next() * 51) / 10; // one decimal
  });
}

function expectMatchesCore(engine: SpecEngine, frameworkId: FrameworkId, levels: readonly number[]): void {
  const framework = getFramework(frameworkId);
  engine.fill(N.SPBE_LEVELS, levels);
  const hundredths = readLevels(levels, framework) as number[];
  const b = scoreBreakdown(framework, hundredths);
  expect(engine.value(N.SPBE_INDEX)).toBe(ratioToNumber(b.index));
  expect(engine.value(N.SPBE_INDEX_ROUNDED)).toBe(roundHalfUpToHundredths(b.index) / 100);
  expect(engine.value(N.SPBE_PREDIKAT)).toBe(bandOfIndex(framework, b.index, "exact").predikat);
  expect(engine.value(N.SPBE_PREDIKAT_ROUNDED)).toBe(bandOfIndex(framework, b.index, "rounded").predikat);
  b.aspects.forEach(({ aspect, value }) => expect(engine.value(N.aspectName(aspect.no))).toBe(ratioToNumber(value)));
  b.domains.forEach(({ domain, value }) => expect(engine.value(N.domainName(domain.no))).toBe(ratioToNumber(value)));
}

describe.each<FrameworkId>(["59/2020", "8/2026", "5/2018"])("template formulas of %s", (frameworkId) => {
  const framework = getFramework(frameworkId);
  const count = framework.indicators.length;
  let engine: SpecEngine;
  beforeAll(() => {
    engine = buildSpecEngine(describeTemplate(frameworkId));
  });
  afterAll(() => engine.destroy());

  it("hold the framework id as text", () => {
    expect(engine.value(N.SPBE_FRAMEWORK)).toBe(frameworkId);
  });

  it("equal the core for 150 random level vectors (whole, one- and two-decimal levels, level 0)", () => {
    const next = random(frameworkId.length * 7919 + count);
    for (let i = 0; i < 150; i++) expectMatchesCore(engine, frameworkId, randomLevels(count, next));
  });

  // Float noise from arithmetic in the sheet (2.67 typed as =2.6+0.07, or 2.499999999 from a formula) is within
  // 1e-8 of a hundredth and is read as that hundredth by both; a real third decimal is refused by both.
  it.each([
    [2.499999999, 250],
    [2.6 + 0.07, 267],
    [3.000000004, 300],
  ])("read %s as %s hundredths, as the core does", (level, hundredths) => {
    const levels = new Array(count).fill(3);
    levels[0] = level;
    expect(readLevels(levels, framework)[0]).toBe(hundredths);
    expectMatchesCore(engine, frameworkId, levels);
  });

  it.each([2.4999, 2.995, 3.0001])("refuse %s (more than two decimals) like the core", (level) => {
    const levels = new Array(count).fill(3);
    levels[0] = level;
    expect(() => readLevels(levels, framework)).toThrow(expect.objectContaining({ code: "LEVEL_TOO_PRECISE" }));
    engine.fill(N.SPBE_LEVELS, levels);
    expect(String(engine.value(N.SPBE_INDEX))).toMatch(/tidak valid \(1 sel\)/);
  });

  it.each([0, 1, 2.6, 3.5, 4.2, 5])("equal the core when every level is %s (band boundaries included)", (level) => {
    expectMatchesCore(engine, frameworkId, new Array(count).fill(level));
  });

  it("say the index is incomplete when a level is blank, instead of reading it as 0", () => {
    const levels: (number | null)[] = new Array(count).fill(3);
    levels[1] = null;
    levels[count - 1] = "  " as unknown as null;
    engine.fill(N.SPBE_LEVELS, levels);
    expect(engine.value(N.SPBE_INDEX)).toBe("belum lengkap (2 kosong)");
    expect(engine.value(N.SPBE_INDEX_ROUNDED)).toBe("belum lengkap (2 kosong)");
    expect(engine.value(N.SPBE_PREDIKAT)).toBe("belum lengkap (2 kosong)");
    expect(engine.value(N.aspectName(1))).toBe("belum lengkap (1 kosong)");
  });

  it.each<[string, unknown]>([
    // HyperFormula parses a raw "3" as a number; the apostrophe makes it text, as a cell formatted as text holds it.
    ["text, even a digit", "'3"],
    ["a value above the maximum", 5.5],
    ["a negative value", -1],
    ["more than two decimals", 2.675],
    ["a boolean", true],
  ])("say the index is invalid for %s", (_, bad) => {
    const levels: unknown[] = new Array(count).fill(2);
    levels[0] = bad;
    engine.fill(N.SPBE_LEVELS, levels as never[]);
    expect(engine.value(N.SPBE_INDEX)).toBe("tidak valid (1 sel)");
    expect(engine.value(N.SPBE_PREDIKAT_ROUNDED)).toBe("tidak valid (1 sel)");
  });
});

describe("template formulas of 59/2020 at the published ties and boundaries", () => {
  let engine: SpecEngine;
  beforeAll(() => {
    engine = buildSpecEngine(describeTemplate("59/2020"));
  });
  afterAll(() => engine.destroy());

  it.each(vectors.spbe_59_2020_published.map((p) => [p.instansi, p.exact_index, p] as const))(
    "%s: exact %s, published value and predikat reproduced",
    (_, exact, published) => {
      expectMatchesCore(engine, "59/2020", published.levels);
      expect(engine.value(N.SPBE_INDEX)).toBe(exact);
      expect(engine.value(N.SPBE_INDEX_ROUNDED)).toBe(published.published_index);
      const practice = published.year <= 2023 ? N.SPBE_PREDIKAT_ROUNDED : N.SPBE_PREDIKAT;
      expect(engine.value(practice)).toBe(published.published_predikat);
    },
  );

  it("4,745 rounds to 4,75 (a naive float sum gives 4,744999...)", () => {
    const kominfo = vectors.spbe_59_2020_published.find((p) => p.exact_index === 4.745)!;
    engine.fill(N.SPBE_LEVELS, kominfo.levels);
    expect(engine.value(N.SPBE_INDEX_ROUNDED)).toBe(4.75);
  });

  it("3,4985 is Baik under the 2024 practice and Sangat Baik under the 2023 practice", () => {
    const pacitan = vectors.spbe_59_2020_published.find((p) => p.exact_index === 3.4985)!;
    engine.fill(N.SPBE_LEVELS, pacitan.levels);
    expect(engine.value(N.SPBE_PREDIKAT)).toBe("Baik");
    expect(engine.value(N.SPBE_PREDIKAT_ROUNDED)).toBe("Sangat Baik");
  });

  it("1,7995 is Kurang under the 2024 practice and Cukup under the 2023 practice", () => {
    const boven = vectors.spbe_59_2020_published.find((p) => p.exact_index === 1.7995)!;
    engine.fill(N.SPBE_LEVELS, boven.levels);
    expect(engine.value(N.SPBE_PREDIKAT)).toBe("Kurang");
    expect(engine.value(N.SPBE_PREDIKAT_ROUNDED)).toBe("Cukup");
  });

  it("computes the target index from the Target column, apart from the self-assessment", () => {
    engine.fill(N.SPBE_LEVELS, new Array(47).fill(2));
    engine.fill(N.SPBE_TARGETS, new Array(47).fill(3));
    expect(engine.value(N.SPBE_TARGET_INDEX)).toBe(3);
    expect(engine.value(N.SPBE_INDEX)).toBe(2);
  });

  it("leaves the target and official indices empty until one is entered, then says what is still missing", () => {
    engine.fill(N.SPBE_LEVELS, new Array(47).fill(2));
    engine.fill(N.SPBE_TARGETS, new Array(47).fill(null));
    engine.fill(N.SPBE_OFFICIAL, new Array(47).fill(null));
    expect(engine.value(N.SPBE_TARGET_INDEX)).toBe("");
    expect(["C14", "C15", "C16"].map((a) => engine.cell("Ringkasan", a))).toEqual(["", "", ""]);
    const partly: (number | null)[] = new Array(47).fill(null);
    partly[0] = 3;
    engine.fill(N.SPBE_TARGETS, partly);
    expect(engine.value(N.SPBE_TARGET_INDEX)).toBe("belum lengkap (46 kosong)");
    expect(engine.value(N.SPBE_INDEX)).toBe(2); // the self-assessment is unaffected
  });

  it("computes the official-evaluation index from its own column (Tabel 12 example: 3,282, 3,28, Baik)", () => {
    const tabel12 = [
      4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 4, 3, 2, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
      ...new Array(16).fill(3.2),
    ];
    engine.fill(N.SPBE_OFFICIAL, tabel12);
    expect(["C14", "C15", "C16"].map((a) => engine.cell("Ringkasan", a))).toEqual([3.282, 3.28, "Baik"]);
  });
});

describe("template formulas of 8/2026 (Indeks Pemdi) stages", () => {
  it.each<[number, string, string]>([
    [4, "Memuaskan", "Unggul"],
    [3.5, "Sangat Baik", "Melembaga"],
    [1, "Kurang", "Merintis"],
    [0.5, "Belum Terindikasi", "Belum Terindikasi"],
  ])("all levels %s: predikat %s, stage %s", (level, predikat, stage) => {
    const engine = buildSpecEngine(describeTemplate("8/2026"));
    engine.fill(N.SPBE_LEVELS, new Array(20).fill(level));
    expect(engine.value(N.SPBE_PREDIKAT)).toBe(predikat);
    expect(engine.cell("Ringkasan", "C17")).toBe(stage);
    engine.destroy();
  });
});
