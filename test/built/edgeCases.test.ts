/**
 * The shipped functions bundle with inputs Excel never sends but other callers (scripts, tests of other tools,
 * a future host) may: one value, a plain list, ragged rows, objects, very long text. Every call ends in a number
 * or an Excel error with a sentence; never "Internal error" and never "[object Object]".
 */
import path from "path";
import { excelErrorOf } from "../helpers/errors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");
const { shown } = loadFunctionsBundle(path.resolve(__dirname, "../../dist")) as { shown: Map<string, (...args: unknown[]) => unknown> };

const index = shown.get("INDEX")!;
const threes = Array.from({ length: 47 }, () => 3);
const column = (levels: unknown[]) => levels.map((l) => [l]);

describe("functions bundle: inputs not shaped by Excel", () => {
  it("reads a plain list as a column", () => {
    expect(index(threes, "59/2020")).toBe(3);
  });

  it("refuses ragged rows as a block, with its size", () => {
    const ragged = [[3], [3, 4], ...column(threes.slice(2))];
    expect(excelErrorOf("INDEX", () => index(ragged, "59/2020"))).toEqual({
      code: "#VALUE!",
      message: "Rentang berukuran 47 baris x 2 kolom. Pilih satu kolom atau satu baris tingkat, satu sel per indikator.",
    });
  });

  it("takes a single value or nothing as one cell, and says how many are needed", () => {
    for (const levels of [3, undefined]) {
      expect(excelErrorOf("INDEX", () => index(levels, "59/2020")).message).toMatch(/^Rentang berisi 1 sel, padahal kerangka 59\/2020 memiliki 47 indikator/);
    }
  });

  it("shortens a very long text in its message and says how long it was", () => {
    const long = "x".repeat(5000);
    const { message } = excelErrorOf("INDEX", () => index(column([long, ...threes.slice(1)]), "59/2020"));
    expect(message).toContain(`"${"x".repeat(59)}…" (5000 karakter)`);
    expect(message.length).toBeLessThan(400);
  });

  it("never says [object Object] or Internal error, whatever each function is given", () => {
    const inputs: unknown[][] = [[undefined], [null, null], [{}, {}], [[[3], [3, 4]]], [column(threes), {}], [column(threes), [[1, 2], [3]]], [column(threes), "59/2020", {}, [], null]];
    for (const [id, fn] of shown) {
      for (const args of inputs) {
        try {
          const result = fn(...args);
          if (typeof result === "string") expect(result).not.toMatch(/object Object/);
        } catch (error) {
          expect([id, (error as Error).message]).not.toEqual([id, expect.stringMatching(/Internal error|object Object/)]);
        }
      }
    }
  });
});
