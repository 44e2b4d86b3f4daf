/**
 * The Bukti Dukung sheet: the team's evidence items (butir) and, computed from them with native formulas, the level
 * each indicator's evidence supports under the cumulative rule (src/core/evidence.ts states it; these formulas
 * read codes and statuses exactly as parseEvidenceCode and readEvidenceStatus do, so the sheet and
 * SPBE.EVIDENCELEVEL never disagree), the claims above their evidence, counts per status per indicator and per
 * PIC / OPD, and the overdue items.
 *
 * Functions used beyond the template's usual set: UPPER, LOWER, LEFT, MID, LEN, FIND, VALUE, COUNTIFS and TODAY,
 * all in Excel 2016, LibreOffice and HyperFormula.
 */
import { EVIDENCE_MAX_LEVEL, EVIDENCE_REVISION_WORDS, EVIDENCE_STATUSES, EVIDENCE_STATUS_WORDS, type Framework } from "../core";
import { cellRef, columnLetters, qualified, rangeRef } from "./a1";
import {
  EVALUATION as EV, EVIDENCE as E, EVIDENCE_ITEM_COLUMNS, EVIDENCE_RECAP_COLUMNS, type EvidenceItemColumnKey, type EvidenceRecapColumnKey,
} from "./layout";
import type { CellSpec, ConditionalFormatSpec, ValidationSpec } from "./types";
import { INVALID_FILL, row, str, text, type Context, type SheetLayout } from "./specParts";

const ACCEPTED_FILL = "#C6EFCE";
const CLAIM_FILL = "#FFEB9C";

/** Position (1-5) of the accepted status, as the statusNo helper numbers statuses. */
const ACCEPTED_NO = EVIDENCE_STATUSES.indexOf("diterima") + 1;

/** Rows of items: every level of every indicator, itemRowsPerLevel times over. */
export function evidenceItemRows(framework: Framework): { first: number; last: number } {
  return { first: E.firstRow, last: E.firstRow + framework.indicators.length * EVIDENCE_MAX_LEVEL * E.itemRowsPerLevel - 1 };
}

/** Row of an indicator in the recap. */
export function evidenceRecapRow(indicatorNo: number): number {
  return E.firstRow + indicatorNo - 1;
}

/** Rows of the per-PIC recap: its title, its header, its first and last rows. */
function picRows(framework: Framework) {
  const title = evidenceRecapRow(framework.indicators.length) + 2;
  return { title, header: title + 1, first: title + 2, last: title + 1 + E.picRows };
}

/** `=IF(a,b,IF(c,d,...otherwise))` from a list of [test, value] pairs. */
function chain(cases: readonly (readonly [string, string])[], otherwise: string): string {
  return cases.reduceRight((rest, [test, value]) => `IF(${test},${value},${rest})`, otherwise);
}

/** The cells of one item row; `code` is the pre-filled code ("I4-L2-01") or null for a row left to the team. */
function itemRow(framework: Framework, ctx: Context, r: number, code: string | null): CellSpec[] {
  const L = ctx.labels.evidence;
  const c = E.itemCol;
  const at = (key: EvidenceItemColumnKey) => cellRef(r, c[key]);
  const X = at("codeText");
  const P = at("dashAt");
  const indText = `MID(${X},2,${P}-2)`;
  const ind = `VALUE(${indText})`;
  const statusOf = `LOWER(TRIM(${at("status")}))`;
  const statusCases = EVIDENCE_STATUSES.map((status, i) =>
    [`OR(${statusOf}=${str(EVIDENCE_STATUS_WORDS.id[status])},${statusOf}=${str(EVIDENCE_STATUS_WORDS.en[status])})`, String(i + 1)] as const);
  const content: Record<EvidenceItemColumnKey, Pick<CellSpec, "value" | "formula">> = {
    code: { value: code },
    indicator: { formula: `=IF(${X}="","",IF(${at("levelNo")}<0,${str(L.invalidCode)},${at("indicatorNo")}))` },
    level: { formula: `=IF(${X}="","",IF(${at("levelNo")}<0,"",${at("levelNo")}))` },
    description: { value: null },
    pic: { value: null },
    deadline: { value: null },
    status: { value: null },
    revision: { value: null },
    link: { value: null },
    assessorNote: { value: null },
    ownNote: { value: null },
    overdue: { formula: `=IF(${at("overdueFlag")}=1,${str(L.overdue)},"")` },
    // An error value in the code cell is a code that is not one ("#"), as parseEvidenceCode says of it.
    codeText: { formula: `=IF(ISERROR(${at("code")}),"#",UPPER(TRIM(${at("code")})))` },
    dashAt: { formula: `=IF(${X}="",0,IF(ISERROR(FIND("-L",${X})),0,FIND("-L",${X})))` },
    // The indicator: digits between "I" and "-L", written without leading zeros (VALUE(t)&"" gives t back), 1..count.
    indicatorNo: {
      formula:
        `=IF(${X}="","",${chain([
          [`${P}<3`, "-1"],
          [`LEFT(${X},1)<>"I"`, "-1"],
          [`ISERROR(${ind})`, "-1"],
          [`${ind}&""<>${indText}`, "-1"],
          [`MOD(${ind},1)<>0`, "-1"],
          [`OR(${ind}<1,${ind}>${framework.indicators.length})`, "-1"],
        ], ind)})`,
    },
    // The level: one digit 1-5 right after "-L", then "-" and at least one more character.
    levelNo: {
      formula:
        `=IF(${X}="","",IF(${at("indicatorNo")}<0,-1,IF(AND(MID(${X},${P}+3,1)="-",LEN(${X})>${P}+3,` +
        `ISNUMBER(FIND(MID(${X},${P}+2,1),"12345"))),VALUE(MID(${X},${P}+2,1)),-1)))`,
    },
    statusNo: { formula: `=IF(ISERROR(${at("status")}),0,IF(${statusOf}="",1,${chain(statusCases, "0")}))` },
    overdueFlag: {
      formula:
        `=IF(AND(ISNUMBER(${at("levelNo")}),ISNUMBER(${at("deadline")})),` +
        `IF(AND(${at("levelNo")}>0,${at("statusNo")}<>${ACCEPTED_NO},${at("deadline")}<TODAY()),1,0),0)`,
    },
  };
  return EVIDENCE_ITEM_COLUMNS.map((column) => {
    const cell = content[column.key];
    const format = "format" in column ? column.format : undefined;
    return { ...cell, ...(format === undefined ? {} : { format }), style: column.style };
  });
}

export function describeEvidenceSheet(ctx: Context): SheetLayout {
  const { framework, labels, language } = ctx;
  const L = labels.evidence;
  const ic = E.itemCol;
  const rc = E.recapCol;
  const items = evidenceItemRows(framework);
  const itemWidth = EVIDENCE_ITEM_COLUMNS.length;
  const recapWidth = EVIDENCE_RECAP_COLUMNS.length;
  const column = (key: EvidenceItemColumnKey) => rangeRef(items.first, ic[key], items.last, ic[key], true);
  const IND = column("indicatorNo");
  const LVL = column("levelNo");
  const ST = column("statusNo");
  const OD = column("overdueFlag");
  const invalidCount = cellRef(E.invalidRow, ic.level, true);
  const words = EVIDENCE_STATUS_WORDS[language];

  // Left: title, note, invalid-code count, header, items (one pre-filled row per indicator and level, then blanks).
  const left: CellSpec[][] = [];
  left.push(row(itemWidth, { 1: text(L.title(framework.indexName), "title") }));
  left.push(row(itemWidth, { 1: text(L.note, "note") }));
  left.push(row(itemWidth, { 1: text(L.invalidCodes, "label"), [ic.level]: { formula: `=COUNTIF(${LVL},-1)`, style: "result" } }));
  left.push(EVIDENCE_ITEM_COLUMNS.map((col) => text(L.itemColumns[col.key], "header")));
  const prefilled = framework.indicators.flatMap((indicator) =>
    Array.from({ length: EVIDENCE_MAX_LEVEL }, (_, k) => `I${indicator.no}-L${k + 1}-01`));
  for (let r = items.first; r <= items.last; r++) left.push(itemRow(framework, ctx, r, prefilled[r - items.first] ?? null));

  // Right: recap per indicator, then per PIC / OPD, counting in the same columns.
  const right: CellSpec[][] = [];
  const recapCell = (key: EvidenceRecapColumnKey) => rc[key] - rc.no + 1;
  right.push(row(recapWidth, { 1: text(L.recapTitle, "label") }));
  const statusHeader = (k: number) => words[EVIDENCE_STATUSES[k - 1]];
  right.push(EVIDENCE_RECAP_COLUMNS.map((col) => {
    const key = col.key as string;
    const level = /^level(\d)$/.exec(key);
    const status = /^status(\d)$/.exec(key);
    const ok = /^ok(\d)$/.exec(key);
    const header = level ? L.levelColumn(Number(level[1])) : status ? statusHeader(Number(status[1])) : ok ? `ok L${ok[1]}` : L.recapColumns[key as keyof typeof L.recapColumns];
    return text(header, "header");
  }));
  const ev = ctx.sheetNames.evaluation;
  for (const indicator of framework.indicators) {
    const r = evidenceRecapRow(indicator.no);
    const i = indicator.no;
    const at = (key: EvidenceRecapColumnKey) => cellRef(r, rc[key]);
    const h = qualified(ev, cellRef(EV.firstRow + i - 1, EV.col.levelH, true));
    const floors = framework.levelScales.find((s) => s.id === indicator.scaleId)?.valueBandFloors;
    // The whole level a value claims, as claimedLevel in the core: its band where the scale has bands.
    const claimed = floors ? floors.map((f) => `IF(${h}>=${f},1,0)`).join("+") : `INT(${h}/100)`;
    const count = (...criteria: string[]) => `COUNTIFS(${[IND, String(i), ...criteria].join(",")})`;
    const cells: Partial<Record<EvidenceRecapColumnKey, Pick<CellSpec, "value" | "formula">>> = {
      no: { value: i },
      indicator: { value: indicator.name },
      claimed: { formula: `=IF(ISNUMBER(${h}),IF(${h}>=0,${h}/100,""),"")` },
      supported: {
        formula:
          `=IF(${invalidCount}>0,${str(labels.invalid + " (")}&${invalidCount}&${str(" " + L.codes + ")")},` +
          `${chain([1, 2, 3, 4, 5].map((n) => [`${at(`ok${n}` as EvidenceRecapColumnKey)}=0`, String(n - 1)] as const), "5")})`,
      },
      remark: {
        formula:
          `=IF(AND(ISNUMBER(${h}),ISNUMBER(${at("supported")})),IF(${h}>=0,IF(${claimed}>${at("supported")},` +
          `${str(L.aboveEvidence + " (")}&(${claimed})&" > "&${at("supported")}&")",""),""),"")`,
      },
      items: { formula: `=${count(LVL, '">0"')}` },
      overdue: { formula: `=${count(LVL, '">0"', OD, "1")}` },
    };
    for (let n = 1; n <= EVIDENCE_MAX_LEVEL; n++) {
      const all = count(LVL, String(n));
      const accepted = count(LVL, String(n), ST, String(ACCEPTED_NO));
      cells[`level${n}` as EvidenceRecapColumnKey] = { formula: `=${accepted}&"/"&${all}` };
      cells[`ok${n}` as EvidenceRecapColumnKey] = { formula: `=IF(AND(${all}>0,${all}=${accepted}),1,0)` };
      cells[`status${n}` as EvidenceRecapColumnKey] = { formula: `=${count(LVL, '">0"', ST, String(n))}` };
    }
    right.push(EVIDENCE_RECAP_COLUMNS.map((col) => {
      const cell = cells[col.key] ?? {};
      const isText = typeof cell.value === "string";
      return { ...cell, ...("format" in col ? { format: col.format } : isText ? { format: "@" } : {}), style: col.style };
    }));
  }
  const pic = picRows(framework);
  right.push(row(recapWidth, {}));
  right.push(row(recapWidth, { 1: text(L.picTitle, "label") }));
  right.push(row(recapWidth, {
    1: text(L.recapColumns.no, "header"), 2: text(L.picColumn, "header"), [recapCell("items")]: text(L.recapColumns.items, "header"),
    ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [recapCell(`status${k}` as EvidenceRecapColumnKey), text(statusHeader(k), "header")])),
    [recapCell("overdue")]: text(L.recapColumns.overdue, "header"),
  }));
  const PIC = column("pic");
  for (let r = pic.first; r <= pic.last; r++) {
    const name = cellRef(r, rc.indicator);
    const count = (...criteria: string[]) => `=IF(TRIM(${name})="","",COUNTIFS(${[PIC, `TRIM(${name})`, LVL, '">0"', ...criteria].join(",")}))`;
    right.push(row(recapWidth, {
      1: { value: r - pic.first + 1, style: "number" },
      2: { value: null, format: "@", style: "inputText" },
      [recapCell("items")]: { formula: count(), style: "formula" },
      ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [recapCell(`status${k}` as EvidenceRecapColumnKey), { formula: count(ST, String(k)), style: "formula" as const }])),
      [recapCell("overdue")]: { formula: count(OD, "1"), style: "formula" },
    }));
  }

  const statusWords = EVIDENCE_STATUSES.map((s) => words[s]);
  const revisionWords = EVIDENCE_REVISION_WORDS[language];
  const validations: ValidationSpec[] = [
    {
      kind: "list", ref: rangeRef(items.first, ic.status, items.last, ic.status), items: statusWords, strict: true,
      promptTitle: L.statusPromptTitle, prompt: L.statusPrompt(statusWords.join(", ")),
      errorTitle: L.statusErrorTitle, errorMessage: L.statusError(statusWords.join(", ")),
    },
    {
      kind: "list", ref: rangeRef(items.first, ic.revision, items.last, ic.revision), items: revisionWords, strict: false,
      promptTitle: L.revisionPromptTitle, prompt: L.revisionPrompt(revisionWords.join(", ")),
      errorTitle: L.revisionPromptTitle, errorMessage: L.revisionPrompt(revisionWords.join(", ")),
    },
  ];
  const helper = (key: EvidenceItemColumnKey) => `$${columnLetters(ic[key])}${items.first}`;
  const lastRecap = evidenceRecapRow(framework.indicators.length);
  const conditionalFormats: ConditionalFormatSpec[] = [
    { ref: rangeRef(items.first, ic.code, items.last, ic.indicator), formula: `=${helper("levelNo")}=-1`, fill: INVALID_FILL, fontColor: "#9C0006" },
    { ref: rangeRef(items.first, ic.deadline, items.last, ic.deadline), formula: `=${helper("overdueFlag")}=1`, fill: INVALID_FILL, fontColor: "#9C0006" },
    { ref: rangeRef(items.first, ic.status, items.last, ic.status), formula: `=${helper("statusNo")}=${ACCEPTED_NO}`, fill: ACCEPTED_FILL },
    { ref: rangeRef(E.firstRow, rc.remark, lastRecap, rc.remark), formula: `=LEN($${columnLetters(rc.remark)}${E.firstRow})>0`, fill: CLAIM_FILL },
  ];

  return {
    key: "evidence",
    name: ctx.sheetNames.evidence,
    blocks: [
      { row: 1, col: 1, cells: left },
      { row: E.invalidRow, col: rc.no, cells: right },
    ],
    columnWidths: [...EVIDENCE_ITEM_COLUMNS.map((c) => c.width), 2, ...EVIDENCE_RECAP_COLUMNS.map((c) => c.width)],
    hiddenColumns: [
      ...EVIDENCE_ITEM_COLUMNS.flatMap((c, i) => ("hidden" in c && c.hidden ? [i + 1] : [])),
      ...EVIDENCE_RECAP_COLUMNS.flatMap((c, i) => ("hidden" in c && c.hidden ? [rc.no + i] : [])),
    ],
    merges: [rangeRef(E.titleRow, 1, E.titleRow, ic.ownNote)],
    validations,
    conditionalFormats,
    frozenRows: E.headerRow,
    protect: true,
    print: { orientation: "landscape", fitToWidth: 1, titleRows: `$${E.headerRow}:$${E.headerRow}` },
  };
}

/** Whether a template has the Bukti Dukung sheet: asked for, or by default for 8/2026. */
export function hasEvidenceSheet(framework: Framework, asked: boolean | undefined): boolean {
  return asked ?? framework.id === "8/2026";
}

/** The ranges the evidence names point at, for definedNames.ts. */
export function evidenceNameRefs(framework: Framework, sheet: string) {
  const items = evidenceItemRows(framework);
  const col = (c: number, first: number, last: number) => qualified(sheet, rangeRef(first, c, last, c, true));
  return {
    items: col(E.itemCol.code, items.first, items.last),
    status: col(E.itemCol.status, items.first, items.last),
    pic: col(E.itemCol.pic, items.first, items.last),
    deadline: col(E.itemCol.deadline, items.first, items.last),
    levels: col(E.recapCol.supported, E.firstRow, evidenceRecapRow(framework.indicators.length)),
  };
}
