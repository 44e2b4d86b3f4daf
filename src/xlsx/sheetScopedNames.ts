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

type DefinedNamesWithExtra = { model: NameModel[]; [EXTRA]?: ScopedName[]; [RAW]?: NameModel[] };

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
          ...scoped.map((s) => {
            const localSheetId = sheets.indexOf(s.sheet);
            if (localSheetId < 0) throw new Error(`Sheet-scoped name ${s.name}: no sheet ${s.sheet}`);
            return { name: s.name, ranges: [s.ref], localSheetId };
          }),
        ];
      },
      set(value: NameModel[]) {
        (this as DefinedNamesWithExtra)[RAW] = value.map((v) => ({ ...v, ranges: [...v.ranges] }));
        base.set!.call(this, value);
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
