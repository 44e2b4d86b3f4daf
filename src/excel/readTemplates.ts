/**
 * Finds the evaluation templates in the open workbook by their defined names and reads the raw cell values behind
 * those names. Nothing is computed here, and the sheet's own formula results are read only as raw values: the task
 * pane recomputes every number it shows with src/core.
 *
 * The defined-name contract (written by src/excel/insertTemplate.ts): SPBE_FRAMEWORK, SPBE_LEVELS, SPBE_TARGETS,
 * SPBE_INSTANSI, SPBE_YEAR, ... The first template of a workbook uses workbook-scoped names; later ones use names
 * scoped to their sheet (worksheet.names).
 *
 * One Excel.run and three context.sync() calls however many sheets, names and rows there are:
 * 1. the workbook's names and the list of sheets; 2. every sheet's own names; 3. the values and address of the
 * range behind every SPBE_* name.
 */

import {
  NAME_PREFIX, SPBE_EVIDENCE_DEADLINE, SPBE_EVIDENCE_ITEMS, SPBE_EVIDENCE_PIC, SPBE_EVIDENCE_STATUS, SPBE_FILLED_BY, SPBE_FRAMEWORK, SPBE_INSTANSI, SPBE_LAST_YEAR,
  SPBE_HISTORY_INDEX, SPBE_LEVELS, SPBE_OFFICIAL, SPBE_PIC, SPBE_STAGE_KEYS, SPBE_STAGE_RESULTS, SPBE_TABLE_FRAMEWORK, SPBE_TABLE_KEYS, SPBE_TABLE_LEVELS, SPBE_TARGETS, SPBE_YEAR,
} from "../template/names";
import { sheetOfAddress } from "../template/a1";
import type { NamedCells, NamedScope } from "../template/reading";

/**
 * Names the task pane reads: a template's (with its official and last year's columns, its Tahapan block and its
 * Bukti Dukung item list, when it has them), and those of an own table connected by the Hubungkan view. The other
 * SPBE_* names (SPBE_INDEX, SPBE_ASPECT_n, ...) hold formulas it does not trust.
 */
export const NAMES_READ = [
  SPBE_FRAMEWORK, SPBE_LEVELS, SPBE_TARGETS, SPBE_INSTANSI, SPBE_YEAR, SPBE_FILLED_BY,
  SPBE_TABLE_KEYS, SPBE_TABLE_LEVELS, SPBE_TABLE_FRAMEWORK,
  SPBE_EVIDENCE_ITEMS, SPBE_EVIDENCE_STATUS, SPBE_EVIDENCE_PIC, SPBE_EVIDENCE_DEADLINE,
  SPBE_OFFICIAL, SPBE_LAST_YEAR, SPBE_STAGE_KEYS, SPBE_STAGE_RESULTS, SPBE_HISTORY_INDEX, SPBE_PIC,
] as const;

export type TemplateNameKey = (typeof NAMES_READ)[number];

export type { NamedCells } from "../template/reading";

/** One template found in the workbook: its names and the raw values behind them. */
export interface RawTemplate extends NamedScope<TemplateNameKey> {
  /** SPBE_* names present in this scope (including those the pane does not read), to tell a template from a stray name. */
  readonly namesPresent: readonly string[];
}

/** "Sheet1!SPBE_LEVELS" or "SPBE_LEVELS" → "SPBE_LEVELS" (upper case: Excel names are case-insensitive). */
export function bareName(name: string): string {
  const bang = name.lastIndexOf("!");
  return (bang >= 0 ? name.slice(bang + 1) : name).toUpperCase();
}

export { sheetOfAddress } from "../template/a1";

interface PendingName {
  readonly key: TemplateNameKey;
  readonly range: Excel.Range;
}

interface PendingScope {
  readonly key: string;
  readonly scope: "workbook" | "worksheet";
  readonly sheetName: string;
  readonly namesPresent: string[];
  readonly pending: PendingName[];
}

function isNameRead(name: string): name is TemplateNameKey {
  return (NAMES_READ as readonly string[]).includes(name);
}

/** Queues the range loads of one scope's names (no sync). */
function queueScope(items: readonly Excel.NamedItem[], key: string, scope: "workbook" | "worksheet", sheetName: string): PendingScope | null {
  const namesPresent: string[] = [];
  const pending: PendingName[] = [];
  for (const item of items) {
    const name = bareName(item.name);
    if (!name.startsWith(NAME_PREFIX)) continue;
    namesPresent.push(name);
    if (!isNameRead(name) || item.type !== "Range") continue;
    const range = item.getRangeOrNullObject();
    range.load("values,address");
    pending.push({ key: name, range });
  }
  return namesPresent.length > 0 ? { key, scope, sheetName, namesPresent, pending } : null;
}

function collect(scope: PendingScope): RawTemplate {
  const cells: Partial<Record<TemplateNameKey, NamedCells>> = {};
  for (const { key, range } of scope.pending) {
    if (range.isNullObject) continue;
    cells[key] = { address: range.address, values: range.values };
  }
  const sheetName = scope.sheetName || (cells.SPBE_LEVELS ? sheetOfAddress(cells.SPBE_LEVELS.address) : "");
  return { key: scope.key, scope: scope.scope, sheetName, cells, namesPresent: scope.namesPresent };
}

/**
 * Every template in the workbook, workbook-scoped first, then sheet by sheet in tab order. Errors from Excel
 * (OfficeExtension.Error) propagate to the caller, which shows them.
 */
export async function readTemplates(): Promise<RawTemplate[]> {
  return Excel.run(async (context) => {
    const workbookNames = context.workbook.names;
    workbookNames.load("items/name,items/type");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const sheetNames = sheets.items.map((sheet) => {
      sheet.names.load("items/name,items/type");
      return sheet;
    });
    await context.sync();

    const scopes: PendingScope[] = [];
    const workbookScope = queueScope(workbookNames.items, "workbook", "workbook", "");
    if (workbookScope) scopes.push(workbookScope);
    for (const sheet of sheetNames) {
      const scope = queueScope(sheet.names.items, `sheet:${sheet.name}`, "worksheet", sheet.name);
      if (scope) scopes.push(scope);
    }
    await context.sync();

    return scopes.map(collect);
  });
}
