/**
 * The in-Excel self-test against the fake host: the shipped functions bundle registered into it (as functions.js
 * does in the shared runtime), Excel's own calculation stood in for by config.namedResults (the fake computes no
 * Excel formula). What is checked here is the self-test itself: it reads the right cells, judges them against the
 * core, says which check fails and why, and leaves the user's workbook as it was, even when Excel fails midway.
 */
import * as path from "node:path";
import { runSelfTest, readHostFacts } from "../../src/excel/selfTest";
import { SELF_TEST_VECTOR, selfTestChecks, selfTestReport } from "../../src/taskpane/selfTestModel";
import INDONESIAN_METADATA from "../../src/functions/functions.id.json";
import { installFakeOffice } from "../taskpane/fakeHost";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");
const { registered } = loadFunctionsBundle(path.resolve(__dirname, "../../dist")) as { registered: Map<string, unknown> };

const EXCEL_RESULTS = { SPBE_INDEX: 4.745, SPBE_INDEX_ROUNDED: 4.75, SPBE_PREDIKAT: "Memuaskan" };
const localFunctionNames = Object.fromEntries(Object.entries(INDONESIAN_METADATA).map(([id, m]) => [id, (m as { name: string }).name]));

function host(config: object = {}) {
  const state = installFakeOffice(globalThis, { sheets: [{ name: "Data Saya", cells: { A1: "milik pengguna", B2: 7 } }], namedResults: EXCEL_RESULTS, ...config });
  const functions = (state as unknown as { customFunctions: Record<string, unknown> }).customFunctions;
  for (const [id, fn] of registered) functions[id] = fn;
  return state;
}

async function run(language: "id" | "en" = "id") {
  const reading = await runSelfTest(SELF_TEST_VECTOR.framework, SELF_TEST_VECTOR.levels, language);
  return { reading, checks: selfTestChecks(readHostFacts(), reading, language) };
}

describe("the self-test", () => {
  it("passes every check on a host that computes as Excel should, and leaves only the user's sheets", async () => {
    const state = host();
    const { reading, checks } = await run("en");
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(checks).toHaveLength(12);
    expect(reading.custom.index).toBe(4.745);
    expect(reading.custom.rounded).toBe(4.75);
    expect(reading.custom.scores!.length).toBeGreaterThan(10);
    expect(reading.sheets).toContain("SPBE Diagnostik");
    expect(state.sheets.map((s) => s.name)).toEqual(["Data Saya"]);
    expect([state.getCell("Data Saya", "A1"), state.getCell("Data Saya", "B2")]).toEqual(["milik pengguna", 7]);
    expect(state.writes.filter((w) => w.sheet === "Data Saya")).toEqual([]);
  });

  it("says which check fails and what it read: a host that rounds 4,745 to 4,74", async () => {
    host({ namedResults: { ...EXCEL_RESULTS, SPBE_INDEX_ROUNDED: 4.74 } });
    const { checks } = await run("id");
    expect(checks.filter((c) => !c.passed).map((c) => [c.id, c.detail])).toEqual([["native", "terbaca 4,745 / 4,74 / Memuaskan"]]);
  });

  it("names the functions unregistered when Excel answers #NAME?", async () => {
    const state = host();
    delete (state as unknown as { customFunctions: Record<string, unknown> }).customFunctions.INDEX;
    const { checks } = await run("en");
    expect(checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(["registered", "custom"]);
  });

  it("in Indonesian Excel writes the calls with the Indonesian names, and they compute", async () => {
    host({ displayLanguage: "id-ID", decimalSeparator: ",", localFunctionNames });
    const { reading, checks } = await run("id");
    expect(reading.custom.formulas[0]).toMatch(/^=SPBE\.INDEKS\(/);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
  });

  it("removes its sheets when Excel fails midway, and the error reaches the caller", async () => {
    const state = host();
    const fake = state as unknown as { failNextSync: unknown; syncs: number };
    // The third sync is the calculation's: fail there, after the template and the scratch sheet were created.
    const original = Excel.run;
    let calls = 0;
    (Excel as unknown as { run: typeof Excel.run }).run = ((fn: (c: Excel.RequestContext) => Promise<unknown>) =>
      original(async (context: Excel.RequestContext) => {
        const sync = context.sync.bind(context);
        context.sync = (() => (++calls === 2 ? Promise.reject(Object.assign(new Error("Excel is busy"), { code: "GeneralException" })) : sync())) as typeof context.sync;
        return fn(context);
      })) as typeof Excel.run;
    await expect(run("en")).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.syncs).toBeGreaterThan(0);
    expect(state.sheets.map((s) => s.name)).toEqual(["Data Saya"]);
  });

  it("writes a report a person can paste, with the host and every verdict", async () => {
    host();
    const { checks } = await run("id");
    const report = selfTestReport(readHostFacts(), checks, "id");
    expect(report.split("\n")[0]).toBe("SPBE & Pemdi — Diagnostik: uji mandiri di Excel ini");
    expect(report).toContain("Excel 16.0 (fake) · OfficeOnline · Excel · en-US");
    expect(report).toContain("CustomFunctionsRuntime 1.3: ya");
    expect(report).toContain("LOLOS Mesin hitung = hasil resmi: mesin: 4,745 → 4,75 Memuaskan; resmi: 4,75 Memuaskan");
  });
});
