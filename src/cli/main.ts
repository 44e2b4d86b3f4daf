/**
 * The `spbe` command: parse, run one command, print, exit. This file alone calls `process.exit`; commands return
 * results or throw, and every thrown error becomes one message on stderr and an exit code here:
 * 0 success, 1 invalid input data, 2 usage, 3 internal error (see `errors.ts`).
 *
 * Built by webpack to dist/cli/spbe.js (a CommonJS module, ExcelJS left external); bin/spbe.js requires it.
 * The exports below let tests and the benchmark call the commands without a process.
 */
import { realpathSync } from "node:fs";
import packageJson from "../../package.json";
import type { Language } from "../core";
import { detectLanguage, parseArgv, type Invocation } from "./args";
import { plan, planJson, planText } from "./commands/plan";
import { merge, mergeJson, mergeText } from "./commands/merge";
import { recap, recapJson, recapText } from "./commands/recap";
import { report } from "./commands/report";
import { score } from "./commands/score";
import { split, splitJson, splitText } from "./commands/split";
import { template } from "./commands/template";
import type { Progress } from "./commands/progress";
import { EXIT_OK, describeError, inputError, type ExitCode } from "./errors";
import { helpText } from "./help";
import { formatCliMessage } from "./messages";
import { scoreJson, scoreText } from "./report";

export { parseArgv, detectLanguage } from "./args";
export type { Invocation, PlanCliOptions, ScoreOptions, TemplateOptions } from "./args";
export { plan, planJson, planText } from "./commands/plan";
export { score } from "./commands/score";
export { template } from "./commands/template";
export { report } from "./commands/report";
export type { MergeCliOptions, RecapCliOptions, SplitCliOptions } from "./args";
export { split, splitJson, splitText } from "./commands/split";
export { merge, mergeJson, mergeText } from "./commands/merge";
export { recap, recapJson, recapText } from "./commands/recap";
export { CliError, EXIT_OK, EXIT_INVALID_INPUT, EXIT_USAGE, EXIT_INTERNAL } from "./errors";
export { scoreJson, scoreText } from "./report";

export const VERSION: string = packageJson.version;

/** Where output goes: process streams by default, buffers in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function execute(invocation: Invocation, io: Io): Promise<void> {
  const progress: Progress = (code, params) => io.stderr(`${formatCliMessage(code, params, invocation.language)}\n`);
  switch (invocation.kind) {
    case "help":
      io.stdout(helpText(invocation.language, invocation.command));
      return;
    case "version":
      io.stdout(`${VERSION}\n`);
      return;
    case "score": {
      const result = await score(invocation.options, progress);
      io.stdout(invocation.options.json ? `${JSON.stringify(scoreJson(result))}\n` : scoreText(result, invocation.language));
      return;
    }
    case "template": {
      const result = await template(invocation.options, progress);
      io.stdout(`${result.file}\n`);
      return;
    }
    case "plan": {
      const result = await plan(invocation.options, progress);
      io.stdout(invocation.options.json ? `${JSON.stringify(planJson(result, invocation.language))}\n` : planText(result, invocation.language));
      return;
    }
    case "report": {
      const result = await report(invocation.options, progress);
      io.stdout(`${result.file}\n${result.pdf ? `${result.pdf}\n` : ""}`);
      return;
    }
    case "split": {
      const result = await split(invocation.options, progress);
      io.stdout(invocation.options.json ? `${JSON.stringify(splitJson(result))}\n` : splitText(result, invocation.language));
      return;
    }
    case "merge": {
      const result = await merge(invocation.options, progress);
      io.stdout(invocation.options.json ? `${JSON.stringify(mergeJson(result, invocation.language))}\n` : mergeText(result, invocation.language));
      // The output is written; files that could not be used still make the run fail (exit 1).
      if (result.failed.length > 0) throw inputError("FILES_FAILED", { count: result.failed.length, value: result.total, file: result.out });
      return;
    }
    case "recap": {
      const result = await recap(invocation.options, progress);
      io.stdout(invocation.options.json ? `${JSON.stringify(recapJson(result, invocation.language))}\n` : recapText(result, invocation.language));
      if (result.ranking.failed.length > 0) {
        throw inputError("FILES_FAILED", { count: result.ranking.failed.length, value: result.total, file: result.out });
      }
      return;
    }
  }
}

/** Runs `spbe` with the words after the command name; returns the exit code. Never exits the process. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  let language: Language = detectLanguage(argv);
  try {
    const invocation = parseArgv(argv);
    language = invocation.language;
    await execute(invocation, io);
    return EXIT_OK;
  } catch (error) {
    const { exitCode, message } = describeError(error, language);
    io.stderr(`spbe: ${message}\n`);
    return exitCode;
  }
}

/** True when this bundle is the program being run (node dist/cli/spbe.js, bin/spbe.js, npx spbe), not a library. */
function isProgram(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  let real = script;
  try {
    real = realpathSync(script);
  } catch {
    // Keep the path as given.
  }
  return /[\\/]bin[\\/]spbe(\.js)?$|[\\/]cli[\\/]spbe\.js$/.test(real);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

if (isProgram()) {
  void run(process.argv.slice(2)).then(async (code) => {
    // Exit only once everything written has left, so that piped output is never cut.
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  });
}
