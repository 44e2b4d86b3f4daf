/**
 * The evaluation template as data: one description, rendered by src/excel (Office.js) and src/xlsx (ExcelJS).
 *
 * Every number the template computes is a native Excel 2016 formula built from the framework's data (weights,
 * bands, level names come from src/core; nothing is restated here). The arithmetic is integer, so it is exact in
 * every engine:
 * - per indicator, a hidden helper turns the level into whole hundredths (ROUND(level*100,0)), or "" for a blank,
 *   or -1 for anything the core would refuse (text, out of range, more than two decimals, error values);
 * - per aspect, N = SUMPRODUCT(hundredths, integer weights) and D = 100 x the aspect's integer weight; a domain and
 *   the overall index add their aspects' integer numerators;
 * - exact value = N/D (one correctly rounded division, as the core's ratioToNumber);
 * - 2 decimals = INT((200N + D) / (2D)) / 100: half-up on integers, never ROUND on a float sum at a .xx5 tie;
 * - predikat, 2024 practice: 100N >= min x D (integers); 2023 practice: rounded hundredths >= min.
 * A blank or invalid level makes the value a text ("belum lengkap (3 kosong)"), never a silent 0.
 */
import {
  FRAMEWORK_IDS, SpbeError, getFramework, levelName, totalWeight, type Band, type Framework, type FrameworkId, type Indicator,
  type Language,
} from "../core";
import { questionnaireOf } from "../core/frameworks/questionnaires";
import { cellRef, columnLetters, qualified, rangeRef } from "./a1";
import { templateLabels, type TemplateLabels } from "./labels";
import { estimateRowHeights } from "./rowHeights";
import { EVALUATION as EV, OVERALL_ROWS, overallRowOf, REFERENCE as REF, SUMMARY as SUM, type OverallKey } from "./layout";
import * as N from "./names";
import type {
  CellSpec, ConditionalFormatSpec, DefinedNameSpec, SheetKey, SheetSpec, StyleId, StyleSpec, TemplateOptions, TemplateSpec,
  ValidationSpec,
} from "./types";

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
  warning: { bold: true, fontColor: "#C00000", locked: true },
  helper: { fontColor: "#808080", locked: true },
};

/** Fill colours of the bands, best first; a framework with fewer bands uses the first ones and the grey last. */
const BAND_FILLS = ["#00B050", "#92D050", "#C6EFCE", "#FFEB9C", "#F8CBAD", "#D9D9D9"];
const INVALID_FILL = "#FFC7CE";

const FORMAT_EXACT = "0.00####";
const FORMAT_ROUNDED = "0.00";
const FORMAT_TEXT = "@";

/** An empty cell, possibly styled (part of a bordered table or a merged area). */
const empty = (style?: StyleId): CellSpec => (style ? { style } : {});
/** A text constant, formatted as text so no renderer or host reads it as a number, date or formula. */
const text = (value: string, style: StyleId = "text"): CellSpec => ({ value, format: FORMAT_TEXT, style });

/** A row of `width` cells, with the given cells at their 1-based columns. */
function row(width: number, cells: Record<number, CellSpec>, fill?: StyleId): CellSpec[] {
  return Array.from({ length: width }, (_, i) => cells[i + 1] ?? empty(fill));
}

/** A string literal inside a formula. */
function str(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Checks what the layout relies on: each aspect's indicators are consecutive, in order, and so are each domain's. */
function assertGroupedInOrder(framework: Framework): void {
  let next = 1;
  for (const aspect of framework.aspects) {
    for (const no of aspect.indicatorNos) {
      if (no !== next) throw new Error(`Framework ${framework.id}: indicators are not grouped by aspect in order (aspect ${aspect.id})`);
      next++;
    }
  }
  if (next !== framework.indicators.length + 1) throw new Error(`Framework ${framework.id}: aspects do not cover every indicator`);
  for (const domain of framework.domains) {
    const positions = framework.aspects.map((a, i) => (a.domainId === domain.id ? i : -1)).filter((i) => i >= 0);
    if (positions.some((p, k) => k > 0 && p !== positions[k - 1] + 1)) throw new Error(`Framework ${framework.id}: domain ${domain.id} aspects not consecutive`);
  }
}

/** The names of a framework's levels min..max for one indicator, "0 Belum Terpenuhi; 1 Rintisan; ...". */
function levelNamesList(framework: Framework, indicator: Indicator, language: Language): string[] {
  const names: string[] = [];
  for (let level = framework.minLevel; level <= framework.maxLevel; level++) names.push(levelName(framework, indicator, level, language));
  return names;
}

/** The helper formula that turns a level cell into whole hundredths, "" for a blank, -1 for a refused value. */
function hundredthsFormula(framework: Framework, cell: string): string {
  const valid = `AND(${cell}>=${framework.minLevel},${cell}<=${framework.maxLevel},ABS(${cell}*100-ROUND(${cell}*100,0))<=0.000001)`;
  return `=IF(ISERROR(${cell}),-1,IF(ISNUMBER(${cell}),IF(${valid},ROUND(${cell}*100,0),-1),IF(TRIM(${cell})="","",-1)))`;
}

/** Nested IF over the bands, best first; `atLeast(min)` is the test of one lower bound. */
function predikatChain(bands: readonly Band[], atLeast: (minHundredths: number) => string): string {
  const last = bands[bands.length - 1];
  return bands
    .slice(0, -1)
    .reduceRight((otherwise, band) => `IF(${atLeast(band.minHundredths)},${str(band.predikat)},${otherwise})`, str(last.predikat));
}

/** A value formula that shows why it cannot be computed (invalid cells first, then blanks) before computing it. */
function guarded(labels: TemplateLabels, invalid: string, blanks: string, value: string, emptyWhenAllOf?: number): string {
  const checked =
    `IF(${invalid}>0,${str(labels.invalid + " (")}&${invalid}&${str(" " + labels.cells + ")")},` +
    `IF(${blanks}>0,${str(labels.incomplete + " (")}&${blanks}&${str(" " + labels.blanks + ")")},${value}))`;
  // Targets and official results are often not there yet: with none entered the cell stays empty, so the summary
  // does not repeat "belum lengkap (47 kosong)" down the columns before the results come back.
  return emptyWhenAllOf === undefined ? checked : `IF(${blanks}=${emptyWhenAllOf},"",${checked})`;
}

/** A sheet before its row heights are measured from its content. */
type SheetLayout = Omit<SheetSpec, "rowHeights">;

interface Context {
  readonly framework: Framework;
  readonly language: Language;
  readonly labels: TemplateLabels;
  readonly options: TemplateOptions;
  readonly sheetNames: Record<SheetKey, string>;
}

function lastIndicatorRow(framework: Framework): number {
  return EV.firstRow + framework.indicators.length - 1;
}

function describeEvaluationSheet(ctx: Context): SheetLayout {
  const { framework, labels, language, options } = ctx;
  const W = EV.lastCol;
  const c = EV.col;
  const last = lastIndicatorRow(framework);
  const rows: CellSpec[][] = [];

  rows.push(row(W, { 1: text(labels.evaluationTitle(framework.indexName), "title") }));
  const V = EV.valueCol;
  rows.push(row(W, { 1: text(labels.instansi, "label"), 2: empty("label"), [V]: { value: options.instansi ?? null, format: FORMAT_TEXT, style: "input" }, [V + 1]: empty("input") }));
  rows.push(row(W, { 1: text(labels.year, "label"), 2: empty("label"), [V]: { value: options.year ?? null, format: "0", style: "input" } }));
  rows.push(row(W, {
    1: text(labels.framework, "label"),
    2: empty("label"),
    [V]: { value: framework.id, format: FORMAT_TEXT, style: "result" },
    [V + 1]: text(`${framework.regulation} (${framework.indexName})`, "subtitle"),
  }));
  rows.push(row(W, { 1: text(labels.filledBy, "label"), 2: empty("label"), [V]: { value: options.filledBy ?? null, format: FORMAT_TEXT, style: "input" }, [V + 1]: empty("input") }));
  rows.push(row(W, { 1: text(labels.guidance, "note") }));
  const status = framework.status === "secondary" ? labels.statusSecondary : framework.status === "reconstructed" ? labels.statusReconstructed : null;
  rows.push(row(W, status ? { 1: text(status, "warning") } : {}));

  const L = labels.columns;
  const headers = [
    L.no, L.domain, L.aspect, L.indicator, L.weight, L.level, L.levelName, L.justification, L.evidence, L.pic, L.target, L.gap,
    L.official, L.notes, L.weightUnits, L.levelHundredths, L.targetHundredths, L.officialHundredths,
  ];
  rows.push(headers.map((h) => text(h, "header")));

  for (const indicator of framework.indicators) {
    const r = EV.firstRow + indicator.no - 1;
    const aspect = framework.aspects.find((a) => a.id === indicator.aspectId)!;
    const domain = framework.domains.find((d) => d.id === aspect.domainId);
    const at = (col: number) => cellRef(r, col);
    const names = levelNamesList(framework, indicator, language).map(str).join(",");
    const levelH = at(c.levelH);
    rows.push(row(W, {
      [c.no]: { value: indicator.no, style: "number" },
      [c.domain]: text(domain ? `${domain.id} ${domain.name}` : labels.noDomain, "textWrap"),
      [c.aspect]: text(`${aspect.id} ${aspect.name}`, "textWrap"),
      [c.indicator]: text(indicator.name, "textWrap"),
      [c.weight]: { value: indicator.weight / framework.weightUnitsPerPercent, format: "0.00##", style: "number" },
      [c.level]: { value: null, style: "input" },
      [c.levelName]: {
        formula:
          `=IF(${levelH}="","",IF(${levelH}<0,${str(labels.invalidLevel)},IF(MOD(${levelH},100)<>0,${str(labels.decimalLevel)},` +
          `CHOOSE(${levelH}/100${framework.minLevel === 0 ? "" : `-${framework.minLevel}`}+1,${names}))))`,
        style: "formula",
      },
      [c.justification]: { value: null, format: FORMAT_TEXT, style: "inputText" },
      [c.evidence]: { value: null, format: FORMAT_TEXT, style: "inputText" },
      [c.pic]: { value: null, format: FORMAT_TEXT, style: "inputText" },
      [c.target]: { value: null, style: "input" },
      [c.gap]: {
        formula: `=IF(AND(ISNUMBER(${levelH}),ISNUMBER(${at(c.targetH)})),IF(AND(${levelH}>=0,${at(c.targetH)}>=0),(${at(c.targetH)}-${levelH})/100,""),"")`,
        format: FORMAT_ROUNDED,
        style: "formula",
      },
      [c.official]: { value: null, style: "input" },
      [c.notes]: { value: null, format: FORMAT_TEXT, style: "inputText" },
      [c.weightUnits]: { value: indicator.weight, style: "helper" },
      [c.levelH]: { formula: hundredthsFormula(framework, at(c.level)), style: "helper" },
      [c.targetH]: { formula: hundredthsFormula(framework, at(c.target)), style: "helper" },
      [c.officialH]: { formula: hundredthsFormula(framework, at(c.official)), style: "helper" },
    }));
  }

  // Level inputs: one validation per run of indicators sharing a level scale, so the prompt lists the right names.
  const validations: ValidationSpec[] = [];
  let start = 0;
  const indicators = framework.indicators;
  for (let i = 1; i <= indicators.length; i++) {
    if (i < indicators.length && indicators[i].scaleId === indicators[start].scaleId) continue;
    const names = levelNamesList(framework, indicators[start], language).map((n, k) => `${framework.minLevel + k} ${n}`).join("; ");
    for (const col of [c.level, c.target, c.official]) {
      validations.push({
        ref: rangeRef(EV.firstRow + start, col, EV.firstRow + i - 1, col),
        min: framework.minLevel,
        max: framework.maxLevel,
        promptTitle: `${labels.validationTitle} ${framework.minLevel}-${framework.maxLevel}`,
        prompt: labels.validationPrompt(names),
        errorTitle: labels.validationErrorTitle,
        errorMessage: labels.validationError(framework.minLevel, framework.maxLevel),
      });
    }
    start = i;
  }

  const conditionalFormats: ConditionalFormatSpec[] = [c.level, c.target, c.official].map((col, k) => ({
    ref: rangeRef(EV.firstRow, col, last, col),
    formula: `=$${columnLetters([c.levelH, c.targetH, c.officialH][k])}${EV.firstRow}=-1`,
    fill: INVALID_FILL,
    fontColor: "#9C0006",
  }));

  return {
    key: "evaluation",
    name: ctx.sheetNames.evaluation,
    blocks: [{ row: 1, col: 1, cells: rows }],
    columnWidths: [5, 18, 24, 45, 8, 12, 18, 45, 30, 18, 10, 8, 13, 30, 10, 10, 10, 10],
    hiddenColumns: [c.weightUnits, c.levelH, c.targetH, c.officialH],
    merges: [
      rangeRef(EV.titleRow, 1, EV.titleRow, c.notes),
      ...[EV.instansiRow, EV.yearRow, EV.frameworkRow, EV.filledByRow].map((r) => rangeRef(r, 1, r, EV.valueCol - 1)),
      rangeRef(EV.instansiRow, EV.valueCol, EV.instansiRow, EV.valueCol + 1),
      rangeRef(EV.frameworkRow, EV.valueCol + 1, EV.frameworkRow, c.notes),
      rangeRef(EV.filledByRow, EV.valueCol, EV.filledByRow, EV.valueCol + 1),
      rangeRef(EV.guidanceRow, 1, EV.guidanceRow, c.notes),
      rangeRef(EV.statusRow, 1, EV.statusRow, c.notes),
    ],
    validations,
    conditionalFormats,
    frozenRows: EV.headerRow,
    protect: true,
    print: { orientation: "landscape", fitToWidth: 1, titleRows: `$${EV.headerRow}:$${EV.headerRow}` },
  };
}

interface SummaryRows {
  readonly aspects: number[];
  readonly domains: number[];
  readonly overall: number;
}

function summaryRows(framework: Framework): SummaryRows {
  const aspects = framework.aspects.map((_, i) => SUM.firstRow + i);
  const domains = framework.domains.map((_, i) => SUM.firstRow + aspects.length + i);
  return { aspects, domains, overall: SUM.firstRow + aspects.length + domains.length };
}

function describeSummarySheet(ctx: Context): SheetLayout {
  const { framework, labels, language } = ctx;
  const W = SUM.lastCol;
  const c = SUM.col;
  const ev = ctx.sheetNames.evaluation;
  const evRef = (ref: string) => qualified(ev, ref);
  const positions = summaryRows(framework);
  const series = [0, 1, 2] as const;
  const evalHundredthsCol = [EV.col.levelH, EV.col.targetH, EV.col.officialH];
  const rows: CellSpec[][] = [];
  const at = (r: number, col: number) => cellRef(r, col);

  rows.push(row(W, { 1: text(labels.summaryTitle(framework.indexName), "title") }));
  rows.push(row(W, { 1: text(labels.instansi, "label"), 3: { formula: `=""&${evRef(cellRef(EV.instansiRow, EV.valueCol, true))}`, style: "formula" } }));
  rows.push(row(W, { 1: text(labels.year, "label"), 3: { formula: `=""&${evRef(cellRef(EV.yearRow, EV.valueCol, true))}`, style: "formula" } }));
  rows.push(row(W, { 1: text(labels.framework, "label"), 3: text(`${framework.id} - ${framework.regulation}`, "subtitle") }));
  rows.push(row(W, {}));

  // The overall block: label in A:B, value in C:D.
  const ov = positions.overall;
  const self = SUM.seriesCol(0);
  const target = SUM.seriesCol(1);
  const official = SUM.seriesCol(2);
  const exactBand = (numCol: number) => (min: number) => `100*${at(ov, numCol)}>=${min}*${at(ov, c.den)}`;
  const predikat = (valueCol: number, test: (min: number) => string) =>
    `=IF(ISNUMBER(${at(ov, valueCol)}),${predikatChain(framework.bands, test)},${at(ov, valueCol)})`;
  const overallCells: Partial<Record<OverallKey, { label: string; cell: CellSpec }>> = {
    index: { label: labels.indexExact(framework.indexName), cell: { formula: `=${at(ov, c.index)}`, format: FORMAT_EXACT, style: "result" } },
    indexRounded: { label: labels.indexRounded(framework.indexName), cell: { formula: `=${at(ov, c.rounded)}`, format: FORMAT_ROUNDED, style: "result" } },
    predikat: { label: labels.predikatExact, cell: { formula: predikat(c.index, exactBand(self.num)), style: "result" } },
    predikatRounded: { label: labels.predikatRounded, cell: { formula: predikat(c.rounded, (min) => `${at(ov, self.hundredths)}>=${min}`), style: "result" } },
    targetIndex: { label: labels.targetExact, cell: { formula: `=${at(ov, c.target)}`, format: FORMAT_EXACT, style: "result" } },
    targetRounded: { label: labels.targetRounded, cell: { formula: `=${at(ov, c.targetRounded)}`, format: FORMAT_ROUNDED, style: "result" } },
    targetPredikat: { label: labels.targetPredikat, cell: { formula: predikat(c.target, exactBand(target.num)), style: "result" } },
    targetGap: { label: labels.targetGap, cell: { formula: `=${at(ov, c.gap)}`, format: FORMAT_ROUNDED, style: "result" } },
    officialIndex: { label: labels.officialExact, cell: { formula: `=${at(ov, c.official)}`, format: FORMAT_EXACT, style: "result" } },
    officialRounded: { label: labels.officialRounded, cell: { formula: `=${at(ov, c.officialRounded)}`, format: FORMAT_ROUNDED, style: "result" } },
    officialPredikat: { label: labels.officialPredikat, cell: { formula: predikat(c.official, exactBand(official.num)), style: "result" } },
  };
  if (framework.bands.some((b) => b.stage)) {
    // Pemdi names a maturity stage beside each predikat; the band without a stage shows its predikat.
    const stages = framework.bands.map((b) => ({ ...b, predikat: (language === "en" ? b.stageEn : b.stage) ?? b.predikat }));
    overallCells.stage = {
      label: labels.stageExact,
      cell: { formula: `=IF(ISNUMBER(${at(ov, c.index)}),${predikatChain(stages, exactBand(self.num))},${at(ov, c.index)})`, style: "result" },
    };
  }
  // In the order of OVERALL_ROWS, so each row sits where its defined name and colour say it does.
  const overallBlock = OVERALL_ROWS.flatMap((r) => {
    const entry = overallCells[r.key];
    return entry ? [{ ...r, ...entry }] : [];
  });
  for (const { label, cell } of overallBlock) rows.push(row(W, { 1: text(label, "label"), 2: empty("label"), 3: cell, 4: empty("result") }));
  while (rows.length < SUM.noteRow - 1) rows.push(row(W, {}));
  rows.push(row(W, { 1: text(labels.summaryNote, "note") }));
  rows.push(row(W, {}));

  const S = labels.summaryColumns;
  const helperHeaders: Record<number, CellSpec> = { [c.den]: text(S.den, "header") };
  for (const s of series) {
    const h = SUM.seriesCol(s);
    const tag = ` (${labels.seriesNames[s]})`;
    helperHeaders[h.num] = text(S.num + tag, "header");
    helperHeaders[h.blanks] = text(S.blanks + tag, "header");
    helperHeaders[h.invalid] = text(S.invalid + tag, "header");
    helperHeaders[h.hundredths] = text(S.hundredths + tag, "header");
  }
  rows.push(row(W, {
    [c.code]: text(S.code, "header"), [c.name]: text(S.name, "header"), [c.weight]: text(S.weight, "header"),
    [c.index]: text(S.index, "header"), [c.rounded]: text(S.rounded, "header"), [c.target]: text(S.target, "header"),
    [c.targetRounded]: text(S.targetRounded, "header"), [c.gap]: text(S.gap, "header"), [c.official]: text(S.official, "header"),
    [c.officialRounded]: text(S.officialRounded, "header"), ...helperHeaders,
  }));

  /** The cells of one table row: `sources(s)` gives the numerator, blanks and invalid formulas of series s. */
  const tableRow = (
    r: number, code: string, name: string, weight: number, size: number, style: StyleId,
    sources: (s: 0 | 1 | 2) => { num: string; blanks: string; invalid: string },
  ): CellSpec[] => {
    const cells: Record<number, CellSpec> = {
      [c.code]: text(code, style === "group" ? "group" : "text"),
      [c.name]: text(name, style === "group" ? "group" : "textWrap"),
      [c.weight]: { value: weight / framework.weightUnitsPerPercent, format: "0.00##", style: "number" },
      [c.den]: { value: 100 * weight, style: "helper" },
    };
    const valueCols = [[c.index, c.rounded], [c.target, c.targetRounded], [c.official, c.officialRounded]] as const;
    for (const s of series) {
      const h = SUM.seriesCol(s);
      const src = sources(s);
      const num = at(r, h.num);
      const den = at(r, c.den);
      const inv = at(r, h.invalid);
      const blanks = at(r, h.blanks);
      cells[h.num] = { formula: src.num, style: "helper" };
      cells[h.blanks] = { formula: src.blanks, style: "helper" };
      cells[h.invalid] = { formula: src.invalid, style: "helper" };
      cells[h.hundredths] = { formula: `=INT((200*${num}+${den})/(2*${den}))`, style: "helper" };
      // Series 0 (the self-assessment) always says what is missing; targets and official results may be absent.
      const emptyWhenAllOf = s === 0 ? undefined : size;
      cells[valueCols[s][0]] = { formula: `=${guarded(labels, inv, blanks, `${num}/${den}`, emptyWhenAllOf)}`, format: FORMAT_EXACT, style: "formula" };
      cells[valueCols[s][1]] = { formula: `=${guarded(labels, inv, blanks, `${at(r, h.hundredths)}/100`, emptyWhenAllOf)}`, format: FORMAT_ROUNDED, style: "formula" };
    }
    const t = SUM.seriesCol(1);
    cells[c.gap] = {
      formula: `=IF(AND(ISNUMBER(${at(r, c.rounded)}),ISNUMBER(${at(r, c.targetRounded)})),(${at(r, t.hundredths)}-${at(r, self.hundredths)})/100,"")`,
      format: FORMAT_ROUNDED,
      style: "formula",
    };
    return row(W, cells);
  };

  /** The sum of one helper column over table rows. */
  const sumOf = (tableRows: readonly number[], col: number) => `=${tableRows.map((r) => at(r, col)).join("+")}`;

  framework.aspects.forEach((aspect, i) => {
    const first = EV.firstRow + aspect.indicatorNos[0] - 1;
    const lastRow = EV.firstRow + aspect.indicatorNos[aspect.indicatorNos.length - 1] - 1;
    const n = aspect.indicatorNos.length;
    const weights = evRef(rangeRef(first, EV.col.weightUnits, lastRow, EV.col.weightUnits, true));
    rows.push(tableRow(positions.aspects[i], aspect.id, aspect.name, aspect.weight, n, "text", (s) => {
      const hundredths = evRef(rangeRef(first, evalHundredthsCol[s], lastRow, evalHundredthsCol[s], true));
      return { num: `=SUMPRODUCT(${hundredths},${weights})`, blanks: `=${n}-COUNT(${hundredths})`, invalid: `=COUNTIF(${hundredths},-1)` };
    }));
  });
  framework.domains.forEach((domain, i) => {
    const aspectRows = framework.aspects.map((a, k) => (a.domainId === domain.id ? positions.aspects[k] : -1)).filter((r) => r > 0);
    const size = framework.aspects.filter((a) => a.domainId === domain.id).reduce((k, a) => k + a.indicatorNos.length, 0);
    rows.push(tableRow(positions.domains[i], domain.id, domain.name, domain.weight, size, "text", (s) => {
      const h = SUM.seriesCol(s);
      return { num: sumOf(aspectRows, h.num), blanks: sumOf(aspectRows, h.blanks), invalid: sumOf(aspectRows, h.invalid) };
    }));
  });
  rows.push(tableRow(ov, "", framework.indexName, totalWeight(framework), framework.indicators.length, "group", (s) => {
    const h = SUM.seriesCol(s);
    return { num: sumOf(positions.aspects, h.num), blanks: sumOf(positions.aspects, h.blanks), invalid: sumOf(positions.aspects, h.invalid) };
  }));

  // Colours by predikat: the predikat cells by their text, the index cells by the exact band test on integers.
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const bands = framework.bands;
  bands.forEach((band, k) => {
    const fill = BAND_FILLS[k];
    for (const r of OVERALL_ROWS.filter((x) => "showsPredikat" in x && x.showsPredikat)) {
      const cell = cellRef(overallRowOf(r.key), 3);
      conditionalFormats.push({ ref: cell, formula: `=${cell}=${str(band.predikat)}`, fill });
    }
    const upper = k === 0 ? null : bands[k - 1].minHundredths;
    for (const [valueCol, numCol] of [[c.index, self.num], [c.target, target.num], [c.official, official.num]] as const) {
      const first = SUM.firstRow;
      const num = `$${columnLetters(numCol)}${first}`;
      const den = `$${columnLetters(c.den)}${first}`;
      const valid = `ISNUMBER(${cellRef(first, valueCol)})`;
      const lower = `100*${num}>=${band.minHundredths}*${den}`;
      const below = upper === null ? "" : `,100*${num}<${upper}*${den}`;
      conditionalFormats.push({ ref: rangeRef(first, valueCol, ov, valueCol + 1), formula: `=AND(${valid},${lower}${below})`, fill });
    }
  });

  const merges = [
    rangeRef(SUM.titleRow, 1, SUM.titleRow, c.officialRounded),
    rangeRef(SUM.frameworkRow, 3, SUM.frameworkRow, c.officialRounded),
    rangeRef(SUM.noteRow, 1, SUM.noteRow, c.officialRounded),
  ];
  for (const { key } of overallBlock) {
    const r = overallRowOf(key);
    merges.push(rangeRef(r, 1, r, 2), rangeRef(r, 3, r, 4));
  }
  const firstAspect = positions.aspects[0];
  const lastAspect = positions.aspects[positions.aspects.length - 1];

  return {
    key: "summary",
    name: ctx.sheetNames.summary,
    blocks: [{ row: 1, col: 1, cells: rows }],
    columnWidths: [10, 40, 10, 16, 14, 14, 14, 12, 14, 14, ...Array.from({ length: W - c.officialRounded }, () => 10)],
    hiddenColumns: Array.from({ length: W - c.officialRounded }, (_, i) => c.officialRounded + 1 + i),
    merges,
    validations: [],
    conditionalFormats,
    frozenRows: 1,
    protect: true,
    print: { orientation: "landscape", fitToWidth: 1 },
    chart: {
      title: labels.chartTitle,
      type: "barClustered",
      categories: rangeRef(firstAspect, c.name, lastAspect, c.name),
      series: [
        { name: labels.chartSeriesIndex, values: rangeRef(firstAspect, c.rounded, lastAspect, c.rounded) },
        { name: labels.chartSeriesTarget, values: rangeRef(firstAspect, c.targetRounded, lastAspect, c.targetRounded) },
      ],
      from: SUM.chartFrom,
      to: SUM.chartTo,
      missingNote: labels.chartMissing,
    },
  };
}

function describeReferenceSheet(ctx: Context): SheetLayout {
  const { framework, labels, language } = ctx;
  const W = REF.lastCol;
  const criteria = questionnaireOf(framework.id);
  const R = labels.referenceColumns;
  const rows: CellSpec[][] = [];
  rows.push(row(W, { 1: text(labels.referenceTitle(framework.indexName), "title") }));
  rows.push(row(W, { 1: text(criteria ? labels.referenceSource(framework.regulation) : labels.referenceNone(framework.regulation), criteria ? "note" : "warning") }));
  rows.push([R.no, R.aspect, R.indicator, R.question, R.level(1), R.level(2), R.level(3), R.level(4), R.level(5), R.externalSource].map((h) => text(h, "header")));
  for (const indicator of framework.indicators) {
    const entry = criteria?.[indicator.no - 1];
    const cells: CellSpec[] = [
      { value: indicator.no, style: "number" },
      text(indicator.aspectId, "text"),
      text(indicator.name, "textWrap"),
      text(entry?.question ?? "", "textWrap"),
    ];
    for (let level = 1; level <= 5; level++) {
      cells.push(text(entry ? `${levelName(framework, indicator, level, language)}: ${entry.criteria[level - 1]}` : "", "textWrap"));
    }
    cells.push(text(indicator.externalSource ?? "", "textWrap"));
    rows.push(cells);
  }
  return {
    key: "reference",
    name: ctx.sheetNames.reference,
    blocks: [{ row: 1, col: 1, cells: rows }],
    columnWidths: [5, 8, 30, 40, 40, 40, 40, 40, 40, 20],
    hiddenColumns: [],
    merges: [rangeRef(REF.titleRow, 1, REF.titleRow, W), rangeRef(REF.sourceRow, 1, REF.sourceRow, W)],
    validations: [],
    conditionalFormats: [],
    frozenRows: REF.headerRow,
    protect: true,
    print: { orientation: "landscape", fitToWidth: 1, titleRows: `$${REF.headerRow}:$${REF.headerRow}` },
  };
}

function describeNames(ctx: Context): DefinedNameSpec[] {
  const { framework } = ctx;
  const ev = ctx.sheetNames.evaluation;
  const sum = ctx.sheetNames.summary;
  const first = EV.firstRow;
  const last = lastIndicatorRow(framework);
  const column = (col: number) => qualified(ev, rangeRef(first, col, last, col, true));
  const single = (sheet: string, r: number, col: number) => qualified(sheet, cellRef(r, col, true));
  const positions = summaryRows(framework);
  return [
    { name: N.SPBE_FRAMEWORK, ref: single(ev, EV.frameworkRow, EV.valueCol) },
    { name: N.SPBE_LEVELS, ref: column(EV.col.level) },
    { name: N.SPBE_TARGETS, ref: column(EV.col.target) },
    { name: N.SPBE_OFFICIAL, ref: column(EV.col.official) },
    { name: N.SPBE_PIC, ref: column(EV.col.pic) },
    { name: N.SPBE_JUSTIFICATION, ref: column(EV.col.justification) },
    { name: N.SPBE_EVIDENCE, ref: column(EV.col.evidence) },
    { name: N.SPBE_NOTES, ref: column(EV.col.notes) },
    { name: N.SPBE_INSTANSI, ref: single(ev, EV.instansiRow, EV.valueCol) },
    { name: N.SPBE_YEAR, ref: single(ev, EV.yearRow, EV.valueCol) },
    { name: N.SPBE_FILLED_BY, ref: single(ev, EV.filledByRow, EV.valueCol) },
    ...OVERALL_ROWS.flatMap((r) => ("name" in r ? [{ name: r.name, ref: single(sum, overallRowOf(r.key), 3) }] : [])),
    ...framework.aspects.map((a, i) => ({ name: N.aspectName(a.no), ref: single(sum, positions.aspects[i], SUM.col.index) })),
    ...framework.domains.map((d, i) => ({ name: N.domainName(d.no), ref: single(sum, positions.domains[i], SUM.col.index) })),
  ];
}

/**
 * Checks a framework id and a language as they arrive from outside typed code (a task-pane form, a command line):
 * SpbeError FRAMEWORK_UNKNOWN or LANGUAGE_UNKNOWN, with the catalogue's message, before anything is written.
 */
export function checkTemplateRequest(framework: unknown, language: unknown = "id"): { framework: FrameworkId; language: Language } {
  if (typeof framework !== "string" || !(FRAMEWORK_IDS as readonly string[]).includes(framework)) {
    throw new SpbeError("FRAMEWORK_UNKNOWN", { value: framework });
  }
  if (language !== "id" && language !== "en") throw new SpbeError("LANGUAGE_UNKNOWN", { value: language });
  return { framework: framework as FrameworkId, language };
}

/**
 * Describes the evaluation template of a framework: three sheets (evaluation, summary, level-criteria reference),
 * their cells, formats, validations, colours, protection and print setup, and the defined names.
 *
 * @example describeTemplate("59/2020", { instansi: "Pemerintah Kab. Contoh", year: 2025 }).names[1]
 *   // { name: "SPBE_LEVELS", ref: "'Kertas Kerja'!$F$9:$F$55" }
 */
export function describeTemplate(frameworkId: FrameworkId, options: TemplateOptions = {}): TemplateSpec {
  const { language } = checkTemplateRequest(frameworkId, options.language ?? "id");
  const framework = getFramework(frameworkId);
  assertGroupedInOrder(framework);
  const labels = templateLabels(language);
  const sheetNames = { ...labels.sheetNames, ...options.sheetNames };
  const ctx: Context = { framework, language, labels, options, sheetNames };
  return {
    framework: framework.id,
    language,
    sheets: [describeEvaluationSheet(ctx), describeSummarySheet(ctx), describeReferenceSheet(ctx)].map((sheet) => ({
      ...sheet,
      rowHeights: estimateRowHeights(sheet, TEMPLATE_STYLES),
    })),
    styles: TEMPLATE_STYLES,
    names: describeNames(ctx),
    nameScope: options.nameScope ?? "workbook",
    mainSheet: sheetNames.evaluation,
  };
}
