/**
 * A workbook read part by part, for the commands that only read (score, recap): the sheet list and the defined
 * names at once, then the cells of the windows asked for, each sheet's XML streamed through saxes and only the
 * cells inside a window kept. Memory stays bounded by the windows, whatever the size of the sheets or the reach of
 * a defined name; ExcelJS, which holds every cell of every sheet (a 1M-row sheet took 1.4 GB), is not involved.
 *
 * Values follow ExcelJS's reading, so both sources (cellSource.ts) give a reader the same thing: shared and
 * inline strings (rich text as its plain text), numbers, booleans, `{ error }`, the cached result of a formula
 * (null when none), and a Date for a number whose style has a date format (ExcelJS's rule: d, m, y, h, s or b
 * outside quotes and brackets, or the built-in formats 14-22 and 45-47).
 */
import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { parseCell, parseRange, splitQualified } from "../template/a1";
import { groupNames, type CellSource } from "./cellSource";
import { withinExpansionBound } from "./sheetScopedNames";
import { readWorkbookPart, type WorkbookPart } from "./writtenNames";

/** A rectangle of one sheet, 1-based and inclusive. */
export interface CellWindow {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

export interface PartialWorkbook {
  readonly sheetNames: readonly string[];
  readonly nameGroups: readonly ReadonlyMap<string, readonly string[]>[];
  /**
   * The windows of every defined name with the contract's prefix (SPBE_), each within the expansion bound, less
   * the names in `skip` (a reader that does not need a sheet, such as the recap and the Tahapan sheet, never streams it).
   */
  namedWindows(prefix: string, skip?: ReadonlySet<string>): CellWindow[];
  /** Reads the cells of `windows` (one pass per sheet concerned) and gives them as a CellSource. */
  load(windows: readonly CellWindow[]): Promise<CellSource>;
}

/** The built-in number formats ExcelJS knows as dates (its defaultnumformats); other built-in ids are not. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's test of a date format (utils.isDateFmt), so both readers agree on which numbers are dates. */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** ExcelJS's serial-to-date conversion (utils.excelToDate). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Thrown by a handler that has read all it needs of a part: the stream stops there, without error. */
const ENOUGH = Symbol("enough");

/** A parser without position tracking (no message here quotes a line and column; it is markedly faster). */
const newParser = () => new SaxesParser({ position: false });

/**
 * Streams one part of the zip through `parser`: JSZip inflates it chunk by chunk, so neither the compressed part
 * nor its XML is ever held whole. A parser error ends the stream with that error; a handler throwing ENOUGH ends
 * it early, as read.
 */
function streamPart(zip: JSZip, path: string, parser: { write(chunk: string): unknown; close(): unknown }): Promise<void> {
  const entry = zip.file(path);
  if (!entry) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder("utf-8");
    // internalStream is JSZip's documented streaming API; its typings leave it out.
    const stream = (entry as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.pause();
      if (error === ENOUGH) resolve();
      else reject(error);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (failed) return;
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          fail(error);
        }
      })
      .on("error", fail)
      .on("end", () => {
        if (failed) return;
        try {
          parser.write(decoder.decode());
          parser.close();
          resolve();
        } catch (error) {
          fail(error);
        }
      })
      .resume();
  });
}

interface StreamHelper {
  on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", listener: (error: unknown) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

const attribute = (tag: { attributes: Record<string, unknown> }, name: string): string | undefined => tag.attributes[name] as string | undefined;

/** The number format of each cell style (cellXfs, in order), as the date test needs: true where it is a date. */
async function readDateStyles(zip: JSZip): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const styles: number[] = [];
  const parser = newParser();
  let inCellXfs = false;
  parser.on("opentag", (tag) => {
    if (tag.name === "numFmt") custom.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "");
    else if (tag.name === "cellXfs") inCellXfs = true;
    else if (tag.name === "xf" && inCellXfs) styles.push(Number(attribute(tag, "numFmtId") ?? 0));
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "cellXfs") inCellXfs = false;
  });
  await streamPart(zip, "xl/styles.xml", parser);
  return styles.map((id) => {
    const format = custom.get(id);
    return format !== undefined ? isDateFormat(format) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** A cell's position as one number (row-major; Excel's 16,384 columns). */
const keyOf = (row: number, col: number) => row * 16_384 + col;

/** A shared string not yet resolved: its index in sharedStrings.xml. */
class SharedString {
  constructor(readonly index: number) {}
}

interface SheetCells {
  readonly values: Map<number, unknown>;
  /** The last row and column seen; reading stops after the windows' last row, so no more than that is known. */
  rows: number;
  cols: number;
}

/**
 * Reads one sheet's cells inside `windows`; shared strings stay as their index (SharedString) for one later pass
 * over sharedStrings.xml. Rows and cells without an "r" attribute (allowed, written by some tools) follow the
 * previous one, as Excel reads them.
 */
async function readSheet(zip: JSZip, path: string, windows: readonly CellWindow[], dateStyles: readonly boolean[], date1904: boolean): Promise<SheetCells> {
  const cells: SheetCells = { values: new Map(), rows: 0, cols: 0 };
  const wanted = (row: number, col: number) => windows.some((w) => row >= w.row && row <= w.lastRow && col >= w.col && col <= w.lastCol);
  // Rows come in order (the format requires it): past the last row of every window, the rest is not read.
  const lastWantedRow = windows.reduce((last, w) => Math.max(last, w.lastRow), 0);
  const parser = newParser();
  let row = 0;
  let col = 0;
  // The cell being read, when it is inside a window.
  let open: { key: number; type: string; style: number; text: string; hasValue: boolean; capture: boolean } | undefined;
  let phonetic = false;
  parser.on("opentag", (tag) => {
    switch (tag.name) {
      case "row": {
        const r = attribute(tag, "r");
        row = r === undefined ? row + 1 : Number(r);
        col = 0;
        if (row > lastWantedRow) throw ENOUGH;
        if (row > cells.rows) cells.rows = row;
        break;
      }
      case "c": {
        const r = attribute(tag, "r");
        if (r === undefined) col += 1;
        else {
          try {
            ({ row, col } = parseCell(r));
          } catch {
            col += 1;
          }
        }
        if (row > cells.rows) cells.rows = row;
        if (col > cells.cols) cells.cols = col;
        open = wanted(row, col)
          ? { key: keyOf(row, col), type: attribute(tag, "t") ?? "n", style: Number(attribute(tag, "s") ?? 0), text: "", hasValue: false, capture: false }
          : undefined;
        break;
      }
      case "v":
        if (open) {
          open.capture = true;
          open.hasValue = true;
        }
        break;
      case "t":
        // The text of an inline string, outside its phonetic runs.
        if (open && open.type === "inlineStr" && !phonetic) {
          open.capture = true;
          open.hasValue = true;
        }
        break;
      case "rPh":
        phonetic = true;
        break;
    }
  });
  parser.on("text", (text) => {
    if (open?.capture) open.text += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "v" || tag.name === "t") {
      if (open) open.capture = false;
    } else if (tag.name === "rPh") {
      phonetic = false;
    } else if (tag.name === "c" && open) {
      if (open.hasValue) cells.values.set(open.key, cellValue(open.type, open.text, dateStyles[open.style] === true, date1904));
      open = undefined;
    }
  });
  await streamPart(zip, path, parser);
  return cells;
}

/** The value of a cell from its type attribute and the text of its <v> (or inline string). */
function cellValue(type: string, text: string, dateStyle: boolean, date1904: boolean): unknown {
  switch (type) {
    case "s":
      return new SharedString(Number(text));
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return text.trim() === "1";
    case "e":
      return { error: text };
    case "d":
      return new Date(text);
    default: {
      const n = Number(text);
      return dateStyle ? serialToDate(n, date1904) : n;
    }
  }
}

/** The texts of the shared strings at `indices` (rich text as its runs' text, phonetic runs left out). */
async function readSharedStrings(zip: JSZip, indices: ReadonlySet<number>): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  if (indices.size === 0) return texts;
  const parser = newParser();
  let index = -1;
  let text: string | undefined;
  let capture = false;
  let phonetic = false;
  // A loop, not Math.max(...indices): a scanned table window may need 300,000 strings, past the arguments a call takes.
  let last = -1;
  for (const i of indices) if (i > last) last = i;
  parser.on("opentag", (tag) => {
    if (tag.name === "si") {
      index += 1;
      if (index > last) throw ENOUGH;
      text = indices.has(index) ? "" : undefined;
    } else if (tag.name === "rPh") phonetic = true;
    else if (tag.name === "t" && text !== undefined && !phonetic) capture = true;
  });
  parser.on("text", (chunk) => {
    if (capture) text += chunk;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "t") capture = false;
    else if (tag.name === "rPh") phonetic = false;
    else if (tag.name === "si" && text !== undefined) {
      texts.set(index, text);
      text = undefined;
    }
  });
  await streamPart(zip, "xl/sharedStrings.xml", parser);
  return texts;
}

/** The path of each sheet's part, from the workbook's relationships ("worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"). */
async function sheetPaths(zip: JSZip, part: WorkbookPart): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  const parser = newParser();
  parser.on("opentag", (tag) => {
    if (tag.name !== "Relationship") return;
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  });
  await streamPart(zip, "xl/_rels/workbook.xml.rels", parser);
  const paths = new Map<string, string>();
  for (const sheet of part.sheets) {
    const target = targets.get(sheet.relationship);
    if (target !== undefined) paths.set(sheet.name, target);
  }
  return paths;
}

/** The cells of a plain A1 reference as a window, or undefined (another form, a missing sheet, too many cells). */
function windowOf(reference: string, sheetOf: (name: string) => string | undefined): CellWindow | undefined {
  const { sheet, range } = splitQualified(reference.trim());
  const name = sheet === undefined ? undefined : sheetOf(sheet);
  if (name === undefined) return undefined;
  try {
    const r = parseRange(range);
    if (!withinExpansionBound(r)) return undefined;
    return { sheet: name, ...r };
  } catch {
    return undefined;
  }
}

/** Opens a checked zip (checkWorkbookBytes) for reading part by part. */
export async function openPartialWorkbook(zip: JSZip): Promise<PartialWorkbook> {
  const part = await readWorkbookPart(zip);
  const sheetNames = part.sheets.map((s) => s.name);
  const byLowerName = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const sheetOf = (name: string) => byLowerName.get(name.toLowerCase());
  const nameGroups = groupNames(part.names.map((n) => ({ name: n.name, ranges: [n.text], localSheetId: n.localSheetId })));
  let paths: Map<string, string> | undefined;
  let dateStyles: boolean[] | undefined;

  return {
    sheetNames,
    nameGroups,
    namedWindows(prefix, skip) {
      const upper = prefix.toUpperCase();
      return nameGroups.flatMap((group) =>
        [...group.entries()].filter(([name]) => name.startsWith(upper) && !skip?.has(name)).flatMap(([, refs]) => refs.flatMap((ref) => windowOf(ref, sheetOf) ?? [])),
      );
    },
    async load(windows) {
      paths ??= await sheetPaths(zip, part);
      dateStyles ??= await readDateStyles(zip);
      const sheets = new Map<string, SheetCells>();
      for (const name of new Set(windows.map((w) => w.sheet))) {
        const path = paths.get(name);
        if (path !== undefined) sheets.set(name, await readSheet(zip, path, windows.filter((w) => w.sheet === name), dateStyles, part.date1904));
      }
      const needed = new Set<number>();
      for (const { values } of sheets.values()) for (const v of values.values()) if (v instanceof SharedString) needed.add(v.index);
      const texts = await readSharedStrings(zip, needed);
      for (const { values } of sheets.values()) {
        for (const [key, v] of values) if (v instanceof SharedString) values.set(key, texts.get(v.index) ?? "");
      }
      return {
        sheetNames,
        nameGroups,
        sheet: sheetOf,
        value: (sheet, row, col) => sheets.get(sheet)?.values.get(keyOf(row, col)) ?? null,
        extent: (sheet) => {
          const cells = sheets.get(sheet);
          return cells ? { rows: cells.rows, cols: cells.cols } : { rows: 0, cols: 0 };
        },
      };
    },
  };
}
