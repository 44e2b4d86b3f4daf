/**
 * The stages of an evaluation and the results pasted in by key.
 *
 * An evaluation runs Penilaian Mandiri (the self-assessment) -> Penilaian Dokumen -> Interviu -> Visitasi -> the
 * final result, each stage giving its own value per indicator (reference README, "How an evaluation runs"). Teams
 * get the assessors' values from the portal or the report as a table of (indicator code or number, value) and paste
 * it as it is; the template's Tahapan sheet reads that block by key with native formulas, and this module reads it
 * the same way, rule for rule, so the sheet, `spbe score` and the task pane give one answer:
 *
 * - a whole number 1..n is indicator n; for Pemdi (no domains) a number with one decimal, 3.2, is the
 *   aspect.indicator code (Excel turns a typed "3.2" into that number);
 * - a text is read in capitals, trimmed as a spreadsheet trims: one prefix INDIKATOR, INDICATOR, NOMOR, IK, NO or I
 *   is dropped, then one "-", "." or ":" and spaces; then one or two digits are the indicator ("Indikator 18 : Nama",
 *   "IK-18", "I18", "18. Nama"), or, for Pemdi, a digit, "." or ",", a digit and no third digit the code ("3.2",
 *   "3,2 Nama"); three digits, or a digit with a decimal part of more digits ("18.5"), name nothing;
 * - where any key of the block is a Pemdi code, bare numbers (6, "6", "6. Nama", without a prefix) are the aspect
 *   headings above them ("3" over "3.1"), not indicators;
 * - a row counts for an indicator in a stage when its value there is a level (readLevel's rule); rows of the same
 *   indicator must agree, or the value is a conflict; a value the rules refuse makes the indicator's value invalid.
 *
 * Official names alone are not read here (the functions' keyed reading does that): a native formula cannot match
 * them reliably, and the sheet must not disagree with the command line.
 */
import type { Ratio } from "./exact";
import { bandOfIndex } from "./predikat";
import type { Band, Framework } from "./frameworks";
import { validLevelHundredths, isBlank } from "./levels";
import { spreadsheetTrim } from "./evidence";
import { totalWeight } from "./scores";

/** The stages in the order they run. */
export const STAGES = ["mandiri", "dokumen", "interviu", "visitasi", "akhir"] as const;
export type Stage = (typeof STAGES)[number];
/** The stages whose values are pasted on the Tahapan sheet; Mandiri is the Kertas Kerja's own level column. */
export const PASTED_STAGES = ["dokumen", "interviu", "visitasi", "akhir"] as const;
export type PastedStage = (typeof PASTED_STAGES)[number];

/** Text prefixes dropped before the number, longest first where one starts another (NOMOR before NO, IK before I). */
export const PASTED_KEY_PREFIXES = ["INDIKATOR", "INDICATOR", "NOMOR", "IK", "NO", "I"] as const;
/** One of these after the prefix is dropped too ("IK-18", "No. 18", "I: 18"). */
export const PASTED_KEY_PUNCTUATION = ["-", ".", ":"] as const;
/** Numbers within this of a whole number of tenths are one-decimal codes (3.2 as a double). */
export const CODE_TOLERANCE = 1e-9;

/** What one key says before the block is looked at as a whole. */
export type PastedKey =
  /** `bare`: written without a prefix (6, "6. Nama"), so a heading where codes are used; "I6" never is. */
  | { readonly kind: "number"; readonly no: number; readonly bare: boolean }
  | { readonly kind: "code"; readonly no: number }
  | { readonly kind: "none" };

const NONE: PastedKey = { kind: "none" };
const isDigit = (ch: string) => ch.length === 1 && ch >= "0" && ch <= "9";

/** The indicator of aspect a, position b (both 1-based) in a framework without domains; undefined otherwise. */
function codeIndicator(framework: Framework, aspect: number, position: number): number | undefined {
  if (framework.domains.length > 0) return undefined;
  return framework.aspects[aspect - 1]?.indicatorNos[position - 1];
}

function numberKey(framework: Framework, no: number, bare: boolean): PastedKey {
  return no >= 1 && no <= framework.indicators.length ? { kind: "number", no, bare } : NONE;
}

function codeKey(framework: Framework, aspect: number, position: number): PastedKey {
  const no = codeIndicator(framework, aspect, position);
  return no === undefined ? NONE : { kind: "code", no };
}

/** Reads one key cell under the rules above (without the block-wide heading rule). */
export function readPastedKey(value: unknown, framework: Framework): PastedKey {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return NONE;
    if (Number.isInteger(value)) return numberKey(framework, value, true);
    if (!(value > 0 && value < 10) || Math.abs(value * 10 - Math.round(value * 10)) > CODE_TOLERANCE) return NONE;
    const tenths = Math.round(value * 10);
    return tenths % 10 === 0 ? NONE : codeKey(framework, Math.floor(value), tenths - 10 * Math.floor(value));
  }
  if (typeof value !== "string") return NONE;
  const upper = spreadsheetTrim(value).toUpperCase();
  const prefix = PASTED_KEY_PREFIXES.find((p) => upper.startsWith(p));
  const afterPrefix = prefix === undefined ? upper : upper.slice(prefix.length);
  const punct = PASTED_KEY_PUNCTUATION.find((p) => afterPrefix.startsWith(p));
  const p = spreadsheetTrim(punct === undefined ? afterPrefix : afterPrefix.slice(1));
  const digits = isDigit(p.charAt(0)) ? (isDigit(p.charAt(1)) ? (isDigit(p.charAt(2)) ? 3 : 2) : 1) : 0;
  if (digits === 0 || digits === 3) return NONE;
  const next = p.charAt(digits);
  if ((next === "." || next === ",") && isDigit(p.charAt(digits + 1))) {
    // Code-shaped: one digit, separator, one digit. "18.5" or "3.25" name nothing rather than indicator 18 or 3.
    if (digits !== 1 || isDigit(p.charAt(3))) return NONE;
    return codeKey(framework, Number(p.charAt(0)), Number(p.charAt(2)));
  }
  return numberKey(framework, Number(p.slice(0, digits)), prefix === undefined);
}

/**
 * What each key of a block names, with the heading rule: `no` the indicator (null for none), `heading` true for a
 * bare number that the block's codes make an aspect heading (its row is skipped, not reported as unreadable).
 */
export function pastedKeyReadings(keys: readonly unknown[], framework: Framework): { no: number | null; heading: boolean }[] {
  const forms = keys.map((k) => readPastedKey(k, framework));
  const codesInUse = forms.some((f) => f.kind === "code");
  return forms.map((f) => {
    const heading = codesInUse && f.kind === "number" && f.bare;
    return { no: f.kind === "none" || heading ? null : f.no, heading };
  });
}

/** The indicator each key of a block names (null for none or a heading). */
export function pastedIndicatorNos(keys: readonly unknown[], framework: Framework): (number | null)[] {
  return pastedKeyReadings(keys, framework).map((k) => k.no);
}

/** An indicator's value in one stage: hundredths, null when not there, or why it cannot be read. */
export type StageValue = number | null | "invalid" | "conflict";

export interface PastedCell {
  readonly value: unknown;
  readonly address: string;
}

export interface PastedResults {
  /** Per pasted stage, one value per indicator, in indicator order. */
  readonly values: Readonly<Record<PastedStage, readonly StageValue[]>>;
  /** Key cells whose row holds a value but which name no indicator (aspect headings aside): the sheet marks them too. */
  readonly unknownKeys: readonly string[];
  /** Value cells the level rules refuse (text, out of range, more than two decimals). */
  readonly invalidCells: readonly string[];
  /** Indicators pasted more than once with different values in a stage. */
  readonly conflicts: readonly { readonly stage: PastedStage; readonly no: number; readonly cells: readonly string[] }[];
}

/** A pasted value in hundredths, null for a blank, "invalid" for anything readLevel refuses (as the sheet's helper). */
function pastedHundredths(value: unknown, framework: Framework): number | null | "invalid" {
  if (isBlank(value)) return null;
  return validLevelHundredths(value, framework) ?? "invalid";
}

/**
 * Reads the pasted block: `keys` one cell per row, `rows` the same rows' values of the four pasted stages in
 * PASTED_STAGES order.
 */
export function readPastedResults(framework: Framework, keys: readonly PastedCell[], rows: readonly (readonly PastedCell[])[]): PastedResults {
  const readings = pastedKeyReadings(keys.map((k) => k.value), framework);
  const n = framework.indicators.length;
  const unknownKeys: string[] = [];
  const invalidCells: string[] = [];
  const conflicts: { stage: PastedStage; no: number; cells: string[] }[] = [];
  const values = {} as Record<PastedStage, StageValue[]>;
  PASTED_STAGES.forEach((stage, s) => {
    // The value cells pasted for each indicator, to name them in a conflict.
    const cellsOf: string[][] = Array.from({ length: n }, () => []);
    const out: StageValue[] = Array.from({ length: n }, () => null);
    rows.forEach((cells, r) => {
      const cell = cells[s];
      const h = pastedHundredths(cell.value, framework);
      if (h === null) return;
      const { no, heading } = readings[r];
      if (no === null) {
        if (!heading && !unknownKeys.includes(keys[r].address)) unknownKeys.push(keys[r].address);
        return;
      }
      cellsOf[no - 1].push(cell.address);
      if (h === "invalid") {
        invalidCells.push(cell.address);
        out[no - 1] = "invalid";
      } else if (out[no - 1] === null) {
        out[no - 1] = h;
      } else if (out[no - 1] !== "invalid" && out[no - 1] !== h) {
        out[no - 1] = "conflict";
      }
    });
    out.forEach((v, i) => {
      if (v === "conflict") conflicts.push({ stage, no: i + 1, cells: cellsOf[i] });
    });
    values[stage] = out;
  });
  // Keys in the order of their rows, whichever stage found them first.
  const order = new Map(keys.map((k, i) => [k.address, i]));
  unknownKeys.sort((a, b) => order.get(a)! - order.get(b)!);
  return { values, unknownKeys, invalidCells, conflicts };
}

/** One stage's index: exact when every indicator has a valid value, else the counts that say why not. */
export interface StageIndex {
  readonly stage: Stage;
  /** Null while a value is missing or refused. */
  readonly index: Ratio | null;
  readonly band: Band | null;
  /** Indicators without a value. All of them: the stage has not been held (or not pasted). */
  readonly blanks: number;
  /** Indicators whose value is refused or in conflict. */
  readonly invalid: number;
}

/** One indicator's change at a stage, from the latest earlier stage that has a value for it. */
export interface IndicatorChange {
  readonly no: number;
  readonly from: Stage;
  readonly fromHundredths: number;
  readonly toHundredths: number;
  /** toHundredths - fromHundredths. */
  readonly delta: number;
  /** What the change moves the index by: weight x delta / (100 x total weight), signed. */
  readonly indexPoints: Ratio;
}

export interface StageChange {
  readonly stage: Stage;
  /** Every indicator whose value changed at this stage, falls first (largest loss first), then rises. */
  readonly changed: readonly IndicatorChange[];
  /** The sum of every indicator's index points at this stage, exact and signed. */
  readonly indexPoints: Ratio;
  readonly fell: number;
}

export interface StageReport {
  readonly stages: readonly StageIndex[];
  /** From Dokumen on: what changed at each stage. */
  readonly changes: readonly StageChange[];
}

/**
 * The index of every stage and what changed between them. `values` holds, per stage, one value per indicator:
 * Mandiri from the Kertas Kerja's levels, Akhir from its official column where typed, else the pasted final result
 * (see finalValues). The predikat is the exact index's (the current practice), as on the sheet.
 */
export function stageReport(framework: Framework, values: Readonly<Record<Stage, readonly StageValue[]>>): StageReport {
  const W = totalWeight(framework);
  const den = 100 * W;
  const stages: StageIndex[] = STAGES.map((stage) => {
    const v = values[stage];
    const blanks = v.filter((x) => x === null).length;
    const invalid = v.filter((x) => x === "invalid" || x === "conflict").length;
    if (blanks > 0 || invalid > 0) return { stage, index: null, band: null, blanks, invalid };
    let num = 0;
    v.forEach((x, i) => (num += (x as number) * framework.indicators[i].weight));
    const index = { num, den };
    const band = bandOfIndex(framework, index, "exact");
    return { stage, index, band, blanks, invalid };
  });
  const changes: StageChange[] = [];
  for (let s = 1; s < STAGES.length; s++) {
    const changed: IndicatorChange[] = [];
    let total = 0;
    framework.indicators.forEach((indicator, i) => {
      const to = values[STAGES[s]][i];
      if (typeof to !== "number") return;
      for (let j = s - 1; j >= 0; j--) {
        const from = values[STAGES[j]][i];
        if (typeof from !== "number") continue;
        const delta = to - from;
        total += delta * indicator.weight;
        if (delta !== 0) {
          changed.push({ no: indicator.no, from: STAGES[j], fromHundredths: from, toHundredths: to, delta, indexPoints: { num: delta * indicator.weight, den } });
        }
        return;
      }
    });
    changed.sort((a, b) => a.indexPoints.num - b.indexPoints.num || a.no - b.no);
    changes.push({ stage: STAGES[s], changed, indexPoints: { num: total, den }, fell: changed.filter((c) => c.delta < 0).length });
  }
  return { stages, changes };
}

/** The final result per indicator: the official column where typed (valid or not), else the pasted final value. */
export function finalValues(typed: readonly StageValue[], pasted: readonly StageValue[]): StageValue[] {
  return typed.map((t, i) => (t === null ? pasted[i] : t));
}

/** A cell of the Kertas Kerja as a stage value: hundredths, null for blank, "invalid" for what readLevel refuses. */
export function stageValueOf(value: unknown, framework: Framework): StageValue {
  return pastedHundredths(value, framework);
}

/** What a template holds for the stages, as cells: its level and official columns, the pasted block's keys and values. */
export interface StageCells {
  readonly levels: readonly PastedCell[];
  readonly official: readonly PastedCell[];
  readonly keys: readonly PastedCell[];
  /** One row per key, the values of PASTED_STAGES in order. */
  readonly results: readonly (readonly PastedCell[])[];
}

/** Every stage of a template's cells: the one reading `spbe score` and the task pane share with the Tahapan sheet. */
export type StageCellsReport = StageReport & { readonly pasted: PastedResults };

export function stagesOfCells(framework: Framework, cells: StageCells): StageCellsReport {
  const pasted = readPastedResults(framework, cells.keys, cells.results);
  const values: Record<Stage, readonly StageValue[]> = {
    mandiri: cells.levels.map((c) => stageValueOf(c.value, framework)),
    dokumen: pasted.values.dokumen,
    interviu: pasted.values.interviu,
    visitasi: pasted.values.visitasi,
    akhir: finalValues(cells.official.map((c) => stageValueOf(c.value, framework)), pasted.values.akhir),
  };
  return { ...stageReport(framework, values), pasted };
}

/** Whether a stage has any value: a report says nothing of stages nobody has pasted yet. */
export function stageHeld(stage: StageIndex, framework: Framework): boolean {
  return stage.blanks < framework.indicators.length;
}

/**
 * Whether a stage report is worth showing (`spbe score`, the pane): once a stage after Mandiri has a value, or a
 * pasted cell cannot be read; before that it would only repeat the self-assessment.
 */
export function stagesWorthReporting(report: StageCellsReport, framework: Framework): boolean {
  const { unknownKeys, invalidCells, conflicts } = report.pasted;
  const held = report.stages.some((s) => s.stage !== "mandiri" && stageHeld(s, framework));
  return held || unknownKeys.length + invalidCells.length + conflicts.length > 0;
}
