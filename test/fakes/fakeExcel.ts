/**
 * A recording fake of the Excel JavaScript API (Office.js), for testing code that writes workbooks.
 *
 * - Self-contained: no test-framework or project imports, so a browser test page can bundle it too.
 * - An in-memory workbook: sheets with cells (value, formula, number format, style properties), merges, data
 *   validation, conditional formats, frozen rows, page layout, protection, charts, and workbook- and
 *   sheet-scoped names.
 * - Strict: only the members listed here exist. Reading or writing any other member (a misspelt API name)
 *   throws FakeExcelNotImplemented. Loaded properties can be read only after a context.sync().
 * - Counting: every context.sync() is counted; commands left queued when the batch ends count as the implicit
 *   final sync Excel.run performs.
 * - Behaves like Excel where it matters for callers: adding a sheet whose name exists (ignoring case), a block
 *   whose size does not match its range, a duplicate name, or a write to a sheet after it was protected throws.
 */

export class FakeExcelNotImplemented extends Error {
  constructor(member: string) {
    super(`The fake Excel API does not implement ${member}`);
    this.name = "FakeExcelNotImplemented";
  }
}

/** Shaped like OfficeExtension.Error: name, code, message, debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  /** Style properties set on the cell, "font.bold" -> true, "protection.locked" -> false, ... */
  style: Record<string, unknown>;
}

export interface FakeValidation {
  readonly address: string;
  cleared: boolean;
  ignoreBlanks?: boolean;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title?: string;
  position?: [string, string];
  readonly series: { name?: string; values?: string; xAxisValues?: string; color?: string }[];
  /** The value axis's bounds, where set. */
  readonly valueAxis: { minimum?: number; maximum?: number };
}

export interface FakeSheet {
  readonly name: string;
  /** True for sheets that were in the workbook before the code under test ran. */
  readonly existing: boolean;
  /** Key "row,col", 0-based. */
  readonly cells: Map<string, FakeCell>;
  readonly columns: Map<number, { width?: number; hidden?: boolean }>;
  /** Row heights in points, 0-based row -> height. */
  readonly rowHeights: Map<number, number>;
  readonly merges: string[];
  readonly validations: FakeValidation[];
  readonly conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  protection: { options?: unknown; password?: string } | null;
  readonly pageLayout: { orientation?: string; zoom?: unknown; printTitleRows?: string; paperSize?: string };
  readonly charts: FakeChart[];
  /** Sheet-scoped names: name -> "Sheet!A1:B2". */
  readonly names: Map<string, string>;
}

export interface FakeWrite {
  readonly sheet: string;
  /** What was written: "formulas", "values", "numberFormat", "format.font.bold", "merge", ... */
  readonly what: string;
  readonly address: string;
}

export interface FakeWorkbookState {
  readonly sheets: FakeSheet[];
  /** Workbook-scoped names: name -> "Sheet!A1:B2". */
  readonly names: Map<string, string>;
  syncs: number;
  /** Every write, in order. */
  readonly writes: FakeWrite[];
  /** Calls of suspendApiCalculationUntilNextSync, with the sync count at the time. */
  readonly calculationSuspendedAt: number[];
  readonly screenUpdatingSuspendedAt: number[];
  activeSheet?: string;
}

export interface FakeExcelOptions {
  /** Sheets already in the workbook; cells by A1 address. */
  readonly sheets?: readonly { name: string; cells?: Record<string, unknown> }[];
  /** Workbook-scoped names already in the workbook, name -> "Sheet!A1". */
  readonly names?: Record<string, string>;
  /** Makes the n-th context.sync() (1-based) reject with a FakeOfficeError. */
  readonly failOnSync?: number;
}

export interface FakeExcel {
  /** Install as the global `Excel` (only `run` is provided). */
  readonly Excel: { run<T>(batch: (context: unknown) => Promise<T>): Promise<T> };
  readonly workbook: FakeWorkbookState;
  /** The cell at an A1 address of a sheet, or undefined when nothing was ever written there. */
  cell(sheet: string, address: string): FakeCell | undefined;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

function columnLetters(col0: number): string {
  let name = "";
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `Not an A1 cell address: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function parseArea(ref: string): Area {
  const [a, b] = ref.split(":");
  const first = parseCell(a);
  const last = b === undefined ? first : parseCell(b);
  return { row: first.row, col: first.col, rows: last.row - first.row + 1, cols: last.col - first.col + 1 };
}

function areaAddress(area: Area): string {
  if (area.cols === MAX_COLS) return `${area.row + 1}:${area.row + area.rows}`;
  if (area.rows === MAX_ROWS) return `${columnLetters(area.col)}:${columnLetters(area.col + area.cols - 1)}`;
  const first = `${columnLetters(area.col)}${area.row + 1}`;
  const last = `${columnLetters(area.col + area.cols - 1)}${area.row + area.rows}`;
  return first === last ? first : `${first}:${last}`;
}

/** Wraps an object so that any member it does not define throws, on read and on write. */
function strict<T extends object>(typeName: string, target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return Reflect.get(t, prop, receiver);
      if (!(prop in t)) throw new FakeExcelNotImplemented(`${typeName}.${prop}`);
      return Reflect.get(t, prop, receiver);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || !(prop in t)) throw new FakeExcelNotImplemented(`${typeName}.${String(prop)} (set)`);
      const descriptor = findDescriptor(t, prop);
      if (descriptor && !descriptor.set && !descriptor.writable) throw new FakeExcelNotImplemented(`${typeName}.${prop} (read-only)`);
      return Reflect.set(t, prop, value, receiver);
    },
  });
}

function findDescriptor(object: object, prop: string): PropertyDescriptor | undefined {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d;
  }
  return undefined;
}

const notLoaded = (member: string) => new FakeOfficeError("PropertyNotLoaded", `The property '${member}' is not available. Load it and call context.sync() first.`);

/** Creates a fake Excel with an in-memory workbook. */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state: FakeWorkbookState = {
    sheets: [],
    names: new Map(Object.entries(options.names ?? {})),
    syncs: 0,
    writes: [],
    calculationSuspendedAt: [],
    screenUpdatingSuspendedAt: [],
  };
  let pending = 0;
  const pendingLoads: (() => void)[] = [];

  const newSheet = (name: string, existing: boolean): FakeSheet => ({
    name, existing, cells: new Map(), columns: new Map(), rowHeights: new Map(), merges: [], validations: [], conditionalFormats: [], frozenRows: 0,
    protection: null, pageLayout: {}, charts: [], names: new Map(),
  });
  for (const s of options.sheets ?? []) {
    const sheet = newSheet(s.name, true);
    for (const [address, value] of Object.entries(s.cells ?? {})) {
      const { row, col } = parseCell(address);
      sheet.cells.set(`${row},${col}`, typeof value === "string" && value.startsWith("=") ? { formula: value, style: {} } : { value, style: {} });
    }
    state.sheets.push(sheet);
  }

  const cellAt = (sheet: FakeSheet, row: number, col: number): FakeCell => {
    const key = `${row},${col}`;
    let cell = sheet.cells.get(key);
    if (!cell) sheet.cells.set(key, (cell = { style: {} }));
    return cell;
  };

  const record = (sheet: FakeSheet, what: string, area: Area) => {
    if (sheet.protection) throw new FakeOfficeError("AccessDenied", `Sheet ${sheet.name} is protected; cannot write ${what} to ${areaAddress(area)}`);
    pending++;
    state.writes.push({ sheet: sheet.name, what, address: areaAddress(area) });
  };

  const forEachCell = (area: Area, f: (row: number, col: number, r: number, c: number) => void) => {
    for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) f(area.row + r, area.col + c, r, c);
  };

  const checkBlock = (what: string, area: Area, block: unknown) => {
    if (!Array.isArray(block) || block.length !== area.rows || block.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
      throw new FakeOfficeError("InvalidArgument", `${what}: the array does not match the size of range ${areaAddress(area)} (${area.rows}x${area.cols})`);
    }
  };

  /** A style property: writes go to every cell of the area (or to the column for whole columns). */
  const styleProperty = (sheet: FakeSheet, area: Area, path: string) => ({
    get: () => {
      throw notLoaded(`Range.format.${path}`);
    },
    set: (value: unknown) => {
      record(sheet, `format.${path}`, area);
      if (area.rows === MAX_ROWS) {
        if (path !== "columnWidth") throw new FakeExcelNotImplemented(`Range.format.${path} on whole columns`);
        for (let c = 0; c < area.cols; c++) sheet.columns.set(area.col + c, { ...sheet.columns.get(area.col + c), width: value as number });
        return;
      }
      if (area.cols === MAX_COLS) {
        if (path !== "rowHeight") throw new FakeExcelNotImplemented(`Range.format.${path} on whole rows`);
        for (let r = 0; r < area.rows; r++) sheet.rowHeights.set(area.row + r, value as number);
        return;
      }
      if (path === "columnWidth" || path === "rowHeight") throw new FakeExcelNotImplemented(`Range.format.${path} outside whole columns/rows`);
      forEachCell(area, (row, col) => {
        cellAt(sheet, row, col).style[path] = value;
      });
    },
  });

  const makeFormat = (sheet: FakeSheet, area: Area) => {
    const group = (typeName: string, prefix: string, props: string[]) => {
      const o: Record<string, unknown> = {};
      for (const p of props) Object.defineProperty(o, p, { ...styleProperty(sheet, area, `${prefix}${p}`), enumerable: true });
      return strict(typeName, o);
    };
    const format: Record<string, unknown> = {};
    for (const p of ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"]) {
      Object.defineProperty(format, p, { ...styleProperty(sheet, area, p), enumerable: true });
    }
    const font = group("RangeFont", "font.", ["bold", "italic", "size", "color"]);
    const fill = group("RangeFill", "fill.", ["color"]);
    const protection = group("FormatProtection", "protection.", ["locked"]);
    const borders = strict("RangeBorderCollection", {
      getItem(index: string) {
        const valid = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
        if (!valid.includes(index)) throw new FakeOfficeError("InvalidArgument", `Unknown border index ${index}`);
        return group("RangeBorder", `borders.${index}.`, ["style", "color"]);
      },
    });
    Object.defineProperty(format, "font", { get: () => font });
    Object.defineProperty(format, "fill", { get: () => fill });
    Object.defineProperty(format, "protection", { get: () => protection });
    Object.defineProperty(format, "borders", { get: () => borders });
    return strict("RangeFormat", format);
  };

  const makeRange = (sheet: FakeSheet, area: Area): unknown => {
    const address = areaAddress(area);
    let format: unknown;
    const range = {
      get format() {
        return (format ??= makeFormat(sheet, area));
      },
      set numberFormat(block: unknown[][]) {
        checkBlock("numberFormat", area, block);
        record(sheet, "numberFormat", area);
        forEachCell(area, (row, col, r, c) => {
          cellAt(sheet, row, col).numberFormat = String(block[r][c]);
        });
      },
      get numberFormat(): unknown[][] {
        throw notLoaded("Range.numberFormat");
      },
      set formulas(block: unknown[][]) {
        checkBlock("formulas", area, block);
        record(sheet, "formulas", area);
        forEachCell(area, (row, col, r, c) => {
          const cell = cellAt(sheet, row, col);
          const v = block[r][c];
          if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            delete cell.value;
          } else {
            cell.value = v;
            delete cell.formula;
          }
        });
      },
      get formulas(): unknown[][] {
        throw notLoaded("Range.formulas");
      },
      set values(block: unknown[][]) {
        checkBlock("values", area, block);
        record(sheet, "values", area);
        forEachCell(area, (row, col, r, c) => {
          const cell = cellAt(sheet, row, col);
          cell.value = block[r][c];
          delete cell.formula;
        });
      },
      get values(): unknown[][] {
        throw notLoaded("Range.values");
      },
      set columnHidden(hidden: boolean) {
        record(sheet, "columnHidden", area);
        for (let c = 0; c < area.cols; c++) sheet.columns.set(area.col + c, { ...sheet.columns.get(area.col + c), hidden });
      },
      get columnHidden(): boolean {
        throw notLoaded("Range.columnHidden");
      },
      getEntireColumn() {
        return makeRange(sheet, { row: 0, col: area.col, rows: MAX_ROWS, cols: area.cols });
      },
      getEntireRow() {
        return makeRange(sheet, { row: area.row, col: 0, rows: area.rows, cols: MAX_COLS });
      },
      merge(across?: boolean) {
        if (across) throw new FakeExcelNotImplemented("Range.merge(true)");
        record(sheet, "merge", area);
        sheet.merges.push(address);
      },
      get dataValidation() {
        const v: FakeValidation = { address, cleared: false };
        const keep = () => {
          if (!sheet.validations.includes(v)) sheet.validations.push(v);
        };
        const validation = strict("DataValidation", {
          clear() {
            record(sheet, "dataValidation.clear", area);
            v.cleared = true;
          },
          set ignoreBlanks(value: boolean) {
            record(sheet, "dataValidation.ignoreBlanks", area);
            keep();
            v.ignoreBlanks = value;
          },
          get ignoreBlanks(): boolean {
            throw notLoaded("DataValidation.ignoreBlanks");
          },
          set rule(value: unknown) {
            record(sheet, "dataValidation.rule", area);
            v.rule = value;
            keep();
          },
          get rule(): unknown {
            throw notLoaded("DataValidation.rule");
          },
          set prompt(value: unknown) {
            record(sheet, "dataValidation.prompt", area);
            keep();
            v.prompt = value;
          },
          get prompt(): unknown {
            throw notLoaded("DataValidation.prompt");
          },
          set errorAlert(value: unknown) {
            record(sheet, "dataValidation.errorAlert", area);
            keep();
            v.errorAlert = value;
          },
          get errorAlert(): unknown {
            throw notLoaded("DataValidation.errorAlert");
          },
        });
        return validation;
      },
      get conditionalFormats() {
        return strict("ConditionalFormatCollection", {
          add(type: string) {
            if (type !== "Custom") throw new FakeExcelNotImplemented(`ConditionalFormatCollection.add(${type})`);
            record(sheet, "conditionalFormats.add", area);
            const cf: FakeConditionalFormat = { address, type };
            sheet.conditionalFormats.push(cf);
            const rule = strict("ConditionalFormatRule", {
              set formula(value: string) {
                cf.formula = value;
              },
              get formula(): string {
                throw notLoaded("ConditionalFormatRule.formula");
              },
            });
            const fill = strict("ConditionalRangeFill", {
              set color(value: string) {
                cf.fill = value;
              },
              get color(): string {
                throw notLoaded("ConditionalRangeFill.color");
              },
            });
            const font = strict("ConditionalRangeFont", {
              set color(value: string) {
                cf.fontColor = value;
              },
              get color(): string {
                throw notLoaded("ConditionalRangeFont.color");
              },
            });
            const format = strict("ConditionalRangeFormat", { get fill() { return fill; }, get font() { return font; } });
            const custom = strict("CustomConditionalFormat", { get rule() { return rule; }, get format() { return format; } });
            return strict("ConditionalFormat", { get custom() { return custom; } });
          },
        });
      },
    };
    return strict("Range", Object.defineProperty(range, "toJSON", { value: () => ({ sheet: sheet.name, address }) }));
  };

  const makeWorksheet = (sheet: FakeSheet): unknown => {
    const getRange = (address: string) => makeRange(sheet, parseArea(address));
    const makeSeries = (chart: FakeChart, s: FakeChart["series"][number]) =>
      strict("ChartSeries", {
        set name(value: string) {
          pending++;
          s.name = value;
        },
        get name(): string {
          throw notLoaded("ChartSeries.name");
        },
        setValues(source: { toJSON(): { address: string } }) {
          pending++;
          s.values = source.toJSON().address;
        },
        setXAxisValues(source: { toJSON(): { address: string } }) {
          pending++;
          s.xAxisValues = source.toJSON().address;
        },
        get format() {
          return strict("ChartSeriesFormat", {
            get fill() {
              return strict("ChartFill", {
                setSolidColor(color: string) {
                  pending++;
                  s.color = color;
                },
              });
            },
          });
        },
      });
    return strict("Worksheet", {
      get name() {
        return sheet.name;
      },
      getRange,
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes needs at least one row and one column");
        return makeRange(sheet, { row, col, rows, cols });
      },
      get freezePanes() {
        return strict("WorksheetFreezePanes", {
          freezeRows(count: number) {
            record(sheet, "freezeRows", { row: 0, col: 0, rows: count, cols: 1 });
            sheet.frozenRows = count;
          },
        });
      },
      get pageLayout() {
        return strict("PageLayout", {
          set orientation(value: string) {
            pending++;
            sheet.pageLayout.orientation = value;
          },
          get orientation(): string {
            throw notLoaded("PageLayout.orientation");
          },
          set zoom(value: unknown) {
            pending++;
            sheet.pageLayout.zoom = value;
          },
          get zoom(): unknown {
            throw notLoaded("PageLayout.zoom");
          },
          set paperSize(value: string) {
            pending++;
            sheet.pageLayout.paperSize = value;
          },
          setPrintTitleRows(rows: string) {
            pending++;
            sheet.pageLayout.printTitleRows = rows;
          },
        });
      },
      get protection() {
        return strict("WorksheetProtection", {
          protect(protectOptions?: unknown, password?: string) {
            pending++;
            sheet.protection = { options: protectOptions, password };
          },
        });
      },
      get charts() {
        return strict("ChartCollection", {
          add(type: string, source: { toJSON(): { address: string } }, seriesBy: string) {
            record(sheet, "charts.add", parseArea(source.toJSON().address));
            const chart: FakeChart = { type, source: source.toJSON().address, seriesBy, series: [{ values: source.toJSON().address }], valueAxis: {} };
            const valueAxis = strict("ChartAxis", {
              set minimum(value: number) {
                pending++;
                chart.valueAxis.minimum = value;
              },
              set maximum(value: number) {
                pending++;
                chart.valueAxis.maximum = value;
              },
            });
            sheet.charts.push(chart);
            const title = strict("ChartTitle", {
              set text(value: string) {
                pending++;
                chart.title = value;
              },
              get text(): string {
                throw notLoaded("ChartTitle.text");
              },
            });
            const series = strict("ChartSeriesCollection", {
              getItemAt(index: number) {
                const s = chart.series[index];
                if (!s) throw new FakeOfficeError("ItemNotFound", `No series ${index}`);
                return makeSeries(chart, s);
              },
              add(name?: string) {
                pending++;
                const s = { name };
                chart.series.push(s);
                return makeSeries(chart, s);
              },
            });
            return strict("Chart", {
              get title() {
                return title;
              },
              get series() {
                return series;
              },
              setPosition(from: string, to?: string) {
                pending++;
                chart.position = [from, to ?? from];
              },
              get axes() {
                return strict("ChartAxes", { get valueAxis() { return valueAxis; } });
              },
            });
          },
        });
      },
      get names() {
        return strict("NamedItemCollection(sheet)", {
          add(name: string, reference: { toJSON(): { sheet: string; address: string } }) {
            pending++;
            if (sheet.names.has(name.toUpperCase())) throw new FakeOfficeError("ItemAlreadyExists", `Sheet ${sheet.name} already has a name ${name}`);
            const ref = reference.toJSON();
            sheet.names.set(name.toUpperCase(), `${ref.sheet}!${ref.address}`);
          },
        });
      },
      activate() {
        pending++;
        state.activeSheet = sheet.name;
      },
    });
  };

  const itemsCollection = <T>(typeName: string, snapshot: () => T[], extra: Record<string, unknown>) => {
    let loaded: T[] | undefined;
    // defineProperties, not Object.assign: assign would call the `items` getter while copying.
    return strict(typeName, Object.defineProperties(extra, Object.getOwnPropertyDescriptors({
      load(properties: string) {
        if (properties !== "items/name") throw new FakeExcelNotImplemented(`${typeName}.load("${properties}")`);
        pendingLoads.push(() => {
          loaded = snapshot();
        });
      },
      get items(): T[] {
        if (!loaded) throw notLoaded(`${typeName}.items`);
        return loaded;
      },
    })));
  };

  const worksheets = itemsCollection("WorksheetCollection", () => state.sheets.map((s) => makeWorksheet(s)), {
    add(name: string) {
      if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${name}`);
      }
      if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
      }
      pending++;
      const sheet = newSheet(name, false);
      state.sheets.push(sheet);
      return makeWorksheet(sheet);
    },
  });

  const names = itemsCollection("NamedItemCollection", () => [...state.names.keys()].map((name) => strict("NamedItem", { name })), {
    add(name: string, reference: { toJSON(): { sheet: string; address: string } }) {
      pending++;
      if ([...state.names.keys()].some((n) => n.toUpperCase() === name.toUpperCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The workbook already has a name ${name}`);
      }
      const ref = reference.toJSON();
      state.names.set(name, `${ref.sheet}!${ref.address}`);
    },
  });

  const application = strict("Application", {
    suspendApiCalculationUntilNextSync() {
      pending++;
      state.calculationSuspendedAt.push(state.syncs);
    },
    suspendScreenUpdatingUntilNextSync() {
      pending++;
      state.screenUpdatingSuspendedAt.push(state.syncs);
    },
  });
  const workbook = strict("Workbook", {
    get worksheets() {
      return worksheets;
    },
    get names() {
      return names;
    },
    get application() {
      return application;
    },
  });

  const sync = async () => {
    state.syncs++;
    pending = 0;
    if (options.failOnSync === state.syncs) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Range.formulas");
    for (const load of pendingLoads.splice(0)) load();
  };

  const context = strict("RequestContext", {
    get workbook() {
      return workbook;
    },
    get application() {
      return application;
    },
    sync,
  });

  return {
    Excel: {
      async run<T>(batch: (ctx: unknown) => Promise<T>): Promise<T> {
        const result = await batch(context);
        // Excel.run sends what is still queued when the batch ends: one more round trip.
        if (pending > 0 || pendingLoads.length > 0) await sync();
        return result;
      },
    },
    workbook: state,
    cell(sheetName, address) {
      const sheet = state.sheets.find((s) => s.name === sheetName);
      if (!sheet) return undefined;
      const { row, col } = parseCell(address);
      return sheet.cells.get(`${row},${col}`);
    },
  };
}
