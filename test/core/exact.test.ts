import { formatHundredths, ratioAtLeastHundredths, roundHalfUpToHundredths } from "../../src/core";

describe("roundHalfUpToHundredths", () => {
  it.each([
    [4745, 1000, 475], // 4,745 -> 4,75 (the published Kominfo 2024 case)
    [47449, 10000, 474],
    [17995, 10000, 180],
    [34985, 10000, 350],
    [1005, 1000, 101], // 1,005 -> 1,01 (where float ROUND gives 1,00)
    [3282, 1000, 328],
    [0, 1, 0],
    [5, 1, 500],
    [2, 3, 67], // 0,666.. -> 0,67
    [1, 3, 33],
  ])("%i/%i -> %i hundredths", (num, den, expected) => {
    expect(roundHalfUpToHundredths({ num, den })).toBe(expected);
  });
});

describe("ratioAtLeastHundredths", () => {
  it("compares exactly at the bound", () => {
    expect(ratioAtLeastHundredths({ num: 26, den: 10 }, 260)).toBe(true);
    expect(ratioAtLeastHundredths({ num: 2599999, den: 1000000 }, 260)).toBe(false);
  });
});

describe("formatHundredths", () => {
  it.each([
    [475, "id", "4,75"], [475, "en", "4.75"], [500, "id", "5,00"], [5, "en", "0.05"], [0, "id", "0,00"],
  ] as const)("%i in %s is %s", (h, lang, text) => {
    expect(formatHundredths(h, lang)).toBe(text);
  });
});
