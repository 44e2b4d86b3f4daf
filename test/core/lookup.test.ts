import {
  PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018, SpbeError, bandOfNumber, findAspect, findBandByName, findDomain, findIndicator,
  frameworkForYear, levelName, resolveFramework, resolveLanguage,
} from "../../src/core";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as SpbeError).code;
  }
  return "no error";
};

describe("resolveFramework", () => {
  it.each([
    ["59/2020", "59/2020"], ["8/2026", "8/2026"], ["5/2018", "5/2018"], [" 59-2020 ", "59/2020"], ["59 2020", "59/2020"],
    ["PermenPANRB Nomor 59 Tahun 2020", "59/2020"], ["Pemdi", "8/2026"], [2018, "5/2018"], [2020, "5/2018"], [2021, "59/2020"],
    [2025, "59/2020"], [2026, "8/2026"], [2031, "8/2026"], ["2024", "59/2020"],
  ])("reads %p as %s", (spec, id) => {
    expect(resolveFramework(spec).id).toBe(id);
  });

  it.each([[47, "59/2020"], [20, "8/2026"], [35, "5/2018"]])("infers %i cells as %s when blank", (count, id) => {
    expect(resolveFramework(null, { cellCount: count }).id).toBe(id);
    expect(resolveFramework("", { cellCount: count }).id).toBe(id);
  });

  it("defaults to 59/2020 when blank and no count is known", () => {
    expect(resolveFramework(undefined).id).toBe("59/2020");
  });

  it.each([[2017], ["60/2020"], ["abc"], [true], [2024.5], [9999]])("refuses %p", (spec) => {
    expect(codeOf(() => resolveFramework(spec))).toBe("FRAMEWORK_UNKNOWN");
  });

  it("refuses a count that fits no framework, listing the counts that do", () => {
    try {
      resolveFramework(null, { cellCount: 46 });
      throw new Error("no error");
    } catch (e) {
      expect((e as SpbeError).messageIn("id")).toContain("Pilih 20 sel (PermenPANRB 8/2026, Indeks Pemdi), 47 sel (PermenPANRB 59/2020, Indeks SPBE) atau 35 sel (PermenPANRB 5/2018, Indeks SPBE)");
    }
  });

  it("refuses a framework that disagrees with the number of cells", () => {
    expect(codeOf(() => resolveFramework("8/2026", { cellCount: 47 }))).toBe("COUNT_MISMATCH");
  });

  it("maps years to frameworks", () => {
    expect(frameworkForYear(2017)).toBeUndefined();
    expect(frameworkForYear(2019)?.id).toBe("5/2018");
  });
});

describe("findAspect / findDomain / findIndicator", () => {
  it.each([[3, "A3"], ["A3", "A3"], ["a8", "A8"], ["3", "A3"], ["Pelaksanaan Audit TIK", "A6"], ["pelaksanaan  audit tik", "A6"]])(
    "finds aspect %p as %s", (spec, id) => {
      expect(findAspect(SPBE_59_2020, spec).id).toBe(id);
    },
  );

  it.each([[0], [9], ["A9"], [2.5], [true], ["Audit"]])("refuses aspect %p", (spec) => {
    expect(codeOf(() => findAspect(SPBE_59_2020, spec))).toBe("ASPECT_UNKNOWN");
  });

  it("refuses domains in Pemdi, which has none", () => {
    expect(codeOf(() => findDomain(PEMDI_8_2026, 1))).toBe("NO_DOMAINS");
    expect(findDomain(SPBE_59_2020, "D4").name).toBe("Layanan SPBE");
    expect(codeOf(() => findDomain(SPBE_5_2018, 4))).toBe("DOMAIN_UNKNOWN");
  });

  it("finds indicators by number and refuses others with the allowed range", () => {
    expect(findIndicator(SPBE_59_2020, 44).name).toBe("Jaringan Dokumentasi dan Informasi Hukum (JDIH)");
    expect(findIndicator(SPBE_59_2020, "12").no).toBe(12);
    expect(codeOf(() => findIndicator(SPBE_59_2020, 48))).toBe("INDICATOR_UNKNOWN");
    expect(codeOf(() => findIndicator(PEMDI_8_2026, 21))).toBe("INDICATOR_UNKNOWN");
    expect(codeOf(() => findIndicator(SPBE_59_2020, 1.5))).toBe("INDICATOR_UNKNOWN");
  });
});

describe("bandOfNumber (SPBE.CATEGORY)", () => {
  it.each([
    [4.2, "Memuaskan"], [4.19, "Sangat Baik"], [3.5, "Sangat Baik"], [3.4985, "Baik"], [3.49, "Baik"], [2.6, "Baik"],
    [2.59, "Cukup"], [1.8, "Cukup"], [1.7995, "Kurang"], [1.79, "Kurang"], [0, "Kurang"], [5, "Memuaskan"],
  ])("59/2020: %p is %s", (x, predikat) => {
    expect(bandOfNumber(SPBE_59_2020, x).predikat).toBe(predikat);
  });

  it.each([
    [4, "Memuaskan"], [3.99, "Sangat Baik"], [3.5, "Sangat Baik"], [2.5, "Baik"], [2.49, "Cukup"], [1.5, "Cukup"],
    [1.49, "Kurang"], [1, "Kurang"], [0.99, "Belum Terindikasi"],
  ])("8/2026: %p is %s", (x, predikat) => {
    expect(bandOfNumber(PEMDI_8_2026, x).predikat).toBe(predikat);
  });

  it("treats a float sum that misses a bound by rounding noise as the bound", () => {
    // A level vector whose exact index is 2,6; summed naively in doubles (level x weight/100) it gives 2.5999999999999996.
    const levels = [2, 3, 3, 4, 4, 4, 2, 1, 3, 4, 1, 1, 1, 1, 2, 1, 1, 2, 3, 2, 2, 3, 1, 5, 1, 4, 3, 2, 3, 4, 5, 2, 5, 4, 5, 1, 1, 4, 1, 2, 3, 2, 3, 1, 5, 3, 5];
    const noisy = levels.reduce((s, l, i) => s + (l * SPBE_59_2020.indicators[i].weight) / 10000, 0);
    expect(noisy).toBe(2.5999999999999996);
    expect(bandOfNumber(SPBE_59_2020, noisy).predikat).toBe("Baik");
  });

  it.each([["Baik", "INDEX_NOT_NUMBER"], [true, "INDEX_NOT_NUMBER"], [-0.1, "INDEX_OUT_OF_RANGE"], [5.01, "INDEX_OUT_OF_RANGE"]])(
    "refuses %p", (x, code) => {
      expect(codeOf(() => bandOfNumber(SPBE_59_2020, x))).toBe(code);
    },
  );

  it("finds bands by Indonesian, English or stage name", () => {
    expect(findBandByName(SPBE_59_2020, "sangat baik")?.minHundredths).toBe(350);
    expect(findBandByName(PEMDI_8_2026, "Good")?.minHundredths).toBe(250);
    expect(findBandByName(PEMDI_8_2026, "Unggul")?.minHundredths).toBe(400);
    expect(findBandByName(SPBE_59_2020, "Hebat")).toBeUndefined();
  });
});

describe("levelName", () => {
  it.each([
    [1, 1, "Rintisan"], [31, 4, "Terpadu dan Terukur"], [31, 5, "Optimum"], [32, 1, "Informasi"], [47, 4, "Kolaborasi"], [12, 0, "Belum Terpenuhi"],
  ])("59/2020 indicator %i level %i is %s", (no, level, name) => {
    expect(levelName(SPBE_59_2020, SPBE_59_2020.indicators[no - 1], level)).toBe(name);
  });

  it("answers in English on request", () => {
    expect(levelName(SPBE_59_2020, SPBE_59_2020.indicators[40], 3, "en")).toBe("Transaction");
  });

  it.each([
    [1, "Merintis", "Initiate"], [2, "Membangun", "Emerging"], [3, "Berkembang", "Developing"], [4, "Melembaga", "Embedded"], [5, "Unggul", "Leading"],
    [0, "Belum Terpenuhi", "Not met"],
    // Continuous 2026 values take the name of their band (1,00 / 1,50 / 2,50 / 3,50 / 4,00).
    [1.26, "Merintis", "Initiate"], [1.49, "Merintis", "Initiate"], [1.5, "Membangun", "Emerging"], [2.26, "Membangun", "Emerging"],
    [2.5, "Berkembang", "Developing"], [3.49, "Berkembang", "Developing"], [3.5, "Melembaga", "Embedded"], [3.99, "Melembaga", "Embedded"],
    [4.2, "Unggul", "Leading"], [0.5, "Belum Terpenuhi", "Not met"],
  ])("8/2026 level %p is %s (%s)", (level, id, en) => {
    expect(levelName(PEMDI_8_2026, PEMDI_8_2026.indicators[2], level)).toBe(id);
    expect(levelName(PEMDI_8_2026, PEMDI_8_2026.indicators[2], level, "en")).toBe(en);
  });

  it.each([[3.5, "LEVEL_NOT_WHOLE"], [6, "LEVEL_OUT_OF_RANGE"], [-1, "LEVEL_OUT_OF_RANGE"]])("refuses level %p", (level, code) => {
    expect(codeOf(() => levelName(SPBE_59_2020, SPBE_59_2020.indicators[0], level))).toBe(code);
  });
});

describe("resolveLanguage", () => {
  it.each([[null, "id"], ["", "id"], ["id", "id"], ["EN", "en"], ["en-US", "en"], ["english", "en"]])("%p -> %s", (spec, lang) => {
    expect(resolveLanguage(spec)).toBe(lang);
  });
  it("refuses other languages", () => {
    expect(codeOf(() => resolveLanguage("fr"))).toBe("LANGUAGE_UNKNOWN");
  });
});
