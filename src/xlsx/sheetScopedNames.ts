/**
 * Sheet-scoped defined names for ExcelJS, which has no API for them.
 *
 * Writing: ExcelJS writes a name's `localSheetId` when its workbook model carries one, so the workbook's
 * defined-names model is extended, on this one workbook, with the sheet-scoped entries. The sheet index is
 * resolved when the file is written (position in workbook.worksheets, the order ExcelJS writes the sheets in).
 *
 * Reading: when ExcelJS loads a file it hands the full list of names (with localSheetId) to the defined-names
 * model, then keeps one definition per name, the last. A workbook prepared with captureDefinedNames before loading
 * keeps that full list (rawDefinedNames), so every template of a file can be found.
 */
import type ExcelJS from "exceljs";
import { parseRange, splitQualified } from "../template/a1";

export interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface ScopedName {
  readonly name: string;
  readonly ref: string;
  readonly sheet: string;
}

const EXTRA = Symbol("spbeSheetScopedNames");
const RAW = Symbol("spbeLoadedDefinedNames");
const KEPT_AS_WRITTEN = Symbol("spbeNamesKeptAsWritten");

type DefinedNamesWithExtra = { model: NameModel[]; [EXTRA]?: ScopedName[]; [RAW]?: NameModel[]; [KEPT_AS_WRITTEN]?: NameModel[] };

/**
 * ExcelJS holds every defined name as a matrix of its cells, filled cell by cell on load and walked again on
 * write: one name over a whole sheet ('Kertas Kerja'!$A$1:$XFD$1048576, 17 billion cells) takes minutes and
 * gigabytes and ends the process. No name the add-in reads covers more than a column of indicators, so a name
 * over more cells than this, or whose reference is not a plain range (OFFSET(...), a whole column), is kept aside
 * as written and given back unchanged when the workbook is saved; ExcelJS never expands it.
 */
export const MAX_EXPANDED_CELLS = 10_000;

/** True when a parsed range holds no more cells than a name may be expanded to (MAX_EXPANDED_CELLS). */
export function withinExpansionBound(r: { row: number; col: number; lastRow: number; lastCol: number }): boolean {
  return (Math.abs(r.lastRow - r.row) + 1) * (Math.abs(r.lastCol - r.col) + 1) <= MAX_EXPANDED_CELLS;
}

/** True for a plain A1 reference ("'S'!$A$1:$B$2") within the bound; false for anything else. */
function expandableReference(reference: string): boolean {
  try {
    return withinExpansionBound(parseRange(splitQualified(reference).range.trim()));
  } catch {
    return false;
  }
}

function expandable(name: NameModel): boolean {
  return name.ranges.every(expandableReference);
}

/** Installs the model accessor once per workbook: extra sheet-scoped names on write, the full list kept on load. */
function hook(workbook: ExcelJS.Workbook): DefinedNamesWithExtra {
  const definedNames = workbook.definedNames as unknown as DefinedNamesWithExtra;
  if (!definedNames[EXTRA]) {
    const scoped: ScopedName[] = (definedNames[EXTRA] = []);
    const proto = Object.getPrototypeOf(definedNames) as object;
    const base = Object.getOwnPropertyDescriptor(proto, "model");
    if (!base?.get || !base.set) throw new Error("ExcelJS defined names have no model accessor: sheet-scoped names cannot be written");
    Object.defineProperty(definedNames, "model", {
      configurable: true,
      get(): NameModel[] {
        const own = base.get!.call(this) as NameModel[];
        const sheets = workbook.worksheets.map((w) => w.name);
        return [
          ...own,
          ...((this as DefinedNamesWithExtra)[KEPT_AS_WRITTEN] ?? []),
          ...scoped.map((s) => {
            const localSheetId = sheets.indexOf(s.sheet);
            if (localSheetId < 0) throw new Error(`Sheet-scoped name ${s.name}: no sheet ${s.sheet}`);
            return { name: s.name, ranges: [s.ref], localSheetId };
          }),
        ];
      },
      set(value: NameModel[]) {
        const self = this as DefinedNamesWithExtra;
        self[RAW] = value.map((v) => ({ ...v, ranges: [...v.ranges] }));
        self[KEPT_AS_WRITTEN] = value.filter((v) => !expandable(v)).map((v) => ({ ...v, ranges: [...v.ranges] }));
        base.set!.call(this, value.filter(expandable));
      },
    });
  }
  return definedNames;
}

/** Adds `name` -> `ref` scoped to the sheet `sheet` (which must exist when the file is written). */
export function addSheetScopedName(workbook: ExcelJS.Workbook, sheet: string, name: string, ref: string): void {
  hook(workbook)[EXTRA]!.push({ name, ref, sheet });
}

/** Prepares a new, empty workbook so that loading a file into it keeps every defined name with its scope. */
export function captureDefinedNames(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  hook(workbook);
  return workbook;
}

/**
 * Every defined name of a loaded file, as written in it (localSheetId = index of the sheet that scopes it), when the
 * workbook was prepared with captureDefinedNames before loading; otherwise undefined.
 */
export function rawDefinedNames(workbook: ExcelJS.Workbook): readonly NameModel[] | undefined {
  return (workbook.definedNames as unknown as DefinedNamesWithExtra)[RAW];
}

/**
 * After a load, gives back the names ExcelJS dropped because a formula defines them (`written`: the file's own
 * list, writtenNames.ts): the full list then holds their formula, so a reader can name it, and they are written
 * back unchanged when the workbook is saved.
 */
export function restoreFormulaNames(workbook: ExcelJS.Workbook, written: readonly { name: string; localSheetId?: number; text: string }[]): void {
  const names = hook(workbook);
  const raw = names[RAW];
  if (!raw) return;
  const kept = (names[KEPT_AS_WRITTEN] ??= []);
  for (const entry of raw) {
    if (entry.ranges.length > 0) continue;
    const source = written.find((w) => w.name === entry.name && w.localSheetId === entry.localSheetId);
    if (!source || source.text.trim() === "") continue;
    entry.ranges = [source.text];
    kept.push({ ...entry, ranges: [source.text] });
  }
}
