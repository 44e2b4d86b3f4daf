/**
 * The command functions in-process, without a process or the built bundle: each takes typed options and returns a
 * result or throws a CliError with its exit code. Plus the exact-decimal formatting of the report.
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { SPBE_59_2020, SPBE_5_2018 } from "../../src/core";
import { parseArgv, type ScoreOptions, type TemplateOptions } from "../../src/cli/args";
import { score } from "../../src/cli/commands/score";
import { template } from "../../src/cli/commands/template";
import { CliError } from "../../src/cli/errors";
import { formatExact, scoreJson } from "../../src/cli/report";
import { vectors } from "../fixtures/vectors";
import { fillLevels, tempDir } from "./helpers";

const dir = tempDir("spbe-commands-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function templateOptions(out: string, extra: Partial<TemplateOptions> = {}): TemplateOptions {
  return { framework: SPBE_59_2020, out, language: "id", force: false, ...extra };
}

async function rejection(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("resolved without error");
}

describe("template()", () => {
  it("writes the file and reports its progress through the callback", async () => {
    const out = path.join(dir, "kk.xlsx");
    const progress: string[] = [];
    const result = await template(templateOptions(out, { framework: SPBE_5_2018, year: 2019 }), (code) => progress.push(code));
    expect(result).toMatchObject({ file: out, framework: SPBE_5_2018, indicators: 35 });
    expect(result.bytes).toBeGreaterThan(10000);
    expect(progress).toEqual(["PROGRESS_WRITING", "PROGRESS_WRITTEN"]);
    expect(existsSync(out)).toBe(true);
  });

  it("refuses an existing file with exit code 2 before writing anything, and leaves no temporary file", async () => {
    const out = path.join(dir, "exists.xlsx");
    writeFileSync(out, "x");
    const progress: string[] = [];
    const error = await rejection(template(templateOptions(out), (code) => progress.push(code)));
    expect([error.exitCode, error.code]).toEqual([2, "OUTPUT_EXISTS"]);
    expect(progress).toEqual([]);
    expect(require("node:fs").readdirSync(dir).filter((f: string) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("score()", () => {
  it("returns the core's exact numbers for a filled template", async () => {
    const file = path.join(dir, "filled.xlsx");
    await template(templateOptions(file));
    const pacitan = vectors.spbe_59_2020_published.find((c) => c.exact_index === 3.4985)!;
    await fillLevels(file, pacitan.levels);
    const options: ScoreOptions = { file, json: true, practice: "rounded" };
    const result = await score(options);
    expect(result.index).toEqual({ num: 3498500, den: 1000000 });
    expect(result.roundedHundredths).toBe(350);
    expect(result.band.predikat).toBe("Sangat Baik");
    expect(scoreJson(result)).toMatchObject({ index: 3.4985, rounded: 3.5, predikat: "Sangat Baik", practice: "rounded" });
  });

  it("takes the options the parser produces", async () => {
    const invocation = parseArgv(["score", path.join(dir, "missing.xlsx"), "--json"]);
    if (invocation.kind !== "score") throw new Error(invocation.kind);
    const error = await rejection(score(invocation.options));
    expect([error.exitCode, error.code]).toEqual([2, "FILE_NOT_FOUND"]);
  });
});

describe("formatExact: the exact value in decimals, by integer division", () => {
  it.each<[number, number, "id" | "en", string]>([
    [4745, 1000, "id", "4,745"],
    [4745, 1000, "en", "4.745"],
    [5, 1, "id", "5"],
    [38, 11, "id", "3,454545..."],
    [1, 3, "en", "0.333333..."],
    [17995, 10000, "id", "1,7995"],
    [0, 7, "id", "0"],
  ])("%i/%i (%s) -> %s", (num, den, language, text) => {
    expect(formatExact({ num, den }, language)).toBe(text);
  });
});
