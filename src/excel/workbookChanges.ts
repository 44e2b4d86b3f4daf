/**
 * Tells the task pane when the workbook changes, so the summary can refresh itself. Uses the worksheet
 * collection's onChanged, onAdded and onDeleted events where the host supports them (ExcelApi 1.9); elsewhere
 * nothing is registered and the Refresh button remains. Registration failures are not fatal: the summary still
 * works by hand.
 */

export type Unsubscribe = () => Promise<void>;

function eventsSupported(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.9") === true;
  } catch {
    return false;
  }
}

/** Calls `onChange` after each change (the caller debounces); resolves to a function that unregisters. */
export async function subscribeToWorkbookChanges(onChange: () => void): Promise<Unsubscribe> {
  if (!eventsSupported()) return async () => {};
  const handler = async () => {
    onChange();
  };
  const results = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const registered = [sheets.onChanged.add(handler), sheets.onAdded.add(handler), sheets.onDeleted.add(handler)];
    await context.sync();
    return registered;
  });
  return async () => {
    await Excel.run(results[0].context, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  };
}
