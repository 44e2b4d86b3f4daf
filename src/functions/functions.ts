/**
 * The `=SPBE.*` custom functions. Each is a thin wrapper: shape the arguments, call the core, return. They never
 * write to the grid. The JSDoc blocks are the Excel-facing contract: custom-functions-metadata-plugin turns them
 * into functions.json at build time; Indonesian names and descriptions live in functions.id.json.
 *
 * A `framework` argument takes a regulation ("59/2020", "8/2026", "5/2018") or an evaluation year (2018-2020,
 * 2021-2025, 2026 on); omitted, it follows from the number of cells (47, 20, 35).
 */
import {
  bandOfNumber, domainIndex, isBlank, findAspect, findBandByName, findDomain, findIndicator, levelName, numberFromText,
  overallIndex, readLevelText, resolveFramework, resolveLanguage, aspectIndex, ratioToNumber,
  roundHalfUpToHundredths, scoreBreakdown, SpbeError, type Ratio,
  localName, localPredikat, evidenceLevelOfCells, convertExternalScore,
} from "../core";
import { cellAddressOf, flattenRange, readCompleteLevelInput, readFlag, readLevelInput, requireValue, oneCell } from "./cells";
import { excelResult } from "./errors";
import { scoresTable } from "./scoresTable";

function present(value: Ratio, rounded: unknown): number {
  return readFlag(rounded, "rounded") ? roundHalfUpToHundredths(value) / 100 : ratioToNumber(value);
}

/**
 * Overall index (Indeks SPBE or Indeks Pemdi) of one level per indicator, computed exactly as KemenPANRB does.
 * @customfunction INDEX
 * @param levels One column or row of levels (0-5), one per indicator in order: 47 for 59/2020, 20 for 8/2026, 35 for 5/2018.
 * @param [framework] Regulation ("59/2020", "8/2026", "5/2018") or evaluation year. Omitted: from the number of cells.
 * @param [rounded] TRUE for the official 2-decimal value (half-up); FALSE or omitted for the exact value.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The index.
 */
export function index(levels: any[][], framework: any, rounded: any, indicators: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => {
    const { fw, values, scale } = readCompleteLevelInput({ levels, framework, indicators, invocation });
    return oneCell(present(overallIndex(fw, values, scale), rounded));
  });
}

/**
 * Predikat of an index as given: pass the exact index for the 2024 practice, the 2-decimal index for the 2023 practice.
 * @customfunction CATEGORY
 * @param index An index from 0 to 5.
 * @param [framework] Regulation or evaluation year whose bands apply. Omitted: 59/2020.
 * @param [language] "id" (default) for the official Indonesian predikat, "en" for English.
 * @returns The predikat, e.g. "Baik".
 */
export function category(index: any, framework: any, language: any): string {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "59/2020" });
    const band = bandOfNumber(fw, numberFromText(requireValue(index, "index"), "index"));
    return localPredikat(band, resolveLanguage(language));
  });
}

/**
 * Index of one domain (59/2020 and 5/2018; Indeks Pemdi has no domains).
 * @customfunction DOMAIN
 * @param levels One column or row of levels (0-5), one per indicator in order.
 * @param domain Domain number (1-4) or code ("D2").
 * @param [framework] Regulation or evaluation year. Omitted: from the number of cells.
 * @param [rounded] TRUE for the 2-decimal value; omitted for the exact value.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The domain index.
 */
export function domain(levels: any[][], domain: any, framework: any, rounded: any, indicators: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => {
    const { fw, values, scale } = readCompleteLevelInput({ levels, framework, indicators, invocation });
    return oneCell(present(domainIndex(fw, values, findDomain(fw, requireValue(domain, "domain")), scale), rounded));
  });
}

/**
 * Index of one aspect.
 * @customfunction ASPECT
 * @param levels One column or row of levels (0-5), one per indicator in order.
 * @param aspect Aspect number (1-8) or code ("A3").
 * @param [framework] Regulation or evaluation year. Omitted: from the number of cells.
 * @param [rounded] TRUE for the 2-decimal value; omitted for the exact value.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The aspect index.
 */
export function aspect(levels: any[][], aspect: any, framework: any, rounded: any, indicators: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => {
    const { fw, values, scale } = readCompleteLevelInput({ levels, framework, indicators, invocation });
    return oneCell(present(aspectIndex(fw, values, findAspect(fw, requireValue(aspect, "aspect")), scale), rounded));
  });
}

/**
 * Table of every aspect, every domain and the index, with names, weights, exact and 2-decimal values and the predikat under both practices.
 * @customfunction SCORES
 * @param levels One column or row of levels (0-5), one per indicator in order.
 * @param [framework] Regulation or evaluation year. Omitted: from the number of cells.
 * @param [language] "id" (default) or "en" for the column headings.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns A table that spills below and to the right.
 */
export function scores(levels: any[][], framework: any, language: any, indicators: any[][], invocation: CustomFunctions.Invocation): any[][] {
  return excelResult(() => {
    const { fw, values, scale } = readCompleteLevelInput({ levels, framework, indicators, invocation });
    return scoresTable(scoreBreakdown(fw, values, scale), resolveLanguage(language));
  });
}

/**
 * Weight of an indicator, in percent of the index.
 * @customfunction WEIGHT
 * @param indicator Indicator number.
 * @param [framework] Regulation or evaluation year. Omitted: 59/2020.
 * @returns The weight in percent (1.3 for 1,30 %).
 */
export function weight(indicator: any, framework: any): number {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "59/2020" });
    return findIndicator(fw, numberFromText(requireValue(indicator, "indicator"), "indicator")).weight / fw.weightUnitsPerPercent;
  });
}

/**
 * Official name of an indicator.
 * @customfunction INDICATOR
 * @param indicator Indicator number.
 * @param [framework] Regulation or evaluation year. Omitted: 59/2020.
 * @param [language] "id" (default) for the official name, "en" for an unofficial English rendering.
 * @returns The indicator's name.
 */
export function indicator(indicator: any, framework: any, language: any): string {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "59/2020" });
    const ind = findIndicator(fw, numberFromText(requireValue(indicator, "indicator"), "indicator"));
    return localName(ind, resolveLanguage(language));
  });
}

/**
 * Official name of a level of an indicator (59/2020: Rintisan ... Optimum for indicators 1-31, Informasi ... Optimum for 32-47; 8/2026: Merintis ... Unggul).
 * @customfunction LEVELNAME
 * @param level A level, 0-5; for 8/2026 also a continuous value (2.26: the name of its band, Membangun).
 * @param indicator Indicator number.
 * @param [framework] Regulation or evaluation year. Omitted: 59/2020.
 * @param [language] "id" (default) or "en".
 * @returns The level's name.
 */
export function levelname(level: any, indicator: any, framework: any, language: any): string {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "59/2020" });
    const ind = findIndicator(fw, numberFromText(requireValue(indicator, "indicator"), "indicator"));
    return levelName(fw, ind, numberFromText(requireValue(level, "level"), "level") as number, resolveLanguage(language));
  });
}

/**
 * Share of indicators already filled in (0 to 1): every filled cell is checked, blanks are counted.
 * @customfunction PROGRESS
 * @param levels One column or row of levels, blanks allowed.
 * @param [framework] Regulation or evaluation year. Omitted: from the number of cells.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The filled share, e.g. 0.85.
 */
export function progress(levels: any[][], framework: any, indicators: any[][], invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => {
    const read = readLevelInput({ levels, framework, indicators, invocation }).values;
    return oneCell(read.filter((l) => l !== null).length / read.length);
  });
}

/**
 * Numbers of the indicators not filled in yet, e.g. "3, 17, 42"; empty text when all are filled.
 * @customfunction MISSING
 * @param levels One column or row of levels, blanks allowed.
 * @param [framework] Regulation or evaluation year. Omitted: from the number of cells.
 * @param [indicators] Optional: a range beside `levels` saying which indicator each row holds (18, "Indikator 18 : ...", "IK-18", "I18", Pemdi "3.2", or the official name). Rows with no indicator key (headers, headings, TOTAL) are skipped; rows may be in any order and repeat.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The indicator numbers still blank.
 */
export function missing(levels: any[][], framework: any, indicators: any[][], invocation: CustomFunctions.Invocation): string[][] {
  return excelResult(() => {
    const read = readLevelInput({ levels, framework, indicators, invocation }).values;
    return oneCell(read.flatMap((l, i) => (l === null ? [String(i + 1)] : [])).join(", "));
  });
}

/**
 * Lowest index of a predikat band, e.g. 2.6 for "Baik" under 59/2020 and 2.5 under 8/2026: the number to reach.
 * @customfunction THRESHOLD
 * @param predikat Predikat name ("Baik", "Sangat Baik", ...), in Indonesian or English.
 * @param [framework] Regulation or evaluation year. Omitted: 59/2020.
 * @returns The band's lower bound.
 */
export function threshold(predikat: any, framework: any): number {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "59/2020" });
    const name = requireValue(predikat, "predikat");
    const band = typeof name === "string" ? findBandByName(fw, name) : undefined;
    if (!band) {
      throw new SpbeError("PREDIKAT_UNKNOWN", { value: name, framework: fw.id, allowed: fw.bands.map((b) => b.predikat).join(", ") });
    }
    return band.minHundredths / 100;
  });
}

/**
 * A level written as text, as a number: "3", "Level 3", "Tingkat 3", "3 - Terdefinisi", or a level name ("Terdefinisi"; with the indicator when the framework's scales differ).
 * @customfunction LEVEL
 * @param text The cell holding the level as text (a number is returned as it is, after the usual check).
 * @param [indicator] Indicator number: needed when a level name alone could mean two levels (59/2020 has two scales).
 * @param [framework] Regulation or evaluation year. Omitted: 59/2020.
 * @returns The level, e.g. 3.
 */
export function level(text: any, indicator: any, framework: any): number {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "59/2020" });
    const ind = isBlank(indicator) ? undefined : findIndicator(fw, numberFromText(indicator, "indicator"));
    return readLevelText(requireValue(text, "text"), fw, ind);
  });
}

/**
 * Level an indicator's evidence supports (cumulative rule): the highest n such that every level 1..n has items and all are accepted; 0 when level 1 is not.
 * @customfunction EVIDENCELEVEL
 * @param items One column of item codes ("I4-L2-02"), or two columns: indicator number and level. Items of other indicators are ignored.
 * @param statuses The status of each item, same rows: "diterima" or "accepted" (any case) counts as accepted.
 * @param indicator Indicator number.
 * @param [framework] Regulation or evaluation year. Omitted: 8/2026.
 * @param invocation Invocation details (cell addresses for error messages).
 * @requiresParameterAddresses
 * @returns The level supported by evidence, 0-5.
 */
export function evidencelevel(items: any[][], statuses: any[][], indicator: any, framework: any, invocation: CustomFunctions.Invocation): number[][] {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "8/2026" });
    const ind = findIndicator(fw, numberFromText(requireValue(indicator, "indicator"), "indicator"));
    const grid = Array.isArray(items) ? items.map((cells) => (Array.isArray(cells) ? cells : [cells])) : [[items]];
    const width = grid.reduce((most, cells) => Math.max(most, cells.length), 0);
    const addressOf = cellAddressOf(invocation?.parameterAddresses?.[0], width);
    const status = flattenRange(statuses).values;
    return oneCell(evidenceLevelOfCells(fw, grid, status, ind.no, addressOf && ((row, column) => addressOf(row * width + column))));
  });
}

/**
 * Value of an external indicator (Pemdi I5 SDI, I6 SJIG, I7 EPSS, I18 interoperability) from its source index, where a conversion is published (SDI: linear within the bands, SDI 25 gives 2.00); says so where none is.
 * @customfunction EXTERNAL
 * @param indicator Indicator number (5, 6, 7 or 18 for 8/2026).
 * @param score The source index score, 0-100.
 * @param [framework] Regulation or evaluation year. Omitted: 8/2026.
 * @returns The indicator's value, 1.00-5.00.
 */
export function external(indicator: any, score: any, framework: any): number {
  return excelResult(() => {
    const fw = resolveFramework(framework, { fallback: "8/2026" });
    const ind = findIndicator(fw, numberFromText(requireValue(indicator, "indicator"), "indicator"));
    return convertExternalScore(fw, ind, numberFromText(requireValue(score, "score"), "score") as number) / 100;
  });
}

import "./planFunctions";
