/** Typed access to the plain-JS fake Office host and template workbooks shared with the browser test. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const host = require("../e2e/fakeOfficeHost.js") as {
  installFakeOffice: (root: object, config: unknown) => FakeExcelState;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workbooks = require("../e2e/templateWorkbook.js") as {
  templateWorkbook: (templates: TemplateSpec[], extraSheets?: unknown[]) => unknown;
};

export interface TemplateSpec {
  sheet: string;
  levels: (number | string | null)[];
  targets?: (number | string | null)[];
  framework?: string;
  instansi?: string;
  year?: number | string;
  /** Merge columns (G-J) and the unit (B1, SPBE_UNIT) of a unit sheet. */
  pic?: (string | number | null)[];
  justification?: (string | number | null)[];
  evidence?: (string | number | null)[];
  notes?: (string | number | null)[];
  unit?: string;
}

export interface FakeExcelState {
  syncs: number;
  runs: number;
  writes: { sheet: string; address: string; what: string; value: unknown }[];
  sheets: { name: string; names: { name: string }[] }[];
  failNextSync: { code: string; message: string; errorLocation?: string } | null;
  selection: { sheet: string; ref: string };
  setCell: (sheet: string, address: string, value: unknown) => void;
  getCell: (sheet: string, address: string) => unknown;
  /** What the cell shows (a formula's value), where getCell gives its formula. */
  getValue: (sheet: string, address: string) => unknown;
}

export const installFakeOffice = host.installFakeOffice;
export const templateWorkbook = workbooks.templateWorkbook;
