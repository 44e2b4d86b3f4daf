/**
 * SPBE.EVIDENCELEVEL of the shipped dist/functions.js gives, on random item sets, the same level per indicator
 * as the Bukti Dukung sheet's native formulas evaluated by HyperFormula (the LibreOffice test recalculates the same
 * sheet in a real spreadsheet engine), refuses a code that is not one with its cell, and reads two columns
 * (indicator, level) as well as codes.
 */
import { describeTemplate, names as N } from "../../src/template";
import { buildSpecEngine, type SpecEngine } from "../template/specEngine";
import { itemSet } from "../helpers/evidenceItems";
import { excelErrorOf } from "../helpers/errors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");
const { registered } = loadFunctionsBundle(require("path").resolve(__dirname, "../../dist")) as { registered: Map<string, (...args: unknown[]) => unknown> };
const evidenceLevel = (...args: unknown[]) => registered.get("EVIDENCELEVEL")!(...args);
const column = (values: readonly unknown[]) => values.map((v) => [v]);

describe("SPBE.EVIDENCELEVEL against the Bukti Dukung sheet's formulas", () => {
  const spec = describeTemplate("8/2026");
  const itemRows = 20 * 5 * 3;
  let engine: SpecEngine;
  beforeAll(() => {
    engine = buildSpecEngine(spec);
  });
  afterAll(() => engine.destroy());

  it.each(Array.from({ length: 8 }, (_, i) => i + 1))("agrees on every indicator of random item set %i", (seed) => {
    const set = itemSet(seed * 104729, itemRows, 20, seed % 4 === 0);
    engine.batch(() => {
      engine.fill(N.SPBE_EVIDENCE_ITEMS, set.codes as never[]);
      engine.fill(N.SPBE_EVIDENCE_STATUS, set.statuses as never[]);
    });
    const native = engine.column(N.SPBE_EVIDENCE_LEVELS);
    const address = { parameterAddresses: ["'Bukti Dukung'!A5:A304", "'Bukti Dukung'!G5:G304"] };
    const invalidAt = set.codes.findIndex((c) => typeof c === "number" || (typeof c === "string" && !/^I[1-9]\d*-L[1-5]-.+$/i.test(c.trim())) || (typeof c === "string" && Number(/^I(\d+)/i.exec(c.trim())?.[1]) > 20));
    for (let indicator = 1; indicator <= 20; indicator++) {
      const call = () => evidenceLevel(column(set.codes), column(set.statuses), indicator, "8/2026", address);
      if (typeof native[0] === "string") {
        const error = excelErrorOf("EVIDENCELEVEL", call);
        expect(error.code).toBe("#VALUE!");
        expect(error.message).toContain(`'Bukti Dukung'!A${5 + invalidAt}`);
      } else {
        expect([indicator, call()]).toEqual([indicator, [[native[indicator - 1]]]]);
      }
    }
  });
});

describe("SPBE.EVIDENCELEVEL's own cases", () => {
  const codes = ["I4-L1-01", "I4-L1-02", "I4-L2-01", "I4-L3-01", "I5-L1-01", null];
  const statuses = ["diterima", "Accepted", " DITERIMA ", "revisi", "diterima", "diterima"];

  it("stops at the first level with a sent-back item, or with none, and ignores other indicators", () => {
    expect(evidenceLevel(column(codes), column(statuses), 4, "8/2026")).toEqual([[2]]);
    expect(evidenceLevel(column(codes), column(statuses), 5, null)).toEqual([[1]]);
    expect(evidenceLevel(column(codes), column(statuses), 6, 2026)).toEqual([[0]]);
  });

  it("reads two columns, indicator and level, as the codes they stand for", () => {
    const pairs = [[4, 1], ["4", 1], [4, "2"], [4, 3], [5, 1], [null, ""]];
    expect(evidenceLevel(pairs, column(statuses), 4, "8/2026")).toEqual([[2]]);
  });

  it("refuses what names no item, a range of the wrong shape, and an unknown indicator, each saying what is allowed", () => {
    const bad = excelErrorOf("EVIDENCELEVEL", () => evidenceLevel(column(["I4-L1-01", "I4-L7-01"]), column(["diterima", ""]), 4, "8/2026", { parameterAddresses: ["Sheet1!B2:B3"] }));
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain("Sheet1!B3");
    expect(bad.message).toContain("I4-L2-02");
    const pair = excelErrorOf("EVIDENCELEVEL", () => evidenceLevel([[4, 6]], [["diterima"]], 4, "8/2026", { parameterAddresses: ["Sheet1!B2:C2"] }));
    expect(pair.message).toContain("Sheet1!C2");
    const shape = excelErrorOf("EVIDENCELEVEL", () => evidenceLevel(column(codes), column(statuses.slice(1)), 4, "8/2026"));
    expect(shape.message).toMatch(/6 baris x 1 kolom.*5 sel/);
    expect(excelErrorOf("EVIDENCELEVEL", () => evidenceLevel(column(codes), column(statuses), 21, "8/2026")).message).toContain("1 sampai 20");
    expect(excelErrorOf("EVIDENCELEVEL", () => evidenceLevel(column(codes), column(statuses), null, "8/2026")).code).toBe("#N/A");
  });
});
