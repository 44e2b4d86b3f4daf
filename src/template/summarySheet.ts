/**
 * The Ringkasan (summary) sheet: the overall block (keyed by OVERALL_ROWS), the table of aspects, domains and the
 * index with exact, 2-decimal, target, gap and official values, the colours by predikat and the aspect chart.
 */
import { previousFramework, totalWeight, type Framework } from "../core";
import { cellRef, columnLetters, qualified, rangeRef } from "./a1";
import { EVALUATION as EV, OVERALL_ROWS, overallRowOf, SUMMARY as SUM, type OverallKey } from "./layout";
import type { CellSpec, ConditionalFormatSpec, StyleId, ValidationSpec } from "./types";
import { BAND_FILLS, FORMAT_EXACT, FORMAT_ROUNDED, empty, guarded, predikatChain, row, str, text, type Context, type SheetLayout } from "./specParts";

interface SummaryRows {
  readonly aspects: number[];
  readonly domains: number[];
  readonly overall: number;
}

export function summaryRows(framework: Framework): SummaryRows {
  const aspects = framework.aspects.map((_, i) => SUM.firstRow + i);
  const domains = framework.domains.map((_, i) => SUM.firstRow + aspects.length + i);
  return { aspects, domains, overall: SUM.firstRow + aspects.length + domains.length };
}

/** The row of the history cell (the previous framework's last index), below the table; none for the first framework. */
export function historyRow(framework: Framework): number | undefined {
  return previousFramework(framework) ? summaryRows(framework).overall + 3 : undefined;
}

export function describeSummarySheet(ctx: Context): SheetLayout {
  const { framework, labels, language } = ctx;
  const W = SUM.lastCol;
  const c = SUM.col;
  const ev = ctx.sheetNames.evaluation;
  const evRef = (ref: string) => qualified(ev, ref);
  const positions = summaryRows(framework);
  const series = [0, 1, 2, 3] as const;
  const evalHundredthsCol = [EV.col.levelH, EV.col.targetH, EV.col.officialH, EV.col.lastYearH];
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
    [c.officialRounded]: text(S.officialRounded, "header"), [c.lastYear]: text(S.lastYear, "header"),
    [c.lastYearRounded]: text(S.lastYearRounded, "header"), ...helperHeaders,
  }));

  /** The cells of one table row: `sources(s)` gives the numerator, blanks and invalid formulas of series s. */
  const tableRow = (
    r: number, code: string, name: string, weight: number, size: number, style: StyleId,
    sources: (s: 0 | 1 | 2 | 3) => { num: string; blanks: string; invalid: string },
  ): CellSpec[] => {
    const cells: Record<number, CellSpec> = {
      [c.code]: text(code, style === "group" ? "group" : "text"),
      [c.name]: text(name, style === "group" ? "group" : "textWrap"),
      [c.weight]: { value: weight / framework.weightUnitsPerPercent, format: "0.00##", style: "number" },
      [c.den]: { value: 100 * weight, style: "helper" },
    };
    const valueCols = [[c.index, c.rounded], [c.target, c.targetRounded], [c.official, c.officialRounded], [c.lastYear, c.lastYearRounded]] as const;
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
      // Series 0 (the self-assessment) always says what is missing; targets, official results and last year may be absent.
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

  // History: the previous framework's last index, typed, with its own framework's predikat; apart from the table
  // and labelled, since it never enters this index.
  const previous = previousFramework(framework);
  const historyAt = historyRow(framework);
  const validations: ValidationSpec[] = [];
  if (previous && historyAt !== undefined) {
    const H = labels.history;
    const cell = cellRef(historyAt, 3);
    const max = previous.framework.maxLevel;
    const name = `${previous.framework.indexName} ${previous.year}`;
    const invalid = str(labels.invalid);
    rows.push(row(W, {}));
    rows.push(row(W, { 1: text(H.title(framework.indexName), "label") }));
    rows.push(row(W, {
      1: text(H.label(name, previous.framework.id), "label"),
      2: empty("label"),
      3: { value: null, format: "0.00##", style: "input" },
      4: {
        formula: `=IF(ISERROR(${cell}),${invalid},IF(ISNUMBER(${cell}),IF(AND(${cell}>=0,${cell}<=${max}),` +
          `${predikatChain(previous.framework.bands, (min) => `${cell}>=${min / 100}`)},${invalid}),IF(TRIM(${cell})="","",${invalid})))`,
        style: "result",
      },
      5: text(H.note(framework.indexName), "note"),
    }));
    validations.push({
      kind: "decimal", ref: cell, min: 0, max,
      promptTitle: H.promptTitle, prompt: H.prompt(name, framework.indexName),
      errorTitle: labels.validationErrorTitle, errorMessage: labels.validationError(0, max),
    });
  }

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
    rangeRef(SUM.titleRow, 1, SUM.titleRow, c.lastYearRounded),
    rangeRef(SUM.frameworkRow, 3, SUM.frameworkRow, c.lastYearRounded),
    rangeRef(SUM.noteRow, 1, SUM.noteRow, c.lastYearRounded),
  ];
  for (const { key } of overallBlock) {
    const r = overallRowOf(key);
    merges.push(rangeRef(r, 1, r, 2), rangeRef(r, 3, r, 4));
  }
  if (historyAt !== undefined) merges.push(rangeRef(historyAt - 1, 1, historyAt - 1, c.lastYearRounded), rangeRef(historyAt, 1, historyAt, 2), rangeRef(historyAt, 5, historyAt, c.lastYearRounded));
  const firstAspect = positions.aspects[0];
  const lastAspect = positions.aspects[positions.aspects.length - 1];

  return {
    key: "summary",
    name: ctx.sheetNames.summary,
    blocks: [{ row: 1, col: 1, cells: rows }],
    columnWidths: [10, 40, 10, 16, 14, 14, 14, 12, 14, 14, 14, 14, ...Array.from({ length: W - c.lastYearRounded }, () => 10)],
    hiddenColumns: Array.from({ length: W - c.lastYearRounded }, (_, i) => c.lastYearRounded + 1 + i),
    merges,
    validations,
    conditionalFormats,
    frozenRows: 1,
    protect: true,
    print: { orientation: "landscape", fitToWidth: 1 },
    chart: {
      title: labels.chartTitle,
      type: "barClustered",
      valueMax: 5,
      categories: rangeRef(firstAspect, c.name, lastAspect, c.name),
      series: [
        // Named by their column headers, so a chart in a file (whose series names are cell references) says the same.
        { name: S.rounded, nameCell: at(SUM.headerRow, c.rounded), values: rangeRef(firstAspect, c.rounded, lastAspect, c.rounded) },
        { name: S.targetRounded, nameCell: at(SUM.headerRow, c.targetRounded), values: rangeRef(firstAspect, c.targetRounded, lastAspect, c.targetRounded) },
        { name: S.lastYearRounded, nameCell: at(SUM.headerRow, c.lastYearRounded), values: rangeRef(firstAspect, c.lastYearRounded, lastAspect, c.lastYearRounded) },
      ],
      from: SUM.chartFrom,
      to: SUM.chartTo,
    },
  };
}
