/**
 * The block below the Kertas Kerja's indicator rows for indicators whose value is another agency's index (Pemdi I5,
 * I6, I7, I18): the source index, a cell for its score, the indicator value it gives and why. The value follows
 * convertExternalScore in the core, in integer arithmetic as every template formula: the score in millionths, the
 * band found by its edges, low + (s - from) x (high - low) / width rounded half-up to hundredths. A blank score
 * shows 1,00, the 2026 assessors' assumption, and says it is one; where no conversion is published it says so.
 */
import { EXTERNAL_ASSUMED_HUNDREDTHS, externalIndicators, type Indicator } from "../core";
import { cellRef } from "./a1";
import { EVALUATION as EV } from "./layout";
import type { CellSpec, ValidationSpec } from "./types";
import { FORMAT_ROUNDED, lastIndicatorRow, row, str, text, type Context } from "./specParts";

/** Columns of the block (1-based), within the evaluation sheet's columns so widths and print setup carry over. */
const COL = { no: 1, index: 2, source: 3, indicator: 4, score: EV.col.level, value: EV.col.levelName, remark: EV.col.justification } as const;

const SCALE = 1_000_000;

/** The native formula of an indicator's value, in whole hundredths, from the score cell (integer arithmetic). */
function valueFormula(ctx: Context, indicator: Indicator, score: string): string {
  const { labels, framework } = ctx;
  const L = labels.external;
  const conversion = indicator.externalValue?.conversion;
  const assumed = EXTERNAL_ASSUMED_HUNDREDTHS / 100;
  if (!conversion) return `=IF(TRIM(${score}&"")="",${assumed},"")`;
  const floors = framework.levelScales.find((s) => s.id === indicator.scaleId)!.valueBandFloors!;
  const unit = SCALE / 100;
  const s = `ROUND(${score}*${SCALE},0)`;
  const band = (k: number) => {
    const low = floors[k];
    const high = k + 1 < floors.length ? floors[k + 1] : framework.maxLevel * 100;
    const from = conversion[k] * unit;
    const width = (conversion[k + 1] - conversion[k]) * unit;
    const num = `(${low * width}+(${s}-${from})*${high - low})`;
    const den = 100 * width;
    return `INT((200*${num}+${den})/${2 * den})/100`;
  };
  let chain = band(0);
  for (let k = 1; k < floors.length; k++) chain = `IF(${s}>=${conversion[k] * unit},${band(k)},${chain})`;
  const top = conversion[conversion.length - 1] / 100;
  return `=IF(TRIM(${score}&"")="",${assumed},IF(ISNUMBER(${score}),IF(AND(${score}>=0,${score}<=${top}),${chain},${str(L.invalid)}),${str(L.invalid)}))`;
}

/** The rows of the block (from the row after the indicators' gap) and its validations; nothing for frameworks without external indicators. */
export function describeExternalBlock(ctx: Context): { rows: CellSpec[][]; validations: ValidationSpec[] } {
  const externals = externalIndicators(ctx.framework);
  if (externals.length === 0) return { rows: [], validations: [] };
  const L = ctx.labels.external;
  const W = EV.lastCol;
  const titleRow = lastIndicatorRow(ctx.framework) + 2;
  const rows: CellSpec[][] = [row(W, {}), row(W, { 1: text(L.title, "label") })];
  const C = L.columns;
  rows.push(row(W, {
    [COL.no]: text(C.no, "header"), [COL.index]: text(C.index, "header"), [COL.source]: text(C.source, "header"),
    [COL.indicator]: text(C.indicator, "header"), [COL.score]: text(C.score, "header"), [COL.value]: text(C.value, "header"),
    [COL.remark]: text(C.remark, "header"),
  }));
  const first = titleRow + 2;
  externals.forEach((indicator, i) => {
    const r = first + i;
    const score = cellRef(r, COL.score);
    const value = cellRef(r, COL.value);
    const known = indicator.externalValue!.conversion !== undefined;
    rows.push(row(W, {
      [COL.no]: { value: indicator.no, style: "number" },
      [COL.index]: text(indicator.externalValue!.index, "text"),
      [COL.source]: text(indicator.externalSource ?? "", "textWrap"),
      [COL.indicator]: text(indicator.name, "textWrap"),
      [COL.score]: { value: null, style: "input" },
      [COL.value]: { formula: valueFormula(ctx, indicator, score), format: FORMAT_ROUNDED, style: "formula" },
      [COL.remark]: {
        formula: `=IF(TRIM(${score}&"")="",${str(L.assumed)},IF(ISNUMBER(${value}),${str(known ? L.converted : L.noConversion)},${known ? `""` : str(L.noConversion)}))`,
        style: "formula",
      },
    }));
  });
  const validations: ValidationSpec[] = [{
    kind: "decimal", ref: `${cellRef(first, COL.score)}:${cellRef(first + externals.length - 1, COL.score)}`, min: 0, max: 100,
    promptTitle: L.promptTitle, prompt: L.prompt, errorTitle: L.promptTitle, errorMessage: L.errorMessage,
  }];
  return { rows, validations };
}
