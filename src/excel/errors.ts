/**
 * The one error of the Office.js layer that is not Excel's own: between the user's review and the write, cells the
 * add-in was about to write changed (merge) or filled up (connect). Nothing was written; the error names the cells,
 * and the pane says it in its own words (`errorText.ts`), since only it knows what the user reviewed.
 */
export type WriteOperation = "merge" | "connect";

export class CellsChangedError extends Error {
  readonly operation: WriteOperation;
  readonly cells: readonly string[];

  constructor(operation: WriteOperation, cells: readonly string[]) {
    super(`Nothing was written: cells changed since the review (${operation}): ${cells.join(", ")}`);
    this.name = "CellsChangedError";
    this.operation = operation;
    this.cells = cells;
  }
}

export function isCellsChangedError(error: unknown): error is CellsChangedError {
  return error instanceof CellsChangedError;
}
