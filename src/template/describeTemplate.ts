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
import { FRAMEWORK_IDS, SpbeError, decimalSeparator, formatHundredths, getFramework, type Framework, type FrameworkId, type Indicator, type Language } from "../core";
import { cellRef, columnLetters, rangeRef } from "./a1";
import { templateLabels, type TemplateLabels } from "./labels";
import { estimateRowHeights } from "./rowHeights";
import { EVALUATION as EV, EVALUATION_COLUMNS, type EvaluationColumn, type EvaluationColumnKey } from "./layout";
import type { CellSpec, ConditionalFormatSpec, TemplateOptions, TemplateSpec, ValidationSpec } from "./types";
import {
  INVALID_FILL, FORMAT_ROUNDED, FORMAT_TEXT, TEMPLATE_STYLES, empty, hundredthsFormula, lastIndicatorRow, levelNamesList, row, str, text,
  type Context, type SheetLayout,
} from "./specParts";
import { describeSummarySheet } from "./summarySheet";
import { describeReferenceSheet } from "./referenceSheet";
import { describeNames } from "./definedNames";
import { describeEvidenceSheet, hasEvidenceSheet } from "./evidenceSheet";
import { describeExternalBlock } from "./externalBlock";
import { describeStagesSheet, pastedFinalRef } from "./stagesSheet";

export { TEMPLATE_STYLES };

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

/**
 * One cell of an indicator row: what it holds, in its column's style and number format. A text shown as text is
 * written as text ("@") so that no host reads a name such as "1.1 Kebijakan" as a number or a date.
 */
function indicatorCell(column: EvaluationColumn, content: Pick<CellSpec, "value" | "formula">): CellSpec {
  const isText = typeof content.value === "string";
  const format = "format" in column ? column.format : isText ? FORMAT_TEXT : undefined;
  return { ...content, ...(format === undefined ? {} : { format }), style: column.style };
}

function describeEvaluationSheet(ctx: Context): SheetLayout {
  const { framework, labels, language, options } = ctx;
  const W = EV.lastCol;
  const c = EV.col;
  const last = lastIndicatorRow(framework);
  const rows: CellSpec[][] = [];
  const pastedFinal = (no: number) => pastedFinalRef(ctx.sheetNames.stages, no);

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

  rows.push(EVALUATION_COLUMNS.map((column) => text(labels.columns[column.key], "header")));

  for (const indicator of framework.indicators) {
    const r = EV.firstRow + indicator.no - 1;
    const aspect = framework.aspects.find((a) => a.id === indicator.aspectId)!;
    const domain = framework.domains.find((d) => d.id === aspect.domainId);
    const at = (key: EvaluationColumnKey) => cellRef(r, c[key]);
    const names = levelNamesList(framework, indicator, language).map(str).join(",");
    const levelH = at("levelH");
    // What each column holds on this indicator's row; its style and number format come from EVALUATION_COLUMNS.
    const content: Record<EvaluationColumnKey, Pick<CellSpec, "value" | "formula">> = {
      no: { value: indicator.no },
      domain: { value: domain ? `${domain.id} ${domain.name}` : labels.noDomain },
      aspect: { value: `${aspect.id} ${aspect.name}` },
      indicator: { value: indicator.name },
      weight: { value: indicator.weight / framework.weightUnitsPerPercent },
      level: { value: null },
      levelName: {
        formula:
          `=IF(${levelH}="","",IF(${levelH}<0,${str(labels.invalidLevel)},IF(MOD(${levelH},100)<>0,${str(labels.decimalLevel)},` +
          `CHOOSE(${levelH}/100${framework.minLevel === 0 ? "" : `-${framework.minLevel}`}+1,${names}))))`,
      },
      justification: { value: null },
      evidence: { value: null },
      pic: { value: null },
      target: { value: null },
      gap: {
        formula: `=IF(AND(ISNUMBER(${levelH}),ISNUMBER(${at("targetH")})),IF(AND(${levelH}>=0,${at("targetH")}>=0),(${at("targetH")}-${levelH})/100,""),"")`,
      },
      official: { value: null },
      lastYear: { value: null },
      change: { formula: changeFormula(labels, language, levelH, at("lastYearH")) },
      notes: { value: null },
      weightUnits: { value: indicator.weight },
      levelH: { formula: hundredthsFormula(framework, at("level")) },
      targetH: { formula: hundredthsFormula(framework, at("target")) },
      // A blank official cell takes the final result pasted on the Tahapan sheet (-2, rows that disagree, is refused).
      officialH: { formula: hundredthsFormula(framework, at("official"), `IF(${pastedFinal(indicator.no)}="","",IF(${pastedFinal(indicator.no)}<0,-1,${pastedFinal(indicator.no)}))`) },
      lastYearH: { formula: hundredthsFormula(framework, at("lastYear")) },
    };
    rows.push(EVALUATION_COLUMNS.map((column) => indicatorCell(column, content[column.key])));
  }

  // Level inputs: one validation per run of indicators sharing a level scale, so the prompt lists the right names.
  const validations: ValidationSpec[] = [];
  let start = 0;
  const indicators = framework.indicators;
  for (let i = 1; i <= indicators.length; i++) {
    if (i < indicators.length && indicators[i].scaleId === indicators[start].scaleId) continue;
    const names = levelNamesList(framework, indicators[start], language).map((n, k) => `${framework.minLevel + k} ${n}`).join("; ");
    const bands = valueBandsText(framework, indicators[start], language);
    for (const col of [c.level, c.target, c.official, c.lastYear]) {
      validations.push({
        kind: "decimal",
        ref: rangeRef(EV.firstRow + start, col, EV.firstRow + i - 1, col),
        min: framework.minLevel,
        max: framework.maxLevel,
        promptTitle: `${labels.validationTitle} ${framework.minLevel}-${framework.maxLevel}`,
        prompt: bands ? labels.validationPromptBands(names, bands) : labels.validationPrompt(names),
        errorTitle: labels.validationErrorTitle,
        errorMessage: labels.validationError(framework.minLevel, framework.maxLevel),
      });
    }
    start = i;
  }

  const external = describeExternalBlock(ctx);
  rows.push(...external.rows);
  validations.push(...external.validations);

  const conditionalFormats: ConditionalFormatSpec[] = [c.level, c.target, c.official, c.lastYear].map((col, k) => ({
    ref: rangeRef(EV.firstRow, col, last, col),
    formula: `=$${columnLetters([c.levelH, c.targetH, c.officialH, c.lastYearH][k])}${EV.firstRow}=-1`,
    fill: INVALID_FILL,
    fontColor: "#9C0006",
  }));

  return {
    key: "evaluation",
    name: ctx.sheetNames.evaluation,
    blocks: [{ row: 1, col: 1, cells: rows }],
    columnWidths: EVALUATION_COLUMNS.map((column) => column.width),
    hiddenColumns: EVALUATION_COLUMNS.flatMap((column, i) => ("hidden" in column && column.hidden ? [i + 1] : [])),
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

/**
 * "turun dari 2,50" when this year's level is below last year's, "naik dari 2,50" when above, else empty: from the
 * two hundredths helpers, the value written with the template language's decimal separator (no TEXT(): its format
 * codes depend on the user's locale).
 */
function changeFormula(labels: TemplateLabels, language: Language, levelH: string, lastH: string): string {
  const sep = decimalSeparator(language);
  const last = `INT(${lastH}/100)&${str(sep)}&RIGHT("0"&MOD(${lastH},100),2)`;
  return (
    `=IF(AND(ISNUMBER(${levelH}),ISNUMBER(${lastH})),IF(AND(${levelH}>=0,${lastH}>=0),` +
    `IF(${levelH}<${lastH},${str(labels.fellFrom + " ")}&${last},IF(${levelH}>${lastH},${str(labels.roseFrom + " ")}&${last},"")),""),"")`
  );
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
 * Describes the evaluation template of a framework: its sheets (evaluation, summary, stages, Bukti Dukung when it
 * has one, level-criteria reference),
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
  const withEvidence = hasEvidenceSheet(framework, options.evidence);
  const ctx: Context = { framework, language, labels, options, sheetNames, withEvidence };
  const sheets = [
    describeEvaluationSheet(ctx), describeSummarySheet(ctx), describeStagesSheet(ctx), ...(withEvidence ? [describeEvidenceSheet(ctx)] : []), describeReferenceSheet(ctx),
  ];
  return {
    framework: framework.id,
    language,
    sheets: sheets.map((sheet) => ({
      ...sheet,
      rowHeights: estimateRowHeights(sheet, TEMPLATE_STYLES),
    })),
    styles: TEMPLATE_STYLES,
    names: describeNames(ctx),
    nameScope: options.nameScope ?? "workbook",
    mainSheet: sheetNames.evaluation,
  };
}

/**
 * The value bands of a scale that has them (Pemdi: "1,00-1,49 Merintis; 1,50-2,49 Membangun; ..."), for the level
 * cells' prompt; "" for a scale of whole levels only.
 */
function valueBandsText(framework: Framework, indicator: Indicator, language: Language): string {
  const scale = framework.levelScales.find((s) => s.id === indicator.scaleId);
  const floors = scale?.valueBandFloors;
  if (!scale || !floors) return "";
  const names = language === "id" ? scale.names : scale.namesEn;
  return floors
    .map((floor, i) => {
      const top = i + 1 < floors.length ? floors[i + 1] - 1 : framework.maxLevel * 100;
      return `${formatHundredths(floor, language)}-${formatHundredths(top, language)} ${names[i]}`;
    })
    .join("; ");
}
