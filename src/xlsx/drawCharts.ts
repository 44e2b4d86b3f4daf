/**
 * Draws the spec's charts into finished .xlsx bytes with Excelize (its WebAssembly port, excelize-wasm): ExcelJS
 * writes everything else but has no chart support, and Excelize writes real Excel charts (DrawingML), which Excel
 * and LibreOffice open as charts bound to the sheet's cells, so they follow the numbers when levels change.
 * Excelize rewrites only the parts a chart touches (the chart's sheet, the content types, the styles); the other
 * sheets pass through byte for byte.
 *
 * Node only (it reads the WebAssembly file from node_modules): imported by path, like saveWorkbook.
 */
import { createRequire } from "node:module";
import JSZip from "jszip";
import { parseCell } from "../template/a1";
import type { ChartToDraw } from "./pendingCharts";


type Excelize = Awaited<ReturnType<typeof import("excelize-wasm").init>>;

let loading: Promise<Excelize> | undefined;

/** Excelize, loaded once per process (half a second: the WebAssembly module is 4 MB compressed). */
function excelize(): Promise<Excelize> {
  // Resolved at run time from the installed package: the CLI bundle keeps npm packages in node_modules.
  const load = createRequire(__filename);
  loading ??= (load("excelize-wasm") as typeof import("excelize-wasm")).init(load.resolve("excelize-wasm/excelize.wasm.gz"));
  return loading;
}

/** Excel's default column (8.43 characters) and row (15 points) sizes, and their pixels at 96 dpi. */
const DEFAULT_ROW_POINTS = 15;
const columnPixels = (characters: number) => Math.trunc(characters * 7 + 5);
const rowPixels = (points: number) => Math.round((points * 96) / 72);

/** The chart's size in pixels: the cells from its top-left to its bottom-right cell, both included. */
export function chartPixels(draw: ChartToDraw): { width: number; height: number } {
  const from = parseCell(draw.chart.from);
  const to = parseCell(draw.chart.to);
  let width = 0;
  for (let col = from.col; col <= to.col; col++) width += columnPixels(draw.columnWidths[col - 1] ?? 8.43);
  let height = 0;
  for (let row = from.row; row <= to.row; row++) height += rowPixels(draw.rowHeights.get(row) ?? DEFAULT_ROW_POINTS);
  return { width, height };
}

/** "'Ringkasan'!$E$21:$E$28" from the spec's sheet-relative "E21:E28". */
function absolute(sheet: string, ref: string): string {
  const cells = ref.split(":").map((part) => {
    const { row, col } = parseCell(part);
    let letters = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `$${letters}$${row}`;
  });
  return `'${sheet.replace(/'/g, "''")}'!${cells.join(":")}`;
}

/** Returns `bytes` with every chart drawn; throws with Excelize's words when it refuses one. */
export async function drawCharts(bytes: Uint8Array, charts: readonly ChartToDraw[]): Promise<Uint8Array> {
  if (charts.length === 0) return bytes;
  const x = await excelize();
  const file = x.OpenReader(bytes);
  if (file.error) throw new Error(`Excelize could not open the workbook: ${file.error}`);
  for (const draw of charts) {
    const { chart, sheet } = draw;
    const { width, height } = chartPixels(draw);
    const result = file.AddChart(sheet, chart.from, {
      Type: x.Bar,
      Series: chart.series.map((s) => ({
        Name: absolute(sheet, s.nameCell),
        Categories: absolute(sheet, chart.categories),
        Values: absolute(sheet, s.values),
        ...(s.color ? { Fill: { Type: "pattern", Pattern: 1, Color: [s.color] } } : {}),
      })),
      Title: { Paragraph: [{ Text: chart.title }] },
      Dimension: { Width: width, Height: height },
      Legend: { Position: "bottom" },
      // Aspects top to bottom in the table's order; values on the fixed 0-5 scale of every level and index.
      XAxis: { ReverseOrder: true, Font: { Color: "000000" } },
      YAxis: { Minimum: 0, Maximum: chart.valueMax, MajorUnit: 1, MajorGridLines: true, Font: { Color: "000000" } },
      PlotArea: { ShowVal: true },
      ShowBlanksAs: "gap",
      Format: { Positioning: "twoCell", PrintObject: true, Locked: true },
    });
    if (result.error) throw new Error(`Excelize could not draw the chart "${chart.title}" on ${sheet}: ${result.error}`);
  }
  const written = file.WriteToBuffer();
  if (written.error) throw new Error(`Excelize could not write the workbook: ${written.error}`);
  return booleansAsDigits(written.buffer as Uint8Array);
}

/** An attribute whose value is an xsd:boolean spelled as a word ( locked="false"). */
const WORD_BOOLEAN = /(\s[\w:]+)="(true|false)"/g;

/**
 * Excelize spells the booleans of the parts it rewrites as words (locked="false", sheet="true"); ExcelJS reads only
 * digits there, so the next ExcelJS tool to open the file (spbe merge, split) would see the input cells locked and
 * the sheet unprotected, and write them so. Both spellings are valid xsd:boolean; the digits suit every reader.
 * Only attribute values change: cell text is element content, in the shared strings, which Excelize leaves alone.
 */
async function booleansAsDigits(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^xl\/(worksheets\/[^/]+|styles|workbook)\.xml$/.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(WORD_BOOLEAN, (_, attribute: string, word: string) => `${attribute}="${word === "true" ? 1 : 0}"`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
