/**
 * The Tahapan (stages) sheet: each indicator's value at every stage of the evaluation (Mandiri from the Kertas Kerja,
 * Dokumen, Interviu and Visitasi from the pasted block, Akhir from the Kertas Kerja's official column, which falls
 * back to the pasted final result), the change at each stage in value and in index points, and each stage's index,
 * predikat, change of index and count of falls. The pasted block is read by key with native formulas that follow
 * src/core/stages.ts rule for rule (readPastedKey, readPastedResults, stageReport), so `spbe score`, the pane and
 * the sheet agree; the integer arithmetic is the template's usual (describeTemplate.ts).
 */
import { PASTED_KEY_PREFIXES, PASTED_STAGES, STAGES, STAGE_WORDS, totalWeight, type Framework, type Stage } from "../core";
import { cellRef, columnLetters, qualified, rangeRef } from "./a1";
import { EVALUATION as EV, STAGE_COLUMNS, STAGE_SHEET as S, type StageColumnKey } from "./layout";
import type { CellSpec, ConditionalFormatSpec, ValidationSpec } from "./types";
import {
  FORMAT_EXACT, FORMAT_ROUNDED, INVALID_FILL, empty, guarded, hundredthsFormula, predikatChain, row, str, text, type Context, type SheetLayout,
} from "./specParts";

const FELL_FILL = "#F8CBAD";
/** The number format of a stage column. */
const formatOf = (col: number): string | undefined => {
  const column = STAGE_COLUMNS[col - 1];
  return "format" in column ? column.format : undefined;
};
const cap = (stage: string) => stage.charAt(0).toUpperCase() + stage.slice(1);
const H_COL = { mandiri: "hMandiri", dokumen: "hDokumen", interviu: "hInterviu", visitasi: "hVisitasi", akhir: "hAkhir" } as const;
const V_COL = { dokumen: "vDokumen", interviu: "vInterviu", visitasi: "vVisitasi", akhir: "vAkhir" } as const;
const SQ_COL = { dokumen: "sqDokumen", interviu: "sqInterviu", visitasi: "sqVisitasi", akhir: "sqAkhir" } as const;

/** Row of an indicator on the sheet. */
export function stageRow(indicatorNo: number): number {
  return S.firstRow + indicatorNo - 1;
}

/** Rows of the totals, the pasted block's title and header, and its first and last rows. */
export function stageRows(framework: Framework) {
  const lastIndicator = stageRow(framework.indicators.length);
  const totals = lastIndicator + 1;
  const pasteTitle = totals + S.totalRows + 1;
  return { lastIndicator, totals, pasteTitle, pasteHeader: pasteTitle + 1, firstPaste: pasteTitle + 2, lastPaste: pasteTitle + 1 + S.pasteRows };
}

/**
 * The key candidate's encoding: -no for a Pemdi code, no for a bare number, PREFIXED + no for a number written with
 * a prefix ("I6"), 0 for none.
 */
const PREFIXED = 1000;

/** A digit at position `i` (a number or a formula) of text `t`: MID past the end is "", which FIND would find. */
const digitAt = (t: string, i: string) => `AND(LEN(${t})>=${i},ISNUMBER(FIND(MID(${t},${i},1),"0123456789")))`;

/** The indicator of Pemdi code a.b, 0 when it names none; frameworks with domains have no codes. */
function codeFormula(framework: Framework, a: string, b: string): string {
  if (framework.domains.length > 0) return "0";
  const counts = framework.aspects.map((x) => x.indicatorNos.length).join(",");
  const firsts = framework.aspects.map((x) => x.indicatorNos[0]).join(",");
  return `IF(AND(${a}>=1,${a}<=${framework.aspects.length}),IF(AND(${b}>=1,${b}<=CHOOSE(${a},${counts})),-(CHOOSE(${a},${firsts})+${b}-1),0),0)`;
}

/** The cells of one pasted row. */
function pasteRow(ctx: Context, r: number, no: number, ranges: { candidates: string }): CellSpec[] {
  const { framework } = ctx;
  const c = S.col;
  const h = S.pasteHelper;
  const at = (col: number) => cellRef(r, col);
  const K = at(c.indicator);
  const T = at(h.keyText);
  const X = at(h.keyStripped);
  const P = at(h.keyBare);
  const L = at(h.keyDigits);
  const C = at(h.keyCandidate);
  const n = framework.indicators.length;
  const prefixes = PASTED_KEY_PREFIXES.reduceRight(
    (rest, p) => `IF(LEFT(${T},${p.length})=${str(p)},MID(${T},${p.length + 1},999),${rest})`, T);
  const lead = `VALUE(LEFT(${P},${L}))`;
  const next = `MID(${P},${L}+1,1)`;
  const textCandidate =
    `IF(OR(${L}=0,${L}=3),0,IF(AND(OR(${next}=".",${next}=","),${digitAt(P, `${L}+2`)}),` +
    `IF(AND(${L}=1,NOT(${digitAt(P, "4")})),${codeFormula(framework, `VALUE(LEFT(${P},1))`, `VALUE(MID(${P},3,1))`)},0),` +
    `IF(AND(${lead}>=1,${lead}<=${n}),${lead}+IF(${X}=${T},0,${PREFIXED}),0)))`;
  const tenths = `ROUND(${K}*10,0)`;
  const numberCandidate =
    `IF(${K}=INT(${K}),IF(AND(${K}>=1,${K}<=${n}),${K},0),` +
    `IF(AND(${K}>0,${K}<10),IF(ABS(${K}*10-${tenths})<=0.000000001,${codeFormula(framework, `INT(${K})`, `(${tenths}-10*INT(${K}))`)},0),0))`;
  const cells: Record<number, CellSpec> = {
    [c.no]: { value: no, style: "number" },
    [c.indicator]: { value: null, format: "@", style: "inputText" },
    [c.weight]: {
      formula: `=IF(${at(h.keyNo)}>0,"I"&${at(h.keyNo)},IF(AND(${C}>0,${C}<${PREFIXED}),${str(ctx.labels.stages.heading)},IF(OR(${PASTED_STAGES.map((s) => `${at(h[V_COL[s]])}<>""`).join(",")}),${str(ctx.labels.stages.unknownKey)},"")))`,
      style: "formula",
    },
    [c.mandiri]: empty("formula"),
    [h.keyText]: { formula: `=IF(ISERROR(${K}),"",IF(ISNUMBER(${K}),"",UPPER(TRIM(${K}))))`, style: "helper" },
    [h.keyStripped]: { formula: `=${prefixes}`, style: "helper" },
    [h.keyBare]: { formula: `=TRIM(IF(OR(LEFT(${X},1)="-",LEFT(${X},1)=".",LEFT(${X},1)=":"),MID(${X},2,999),${X}))`, style: "helper" },
    [h.keyDigits]: { formula: `=IF(${digitAt(P, "1")},IF(${digitAt(P, "2")},IF(${digitAt(P, "3")},3,2),1),0)`, style: "helper" },
    [h.keyCandidate]: { formula: `=IF(ISERROR(${K}),0,IF(ISNUMBER(${K}),${numberCandidate},IF(${T}="",0,${textCandidate})))`, style: "helper" },
    // Where any key is a Pemdi code, the bare numbers are the aspect headings above the codes.
    [h.keyNo]: {
      formula:
        `=IF(${C}<0,-${C},IF(${C}>${PREFIXED},${C}-${PREFIXED},IF(AND(${C}>0,COUNTIF(${ranges.candidates},"<0")=0),${C},0)))`,
      style: "helper",
    },
  };
  for (const stage of PASTED_STAGES) {
    const valueCell = at(c[stage]);
    const v = at(h[V_COL[stage]]);
    cells[c[stage]] = { value: null, style: "input" };
    cells[h[V_COL[stage]]] = { formula: hundredthsFormula(framework, valueCell), style: "helper" };
    cells[h[SQ_COL[stage]]] = { formula: `=IF(ISNUMBER(${v}),IF(${v}>=0,${v}*${v},""),"")`, style: "helper" };
  }
  return row(S.lastCol, cells);
}

/** The pasted value of indicator `no` in one stage, in hundredths: -1 refused, -2 rows that disagree, "" none. */
function pastedValue(no: number, keyNos: string, values: string, squares: string): string {
  const cnt = `COUNTIFS(${keyNos},${no},${values},">=0")`;
  const sum = `SUMIFS(${values},${keyNos},${no})`;
  return `=IF(COUNTIFS(${keyNos},${no},${values},-1)>0,-1,IF(${cnt}=0,"",IF(${cnt}*SUMIFS(${squares},${keyNos},${no})<>${sum}^2,-2,${sum}/${cnt})))`;
}

export function describeStagesSheet(ctx: Context): SheetLayout {
  const { framework, labels, language } = ctx;
  const L = labels.stages;
  const W = S.lastCol;
  const c = S.col;
  const t = S.tableHelper;
  const p = S.pasteHelper;
  const rows = stageRows(framework);
  const n = framework.indicators.length;
  const den = 100 * totalWeight(framework);
  const ev = (ref: string) => qualified(ctx.sheetNames.evaluation, ref);
  const pasteRange = (col: number) => rangeRef(rows.firstPaste, col, rows.lastPaste, col, true);
  const tableRange = (col: number) => rangeRef(S.firstRow, col, rows.lastIndicator, col, true);
  const words = STAGE_WORDS[language];
  const grid: CellSpec[][] = [];

  grid.push(row(W, { 1: text(L.title(framework.indexName), "title") }));
  grid.push(row(W, { 1: text(L.note, "note") }));
  // How many pasted keys name no indicator: said at the top, where it is seen before the numbers are trusted.
  const unknown = `COUNTIF(${rangeRef(rows.firstPaste, c.weight, rows.lastPaste, c.weight)},${str(L.unknownKey)})`;
  grid.push(row(W, { 1: { formula: `=IF(${unknown}>0,${unknown}&${str(" " + L.unknownKeys)},"")`, style: "warning" } }));

  const header = (key: StageColumnKey): string => {
    const stage = STAGES.find((s) => key === s || key.endsWith(cap(s)));
    if (key === "no" || key === "indicator" || key === "weight") return L.columns[key];
    if (key.startsWith("change")) return L.changeColumn(words[stage!]);
    if (key.startsWith("points")) return L.pointsColumn(words[stage!]);
    return words[stage!];
  };
  const tableHeaders: Record<number, CellSpec> = Object.fromEntries(STAGE_COLUMNS.map((column, i) => [i + 1, text(header(column.key), "header")]));
  grid.push(row(W, tableHeaders));

  for (const indicator of framework.indicators) {
    const r = stageRow(indicator.no);
    const at = (col: number) => cellRef(r, col);
    const evRow = EV.firstRow + indicator.no - 1;
    const h = (stage: Stage) => at(t[H_COL[stage]]);
    const cells: Record<number, CellSpec> = {
      [c.no]: { value: indicator.no, style: "number" },
      [c.indicator]: text(indicator.name, "textWrap"),
      [c.weight]: { value: indicator.weight / framework.weightUnitsPerPercent, format: "0.00##", style: "number" },
      [t.weightUnits]: { value: indicator.weight, style: "helper" },
      [t.hMandiri]: { formula: `=${ev(cellRef(evRow, EV.col.levelH))}`, style: "helper" },
      [t.hAkhir]: { formula: `=${ev(cellRef(evRow, EV.col.officialH))}`, style: "helper" },
      [t.pastedAkhir]: { formula: pastedValue(indicator.no, pasteRange(p.keyNo), pasteRange(p.vAkhir), pasteRange(p.sqAkhir)), style: "helper" },
    };
    for (const stage of ["dokumen", "interviu", "visitasi"] as const) {
      cells[t[H_COL[stage]]] = { formula: pastedValue(indicator.no, pasteRange(p.keyNo), pasteRange(p[V_COL[stage]]), pasteRange(p[SQ_COL[stage]])), style: "helper" };
    }
    STAGES.forEach((stage, s) => {
      cells[c[stage]] = {
        formula: `=IF(${h(stage)}="","",IF(${h(stage)}=-2,${str(L.conflict)},IF(${h(stage)}<0,${str(labels.invalidLevel)},${h(stage)}/100)))`,
        format: formatOf(c[stage]),
        style: "formula",
      };
      if (s === 0) return;
      const S2 = cap(stage) as "Dokumen" | "Interviu" | "Visitasi" | "Akhir";
      const prev = at(t[`prev${S2}`]);
      const delta = at(t[`delta${S2}`]);
      // The latest earlier stage with a value: a stage not held (Visitasi for some) is skipped, not read as 0.
      const earlier = STAGES.slice(0, s).reverse().reduceRight(
        (rest, j) => `IF(AND(ISNUMBER(${h(j)}),${h(j)}>=0),${h(j)},${rest})`, '""');
      cells[t[`prev${S2}`]] = { formula: `=${earlier}`, style: "helper" };
      cells[t[`delta${S2}`]] = { formula: `=IF(AND(ISNUMBER(${h(stage)}),ISNUMBER(${prev})),IF(${h(stage)}>=0,${h(stage)}-${prev},""),"")`, style: "helper" };
      cells[c[`change${S2}`]] = { formula: `=IF(ISNUMBER(${delta}),${delta}/100,"")`, format: formatOf(c[`change${S2}`]), style: "formula" };
      cells[c[`points${S2}`]] = {
        formula: `=IF(ISNUMBER(${delta}),${delta}*${at(t.weightUnits)}/${den},"")`, format: formatOf(c[`points${S2}`]), style: "formula",
      };
    });
    grid.push(row(W, cells));
  }

  // Each stage's totals: the guarded exact and 2-decimal index (empty while nothing of a later stage is there),
  // the predikat of the exact index, the change of index and the falls at the stage.
  const weights = tableRange(t.weightUnits);
  const totals: Record<number, CellSpec>[] = [
    { [c.indicator]: text(labels.indexExact(framework.indexName), "label") },
    { [c.indicator]: text(labels.indexRounded(framework.indexName), "label") },
    { [c.indicator]: text(labels.predikatExact, "label") },
    { [c.indicator]: text(L.indexChange, "label") },
    { [c.indicator]: text(L.fell, "label") },
  ];
  STAGES.forEach((stage, s) => {
    const H = tableRange(t[H_COL[stage]]);
    const num = `SUMPRODUCT(${H},${weights})`;
    const inv = `COUNTIF(${H},"<0")`;
    const blanks = `(${n}-COUNT(${H}))`;
    const whenEmpty = s === 0 ? undefined : n;
    const exact = cellRef(rows.totals, c[stage]);
    totals[0][c[stage]] = { formula: `=${guarded(labels, inv, blanks, `${num}/${den}`, whenEmpty)}`, format: FORMAT_EXACT, style: "result" };
    totals[1][c[stage]] = { formula: `=${guarded(labels, inv, blanks, `INT((200*${num}+${den})/(2*${den}))/100`, whenEmpty)}`, format: FORMAT_ROUNDED, style: "result" };
    totals[2][c[stage]] = { formula: `=IF(ISNUMBER(${exact}),${predikatChain(framework.bands, (min) => `100*${num}>=${min}*${den}`)},${exact})`, style: "result" };
    if (s === 0) {
      totals[3][c[stage]] = empty("result");
      totals[4][c[stage]] = empty("result");
      return;
    }
    const D = tableRange(t[`delta${cap(stage)}` as keyof typeof t]);
    totals[3][c[stage]] = { formula: `=IF(COUNT(${D})=0,"",SUMPRODUCT(${D},${weights})/${den})`, format: "+0.0000;-0.0000;0.0000", style: "result" };
    totals[4][c[stage]] = { formula: `=IF(COUNT(${D})=0,"",COUNTIF(${D},"<0"))`, style: "result" };
  });
  for (const cells of totals) grid.push(row(W, cells));

  grid.push(row(W, {}));
  grid.push(row(W, { 1: text(L.pasteTitle, "label") }));
  grid.push(row(W, {
    [c.no]: text(L.columns.no, "header"),
    [c.indicator]: text(L.pasteKey, "header"),
    [c.weight]: text(L.readAs, "header"),
    [c.mandiri]: empty("header"),
    ...Object.fromEntries(PASTED_STAGES.map((stage) => [c[stage], text(words[stage], "header")])),
  }));
  for (let k = 0; k < S.pasteRows; k++) grid.push(pasteRow(ctx, rows.firstPaste + k, k + 1, { candidates: pasteRange(p.keyCandidate) }));

  const validations: ValidationSpec[] = [{
    kind: "decimal",
    ref: rangeRef(rows.firstPaste, c.dokumen, rows.lastPaste, c.akhir),
    min: framework.minLevel,
    max: framework.maxLevel,
    promptTitle: L.pastePromptTitle,
    prompt: L.pastePrompt,
    errorTitle: labels.validationErrorTitle,
    errorMessage: labels.validationError(framework.minLevel, framework.maxLevel),
  }];
  const first = (col: number) => `$${columnLetters(col)}${S.firstRow}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    ...(["Dokumen", "Interviu", "Visitasi", "Akhir"] as const).flatMap((stage) => [
      {
        ref: rangeRef(S.firstRow, c[`change${stage}`], rows.lastIndicator, c[`change${stage}`]),
        formula: `=AND(ISNUMBER(${first(t[`delta${stage}`])}),${first(t[`delta${stage}`])}<0)`, fill: FELL_FILL, fontColor: "#9C0006",
      },
      {
        ref: rangeRef(S.firstRow, c[`points${stage}`], rows.lastIndicator, c[`points${stage}`]),
        formula: `=AND(ISNUMBER(${first(t[`delta${stage}`])}),${first(t[`delta${stage}`])}<0)`, fill: FELL_FILL, fontColor: "#9C0006",
      },
    ]),
    ...STAGES.map((stage) => ({
      ref: rangeRef(S.firstRow, c[stage], rows.lastIndicator, c[stage]), formula: `=${first(t[H_COL[stage]])}<0`, fill: INVALID_FILL, fontColor: "#9C0006",
    })),
    {
      ref: rangeRef(rows.firstPaste, c.weight, rows.lastPaste, c.weight),
      formula: `=$${columnLetters(c.weight)}${rows.firstPaste}=${str(L.unknownKey)}`, fill: INVALID_FILL, fontColor: "#9C0006",
    },
  ];

  return {
    key: "stages",
    name: ctx.sheetNames.stages,
    blocks: [{ row: 1, col: 1, cells: grid }],
    columnWidths: [...STAGE_COLUMNS.map((column) => column.width), ...Array.from({ length: W - STAGE_COLUMNS.length }, () => 8)],
    hiddenColumns: Array.from({ length: W - STAGE_COLUMNS.length }, (_, i) => STAGE_COLUMNS.length + 1 + i),
    merges: [rangeRef(S.titleRow, 1, S.titleRow, STAGE_COLUMNS.length), rangeRef(S.noteRow, 1, S.noteRow, STAGE_COLUMNS.length), rangeRef(S.statusRow, 1, S.statusRow, STAGE_COLUMNS.length)],
    validations,
    conditionalFormats,
    frozenRows: S.headerRow,
    protect: true,
    print: { orientation: "landscape", fitToWidth: 1, titleRows: `$${S.headerRow}:$${S.headerRow}` },
  };
}

/** The ranges the stage names point at, for definedNames.ts: the pasted keys, and the pasted values (four columns). */
export function stageNameRefs(framework: Framework, sheet: string) {
  const rows = stageRows(framework);
  return {
    keys: qualified(sheet, rangeRef(rows.firstPaste, S.col.indicator, rows.lastPaste, S.col.indicator, true)),
    results: qualified(sheet, rangeRef(rows.firstPaste, S.col.dokumen, rows.lastPaste, S.col.akhir, true)),
  };
}

/** The pasted final value of an indicator, for the Kertas Kerja's official helper to fall back to. */
export function pastedFinalRef(sheet: string, indicatorNo: number): string {
  return qualified(sheet, cellRef(stageRow(indicatorNo), S.tableHelper.pastedAkhir, true));
}
