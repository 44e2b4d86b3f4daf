/**
 * SPBE.PLAN and SPBE.GAP, as Excel sees them: the shipped dist/functions.js loaded with only a CustomFunctions
 * global (`npm test` builds dist/ first), and its generated metadata.
 */
import fs from "fs";
import path from "path";
import { excelErrorOf } from "../helpers/errors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");

const dist = path.resolve(__dirname, "../../dist");
type Metadata = { functions: { id: string; name: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[]; result: { dimensionality?: string } }[] };
const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
const metadataId = JSON.parse(fs.readFileSync(path.join(dist, "functions-id.json"), "utf8")) as Metadata;
const { shown } = loadFunctionsBundle(dist) as { shown: Map<string, (...args: unknown[]) => unknown> };

const column = (levels: unknown[]) => levels.map((l) => [l]);
/** Index 1,45: indicators 11-12 at 3, 13-20 and 42-46 at 2, the rest at 1. */
const at145 = Array.from({ length: 47 }, (_, i) => {
  const no = i + 1;
  return no <= 10 ? 1 : no <= 12 ? 3 : no <= 20 ? 2 : no <= 41 ? 1 : no <= 46 ? 2 : 1;
});

function call(id: string, ...args: unknown[]): unknown {
  const f = shown.get(id);
  if (!f) throw new Error(`${id} is not registered`);
  return f(...args);
}

function excelError(id: string, ...args: unknown[]): { code: string; message: string } {
  return excelErrorOf(id, () => call(id, ...args));
}

/** The spilled table as objects keyed by heading, plus the last (summary) row. */
function spill(table: unknown[][]) {
  const [headings, ...rows] = table as [string[], ...unknown[][]];
  const last = rows.pop()!;
  return {
    headings,
    rows: rows.map((r) => Object.fromEntries(headings.map((h, i) => [h, r[i]]))),
    summary: { text: last[1] as string, current: last[2] as number, projected: last[3] as number, gain: last[4] as number },
  };
}

describe("metadata of PLAN and GAP", () => {
  it("declares PLAN (spilling) and GAP with their parameters, in English and Indonesian", () => {
    const plan = metadata.functions.find((f) => f.id === "PLAN")!;
    const gap = metadata.functions.find((f) => f.id === "GAP")!;
    expect(plan.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([["levels", false], ["target", false], ["framework", true], ["maxRise", true], ["effort", true], ["language", true], ["indicators", true]]);
    expect(plan.result.dimensionality).toBe("matrix");
    expect(plan.parameters.find((p) => p.name === "effort")).toMatchObject({ dimensionality: "matrix" });
    expect(plan.parameters.find((p) => p.name === "indicators")).toMatchObject({ dimensionality: "matrix" });
    expect(gap.parameters.map((p) => p.name)).toEqual(["levels", "target", "framework", "indicators"]);
    expect(metadataId.functions.find((f) => f.id === "PLAN")?.name).toBe("RENCANA");
    expect(metadataId.functions.find((f) => f.id === "GAP")?.name).toBe("SELISIH");
  });
});

describe("SPBE.PLAN", () => {
  it("plans 'from 1,45 to 2,45': one row per indicator raised, the projected index on the last row", () => {
    const table = spill(call("PLAN", column(at145), 2.45, null, null, null, null, null, {}) as unknown[][]);
    expect(table.headings).toEqual(["No", "Indikator", "Dari", "Ke", "Kenaikan indeks"]);
    expect(table.summary.current).toBe(1.45);
    expect(table.summary.projected).toBeGreaterThanOrEqual(2.45);
    expect(table.summary.text).toMatch(/^Naikkan \d+ indikator .* target 2,45 tercapai\.$/);
    const gains = table.rows.reduce((sum, r) => sum + (r["Kenaikan indeks"] as number), 0);
    expect(gains).toBeCloseTo(table.summary.gain, 12);
    expect(table.rows[0]).toMatchObject({ No: expect.any(Number), Indikator: expect.any(String) });
    for (const r of table.rows) expect(r.Ke as number).toBeGreaterThan(r.Dari as number);
  });

  it("takes a predikat as the target and limits the rise per indicator", () => {
    const table = spill(call("PLAN", column(at145), "Baik", "59/2020", 2, null, null, null, {}) as unknown[][]);
    expect(table.summary.projected).toBeGreaterThanOrEqual(2.6);
    for (const r of table.rows) expect((r.Ke as number) - (r.Dari as number)).toBeLessThanOrEqual(2);
    expect(table.summary.text).toContain("Baik (2,60)");
  });

  it("returns only the summary row when the target is already reached", () => {
    const table = spill(call("PLAN", column(at145), 1.4, null, null, null, null, null, {}) as unknown[][]);
    expect(table.rows).toEqual([]);
    expect(table.summary).toMatchObject({ current: 1.45, projected: 1.45, gain: 0 });
    expect(table.summary.text).toMatch(/sudah tercapai/);
  });

  it("spills the best reachable plan and says the target cannot be reached", () => {
    const table = spill(call("PLAN", column(new Array(47).fill(1)), 4.2, null, 2, null, null, null, {}) as unknown[][]);
    expect(table.rows).toHaveLength(47);
    expect(table.summary.projected).toBe(3);
    expect(table.summary.text).toMatch(/^Target 4,20 tidak dapat dicapai dengan batasan ini: indeks tertinggi yang mungkin 3,00 \(Baik\)/);
  });

  it("follows a column of per-indicator efforts: dear indicators are avoided", () => {
    // Indicators 42-47 (3,00 % each) are the natural first choice; make them dear.
    const effort = column(Array.from({ length: 47 }, (_, i) => (i + 1 >= 42 ? 10 : null)));
    const cheap = spill(call("PLAN", column(at145), 2.45, null, null, effort, null, null, {}) as unknown[][]);
    expect(cheap.rows.map((r) => r.No)).not.toEqual(expect.arrayContaining([42]));
    expect(cheap.summary.projected).toBeGreaterThanOrEqual(2.45);
    const plain = spill(call("PLAN", column(at145), 2.45, null, null, null, null, null, {}) as unknown[][]);
    expect(plain.rows.map((r) => r.No)).toEqual(expect.arrayContaining([42]));
  });

  it.each([
    ["a blank level, with its cell", [column([...at145.slice(0, 4), null, ...at145.slice(5)]), 2.45, null, null, null, null, null, { parameterAddresses: ["Sheet1!F10:F56"] }], "#N/A", /Indikator 5 \(sel Sheet1!F14\) belum diisi/],
    ["a blank target", [column(at145), null, null, null, null, null, null, {}], "#N/A", /Argumen target kosong/],
    ["an unknown predikat", [column(at145), "Istimewa", null, null, null, null, null, {}], "#VALUE!", /Predikat "Istimewa" tidak ada/],
    ["a target above 5", [column(at145), 6, null, null, null, null, null, {}], "#VALUE!", /Target 6 tidak dapat dipakai/],
    ["a fractional maximum rise", [column(at145), 2.45, null, 1.5, null, null, null, {}], "#VALUE!", /Kenaikan maksimum 1,5 tidak dapat dipakai/],
    ["a negative effort, naming the indicator", [column(at145), 2.45, null, null, column([...new Array(46).fill(1), -2]), null, null, {}], "#VALUE!", /Upaya -2 untuk indikator 47/],
    ["efforts for the wrong number of indicators", [column(at145), 2.45, null, null, column([1, 2, 3]), null, null, {}], "#VALUE!", /Rentang berisi 3 sel/],
  ] as const)("refuses %s", (_name, args, code, message) => {
    const err = excelError("PLAN", ...args);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });
});

describe("SPBE.GAP", () => {
  it.each([
    ["1,45 to 2,45", at145, 2.45, 1],
    ["1,45 to Baik (2,60)", at145, "Baik", 1.15],
    ["1,45 to '2,6' typed as text", at145, "2,6", 1.15],
    ["already above", at145, 1.2, 0],
  ] as const)("gives the index points missing: %s", (_name, levels, target, expected) => {
    expect(call("GAP", column([...levels]), target, null, null, {})).toBeCloseTo(expected, 12);
  });

  it("works for Indeks Pemdi (20 cells), whose top band starts at 4,00", () => {
    expect(call("GAP", column(new Array(20).fill(3)), "Memuaskan", null, null, {})).toBe(1);
  });
});
