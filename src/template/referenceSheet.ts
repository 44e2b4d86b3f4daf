/** The Referensi sheet: each indicator's level criteria, from the framework's questionnaire where one is published. */
import { levelName } from "../core";
import { questionnaireOf, questionnaireSourceOf } from "../core/frameworks/questionnaires";
import { rangeRef } from "./a1";
import { REFERENCE as REF } from "./layout";
import type { CellSpec } from "./types";
import { row, text, type Context, type SheetLayout } from "./specParts";

export function describeReferenceSheet(ctx: Context): SheetLayout {
  const { framework, labels, language } = ctx;
  const W = REF.lastCol;
  const criteria = questionnaireOf(framework.id);
  const source = questionnaireSourceOf(framework.id);
  const R = labels.referenceColumns;
  const rows: CellSpec[][] = [];
  rows.push(row(W, { 1: text(labels.referenceTitle(framework.indexName), "title") }));
  // The status of the text is part of it: secondary criteria (training modules) are said to be so, as a warning.
  const sourceLine =
    source === "regulation" ? text(labels.referenceSource(framework.regulation), "note")
      : source === "modules" ? text(labels.referenceSourceModules(framework.regulation), "warning")
        : text(labels.referenceNone(framework.regulation), "warning");
  rows.push(row(W, { 1: sourceLine }));
  const second = source === "modules" ? R.description : R.question;
  rows.push([R.no, R.aspect, R.indicator, second, R.level(1), R.level(2), R.level(3), R.level(4), R.level(5), R.externalSource].map((h) => text(h, "header")));
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

