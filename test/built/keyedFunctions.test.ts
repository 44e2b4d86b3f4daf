/**
 * The shipped dist/functions.js on the workbooks analysts already have (issue 10): the `indicators` parameter of
 * every function that takes levels, SPBE.LEVEL, and numbers written as text in scalar arguments.
 */
import fs from "fs";
import path from "path";
import { SPBE_5_2018 } from "../../src/core";
import { vectors } from "../fixtures/vectors";
import { excelErrorOf } from "../helpers/errors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");

const dist = path.resolve(__dirname, "../../dist");
const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] };
const metadataId = JSON.parse(fs.readFileSync(path.join(dist, "functions-id.json"), "utf8")) as { functions: { id: string; name: string; parameters: { name: string; description: string }[] }[] };
const { shown } = loadFunctionsBundle(dist) as { shown: Map<string, (...args: unknown[]) => unknown> };

const fn = (id: string) => shown.get(id)!;
function excelError(id: string, ...args: unknown[]): { code: string; message: string } {
  return excelErrorOf(id, () => fn(id)(...args));
}

const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;
const pacitan = vectors.spbe_59_2020_published.find((v) => v.exact_index === 3.4985)!;
const column = (xs: readonly unknown[]) => xs.map((x) => [x]);

/**
 * A city's monitoring table as Excel hands its two columns over (rows 4-58 of Sheet1, keys in B, levels in E): a
 * header, domain headings between indicators, indicator 18 last (rows sorted by a database id), indicator 5
 * repeated for a second OPD, and a TOTAL row.
 */
function monitoringTable(levels: readonly number[]) {
  const rows: [unknown, unknown][] = [["No", "Tingkat Kematangan"]];
  const order = [...levels.keys()].filter((i) => i !== 17).concat([17]);
  order.forEach((i) => {
    if (i === 0) rows.push(["Domain 1 Kebijakan Internal SPBE", null]);
    if (i === 10) rows.push(["Domain 2 Tata Kelola SPBE", "3,40"]);
    rows.push([`Indikator ${i + 1} : ${i === 4 ? "Kebijakan Internal Tim Koordinasi SPBE" : "..."}`, levels[i]]);
    if (i === 4) rows.push([`IK-${i + 1}`, levels[i]]);
  });
  rows.push(["TOTAL", 999]);
  const invocation = { parameterAddresses: [`Sheet1!E4:E${3 + rows.length}`, null, null, `Sheet1!B4:B${3 + rows.length}`] };
  return { keys: column(rows.map((r) => r[0])), levels: column(rows.map((r) => r[1])), invocation, rows };
}

describe("the indicators parameter", () => {
  it("is the last parameter (before the invocation) of every function that takes levels, documented in both languages", () => {
    for (const id of ["INDEX", "DOMAIN", "ASPECT", "SCORES", "PROGRESS", "MISSING", "PLAN", "GAP"]) {
      const params = metadata.functions.find((f) => f.id === id)!.parameters;
      expect(params[params.length - 1]).toMatchObject({ name: "indicators", optional: true });
      const idParam = metadataId.functions.find((f) => f.id === id)!.parameters.find((p) => p.name === "indicators")!;
      expect(idParam.description).toContain("Indikator 18");
    }
  });

  it("reads a monitoring table with a header, headings, a repeat, a TOTAL row and indicator 18 last", () => {
    const t = monitoringTable(kominfo.levels);
    expect(fn("INDEX")(t.levels, null, null, t.keys, t.invocation)).toBe(4.745);
    expect(fn("INDEX")(t.levels, null, true, t.keys, t.invocation)).toBe(4.75);
    expect(fn("DOMAIN")(t.levels, 4, null, true, t.keys, t.invocation)).toBe(fn("DOMAIN")(column(kominfo.levels), 4, null, true, null, {}));
    expect(fn("ASPECT")(t.levels, "A3", null, null, t.keys, t.invocation)).toBe(fn("ASPECT")(column(kominfo.levels), "A3", null, null, null, {}));
    expect(fn("SCORES")(t.levels, null, null, t.keys, t.invocation)).toEqual(fn("SCORES")(column(kominfo.levels), null, null, null, {}));
    expect(fn("PROGRESS")(t.levels, null, t.keys, t.invocation)).toBe(1);
    expect(fn("MISSING")(t.levels, null, t.keys, t.invocation)).toBe("");
    expect(fn("GAP")(t.levels, 4.8, null, t.keys, t.invocation)).toBeCloseTo(0.055, 12);
    expect(fn("PLAN")(t.levels, "Memuaskan", null, null, null, null, t.keys, t.invocation)).toEqual(fn("PLAN")(column(kominfo.levels), "Memuaskan", null, null, null, null, null, {}));
  });

  it("gives the same result as the ordered range for Kab. Pacitan, and the plan in the language asked for", () => {
    const t = monitoringTable(pacitan.levels);
    expect(fn("INDEX")(t.levels, 2024, null, t.keys, t.invocation)).toBe(3.4985);
    const plan = fn("PLAN")(t.levels, "Sangat Baik", null, 1, null, "en", t.keys, t.invocation) as unknown[][];
    expect(plan[0]).toEqual(["No", "Indicator", "From", "To", "Index gain"]);
  });

  it("names both cells of a repeat that disagrees, and the cell of a bad level", () => {
    const t = monitoringTable(kominfo.levels);
    const repeatRow = t.rows.findIndex((r) => r[0] === "IK-5");
    const conflicting = t.levels.map((c, i) => (i === repeatRow ? [kominfo.levels[4] === 5 ? 4 : 5] : c));
    const e = excelError("INDEX", conflicting, null, null, t.keys, t.invocation);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^Indikator 5 muncul lebih dari sekali dengan tingkat berbeda: \d di sel Sheet1!E\d+ dan \d di sel Sheet1!E\d+\./);
    const textLevel = t.levels.map((c, i) => (i === repeatRow ? ["Level 3"] : c));
    const text = excelError("INDEX", textLevel, null, null, t.keys, t.invocation);
    expect(text.message).toContain(`Indikator 5 (sel Sheet1!E${4 + repeatRow})`);
    expect(text.message).toContain("=SPBE.LEVEL(sel)");
  });

  it("is #N/A listing the indicators with no row, for every function", () => {
    const t = monitoringTable(kominfo.levels);
    const keep = t.rows.map((r) => !/^Indikator (3|42) /.test(String(r[0])));
    const keys = t.keys.filter((_, i) => keep[i]);
    const levels = t.levels.filter((_, i) => keep[i]);
    for (const [id, args] of [
      ["INDEX", [levels, null, null, keys, {}]],
      ["PROGRESS", [levels, null, keys, {}]],
      ["MISSING", [levels, null, keys, {}]],
      ["PLAN", [levels, 3, null, null, null, null, keys, {}]],
    ] as const) {
      const e = excelError(id, ...args);
      expect(e.code).toBe("#N/A");
      expect(e.message).toContain("Indikator 3, 42 tidak ada di rentang indikator");
    }
  });

  it("infers 5/2018 from the service rows of indicator 35 and keeps their exact mean", () => {
    const levels = Array.from({ length: 34 }, (_, i) => 1 + (i % 5));
    const keys = column([...levels.map((_, i) => i + 1), 35, "35-2", "35-3"]);
    const rows = column([...levels, 2, 3, 3]);
    // Services 2, 3, 3: mean 8/3 exactly; indicator 35 weighs 10 %.
    const weights = SPBE_5_2018.indicators.map((i) => i.weight);
    const exact = (levels.reduce((s, l, i) => s + l * weights[i], 0) + (8 / 3) * weights[34]) / 300;
    expect(fn("INDEX")(rows, null, null, keys, {})).toBeCloseTo(exact, 14);
    // The analyst's AVERAGE workaround is a number with more than two decimals: still refused in an ordered range.
    expect(excelError("INDEX", column([...levels, 8 / 3]), null, null, null, {}).message).toContain("lebih dari dua desimal");
    const plan = excelError("PLAN", rows, 3, null, null, null, null, keys, {});
    expect(plan.message).toContain("Indikator 35 bernilai rata-rata tepat 2,6667");
    expect(fn("GAP")(rows, 3, null, keys, {})).toBeCloseTo(3 - exact, 14);
  });

  it("reads Pemdi's aspect.indicator codes and asks for the framework when keys 1-20 fit three", () => {
    const c = vectors.pemdi_8_2026_synthetic[0];
    const keys = column([1.1, 1.2, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 4.1, 4.2, 4.3, 4.4, 5.1, 5.2, 6.1, 6.2, 6.3, 6.4, 7.1, 7.2]);
    expect(fn("INDEX")(column(c.levels), null, true, keys, {})).toBe(c.expected_index);
    const plain = column(c.levels.map((_, i) => i + 1));
    expect(excelError("INDEX", column(c.levels), null, true, plain, {}).message).toContain("Kerangka tidak dapat dipastikan");
    expect(fn("INDEX")(column(c.levels), 2026, true, plain, {})).toBe(c.expected_index);
  });

  it("without indicators, behaves exactly as before", () => {
    expect(excelError("INDEX", column([...kominfo.levels, 4]), null, null, null, {}).message).toContain("Rentang berisi 48 sel");
  });
});

describe("SPBE.LEVEL", () => {
  it.each([
    ["3", 3], ["Level 3", 3], ["Tingkat 3", 3], ["3 - Terdefinisi", 3], ["Terdefinisi", 3], [4, 4],
  ])("reads %p as %p", (text, level) => {
    expect(fn("LEVEL")(text, null, null)).toBe(level);
  });

  it("reads a level name with its indicator, and says what it accepts otherwise", () => {
    expect(fn("LEVEL")("Kolaborasi", 40, null)).toBe(4);
    expect(fn("LEVEL")("Transaksi", "32", "59/2020")).toBe(3);
    const e = excelError("LEVEL", "tiga", null, null);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('"Level 3", "Tingkat 3"');
    expect(metadataId.functions.find((f) => f.id === "LEVEL")?.name).toBe("TINGKAT");
  });
});

describe("numbers written as text in scalar arguments", () => {
  it("are read as Excel reads them, with either decimal separator", () => {
    expect(fn("CATEGORY")("4.2125000000", null, null)).toBe("Memuaskan");
    expect(fn("CATEGORY")("2,63", null, null)).toBe("Baik");
    expect(fn("CATEGORY")(" 1.36 ", null, null)).toBe("Kurang");
    expect(fn("WEIGHT")("18", null)).toBe(fn("WEIGHT")(18, null));
    expect(fn("INDICATOR")("18.0", null, null)).toBe(fn("INDICATOR")(18, null, null));
    expect(fn("LEVELNAME")("3", "32", null, null)).toBe("Transaksi");
    expect(fn("GAP")(column(kominfo.levels), "4,80", null, null, {})).toBeCloseTo(0.055, 12);
  });

  it("refuse ambiguous text with a message", () => {
    const e = excelError("CATEGORY", "1,234", null, null);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("dapat dibaca dua cara");
    expect(excelError("CATEGORY", "1.234,5", null, null).message).toContain("dapat dibaca dua cara");
  });
});
