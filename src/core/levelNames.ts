/** Official level names: the two scales of PermenPANRB 59/2020 (Tabel 1 and 2), and numbered levels elsewhere. */
import { SpbeError, type Language } from "./errors";
import type { Framework, Indicator } from "./frameworks";

/** Level 0 is not in 59/2020's tables; it is the add-in's label for "not met / not scored". */
const LEVEL_ZERO = { id: "Belum Terpenuhi", en: "Not met" } as const;

/** The name of a whole level (0-5) of an indicator. Decimal levels (averages) have no name. */
export function levelName(framework: Framework, indicator: Indicator, level: number, language: Language = "id"): string {
  const bounds = { min: framework.minLevel, max: framework.maxLevel };
  if (typeof level !== "number" || !Number.isFinite(level)) throw new SpbeError("LEVEL_NOT_NUMBER", { ...bounds, indicator: indicator.no, value: level });
  if (level < framework.minLevel || level > framework.maxLevel) throw new SpbeError("LEVEL_OUT_OF_RANGE", { ...bounds, indicator: indicator.no, value: level });
  if (!Number.isInteger(level)) throw new SpbeError("LEVEL_NOT_WHOLE", { ...bounds, value: level });
  if (level === 0) return LEVEL_ZERO[language];
  const scale = framework.levelScales.find((s) => s.id === indicator.scaleId);
  if (!scale) throw new Error(`Framework ${framework.id} has no level scale ${indicator.scaleId}`);
  return (language === "id" ? scale.names : scale.namesEn)[level - 1];
}
