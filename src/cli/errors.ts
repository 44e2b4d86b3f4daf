/**
 * The one error type of the command line, and its exit codes.
 *
 * A CliError carries its exit code and a message from the catalogue (`messages.ts`): the message and the exit
 * status travel together and are printed in one place, `main.ts`. The errors of the layers below (the core's
 * SpbeError, the template's TemplateError, the unit files' UnitFileProblem) keep their own catalogue message;
 * `describeError` maps them to exit code 1.
 *
 * Exit codes (documented in the README, section "Command line"):
 * - 0: success;
 * - 1: invalid input data: the workbook is not a template, cannot be read, or its levels are blank or not allowed;
 *      or the output file cannot be written;
 * - 2: usage: the command line itself is wrong (unknown command or option, missing or invalid option value,
 *      missing input file, output file that exists without --force); nothing was read or written;
 * - 3: internal error: a bug in spbe, or a part not available in this build.
 */
import { CataloguedError, type Language } from "../core";
import { CLI_CATALOGUE, formatCliMessage, type CliMessageCode, type CliMessageParams } from "./messages";

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export type ExitCode = typeof EXIT_OK | typeof EXIT_INVALID_INPUT | typeof EXIT_USAGE | typeof EXIT_INTERNAL;

export class CliError extends CataloguedError<CliMessageCode, CliMessageParams> {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, code: CliMessageCode, params: CliMessageParams = {}, options?: { cause?: unknown }) {
    super(CLI_CATALOGUE, code, params, options);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** A problem with the command line as typed (exit 2). */
export function usageError(code: CliMessageCode, params: CliMessageParams = {}): CliError {
  return new CliError(EXIT_USAGE, code, params);
}

/** A problem with the data in the files (exit 1). */
export function inputError(code: CliMessageCode, params: CliMessageParams = {}, cause?: unknown): CliError {
  return new CliError(EXIT_INVALID_INPUT, code, params, cause === undefined ? undefined : { cause });
}

/** What `main` prints and returns for any error thrown by a command. */
export interface ErrorOutcome {
  readonly exitCode: ExitCode;
  readonly message: string;
}

/**
 * Maps any thrown value to an exit code and a message in the user's language: CliError carries both, a core
 * SpbeError is invalid input data (1), anything else is a bug (3) and shows its stack.
 */
export function describeError(error: unknown, language: Language): ErrorOutcome {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.messageIn(language) };
  // The errors of the layers below (input values, the template's names, unit files) are all invalid input data.
  if (error instanceof CataloguedError) return { exitCode: EXIT_INVALID_INPUT, message: error.messageIn(language) };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { exitCode: EXIT_INTERNAL, message: formatCliMessage("INTERNAL", { detail }, language) };
}
