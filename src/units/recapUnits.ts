/**
 * The recap of one template by unit (OPD): per unit, how many of its indicators are filled, their levels and its
 * contribution to the index; per indicator, its unit(s) and status.
 *
 * A unit's contribution is sum(level x weight) / 100 over its own filled indicators, i.e. the core's overall index
 * of the levels with every other indicator at 0: exact (a Ratio), and the contributions of units that share no
 * indicator add up to the index. An indicator shared by several units counts in each of their contributions.
 */
import {
  overallIndex, readLevel, isSpbeError, type Framework, type Ratio,
} from "../core";
import type { TemplateReading } from "../xlsx";
import { assignUnits, unitsOfPic } from "./assignUnits";

export type IndicatorStatus = "filled" | "blank" | "invalid" | "conflict";

export interface UnitRecap {
  readonly unit: string;
  readonly indicators: readonly number[];
  /** Indicators of the unit with a valid level. */
  readonly filled: readonly number[];
  /** Indicators of the unit still blank (or holding a level the core refuses). */
  readonly missing: readonly number[];
  /** Levels of the filled indicators, in hundredths. */
  readonly levels: readonly { readonly indicator: number; readonly level: number }[];
  /** Exact contribution to the overall index, in index points. */
  readonly contribution: Ratio;
}

export interface IndicatorRecap {
  readonly indicator: number;
  readonly units: readonly string[];
  /** Hundredths, or null when blank or refused. */
  readonly level: number | null;
  readonly status: IndicatorStatus;
}

export interface UnitsRecap {
  readonly framework: Framework;
  readonly units: readonly UnitRecap[];
  readonly indicators: readonly IndicatorRecap[];
  /** Indicators with no PIC. */
  readonly unassigned: readonly number[];
}

/**
 * Recaps a template by the units of its PIC column. `conflicts` lists indicators with an open merge conflict:
 * their status is "conflict" whatever their level.
 */
export function recapUnits(reading: Pick<TemplateReading, "framework" | "levels" | "pic">, conflicts: Iterable<number> = []): UnitsRecap {
  const framework = reading.framework;
  const open = new Set(conflicts);
  const levels: (number | null)[] = [];
  const refused = new Set<number>();
  reading.levels.forEach((cell, i) => {
    try {
      levels.push(readLevel(cell.value, framework, { indicator: i + 1, cell: cell.address }));
    } catch (error) {
      if (!isSpbeError(error)) throw error;
      levels.push(null);
      refused.add(i + 1);
    }
  });
  const { units, unassigned } = assignUnits(reading.pic);
  return {
    framework,
    units: units.map((u) => {
      const filled = u.indicators.filter((no) => levels[no - 1] !== null);
      const masked = levels.map((level, i) => (level !== null && u.indicators.includes(i + 1) ? level : 0));
      return {
        unit: u.unit,
        indicators: u.indicators,
        filled,
        missing: u.indicators.filter((no) => levels[no - 1] === null),
        levels: filled.map((no) => ({ indicator: no, level: levels[no - 1]! })),
        contribution: overallIndex(framework, masked),
      };
    }),
    indicators: framework.indicators.map((indicator, i) => ({
      indicator: indicator.no,
      units: unitsOfPic(reading.pic[i].value),
      level: levels[i],
      status: open.has(indicator.no) ? "conflict" : refused.has(indicator.no) ? "invalid" : levels[i] === null ? "blank" : "filled",
    })),
    unassigned,
  };
}
