/**
 * Helpers for the command-line tests: fixture workbooks made with ExcelJS, and running the built CLI.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { parseArgv } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";

export const ROOT = path.resolve(__dirname, "../..");
export const BUILT_CLI = path.join(ROOT, "dist/cli/spbe.js");

export function tempDir(prefix = "spbe-cli-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/spbe.js ...args` in `cwd` (with `env` added to the environment) and collects its exit code and output. */
export function runBuiltCli(args: readonly string[], cwd: string = ROOT, env: Readonly<Record<string, string>> = {}): Promise<RunResult> {
  if (!existsSync(BUILT_CLI)) {
    throw new Error(`${BUILT_CLI} is missing: build it with \`npx webpack --mode production --env only=cli\` (npm test does).`);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [BUILT_CLI, ...args], { cwd, timeout: 60000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}

export const SHEET = "Kertas Kerja";
/** Row of indicator 1's level in the minimal fixture; indicator n is on row FIRST_LEVEL_ROW + n - 1, column F. */
export const FIRST_LEVEL_ROW = 10;

/** Names of the contract holding one cell per indicator, with their column in the minimal fixture. */
const PER_INDICATOR = { SPBE_LEVELS: "F", SPBE_TARGETS: "G", SPBE_OFFICIAL: "H", SPBE_PIC: "I", SPBE_JUSTIFICATION: "J", SPBE_EVIDENCE: "K", SPBE_NOTES: "L" };
/** Names of the contract holding one cell, with their cell in the minimal fixture (results left empty). */
const SINGLE = {
  SPBE_FRAMEWORK: "C3", SPBE_INSTANSI: "C4", SPBE_YEAR: "C5", SPBE_FILLED_BY: "C6", SPBE_INDEX: "N3", SPBE_INDEX_ROUNDED: "N4",
  SPBE_PREDIKAT: "N5", SPBE_PREDIKAT_ROUNDED: "N6", SPBE_TARGET_INDEX: "N7",
};

/**
 * A minimal workbook obeying the defined-name contract (src/template/names.ts) and nothing else: SPBE_FRAMEWORK in
 * 'Kertas Kerja'!C3, SPBE_LEVELS in 'Kertas Kerja'!F10:F(9+n), the other per-indicator names in the next columns,
 * SPBE_ASPECT_n / SPBE_DOMAIN_n in column O; no formulas. Level cells may hold any ExcelJS value.
 */
export async function writeNamedWorkbook(
  file: string, framework: unknown, levels: readonly unknown[], parts: { aspects: number; domains: number } = { aspects: 8, domains: 4 },
): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.getCell("B3").value = "Kerangka";
  sheet.getCell("C3").value = framework as never;
  for (const [name, cell] of Object.entries(SINGLE)) workbook.definedNames.add(`'${SHEET}'!$${cell[0]}$${cell.slice(1)}`, name);
  levels.forEach((level, i) => {
    sheet.getCell(`A${FIRST_LEVEL_ROW + i}`).value = i + 1;
    sheet.getCell(`F${FIRST_LEVEL_ROW + i}`).value = level as never;
  });
  const last = FIRST_LEVEL_ROW + levels.length - 1;
  for (const [name, col] of Object.entries(PER_INDICATOR)) workbook.definedNames.add(`'${SHEET}'!$${col}$${FIRST_LEVEL_ROW}:$${col}$${last}`, name);
  for (let n = 1; n <= parts.aspects; n++) workbook.definedNames.add(`'${SHEET}'!$O$${n}`, `SPBE_ASPECT_${n}`);
  for (let n = 1; n <= parts.domains; n++) workbook.definedNames.add(`'${SHEET}'!$P$${n}`, `SPBE_DOMAIN_${n}`);
  await workbook.xlsx.writeFile(file);
}

/** Sets the level cells of a workbook file (found through SPBE_LEVELS) and saves it, as a user filling it in would. */
export async function fillLevels(file: string, levels: readonly unknown[]): Promise<void> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const cells: { sheet: string; address: string }[] = [];
  for (const range of workbook.definedNames.getRanges("SPBE_LEVELS").ranges) {
    const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(range);
    if (!m) throw new Error(`Unexpected SPBE_LEVELS range ${range}`);
    const [top, bottom] = [Number(m[3]), Number(m[5] ?? m[3])];
    if ((m[4] ?? m[2]) !== m[2]) throw new Error(`SPBE_LEVELS is not one column: ${range}`);
    for (let row = top; row <= bottom; row++) cells.push({ sheet: m[1].replace(/''/g, "'"), address: `${m[2]}${row}` });
  }
  if (cells.length !== levels.length) throw new Error(`SPBE_LEVELS has ${cells.length} cells, ${levels.length} levels given`);
  cells.forEach((c, i) => {
    workbook.getWorksheet(c.sheet)!.getCell(c.address).value = levels[i] as never;
  });
  await workbook.xlsx.writeFile(file);
}

/** The usage error (CliError) that parsing `argv` throws; fails the test when it parses. */
export function usageErrorOf(argv: string[]): CliError {
  try {
    parseArgv(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`parsed without error: ${argv.join(" ")}`);
}
