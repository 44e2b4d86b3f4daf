/** Catching what a call throws, for tests that assert on the error itself. */
import { SpbeError } from "../../src/core";

/** The SpbeError a call throws; fails the test when it returns or throws something else. */
export function errorOf(fn: () => unknown): SpbeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SpbeError) return e;
    throw e;
  }
  throw new Error("expected an SpbeError");
}

/** The Excel error (code and message) a custom function throws; fails the test when it returns. */
export function excelErrorOf(id: string, call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    const err = e as { code?: string; message: string };
    if (!err.code) throw e;
    return { code: err.code, message: err.message };
  }
  throw new Error(`${id} returned instead of throwing`);
}
