/**
 * A level written as text, read into its number: "3", " 3 ", "Level 3", "level 3", "Tingkat 3", "3 - Terdefinisi",
 * or a level name alone ("Terdefinisi", "Kolaborasi"). A name decides the level only together with the indicator
 * when the framework's scales disagree on it (59/2020: "Terpadu dan Terukur" is level 4 of indicators 1-31, and
 * level 4 of 32-47 is "Kolaborasi"); a name every scale gives the same level ("Optimum": 5) needs no indicator.
 * Level ranges stay strict (text there is an error); this is what `SPBE.LEVEL` and the task pane's Connect view use.
 */
import { SpbeError } from "./errors";
import type { Framework, Indicator } from "./frameworks";
import { normaliseName } from "./indicatorKeys";
import { readLevel } from "./levels";
import { readNumberText } from "./numberText";

/** "level 3", "Tingkat 3", "Lvl. 3", "3", "3,5", then optionally "- Name", ": Name", "(Name)" or " Name". */
const NUMBERED = /^(?:level|lvl\.?|tingkat|tk\.?)?\s*(\d+(?:[.,]\d+)?)\s*(?:[-–:.(]\s*|\s+)?(\p{L}[\p{L}\s]*?)?\)?\s*$/iu;

/** Level 0's name, as levelNames.ts shows it. */
const LEVEL_ZERO_NAMES = ["belum terpenuhi", "not met"];

/** The levels each scale gives a normalised name to, among the scales that apply. */
function levelsNamed(name: string, framework: Framework, indicator: Indicator | undefined): Set<number> {
  const found = new Set<number>();
  if (LEVEL_ZERO_NAMES.includes(name)) found.add(0);
  for (const scale of framework.levelScales) {
    if (indicator !== undefined && scale.id !== indicator.scaleId) continue;
    scale.names.forEach((n, i) => {
      if (normaliseName(n) === name) found.add(i + 1);
    });
    scale.namesEn.forEach((n, i) => {
      if (normaliseName(n) === name) found.add(i + 1);
    });
  }
  return found;
}

function allowed(framework: Framework, indicator: Indicator | undefined): string {
  const scales = framework.levelScales.filter((s) => indicator === undefined || s.id === indicator.scaleId);
  return scales.map((s) => s.names.map((n, i) => `${i + 1} ${n}`).join(", ")).join(" | ");
}

/**
 * The level (a number, 0-5) that a cell's text says, for an indicator when given. Numbers pass through the usual
 * level check. Anything unreadable throws LEVEL_TEXT_UNKNOWN with the accepted forms.
 */
export function readLevelText(value: unknown, framework: Framework, indicator?: Indicator): number {
  const place = { indicator: indicator?.no, min: framework.minLevel, max: framework.maxLevel };
  if (typeof value === "number") return (readLevel(value, framework, place) ?? 0) / 100;
  if (typeof value !== "string" || value.trim() === "") throw new SpbeError("LEVEL_TEXT_UNKNOWN", { ...place, value, allowed: allowed(framework, indicator) });
  const text = value.trim();
  const m = NUMBERED.exec(text);
  if (m) {
    const reading = readNumberText(m[1]);
    if (reading.kind !== "number") throw new SpbeError("LEVEL_TEXT_UNKNOWN", { ...place, value, allowed: allowed(framework, indicator) });
    const level = (readLevel(reading.value, framework, place) ?? 0) / 100;
    if (m[2] !== undefined) {
      // "3 - Terdefinisi": the name must be level 3's, or the text contradicts itself.
      const named = levelsNamed(normaliseName(m[2]), framework, indicator);
      if (named.size === 0) throw new SpbeError("LEVEL_TEXT_UNKNOWN", { ...place, value, allowed: allowed(framework, indicator) });
      if (!named.has(level)) throw new SpbeError("LEVEL_TEXT_CONTRADICTS", { ...place, value, expected: level, list: [...named].join(", ") });
    }
    return level;
  }
  const named = levelsNamed(normaliseName(text), framework, indicator);
  if (named.size === 1) return [...named][0];
  if (named.size > 1) throw new SpbeError("LEVEL_NAME_NEEDS_INDICATOR", { value, framework: framework.id, list: [...named].sort().join(", ") });
  throw new SpbeError("LEVEL_TEXT_UNKNOWN", { ...place, value, allowed: allowed(framework, indicator) });
}
