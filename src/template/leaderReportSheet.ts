/**
 * The Laporan Pimpinan (leader report) sheet: one A4 page, portrait, from the core's leaderReport. It holds values,
 * not formulas: it is the figures on the day it was made, dated and labelled "simulasi" or "resmi", for a leader
 * who reads it on paper. Described once, rendered like the template's sheets by both renderers (Office.js into the
 * open workbook, ExcelJS with Excelize's chart into a file).
 */
import { formatHundredths, localDay, localIndexName, PRODUCT_NAME, type Language, type LeaderReport } from "../core";
import { cellRef, rangeRef } from "./a1";
import { templateLabels } from "./labels";
import { TEMPLATE_STYLES, empty, row, text } from "./specParts";
import { estimateRowHeights } from "./rowHeights";
import type { CellSpec, ChartSeriesSpec, SheetSpec, TemplateSpec } from "./types";

export interface LeaderReportSheetOptions {
  readonly language: Language;
  /** The sheet's name, free in the target workbook (see uniqueSheetName). */
  readonly sheetName: string;
  readonly instansi?: string;
  readonly year?: number | string;
  /** The day the report is made, yyyy-mm-dd; today by default. */
  readonly today?: string;
}

/** Columns: code, name, value, target, gap, predikat, last year. */
const COL = { code: 1, name: 2, value: 3, target: 4, gap: 5, predikat: 6, lastYear: 7 } as const;
const WIDTH = 7;
const WIDTHS = [7, 48, 10, 10, 9, 14, 11];
/** Rows under the chart get an explicit height, so that Excel and LibreOffice (whose default rows are lower) agree on its size. */
const CHART_ROW_POINTS = 15;
const CHART_ROWS = 16;
const FORMAT_2 = "0.00";

const number = (hundredths: number | undefined): CellSpec =>
  hundredths === undefined ? empty("number") : { value: hundredths / 100, format: FORMAT_2, style: "number" };

/** The report as a one-sheet spec, which either renderer draws as it draws a template. */
export function describeLeaderReport(report: LeaderReport, options: LeaderReportSheetOptions): TemplateSpec {
  const { language } = options;
  const L = templateLabels(language).report;
  const { framework } = report;
  const indexName = localIndexName(framework, language);
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  const line = (content: CellSpec) => {
    rows.push(row(WIDTH, { 1: content }));
    merges.push(rangeRef(rows.length, 1, rows.length, WIDTH));
  };
  // Names of aspects, indicators and predikat stay in their official Indonesian form in both languages.
  const predikat = (band: LeaderReport["overall"]["band"]) => band.predikat;

  line(text(L.title(indexName), "title"));
  const who = [options.instansi?.trim(), options.year === undefined ? "" : String(options.year).trim()].filter((x) => x).join(" - ");
  if (who) line(text(who, "subtitle"));
  line(text(L.framework(indexName, framework.id, L.practice[report.practice]), "noteWrap"));
  line(text(report.basis === "official" ? L.official : L.simulation, report.basis === "official" ? "label" : "warning"));
  line(text(L.made(options.today ?? localDay(new Date()), PRODUCT_NAME), "noteWrap"));
  rows.push(row(WIDTH, {}));

  // The headline: the index, its predikat and the distance to the next band.
  const next = report.nextBand;
  rows.push(row(WIDTH, {
    1: text(indexName, "label"), 2: empty("label"),
    [COL.value]: { value: report.overall.hundredths / 100, format: FORMAT_2, style: "result" },
    [COL.target]: text(predikat(report.overall.band), "result"), [COL.gap]: empty("result"),
    [COL.predikat]: text(next ? L.toNextBand(formatHundredths(next.gapHundredths, language), predikat(next.band)) : L.topBand, "note"),
  }));
  const headline = rows.length;
  merges.push(rangeRef(headline, 1, headline, 2), rangeRef(headline, COL.target, headline, COL.gap), rangeRef(headline, COL.predikat, headline, WIDTH));
  rows.push(row(WIDTH, {}));

  // The table of aspects and the index.
  const hasTarget = report.overall.targetHundredths !== undefined;
  const hasLastYear = report.overall.lastYearHundredths !== undefined;
  rows.push(row(WIDTH, {
    [COL.code]: text(L.columns.code, "header"), [COL.name]: text(L.columns.aspect, "header"), [COL.value]: text(L.columns.value, "header"),
    [COL.target]: text(L.columns.target, "header"), [COL.gap]: text(L.columns.gap, "header"), [COL.predikat]: text(L.columns.predikat, "header"),
    [COL.lastYear]: text(L.columns.lastYear, "header"),
  }));
  const header = rows.length;
  const tableRow = (code: string, name: string, r: LeaderReport["overall"], group: boolean) =>
    row(WIDTH, {
      [COL.code]: text(code, group ? "group" : "text"), [COL.name]: text(name, group ? "group" : "textWrap"),
      [COL.value]: number(r.hundredths), [COL.target]: number(r.targetHundredths), [COL.gap]: number(r.gapHundredths),
      [COL.predikat]: text(predikat(r.band), group ? "group" : "text"), [COL.lastYear]: number(r.lastYearHundredths),
    });
  framework.aspects.forEach((aspect, i) => rows.push(tableRow(aspect.id, aspect.name, report.aspects[i], false)));
  const lastAspect = rows.length;
  rows.push(tableRow("", indexName, report.overall, true));
  rows.push(row(WIDTH, {}));

  // The chart of the aspects: this year, against the target and last year where the template has them.
  const chartFrom = rows.length + 1;
  for (let i = 0; i < CHART_ROWS; i++) rows.push(row(WIDTH, {}));
  const seriesOf = (col: number, color: string): ChartSeriesSpec => ({
    name: rows[header - 1][col - 1].value as string, nameCell: cellRef(header, col), values: rangeRef(header + 1, col, lastAspect, col), color,
  });
  const series = [
    seriesOf(COL.value, "#1F4E78"),
    ...(hasTarget ? [seriesOf(COL.target, "#A6A6A6")] : []),
    ...(hasLastYear ? [seriesOf(COL.lastYear, "#F4B183")] : []),
  ];
  rows.push(row(WIDTH, {}));

  // The first steps of the plan, largest gains first, with their owners.
  const plan = report.plan;
  if (plan) {
    const aim = plan.aim === "target" ? L.aimTarget(formatHundredths(plan.targetHundredths, language)) : L.aimNextBand(predikat(next!.band), formatHundredths(plan.targetHundredths, language));
    line(text(plan.status === "unreachable" ? L.unreachable(aim) : L.stepsTitle(aim), "label"));
    rows.push(row(WIDTH, {
      1: text(L.columns.no, "header"), 2: text(L.columns.indicator, "header"), 3: text(L.columns.from, "header"), 4: text(L.columns.to, "header"),
      5: text(L.columns.gain, "header"), 6: text(L.columns.pic, "header"), 7: empty("header"),
    }));
    merges.push(rangeRef(rows.length, 6, rows.length, 7));
    for (const s of plan.steps) {
      rows.push(row(WIDTH, {
        1: { value: s.step.indicator.no, style: "number" }, 2: text(s.step.indicator.name, "textWrap"),
        3: { value: s.step.from / 100, style: "number" }, 4: { value: s.step.to / 100, style: "number" }, 5: number(s.gainHundredths),
        6: text(s.pic ?? "", "textWrap"), 7: empty("textWrap"),
      }));
      merges.push(rangeRef(rows.length, 6, rows.length, 7));
    }
    if (plan.moreSteps > 0) line(text(L.moreSteps(plan.moreSteps), "note"));
  }
  rows.push(row(WIDTH, {}));
  line(text(L.footnote, "noteWrap"));

  const layout: Omit<SheetSpec, "rowHeights"> = {
    key: "report",
    name: options.sheetName,
    blocks: [{ row: 1, col: 1, cells: rows }],
    columnWidths: WIDTHS,
    hiddenColumns: [],
    merges,
    validations: [],
    conditionalFormats: [],
    frozenRows: 0,
    protect: false,
    print: { orientation: "portrait", fitToWidth: 1, fitToHeight: 1, paper: "A4" },
    chart: {
      title: L.chartTitle,
      type: "barClustered",
      valueMax: framework.maxLevel,
      categories: rangeRef(header + 1, COL.name, lastAspect, COL.name),
      series,
      from: cellRef(chartFrom, 1),
      // One row short of its rows: hosts round row heights differently, and the line below must stay visible.
      to: cellRef(chartFrom + CHART_ROWS - 2, WIDTH),
    },
  };
  return {
    framework: framework.id,
    language,
    sheets: [{ ...layout, rowHeights: [...estimateRowHeights(layout, TEMPLATE_STYLES), { row: chartFrom, lastRow: chartFrom + CHART_ROWS - 1, height: CHART_ROW_POINTS }] }],
    styles: TEMPLATE_STYLES,
    names: [],
    nameScope: "workbook",
    mainSheet: options.sheetName,
  };
}
