/**
 * External indicators (Pemdi I5 SDI, I6, I7, I18): the core's conversion (the one published, SDI linear within the
 * bands), the built SPBE.EXTERNAL, and the Kertas Kerja block's native formulas in HyperFormula, all equal.
 */
import { RawCellContent } from "hyperformula";
import { convertExternalScore, externalIndicators, getFramework } from "../../src/core";
import { describeTemplate } from "../../src/template";
import { buildSpecEngine } from "./specEngine";
import { errorOf, excelErrorOf } from "../helpers/errors";
import { random } from "../helpers/evidenceItems";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");
const { registered } = loadFunctionsBundle(require("path").resolve(__dirname, "../../dist")) as { registered: Map<string, (...args: unknown[]) => unknown> };
const external = (...args: unknown[]) => registered.get("EXTERNAL")!(...args);

const pemdi = getFramework("8/2026");
const I5 = pemdi.indicators[4];

describe("the SDI -> I5 conversion", () => {
  it("maps the band edges and the published examples (SDI 25 -> 2,00; 68,75 -> 3,75)", () => {
    const at = (score: number) => convertExternalScore(pemdi, I5, score);
    expect([0, 12.5, 25, 37.5, 62.5, 68.75, 75, 100].map(at)).toEqual([100, 150, 200, 250, 350, 375, 400, 500]);
    // Half-up on exact integers: SDI 12,5 + 0,125 is 1,505 exactly, which a float product would round down.
    expect(at(12.625)).toBe(151);
  });

  it("names the external indicators, refuses the others and what has no published conversion", () => {
    expect(externalIndicators(pemdi).map((i) => i.no)).toEqual([5, 6, 7, 18]);
    expect(errorOf(() => convertExternalScore(pemdi, pemdi.indicators[0], 50)).code).toBe("EXTERNAL_NOT_EXTERNAL");
    expect(errorOf(() => convertExternalScore(pemdi, pemdi.indicators[5], 50)).messageIn("id")).toContain("belum dipublikasikan");
    expect(errorOf(() => convertExternalScore(pemdi, I5, 100.5)).code).toBe("EXTERNAL_SCORE_INVALID");
  });

  it("SPBE.EXTERNAL of the built bundle gives the same values, and says so where it cannot", () => {
    expect(external(5, 25, null)).toBe(2);
    expect(external(5, "68,75", "8/2026")).toBe(3.75);
    expect(excelErrorOf("EXTERNAL", () => external(6, 50, null)).message).toContain("1,00");
    expect(excelErrorOf("EXTERNAL", () => external(3, 50, null)).message).toContain("5 (SDI), 6 (SJIG), 7 (EPSS), 18 (Interoperabilitas)");
    expect(excelErrorOf("EXTERNAL", () => external(5, null, null)).code).toBe("#N/A");
  });
});

describe("the Kertas Kerja block of external indicators", () => {
  const spec = describeTemplate("8/2026");
  const sheet = spec.sheets[0];
  const engine = buildSpecEngine(spec);
  afterAll(() => engine.destroy());
  // The block's rows: the one whose No is 5 (I5) and the rest below it.
  const grid = sheet.blocks[0].cells;
  const i5Row = grid.findIndex((cells, r) => r > 30 && cells[0].value === 5) + 1;
  const setScore = (row: number, value: RawCellContent) => {
    engine.setCell(sheet.name, `F${row}`, value);
  };

  it("gives the core's value for random SDI scores, 1,00 as the stated assumption when blank, and refuses text", () => {
    const next = random(99);
    for (let k = 0; k < 40; k++) {
      const score = Math.round(next() * 10000) / 100;
      setScore(i5Row, score);
      expect([score, engine.cell(sheet.name, `G${i5Row}`)]).toEqual([score, convertExternalScore(pemdi, I5, score) / 100]);
    }
    setScore(i5Row, null);
    expect(engine.cell(sheet.name, `G${i5Row}`)).toBe(1);
    expect(engine.cell(sheet.name, `H${i5Row}`)).toContain("asumsi");
    setScore(i5Row, "tinggi");
    expect(engine.cell(sheet.name, `G${i5Row}`)).toBe("tidak valid (0-100)");
  });

  it("says where no conversion is published (I6)", () => {
    setScore(i5Row + 1, 70);
    expect(engine.cell(sheet.name, `G${i5Row + 1}`)).toBe("");
    expect(engine.cell(sheet.name, `H${i5Row + 1}`)).toContain("belum dipublikasikan");
  });
});
