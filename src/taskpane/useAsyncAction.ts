/**
 * The idle → running → done | failed cycle of one workbook operation, in one place: the views disable their button
 * while `running`, show the error of `failed` and keep the result of `done` (with the arguments it was run with,
 * so a view can say which item it belongs to). A newer run, or `reset`, makes an older run's answer stale: it is
 * dropped, as is an answer that arrives after the view has gone.
 */
import * as React from "react";

export type AsyncState<T, A extends readonly unknown[] = readonly unknown[]> =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly args: A }
  | { readonly status: "done"; readonly args: A; readonly result: T }
  | { readonly status: "failed"; readonly args: A; readonly error: unknown };

export interface AsyncAction<T, A extends readonly unknown[]> {
  readonly state: AsyncState<T, A>;
  readonly running: boolean;
  /** Starts the operation; resolves when it has settled (never rejects: a failure becomes the `failed` state). */
  readonly run: (...args: A) => Promise<void>;
  /** Back to idle; a run still in flight is forgotten. */
  readonly reset: () => void;
}

const IDLE = { status: "idle" } as const;

export function useAsyncAction<T, A extends readonly unknown[] = []>(action: (...args: A) => Promise<T>): AsyncAction<T, A> {
  const [state, setState] = React.useState<AsyncState<T, A>>(IDLE);
  // The latest action, so `run` stays the same function and still calls what the last render passed.
  const latest = React.useRef(action);
  latest.current = action;
  const requestNo = React.useRef(0);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = React.useCallback(async (...args: A) => {
    const request = ++requestNo.current;
    const current = () => mounted.current && request === requestNo.current;
    setState({ status: "running", args });
    try {
      const result = await latest.current(...args);
      if (current()) setState({ status: "done", args, result });
    } catch (error) {
      if (current()) setState({ status: "failed", args, error });
    }
  }, []);

  const reset = React.useCallback(() => {
    requestNo.current++;
    setState(IDLE);
  }, []);

  return { state, running: state.status === "running", run, reset };
}
