/**
 * The coordinator's decisions on merge conflicts: by default a conflict keeps the coordinator's value (the merge
 * never guesses); the coordinator may instead take one unit's answer for a row. A taken answer becomes a change
 * like any other, marked as decided, so it is written and logged as the coordinator's decision; the rows left
 * undecided stay conflicts.
 */
import type { MergeChange, MergeConflict, MergeResult } from "./mergeUnitAnswers";

/** The key of a conflict (one indicator's one field). */
export function conflictKey(c: Pick<MergeConflict, "indicator" | "field">): string {
  return `${c.indicator}-${c.field}`;
}

/** `taken` maps a conflict's key to the position of the answer taken; a conflict not in it keeps the coordinator's value. */
export function applyConflictDecisions(result: MergeResult, taken: ReadonlyMap<string, number>): MergeResult {
  const decided: MergeChange[] = [];
  const conflicts: MergeConflict[] = [];
  for (const c of result.conflicts) {
    const answer = c.answers[taken.get(conflictKey(c)) ?? -1];
    if (!answer) {
      conflicts.push(c);
      continue;
    }
    decided.push({
      indicator: c.indicator, field: c.field, cell: c.cell, oldValue: c.coordinatorValue, newValue: answer.value,
      files: [answer.file], sourceCells: [answer.cell], units: [answer.unit], decided: true,
    });
  }
  if (decided.length === 0) return result;
  const changes = [...result.changes, ...decided].sort((a, b) => a.indicator - b.indicator);
  return { ...result, changes, conflicts };
}
