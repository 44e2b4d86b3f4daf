/**
 * Who answers what: the units (OPD) named in a template's PIC / OPD column (SPBE_PIC), and their indicators.
 *
 * A PIC cell names one unit, or several separated by ";" or line breaks ("Bappeda; Inspektorat"): an indicator
 * shared by several units goes to each of them. Commas are kept inside a name ("Dinas Komunikasi, Informatika dan
 * Statistik"). Names are compared without regard to case or repeated spaces; the first spelling met is the one shown.
 */
import { isBlank } from "../core";
import type { TemplateCell } from "../xlsx";

export interface UnitAssignment {
  /** The unit as first written in the PIC column. */
  readonly unit: string;
  /** The comparison key: lower case, single spaces. */
  readonly key: string;
  /** Indicator numbers, ascending. */
  readonly indicators: readonly number[];
}

export interface UnitAssignments {
  /** In order of each unit's first indicator. */
  readonly units: readonly UnitAssignment[];
  /** Indicators whose PIC cell is blank: they go to no unit. */
  readonly unassigned: readonly number[];
}

/** "  Dinas  Kominfo " -> "dinas kominfo". */
export function unitKey(unit: string): string {
  return unit.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The units named in one PIC cell, trimmed, without blanks or repeats. */
export function unitsOfPic(value: unknown): string[] {
  if (isBlank(value)) return [];
  const seen = new Set<string>();
  const units: string[] = [];
  for (const part of String(value).split(/[;\r\n]+/)) {
    const unit = part.trim().replace(/\s+/g, " ");
    if (unit === "" || seen.has(unitKey(unit))) continue;
    seen.add(unitKey(unit));
    units.push(unit);
  }
  return units;
}

/**
 * The units of a template and their indicators, from its PIC cells (one per indicator, in indicator order).
 *
 * @example assignUnits([{ value: "Bappeda" }, { value: null }, { value: "bappeda; BKD" }]).units
 *   // [{ unit: "Bappeda", key: "bappeda", indicators: [1, 3] }, { unit: "BKD", key: "bkd", indicators: [3] }]
 */
export function assignUnits(pic: readonly Pick<TemplateCell, "value">[]): UnitAssignments {
  const byKey = new Map<string, { unit: string; key: string; indicators: number[] }>();
  const unassigned: number[] = [];
  pic.forEach((cell, i) => {
    const units = unitsOfPic(cell.value);
    if (units.length === 0) unassigned.push(i + 1);
    for (const unit of units) {
      const key = unitKey(unit);
      const entry = byKey.get(key) ?? { unit, key, indicators: [] };
      entry.indicators.push(i + 1);
      byKey.set(key, entry);
    }
  });
  return { units: [...byKey.values()], unassigned };
}

/** Units per indicator (index 0 = indicator 1), as keys. */
export function unitKeysByIndicator(pic: readonly Pick<TemplateCell, "value">[]): Set<string>[] {
  return pic.map((cell) => new Set(unitsOfPic(cell.value).map(unitKey)));
}
