/**
 * The one error type of the core. It carries a code and the facts of the problem (which indicator, which cell,
 * the value, what is allowed); the words come from the catalogue in `messages.ts`, in Indonesian or English, so
 * every surface (custom functions, task pane, command line) says the same thing.
 */
import { CataloguedError } from "./catalogue";
import { CATALOGUE, type MessageParams, type ErrorCode } from "./messages";

export type { ErrorCode, Language, MessageParams } from "./messages";

/**
 * "missing": something the user has not filled in yet (Excel shows #N/A);
 * "invalid": a value that is there but not allowed (Excel shows #VALUE!).
 */
export type ErrorKind = "missing" | "invalid";

const MISSING_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["LEVEL_BLANK", "ARGUMENT_BLANK", "KEYS_MISSING"]);

/** A value the user gave (a level, a framework, an index, an argument) that the core cannot take. */
export class SpbeError extends CataloguedError<ErrorCode, MessageParams> {
  readonly kind: ErrorKind;

  constructor(code: ErrorCode, params: MessageParams = {}) {
    super(CATALOGUE, code, params);
    this.name = "SpbeError";
    this.kind = MISSING_CODES.has(code) ? "missing" : "invalid";
  }
}

export function isSpbeError(value: unknown): value is SpbeError {
  return value instanceof SpbeError;
}
