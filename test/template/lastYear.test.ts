/**
 * Last year's values on the Kertas Kerja: the change column says "turun dari 2,50" where this year's self-assessment
 * is below last year's, "naik dari ..." where above, nothing where equal or blank, in HyperFormula; spbe score reads
 * the same column (test/cli/evidence.e2e.test.ts).
 */
import { describeTemplate, EVALUATION, names as N, columnLetters } from "../../src/template";
import { buildSpecEngine } from "./specEngine";

describe.each([["id", "turun dari 2,50", "naik dari 1,00"], ["en", "fell from 2.50", "rose from 1.00"]] as const)(
  "the change from last year (%s)",
  (language, fell, rose) => {
    it("flags a fall and a rise, and leaves equal, blank and refused values alone", () => {
      const spec = describeTemplate("8/2026", { language });
      const engine = buildSpecEngine(spec);
      const levels = [2.26, 1.5, 3, null, 2, ...new Array(15).fill(1)];
      const last = [2.5, 1, 3, 2, "x", ...new Array(15).fill(null)];
      engine.batch(() => {
        engine.fill(N.SPBE_LEVELS, levels);
        engine.fill(N.SPBE_LAST_YEAR, last);
      });
      const col = columnLetters(EVALUATION.col.change);
      const changes = [0, 1, 2, 3, 4, 5].map((i) => engine.cell(spec.sheets[0].name, `${col}${EVALUATION.firstRow + i}`));
      expect(changes).toEqual([fell, rose, "", "", "", ""]);
      engine.destroy();
    });
  },
);

describe("last year's index on the Ringkasan (the chart's third series)", () => {
  it("gives each aspect, domain and the index last year's exact and 2-decimal value, as the core computes them", () => {
    const { aspectIndex, domainIndex, getFramework, overallIndex, ratioToNumber, roundHalfUpToHundredths } =
      require("../../src/core") as typeof import("../../src/core");
    const { SUMMARY } = require("../../src/template") as typeof import("../../src/template");
    const framework = getFramework("59/2020");
    const spec = describeTemplate("59/2020");
    const engine = buildSpecEngine(spec);
    const last = framework.indicators.map((_, i) => [1, 2.5, 3.25, 4, 5][i % 5]);
    const hundredths = last.map((l) => Math.round(l * 100));
    engine.batch(() => {
      engine.fill(N.SPBE_LEVELS, framework.indicators.map(() => 2));
      engine.fill(N.SPBE_LAST_YEAR, last);
    });
    const summary = spec.sheets.find((s) => s.chart)!.name;
    const at = (row: number, col: number) => engine.cell(summary, `${columnLetters(col)}${row}`);
    const parts = [
      ...framework.aspects.map((a) => aspectIndex(framework, hundredths, a)),
      ...framework.domains.map((d) => domainIndex(framework, hundredths, d)),
      overallIndex(framework, hundredths),
    ];
    parts.forEach((value, i) => {
      const row = SUMMARY.firstRow + i;
      expect(at(row, SUMMARY.col.lastYear)).toBeCloseTo(ratioToNumber(value), 12);
      expect(at(row, SUMMARY.col.lastYearRounded)).toBe(roundHalfUpToHundredths(value) / 100);
    });
    // Blank last year: the columns stay empty rather than 0.
    engine.fill(N.SPBE_LAST_YEAR, framework.indicators.map(() => null));
    expect(at(SUMMARY.firstRow, SUMMARY.col.lastYearRounded)).toBe("");
    engine.destroy();
  });
});
