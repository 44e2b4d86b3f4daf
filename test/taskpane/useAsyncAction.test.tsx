/** @jest-environment jsdom */
import * as React from "react";
import { act, render } from "@testing-library/react";
import { useAsyncAction, type AsyncAction } from "../../src/taskpane/useAsyncAction";

/** A promise settled by the test. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Action = (n: number) => Promise<string>;

function renderHook(action: Action) {
  const seen: { current: AsyncAction<string, [number]> } = { current: undefined as never };
  function Probe({ fn }: { fn: Action }) {
    seen.current = useAsyncAction(fn);
    return null;
  }
  const view = render(<Probe fn={action} />);
  return { seen, rerender: (fn: Action) => view.rerender(<Probe fn={fn} />), unmount: view.unmount };
}

describe("useAsyncAction", () => {
  it("goes idle → running → done and keeps the result with its arguments", async () => {
    const d = deferred<string>();
    const { seen } = renderHook(() => d.promise);
    expect(seen.current.state).toEqual({ status: "idle" });
    expect(seen.current.running).toBe(false);
    let settled!: Promise<void>;
    act(() => {
      settled = seen.current.run(7);
    });
    expect(seen.current.state).toEqual({ status: "running", args: [7] });
    expect(seen.current.running).toBe(true);
    await act(async () => {
      d.resolve("B7");
      await settled;
    });
    expect(seen.current.state).toEqual({ status: "done", args: [7], result: "B7" });
    expect(seen.current.running).toBe(false);
  });

  it("turns a rejection into the failed state and does not reject itself", async () => {
    const error = new Error("Akses ditolak");
    const { seen } = renderHook(async () => {
      throw error;
    });
    await act(async () => {
      await expect(seen.current.run(1)).resolves.toBeUndefined();
    });
    expect(seen.current.state).toEqual({ status: "failed", args: [1], error });
  });

  it("drops the answer of an older run when a newer one was started", async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const calls = [first, second];
    const { seen } = renderHook(() => calls.shift()!.promise);
    let a!: Promise<void>;
    let b!: Promise<void>;
    act(() => {
      a = seen.current.run(1);
    });
    act(() => {
      b = seen.current.run(2);
    });
    await act(async () => {
      second.resolve("two");
      await b;
    });
    await act(async () => {
      first.resolve("one");
      await a;
    });
    expect(seen.current.state).toEqual({ status: "done", args: [2], result: "two" });
  });

  it("reset returns to idle and forgets a run in flight", async () => {
    const d = deferred<string>();
    const { seen } = renderHook(() => d.promise);
    let settled!: Promise<void>;
    act(() => {
      settled = seen.current.run(3);
    });
    act(() => seen.current.reset());
    expect(seen.current.state).toEqual({ status: "idle" });
    await act(async () => {
      d.reject(new Error("late"));
      await settled;
    });
    expect(seen.current.state).toEqual({ status: "idle" });
  });

  it("keeps run the same function and calls the action of the latest render", async () => {
    const { seen, rerender } = renderHook(async (n) => `old ${n}`);
    const run = seen.current.run;
    rerender(async (n) => `new ${n}`);
    expect(seen.current.run).toBe(run);
    await act(() => seen.current.run(5));
    expect(seen.current.state).toEqual({ status: "done", args: [5], result: "new 5" });
  });

  it("ignores an answer that arrives after unmount", async () => {
    const d = deferred<string>();
    const { seen, unmount } = renderHook(() => d.promise);
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let settled!: Promise<void>;
    act(() => {
      settled = seen.current.run(1);
    });
    unmount();
    d.resolve("late");
    await settled;
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
