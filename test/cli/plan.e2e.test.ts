/**
 * `spbe plan`, end to end: the BUILT command (dist/cli/spbe.js; `npm test` builds it, or
 * `npx webpack --mode production --env only=cli`) run on workbooks obeying the defined-name contract, and its
 * argument parsing in-process.
 */
import * as path from "node:path";
import { SPBE_59_2020, getFramework, planToTarget } from "../../src/core";
import { parseArgv } from "../../src/cli/args";
import { runBuiltCli, tempDir, writeNamedWorkbook } from "./helpers";

const dir = tempDir("spbe-plan-");
/** Index 1,45: indicators 11-12 at 3, 13-20 and 42-46 at 2, the rest at 1. */
const at145 = Array.from({ length: 47 }, (_, i) => {
  const no = i + 1;
  return no <= 10 ? 1 : no <= 12 ? 3 : no <= 20 ? 2 : no <= 41 ? 1 : no <= 46 ? 2 : 1;
});

async function fixture(name: string, levels: readonly unknown[]): Promise<string> {
  const file = path.join(dir, name);
  await writeNamedWorkbook(file, "59/2020", levels);
  return file;
}

describe("spbe plan (built)", () => {
  it("--steps band plans 2026-style values to the next band's floors, as the core does", async () => {
    const file = path.join(dir, "pemdi-2026.xlsx");
    const values = Array.from({ length: 20 }, (_, i) => [1.26, 1.5, 1.17, 2, 2.5][i % 5]);
    await writeNamedWorkbook(file, "8/2026", values, { aspects: 7, domains: 0 });
    const result = await runBuiltCli(["plan", file, "--target", "Baik", "--steps", "band", "--json"]);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    const expected = planToTarget(getFramework("8/2026"), values.map((v) => Math.round(v * 100)), "Baik", { stepTo: "band" });
    expect(json.steps.map((s: { indicator: number; to: number }) => [s.indicator, s.to])).toEqual(expected.steps.map((s) => [s.indicator.no, s.to / 100]));
    expect(json.steps.every((s: { to: number }) => [1.5, 2.5, 3.5, 4].includes(s.to))).toBe(true);
    expect(() => parseArgv(["plan", file, "--target", "Baik", "--steps", "half"])).toThrow(/level\|band/);
  });

  it("prints the core's plan as JSON: 'from 1,45 to 2,45'", async () => {
    const file = await fixture("at145.xlsx", at145);
    const result = await runBuiltCli(["plan", file, "--target", "2,45", "--json"]);
    expect(result).toMatchObject({ exitCode: 0, stderr: `Membaca ${file} ...\n` });
    const json = JSON.parse(result.stdout);
    const expected = planToTarget(SPBE_59_2020, at145.map((l) => l * 100), 245);
    expect(json).toMatchObject({ framework: "59/2020", practice: "exact", status: "planned", target: { index: 2.45 }, gap: 1, totalEffort: expected.totalEffort });
    expect(json.current).toEqual({ index: 1.45, rounded: 1.45, predikat: "Kurang" });
    expect(json.steps.map((s: { indicator: number; to: number }) => [s.indicator, s.to])).toEqual(expected.steps.map((s) => [s.indicator.no, s.to / 100]));
    expect(json.projected.index).toBeGreaterThanOrEqual(2.45);
  });

  it("prints a table and the plan in a sentence, in English with --lang en", async () => {
    const file = await fixture("at145-en.xlsx", at145);
    const result = await runBuiltCli(["plan", file, "--target", "Baik", "--max-rise", "2", "--lang", "en"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Template: .*\nFramework: SPBE Index, PermenPANRB 59\/2020\n\nNo +Indicator +From +To +Index gain\n/);
    expect(result.stdout).toMatch(/Raise \d+ indicator\(s\) .* reaching target Good \(2\.60\)\.\nIndex: 1\.45 -> 2\.\d\d\n$/);
  });

  it("says when the target is unreachable and shows the best possible index (exit 0)", async () => {
    const file = await fixture("ones.xlsx", new Array(47).fill(1));
    const result = await runBuiltCli(["plan", file, "--target", "4.2", "--max-rise", "2"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Target 4,20 tidak dapat dicapai dengan batasan ini: indeks tertinggi yang mungkin 3,00 (Baik)");
  });

  it("refuses a blank level (exit 1), naming the cell, and an unknown predikat (exit 2)", async () => {
    const file = await fixture("blank.xlsx", [...at145.slice(0, 4), null, ...at145.slice(5)]);
    const blank = await runBuiltCli(["plan", file, "--target", "2.45"]);
    expect(blank.exitCode).toBe(1);
    expect(blank.stderr).toContain("F14");
    const good = await fixture("good.xlsx", at145);
    const unknown = await runBuiltCli(["plan", good, "--target", "Istimewa"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('Predikat "Istimewa" tidak ada dalam kerangka 59/2020');
  });
});

describe("parseArgv: spbe plan", () => {
  it("reads the target, the maximum rise and the flags", () => {
    expect(parseArgv(["plan", "a.xlsx", "-t", "Sangat Baik", "--max-rise", "1", "--json", "--practice", "rounded"])).toEqual({
      kind: "plan", language: "id", options: { file: "a.xlsx", target: "Sangat Baik", maxRise: 1, stepTo: "level", json: true, practice: "rounded" },
    });
  });

  it.each<[string[], string]>([
    [["plan", "a.xlsx"], "Opsi --target wajib diisi"],
    [["plan", "a.xlsx", "--target", "2.6", "--max-rise", "1.5"], "Opsi --max-rise bernilai"],
    [["plan", "--target", "2.6"], "Sebutkan FILE.xlsx"],
  ])("refuses %j (exit 2)", (argv, message) => {
    expect(() => parseArgv(argv)).toThrow(expect.objectContaining({ exitCode: 2 }));
    try {
      parseArgv(argv);
    } catch (e) {
      expect((e as { messageIn(l: string): string }).messageIn("id")).toContain(message);
    }
  });
});
