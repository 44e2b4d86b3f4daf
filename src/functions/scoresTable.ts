/** The table that SPBE.SCORES spills: one row per aspect, domain and the index, then the predikat under both practices. */
import { bandOfIndex, localIndexName, localName, practicePhrase, ratioToNumber, roundHalfUpToHundredths, type Language, type Ratio, type ScoreBreakdown } from "../core";

const HEADINGS = {
  id: ["Jenis", "Kode", "Nama", "Bobot (%)", "Nilai", "Nilai (2 desimal)"],
  en: ["Level", "Code", "Name", "Weight (%)", "Value", "Value (2 decimals)"],
};

const LABELS = {
  id: { aspect: "Aspek", domain: "Domain", index: "Indeks", exact: `Predikat (${practicePhrase("exact", "id")})`, rounded: `Predikat (${practicePhrase("rounded", "id")})` },
  en: { aspect: "Aspect", domain: "Domain", index: "Index", exact: `Predikat (${practicePhrase("exact", "en")})`, rounded: `Predikat (${practicePhrase("rounded", "en")})` },
};

export function scoresTable(b: ScoreBreakdown, language: Language): (string | number)[][] {
  const fw = b.framework;
  const l = LABELS[language];
  const pct = (w: number) => w / fw.weightUnitsPerPercent;
  const row = (kind: string, code: string, name: string, weight: number, value: Ratio) =>
    [kind, code, name, pct(weight), ratioToNumber(value), roundHalfUpToHundredths(value) / 100];
  return [
    HEADINGS[language],
    ...b.aspects.map((a) => row(l.aspect, a.aspect.id, localName(a.aspect, language), a.aspect.weight, a.value)),
    ...b.domains.map((d) => row(l.domain, d.domain.id, localName(d.domain, language), d.domain.weight, d.value)),
    row(l.index, "", localIndexName(fw, language), 100 * fw.weightUnitsPerPercent, b.index),
    [l.exact, "", "", "", bandOfIndex(fw, b.index, "exact").predikat, ""],
    [l.rounded, "", "", "", "", bandOfIndex(fw, b.index, "rounded").predikat],
  ];
}
