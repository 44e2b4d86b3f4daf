/**
 * The template's defined names: the input columns, the header cells, the overall results (by key), each aspect and
 * domain, and the evidence items and levels when the template has the Bukti Dukung sheet.
 */
import { cellRef, qualified, rangeRef } from "./a1";
import { EVALUATION as EV, OVERALL_ROWS, overallRowOf, SUMMARY as SUM } from "./layout";
import * as N from "./names";
import type { DefinedNameSpec } from "./types";
import { lastIndicatorRow, type Context } from "./specParts";
import { historyRow, summaryRows } from "./summarySheet";
import { evidenceNameRefs } from "./evidenceSheet";
import { stageNameRefs } from "./stagesSheet";

export function describeNames(ctx: Context): DefinedNameSpec[] {
  const { framework } = ctx;
  const ev = ctx.sheetNames.evaluation;
  const sum = ctx.sheetNames.summary;
  const first = EV.firstRow;
  const last = lastIndicatorRow(framework);
  const column = (col: number) => qualified(ev, rangeRef(first, col, last, col, true));
  const single = (sheet: string, r: number, col: number) => qualified(sheet, cellRef(r, col, true));
  const positions = summaryRows(framework);
  const stages = stageNameRefs(framework, ctx.sheetNames.stages);
  const history = historyRow(framework);
  const evidence = ctx.withEvidence ? evidenceNameRefs(framework, ctx.sheetNames.evidence) : undefined;
  return [
    { name: N.SPBE_FRAMEWORK, ref: single(ev, EV.frameworkRow, EV.valueCol) },
    { name: N.SPBE_LEVELS, ref: column(EV.col.level) },
    { name: N.SPBE_TARGETS, ref: column(EV.col.target) },
    { name: N.SPBE_OFFICIAL, ref: column(EV.col.official) },
    { name: N.SPBE_LAST_YEAR, ref: column(EV.col.lastYear) },
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
    ...(history !== undefined ? [{ name: N.SPBE_HISTORY_INDEX, ref: single(sum, history, 3) }] : []),
    { name: N.SPBE_STAGE_KEYS, ref: stages.keys },
    { name: N.SPBE_STAGE_RESULTS, ref: stages.results },
    ...(evidence
      ? [
        { name: N.SPBE_EVIDENCE_ITEMS, ref: evidence.items },
        { name: N.SPBE_EVIDENCE_STATUS, ref: evidence.status },
        { name: N.SPBE_EVIDENCE_PIC, ref: evidence.pic },
        { name: N.SPBE_EVIDENCE_DEADLINE, ref: evidence.deadline },
        { name: N.SPBE_EVIDENCE_LEVELS, ref: evidence.levels },
      ]
      : []),
  ];
}

