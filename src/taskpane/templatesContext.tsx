/**
 * The workbook's templates, read once for the whole pane: App holds the one `useTemplates` and every view that works
 * on a template (Ringkasan, Rencana, Unit/OPD) reads it from here, so one workbook change means one read.
 */
import * as React from "react";
import type { PaneActions } from "./actions";
import type { RawTemplate } from "../excel/readTemplates";
import { useTemplates, type TemplatesState } from "./useTemplates";

export interface WorkbookTemplates {
  readonly state: TemplatesState;
  /** A read is in flight (on mount, after a change, or on Refresh). */
  readonly busy: boolean;
  readonly reload: () => Promise<void>;
}

const TemplatesContext = React.createContext<WorkbookTemplates | undefined>(undefined);

export interface TemplatesProviderProps {
  readonly readTemplates: PaneActions["readTemplates"];
  readonly subscribeToChanges?: PaneActions["subscribeToChanges"];
  /** A first read already made, shown at once (useTemplates). */
  readonly initial?: readonly RawTemplate[];
  readonly children?: React.ReactNode;
}

export function TemplatesProvider({ readTemplates, subscribeToChanges, initial, children }: TemplatesProviderProps) {
  const { state, busy, reload } = useTemplates(readTemplates, subscribeToChanges, initial);
  const value = React.useMemo(() => ({ state, busy, reload }), [state, busy, reload]);
  return <TemplatesContext.Provider value={value}>{children}</TemplatesContext.Provider>;
}

/** The templates read by the nearest TemplatesProvider. */
export function useWorkbookTemplates(): WorkbookTemplates {
  const templates = React.useContext(TemplatesContext);
  if (!templates) throw new Error("useWorkbookTemplates: render the view inside a TemplatesProvider");
  return templates;
}
