/**
 * Reads the workbook's templates and keeps them current: on mount, on demand, and shortly after each workbook
 * change where the host reports changes. Stale answers (an older read finishing after a newer one) are dropped.
 */
import * as React from "react";
import type { PaneActions } from "./actions";
import type { RawTemplate } from "../excel/readTemplates";
import { summarizeTemplate, type TemplateEntry } from "./summaryModel";

/** Workbook edits come in bursts (typing, paste, fill): read once the burst has settled. */
export const CHANGE_DEBOUNCE_MS = 800;

export type TemplatesState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly entries: readonly TemplateEntry[] }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * `initial`, when given, is a read already made (the pane's start waits briefly for it): the first render shows it,
 * and the mount read is skipped.
 */
export function useTemplates(
  readTemplates: PaneActions["readTemplates"],
  subscribeToChanges?: PaneActions["subscribeToChanges"],
  initial?: readonly RawTemplate[],
): { state: TemplatesState; busy: boolean; reload: () => Promise<void> } {
  const [state, setState] = React.useState<TemplatesState>(() =>
    initial ? { status: "ready", entries: initial.map(summarizeTemplate) } : { status: "loading" },
  );
  const skipMountRead = React.useRef(initial !== undefined);
  const [busy, setBusy] = React.useState(false);
  const requestNo = React.useRef(0);

  const reload = React.useCallback(async () => {
    const request = ++requestNo.current;
    setBusy(true);
    try {
      const raw = await readTemplates();
      if (request !== requestNo.current) return;
      setState({ status: "ready", entries: raw.map(summarizeTemplate) });
    } catch (error) {
      if (request !== requestNo.current) return;
      setState({ status: "failed", error });
    } finally {
      if (request === requestNo.current) setBusy(false);
    }
  }, [readTemplates]);

  React.useEffect(() => {
    if (skipMountRead.current) {
      skipMountRead.current = false;
      return;
    }
    void reload();
  }, [reload]);

  React.useEffect(() => {
    if (!subscribeToChanges) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let active = true;
    subscribeToChanges(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), CHANGE_DEBOUNCE_MS);
    }).then(
      (off) => {
        if (active) unsubscribe = off;
        else void off().catch(() => undefined);
      },
      // Events are a convenience: without them the Refresh button still works.
      () => undefined,
    );
    return () => {
      active = false;
      if (timer) clearTimeout(timer);
      void unsubscribe?.().catch(() => undefined);
    };
  }, [subscribeToChanges, reload]);

  return { state, busy, reload };
}
