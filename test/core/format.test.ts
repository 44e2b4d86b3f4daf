import { formatChoice, formatExact, formatHundredths, formatLevel, formatNumber, localIndexName, localName, localPredikat, FRAMEWORKS } from "../../src/core";

describe("core formatters: one way to write a number or a name for people", () => {
  it.each<[number, "id" | "en", string]>([
    [475, "id", "4,75"], [475, "en", "4.75"], [300, "id", "3,00"], [5, "id", "0,05"], [100, "en", "1.00"],
  ])("formatHundredths(%i, %s) = %s", (h, l, t) => expect(formatHundredths(h, l)).toBe(t));

  it.each<[number, "id" | "en", string]>([
    [2.5, "id", "2,5"], [3, "id", "3"], [0.0275, "id", "0,0275"], [0.1 + 0.2, "id", "0,3"], [2.5, "en", "2.5"],
  ])("formatNumber(%p, %s) = %s", (v, l, t) => expect(formatNumber(v, l)).toBe(t));

  it("formatLevel writes hundredths as a level: 250 -> 2,5, 300 -> 3", () => {
    expect([formatLevel(250, "id"), formatLevel(300, "id"), formatLevel(137, "en")]).toEqual(["2,5", "3", "1.37"]);
  });

  it("formatExact expands by integer division, pads to minDecimals and marks a cut value", () => {
    expect(formatExact({ num: 4745, den: 1000 }, "id")).toBe("4,745");
    expect(formatExact({ num: 5, den: 1 }, "id")).toBe("5");
    expect(formatExact({ num: 7, den: 2 }, "id", { minDecimals: 2 })).toBe("3,50");
    expect(formatExact({ num: 38, den: 11 }, "en")).toBe("3.454545…");
    expect(formatExact({ num: 1, den: 3 }, "id", { maxDecimals: 4, cutMark: "..." })).toBe("0,3333...");
    // 4,745 must not become 4,7449999 (the float 4.745 is below 4745/1000).
    expect(formatExact({ num: 474500, den: 100000 }, "en")).toBe("4.745");
  });

  it("formatChoice writes a choice as a sentence does", () => {
    expect(formatChoice(['"8/2026"', '"59/2020"', '"5/2018"'], "id")).toBe('"8/2026", "59/2020" atau "5/2018"');
    expect(formatChoice(["a", "b"], "en")).toBe("a or b");
    expect(formatChoice(["a"], "id")).toBe("a");
  });

  it("local names keep the official Indonesian and give the English rendering on request", () => {
    const fw = FRAMEWORKS.find((f) => f.id === "59/2020")!;
    const ind = fw.indicators[0];
    expect(localName(ind, "id")).toBe(ind.name);
    expect(localName(ind, "en")).toBe(ind.nameEn);
    expect([localIndexName(fw, "id"), localIndexName(fw, "en")]).toEqual([fw.indexName, fw.indexNameEn]);
    expect(localPredikat(fw.bands[2], "id")).toBe(fw.bands[2].predikat);
  });
});

describe("framework facts in text come from the framework data", () => {
  it("names every framework's count, id and years, and the year bounds", () => {
    const { describeCellCounts, describeYearRule, describeFrameworkIds, EVALUATION_YEARS } = require("../../src/core");
    for (const f of FRAMEWORKS) {
      expect(describeCellCounts("id")).toContain(`${f.indicators.length} sel (PermenPANRB ${f.id}, ${f.indexName})`);
      expect(describeFrameworkIds("en")).toContain(`"${f.id}"`);
      expect(describeYearRule("id")).toContain(`${f.years.from}${f.years.to === null ? " dst." : `-${f.years.to}`}: ${f.id}`);
    }
    expect(describeYearRule("id")).toBe("2018-2020: 5/2018, 2021-2025: 59/2020, 2026 dst.: 8/2026");
    expect(EVALUATION_YEARS.first).toBe(2018);
  });
});
