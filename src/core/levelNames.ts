/** Official level names: the two scales of PermenPANRB 59/2020 (Tabel 1 and 2), and numbered levels elsewhere. */
import { SpbeError, type Language } from "./errors";
import type { Framework, Indicator } from "./frameworks";

/** Level 0 is not in 59/2020's tables; it is the add-in's label for "not met / not scored". */
const LEVEL_ZERO = { id: "Belum Terpenuhi", en: "Not met" } as const;

/**
 * The name of a level (0-5) of an indicator. A whole level has its own name; a continuous value (Pemdi: 2,26) the
 * name of the level whose value band holds it (scale.valueBandFloors), "not met" below the first band. Where the
 * scale has no bands (59/2020, 5/2018), a decimal level (an average) has no name: LEVEL_NOT_WHOLE.
 */
export function levelName(framework: Framework, indicator: Indicator, level: number, language: Language = "id"): string {
  const bounds = { min: framework.minLevel, max: framework.maxLevel };
  if (typeof level !== "number" || !Number.isFinite(level)) throw new SpbeError("LEVEL_NOT_NUMBER", { ...bounds, indicator: indicator.no, value: level });
  if (level < framework.minLevel || level > framework.maxLevel) throw new SpbeError("LEVEL_OUT_OF_RANGE", { ...bounds, indicator: indicator.no, value: level });
  const scale = framework.levelScales.find((s) => s.id === indicator.scaleId);
  if (!scale) throw new Error(`Framework ${framework.id} has no level scale ${indicator.scaleId}`);
  const names = language === "id" ? scale.names : scale.namesEn;
  if (!Number.isInteger(level)) {
    const floors = scale.valueBandFloors;
    if (!floors) throw new SpbeError("LEVEL_NOT_WHOLE", { ...bounds, value: level });
    // Hundredths, as every level is read (a level has at most two decimals; 1e-9 absorbs 2.26 * 100 = 225.99...).
    const hundredths = Math.floor(level * 100 + 1e-9);
    let band = -1;
    floors.forEach((floor, i) => {
      if (hundredths >= floor) band = i;
    });
    return band < 0 ? LEVEL_ZERO[language] : names[band];
  }
  if (level === 0) return LEVEL_ZERO[language];
  return names[level - 1];
}
