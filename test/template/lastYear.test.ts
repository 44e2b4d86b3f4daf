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
