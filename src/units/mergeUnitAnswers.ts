/**
 * Fan-in: the answers of returned unit workbooks merged into the coordinator's template, never silently.
 *
 * Four columns are merged: the level (SPBE_LEVELS), Penjelasan (SPBE_JUSTIFICATION), Data dukung (SPBE_EVIDENCE)
 * and Catatan (SPBE_NOTES); each indicator and column is decided on its own:
 * - a blank answer is no answer; an answer equal to the coordinator's value changes nothing;
 * - a unit is "assigned" an indicator when the coordinator's PIC / OPD cell names the unit of the file (SPBE_UNIT);
 * - one assigned unit (or several agreeing) answering, and no one else differing: the answer is merged, and the
 *   change (old value, new value, source file) is recorded in the log, even when it replaces a coordinator's value;
 * - assigned units answering differently: a conflict "units-differ"; the coordinator's value stays;
 * - a unit answering an indicator not assigned to it with a value that differs from the coordinator's: a conflict
 *   "not-assigned"; the coordinator's value stays, and no other answer for that indicator and column is merged.
 * Levels are compared as the core reads them (3 and 3.00 are the same level); a level the core refuses is not an
 * answer and is reported. Text is compared after trimming and with line breaks made uniform.
 */
import { readLevel, isBlank, isSpbeError, type Framework } from "../core";
import type { TemplateCell, TemplateReading } from "../xlsx";
import { assignUnits, unitKey, unitKeysByIndicator, type UnitAssignment } from "./assignUnits";
import type { MergeField } from "./labels";
import { UnitFileProblem } from "./messages";

/**
 * What the merge reads of a template: its framework and the per-indicator cells it compares (values with their
 * addresses). A TemplateReading (src/xlsx) is one; an adapter over Office.js can build one without ExcelJS.
 */
export type MergeReading = Pick<TemplateReading, "framework" | "pic" | "levels" | "justification" | "evidence" | "notes">;

/** A returned unit file: its name for messages, its cells, and the unit it names (SPBE_UNIT), if any. */
export interface UnitTemplate {
  readonly file: string;
  readonly reading: MergeReading;
  readonly stamp?: { readonly unit: string };
}

export type { MergeField } from "./labels";

export const MERGE_FIELDS: readonly MergeField[] = ["level", "justification", "evidence", "notes"];

const FIELD_COLUMN: Record<MergeField, "levels" | "justification" | "evidence" | "notes"> = {
  level: "levels",
  justification: "justification",
  evidence: "evidence",
  notes: "notes",
};

export interface UnitAnswer {
  readonly file: string;
  /** The file's unit (SPBE_UNIT), or null for a template that names none. */
  readonly unit: string | null;
  /** True when the coordinator's PIC cell names this unit for the indicator. */
  readonly assigned: boolean;
  /** The value as it would be written: a level as a number (3.5), text trimmed. */
  readonly value: string | number;
  /** The unit file's cell. */
  readonly cell: string;
}

export interface MergeChange {
  readonly indicator: number;
  readonly field: MergeField;
  /** The coordinator's cell ("Kertas Kerja!F12"). */
  readonly cell: string;
  /** The coordinator's value before the merge (null when blank). */
  readonly oldValue: unknown;
  readonly newValue: string | number;
  /** Files that gave the new value (several when assigned units agree). */
  readonly files: readonly string[];
  /** The cell of each of those files that holds it, in the same order (to carry a link: carryUnitValues.ts). */
  readonly sourceCells: readonly string[];
  readonly units: readonly (string | null)[];
  /** Set when the coordinator took this answer to settle a conflict (conflictDecisions.ts), for the log. */
  readonly decided?: boolean;
}

export type ConflictReason = "units-differ" | "not-assigned";

export interface MergeConflict {
  readonly indicator: number;
  readonly field: MergeField;
  readonly cell: string;
  /** The coordinator's value, which stays. */
  readonly coordinatorValue: unknown;
  readonly reason: ConflictReason;
  /** The answers that disagree, side by side, in the order the files were given. */
  readonly answers: readonly UnitAnswer[];
}

export interface UnitCompleteness {
  readonly unit: string;
  /** Returned files of this unit; empty when none came back. */
  readonly files: readonly string[];
  readonly indicators: readonly number[];
  /** Indicators with a level in one of the unit's files. */
  readonly answered: readonly number[];
  /** Indicators of the unit whose level is still blank in every file of the unit. */
  readonly missing: readonly number[];
}

export interface MergeResult {
  readonly framework: Framework;
  readonly changes: readonly MergeChange[];
  readonly conflicts: readonly MergeConflict[];
  readonly completeness: readonly UnitCompleteness[];
  /** Files merged (possibly with warnings). */
  readonly merged: readonly string[];
  /** Problems: skipped files (`skipped`) and warnings about files that were merged. */
  readonly problems: readonly UnitFileProblem[];
}

/** A comparison key and the value to write, or null for a blank. */
interface Normalised {
  readonly key: string;
  readonly value: string | number;
}

function normaliseText(value: unknown): Normalised | null {
  if (isBlank(value)) return null;
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === "object" && value !== null) text = JSON.stringify(value);
  else text = String(value);
  text = text.replace(/\r\n?/g, "\n").trim();
  return { key: `T${text}`, value: text };
}

/** A level as the core reads it; throws SpbeError for a value the core refuses. */
function normaliseLevel(value: unknown, framework: Framework, indicator: number, cell: string): Normalised | null {
  const hundredths = readLevel(value, framework, { indicator, cell });
  return hundredths === null ? null : { key: `L${hundredths}`, value: hundredths / 100 };
}

/** The coordinator's own value: a refused level still has a key (it differs from every valid answer). */
function coordinatorKey(field: MergeField, cell: TemplateCell, framework: Framework, indicator: number): string | null {
  if (field !== "level") return normaliseText(cell.value)?.key ?? null;
  try {
    return normaliseLevel(cell.value, framework, indicator, cell.address)?.key ?? null;
  } catch {
    return `X${String(cell.value)}`;
  }
}

interface UnitSource {
  readonly file: UnitTemplate;
  readonly unit: string | null;
  readonly key: string | null;
}

/**
 * Merges the answers of `units` into the coordinator's values (nothing is written here: see writeMergedWorkbook).
 * Unit files of another framework are skipped with FRAMEWORK_DIFFERS.
 */
export function mergeUnitAnswers(coordinator: MergeReading, units: readonly UnitTemplate[]): MergeResult {
  const framework = coordinator.framework;
  const problems: UnitFileProblem[] = [];
  const assignments = assignUnits(coordinator.pic);
  const knownUnits = new Set(assignments.units.map((u) => u.key));
  const keysByIndicator = unitKeysByIndicator(coordinator.pic);

  const sources: UnitSource[] = [];
  for (const file of units) {
    if (file.reading.framework.id !== framework.id) {
      problems.push(new UnitFileProblem(file.file, "FRAMEWORK_DIFFERS", { framework: file.reading.framework.id, expected: framework.id }));
      continue;
    }
    const unit = file.stamp?.unit ?? null;
    if (unit === null) problems.push(new UnitFileProblem(file.file, "UNIT_NOT_STAMPED"));
    else if (!knownUnits.has(unitKey(unit))) problems.push(new UnitFileProblem(file.file, "UNIT_UNKNOWN", { unit }));
    sources.push({ file, unit, key: unit === null ? null : unitKey(unit) });
  }

  const changes: MergeChange[] = [];
  const conflicts: MergeConflict[] = [];
  /** answeredLevels[s] = indicators with a valid level in source s. */
  const answeredLevels = sources.map(() => new Set<number>());

  for (const field of MERGE_FIELDS) {
    const column = FIELD_COLUMN[field];
    for (let i = 0; i < framework.indicators.length; i++) {
      const indicator = i + 1;
      const own = coordinator[column][i];
      const ownKey = coordinatorKey(field, own, framework, indicator);
      const answers: (UnitAnswer & { key: string })[] = [];
      sources.forEach((source, s) => {
        const cell = source.file.reading[column][i];
        let normalised: Normalised | null;
        try {
          normalised = field === "level" ? normaliseLevel(cell.value, framework, indicator, cell.address) : normaliseText(cell.value);
        } catch (error) {
          if (!isSpbeError(error)) throw error;
          problems.push(new UnitFileProblem(source.file.file, "LEVEL_IGNORED", { causes: [error] }));
          return;
        }
        if (normalised === null) return;
        if (field === "level") answeredLevels[s].add(indicator);
        const assigned = source.key !== null && keysByIndicator[i].has(source.key);
        answers.push({ file: source.file.file, unit: source.unit, assigned, value: normalised.value, key: normalised.key, cell: cell.address });
      });
      const relevant = answers.filter((a) => a.assigned || a.key !== ownKey);
      if (relevant.length === 0) continue;
      const strip = (a: UnitAnswer & { key: string }): UnitAnswer => ({ file: a.file, unit: a.unit, assigned: a.assigned, value: a.value, cell: a.cell });
      const base = { indicator, field, cell: own.address, coordinatorValue: own.value };
      if (relevant.some((a) => !a.assigned)) {
        conflicts.push({ ...base, reason: "not-assigned", answers: relevant.map(strip) });
        continue;
      }
      const distinct = new Set(relevant.map((a) => a.key));
      if (distinct.size > 1) {
        conflicts.push({ ...base, reason: "units-differ", answers: relevant.map(strip) });
        continue;
      }
      if (relevant[0].key === ownKey) continue;
      changes.push({
        indicator, field, cell: own.address, oldValue: own.value, newValue: relevant[0].value,
        files: relevant.map((a) => a.file), sourceCells: relevant.map((a) => a.cell), units: relevant.map((a) => a.unit),
      });
    }
  }

  const completeness = assignments.units.map((assignment: UnitAssignment): UnitCompleteness => {
    const mine = sources.map((s, k) => (s.key === assignment.key ? k : -1)).filter((k) => k >= 0);
    const answered = assignment.indicators.filter((no) => mine.some((k) => answeredLevels[k].has(no)));
    return {
      unit: assignment.unit,
      files: mine.map((k) => sources[k].file.file),
      indicators: assignment.indicators,
      answered,
      missing: assignment.indicators.filter((no) => !answered.includes(no)),
    };
  });

  // Changes in indicator order, then by column, as a reader of the log expects.
  const order = (a: { indicator: number; field: MergeField }, b: { indicator: number; field: MergeField }) =>
    a.indicator - b.indicator || MERGE_FIELDS.indexOf(a.field) - MERGE_FIELDS.indexOf(b.field);
  return {
    framework,
    changes: changes.sort(order),
    conflicts: conflicts.sort(order),
    completeness,
    merged: sources.map((s) => s.file.file),
    problems,
  };
}
