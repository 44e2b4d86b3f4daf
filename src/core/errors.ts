/**
 * The one error type of the core. It carries a code and the facts of the problem (which indicator, which cell,
 * the value, what is allowed); the words come from the catalogue in `messages.ts`, in Indonesian or English, so
 * every surface (custom functions, task pane, command line) says the same thing.
 */
import { formatMessage, type Language, type MessageParams, type ErrorCode } from "./messages";

export type { ErrorCode, Language, MessageParams } from "./messages";

/**
 * "missing": something the user has not filled in yet (Excel shows #N/A);
 * "invalid": a value that is there but not allowed (Excel shows #VALUE!).
 */
export type ErrorKind = "missing" | "invalid";

const MISSING_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["LEVEL_BLANK", "ARGUMENT_BLANK", "KEYS_MISSING"]);

export class SpbeError extends Error {
  readonly code: ErrorCode;
  readonly params: MessageParams;
  readonly kind: ErrorKind;

  constructor(code: ErrorCode, params: MessageParams = {}) {
    super(formatMessage(code, params, "en"));
    this.name = "SpbeError";
    this.code = code;
    this.params = params;
    this.kind = MISSING_CODES.has(code) ? "missing" : "invalid";
  }

  /** The message in the user's language. */
  messageIn(language: Language): string {
    return formatMessage(this.code, this.params, language);
  }
}

export function isSpbeError(value: unknown): value is SpbeError {
  return value instanceof SpbeError;
}
