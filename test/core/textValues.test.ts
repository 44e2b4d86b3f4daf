/** Numbers and levels written as text (issue 10, part 2). */
import { PEMDI_8_2026, SPBE_59_2020, SPBE_5_2018, SpbeError, numberFromText, readLevelText, readNumberText, readTarget } from "../../src/core";

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SpbeError) return e.code;
    throw e;
  }
  return "no error";
}

describe("readNumberText", () => {
  it.each([
    ["4.2125000000", 4.2125], ["2,63", 2.63], [" 1.36 ", 1.36], ["3", 3], ["0,125", 0.125], ["4,2125", 4.2125], ["10", 10], ["3.50", 3.5],
  ])("reads %p as %p", (text, value) => {
    expect(readNumberText(text)).toEqual({ kind: "number", value });
  });

  it.each([["1.234,5"], ["1,234"], ["4.745"], ["1,234.5"], ["1.000.000"]])("refuses %p as ambiguous", (text) => {
    expect(readNumberText(text).kind).toBe("ambiguous");
  });

  it.each([["Baik"], ["3 - Terdefinisi"], [""], ["2,6x"], ["e5"]])("finds no number in %p", (text) => {
    expect(readNumberText(text).kind).toBe("not-a-number");
  });

  it("leaves non-text values to the caller's own check, and names the argument of ambiguous text", () => {
    expect(numberFromText(4.2, "index")).toBe(4.2);
    expect(numberFromText(true, "index")).toBe(true);
    expect(numberFromText("Baik", "index")).toBe("Baik");
    expect(codeOf(() => numberFromText("1,234", "index"))).toBe("NUMBER_TEXT_AMBIGUOUS");
  });

  it("reads targets the same way", () => {
    expect(readTarget("2,63", SPBE_59_2020)).toEqual({ hundredths: 263 });
    expect(readTarget(" 2.45 ", SPBE_59_2020)).toEqual({ hundredths: 245 });
    expect(codeOf(() => readTarget("1,234", SPBE_59_2020))).toBe("NUMBER_TEXT_AMBIGUOUS");
  });
});

describe("readLevelText", () => {
  const ind = (no: number) => SPBE_59_2020.indicators[no - 1];
  it.each([
    ["3", 3], [" 3 ", 3], ["Level 3", 3], ["level 3", 3], ["Tingkat 3", 3], ["3 - Terdefinisi", 3], ["3 – Terdefinisi", 3], ["3: Terdefinisi", 3],
    ["Terdefinisi", 3], ["Rintisan", 1], ["OPTIMUM", 5], ["2,5", 2.5], ["Level 0", 0], ["Belum Terpenuhi", 0], [4, 4],
  ])("reads %p as %p", (text, level) => {
    expect(readLevelText(text, SPBE_59_2020)).toBe(level);
  });

  it("needs the indicator when a name means different levels on the two 59/2020 scales", () => {
    expect(readLevelText("Kolaborasi", SPBE_59_2020, ind(40))).toBe(4);
    expect(readLevelText("Kolaborasi", SPBE_59_2020)).toBe(4); // only the service scale has it
    expect(codeOf(() => readLevelText("Kolaborasi", SPBE_59_2020, ind(3)))).toBe("LEVEL_TEXT_UNKNOWN");
    expect(readLevelText("Transaksi", SPBE_59_2020, ind(32))).toBe(3);
  });

  it("refuses text that contradicts itself, unknown text, and levels out of range", () => {
    expect(codeOf(() => readLevelText("3 - Kolaborasi", SPBE_59_2020, ind(40)))).toBe("LEVEL_TEXT_CONTRADICTS");
    expect(codeOf(() => readLevelText("tiga", SPBE_59_2020))).toBe("LEVEL_TEXT_UNKNOWN");
    expect(codeOf(() => readLevelText("Level 7", SPBE_59_2020))).toBe("LEVEL_OUT_OF_RANGE");
    expect(codeOf(() => readLevelText("", SPBE_59_2020))).toBe("LEVEL_TEXT_UNKNOWN");
  });

  it("reads numbered levels of the frameworks whose levels have no names", () => {
    expect(readLevelText("Tingkat 4", PEMDI_8_2026)).toBe(4);
    expect(readLevelText("Level 2", SPBE_5_2018)).toBe(2);
  });

  it("says which levels a name could be when the indicator would decide", () => {
    // Level names shared by both scales at different levels do not exist in 59/2020 (Optimum is 5 on both), so
    // this is checked on a framework made for it.
    const twoScales = {
      ...SPBE_59_2020,
      levelScales: [
        { ...SPBE_59_2020.levelScales[0], names: ["A", "Dasar", "C", "D", "E"] as const },
        { ...SPBE_59_2020.levelScales[1], names: ["Dasar", "B", "C", "D", "E"] as const },
      ],
    };
    expect(codeOf(() => readLevelText("Dasar", twoScales))).toBe("LEVEL_NAME_NEEDS_INDICATOR");
  });
});
