/**
 * The pieces every sheet of the template description is built from: styles, band fills, number formats, cell and
 * row helpers, and the formula builders whose integer arithmetic makes the template exact in every engine (see
 * describeTemplate.ts for the scheme).
 */
import { levelName, type Band, type Framework, type Indicator, type Language } from "../core";
import type { TemplateLabels } from "./labels";
import { EVALUATION as EV } from "./layout";
import type { CellSpec, SheetKey, SheetSpec, StyleId, StyleSpec, TemplateOptions } from "./types";

export const TEMPLATE_STYLES: Readonly<Record<StyleId, StyleSpec>> = {
  title: { bold: true, fontSize: 14, locked: true },
  subtitle: { italic: true, locked: true },
  label: { bold: true, locked: true },
  header: { bold: true, fill: "#1F4E78", fontColor: "#FFFFFF", wrap: true, hAlign: "center", vAlign: "center", border: true, locked: true },
  group: { bold: true, fill: "#DDEBF7", border: true, locked: true },
  text: { border: true, vAlign: "top", locked: true },
  textWrap: { border: true, wrap: true, vAlign: "top", locked: true },
  number: { border: true, vAlign: "top", locked: true },
  formula: { fill: "#F2F2F2", border: true, vAlign: "top", locked: true },
  result: { bold: true, fill: "#F2F2F2", border: true, locked: true },
  input: { fill: "#FFF2CC", border: true, vAlign: "top", locked: false },
  inputText: { fill: "#FFF2CC", border: true, wrap: true, vAlign: "top", locked: false },
  note: { italic: true, fontColor: "#595959", locked: true },
  noteWrap: { italic: true, fontColor: "#595959", wrap: true, vAlign: "top", locked: true },
  warning: { bold: true, fontColor: "#C00000", locked: true },
  helper: { fontColor: "#808080", locked: true },
};

/** Fill colours of the bands, best first; a framework with fewer bands uses the first ones and the grey last. */
export const BAND_FILLS = ["#00B050", "#92D050", "#C6EFCE", "#FFEB9C", "#F8CBAD", "#D9D9D9"];
export const INVALID_FILL = "#FFC7CE";

export const FORMAT_EXACT = "0.00####";
export const FORMAT_ROUNDED = "0.00";
export const FORMAT_TEXT = "@";

/** An empty cell, possibly styled (part of a bordered table or a merged area). */
export const empty = (style?: StyleId): CellSpec => (style ? { style } : {});
/** A text constant, formatted as text so no renderer or host reads it as a number, date or formula. */
export const text = (value: string, style: StyleId = "text"): CellSpec => ({ value, format: FORMAT_TEXT, style });

/** A row of `width` cells, with the given cells at their 1-based columns. */
export function row(width: number, cells: Record<number, CellSpec>, fill?: StyleId): CellSpec[] {
  return Array.from({ length: width }, (_, i) => cells[i + 1] ?? empty(fill));
}

/** A string literal inside a formula. */
export function str(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The names of a framework's levels min..max for one indicator, "0 Belum Terpenuhi; 1 Rintisan; ...". */
export function levelNamesList(framework: Framework, indicator: Indicator, language: Language): string[] {
  const names: string[] = [];
  for (let level = framework.minLevel; level <= framework.maxLevel; level++) names.push(levelName(framework, indicator, level, language));
  return names;
}

/**
 * The helper formula that turns a level cell into whole hundredths, "" for a blank, -1 for a refused value. A blank
 * cell gives `whenBlank` instead when one is given (the official column falls back to the pasted final result).
 */
export function hundredthsFormula(framework: Framework, cell: string, whenBlank = '""'): string {
  const valid = `AND(${cell}>=${framework.minLevel},${cell}<=${framework.maxLevel},ABS(${cell}*100-ROUND(${cell}*100,0))<=0.000001)`;
  return `=IF(ISERROR(${cell}),-1,IF(ISNUMBER(${cell}),IF(${valid},ROUND(${cell}*100,0),-1),IF(TRIM(${cell})="",${whenBlank},-1)))`;
}

/** Nested IF over the bands, best first; `atLeast(min)` is the test of one lower bound. */
export function predikatChain(bands: readonly Band[], atLeast: (minHundredths: number) => string): string {
  const last = bands[bands.length - 1];
  return bands
    .slice(0, -1)
    .reduceRight((otherwise, band) => `IF(${atLeast(band.minHundredths)},${str(band.predikat)},${otherwise})`, str(last.predikat));
}

/** A value formula that shows why it cannot be computed (invalid cells first, then blanks) before computing it. */
export function guarded(labels: TemplateLabels, invalid: string, blanks: string, value: string, emptyWhenAllOf?: number): string {
  const checked =
    `IF(${invalid}>0,${str(labels.invalid + " (")}&${invalid}&${str(" " + labels.cells + ")")},` +
    `IF(${blanks}>0,${str(labels.incomplete + " (")}&${blanks}&${str(" " + labels.blanks + ")")},${value}))`;
  // Targets and official results are often not there yet: with none entered the cell stays empty, so the summary
  // does not repeat "belum lengkap (47 kosong)" down the columns before the results come back.
  return emptyWhenAllOf === undefined ? checked : `IF(${blanks}=${emptyWhenAllOf},"",${checked})`;
}

/** A sheet before its row heights are measured from its content. */
export type SheetLayout = Omit<SheetSpec, "rowHeights">;

export interface Context {
  readonly framework: Framework;
  readonly language: Language;
  readonly labels: TemplateLabels;
  readonly options: TemplateOptions;
  readonly sheetNames: Record<SheetKey, string>;
  /** Whether the template has the Bukti Dukung sheet (see hasEvidenceSheet). */
  readonly withEvidence: boolean;
}

export function lastIndicatorRow(framework: Framework): number {
  return EV.firstRow + framework.indicators.length - 1;
}
