/**
 * Reads what a merge of unit answers needs from chosen templates of the open workbook: the coordinator's template
 * and the unit sheets the user copied in (Excel's Move or Copy brings their sheet-scoped SPBE_* names along).
 * Per template: the framework cell, and per indicator the level, PIC / OPD, Penjelasan, Data dukung and Catatan
 * cells, plus the unit the sheet was made for (SPBE_UNIT), as raw values with their addresses; for making unit
 * files (fan-out) also the targets, official levels, instansi and year. Nothing is computed
 * or written here: src/taskpane/unitsModel.ts turns the values into MergeReadings for src/units.
 *
 * One Excel.run and two context.sync() calls however many templates and rows: 1. the names of each chosen scope
 * (the workbook's, or a sheet's); 2. the values and address behind every name read. Errors from Excel
 * (OfficeExtension.Error, e.g. ItemNotFound for a sheet deleted since it was listed) propagate to the caller.
 */
import {
  SPBE_EVIDENCE, SPBE_FRAMEWORK, SPBE_INSTANSI, SPBE_JUSTIFICATION, SPBE_LEVELS, SPBE_NOTES, SPBE_OFFICIAL, SPBE_PIC,
  SPBE_TARGETS, SPBE_YEAR,
} from "../template/names";
import { SPBE_UNIT } from "../units/names";
import type { NamedCells, NamedScope } from "../template/reading";
import { bareName, type RawTemplate } from "./readTemplates";

/** The names a merge reads, and those a unit file is made from (targets, official levels, instansi, year). */
export const MERGE_NAMES = [
  SPBE_FRAMEWORK, SPBE_LEVELS, SPBE_PIC, SPBE_JUSTIFICATION, SPBE_EVIDENCE, SPBE_NOTES, SPBE_UNIT,
  SPBE_TARGETS, SPBE_OFFICIAL, SPBE_INSTANSI, SPBE_YEAR,
] as const;

export type MergeNameKey = (typeof MERGE_NAMES)[number];

/** Which template to read: as listed by readTemplates. */
export type TemplateRef = Pick<RawTemplate, "key" | "scope" | "sheetName">;

/** One template's merge cells. A name that is missing or points nowhere is absent from `cells`. */
export type RawMergeSource = NamedScope<MergeNameKey>;

function isMergeName(name: string): name is MergeNameKey {
  return (MERGE_NAMES as readonly string[]).includes(name);
}

/** The merge cells of each template in `templates`, in the order given. */
export async function readMergeSources(templates: readonly TemplateRef[]): Promise<RawMergeSource[]> {
  return Excel.run(async (context) => {
    const collections = templates.map((t) => {
      const names = t.scope === "workbook" ? context.workbook.names : context.workbook.worksheets.getItem(t.sheetName).names;
      names.load("items/name,items/type");
      return names;
    });
    await context.sync();

    const pending = collections.map((names) => {
      const ranges: { key: MergeNameKey; range: Excel.Range }[] = [];
      for (const item of names.items) {
        const name = bareName(item.name);
        if (!isMergeName(name) || item.type !== "Range") continue;
        const range = item.getRangeOrNullObject();
        range.load("values,address");
        ranges.push({ key: name, range });
      }
      return ranges;
    });
    await context.sync();

    return templates.map((t, i): RawMergeSource => {
      const cells: Partial<Record<MergeNameKey, NamedCells>> = {};
      for (const { key, range } of pending[i]) {
        if (!range.isNullObject) cells[key] = { address: range.address, values: range.values };
      }
      return { key: t.key, scope: t.scope, sheetName: t.sheetName, cells };
    });
  });
}
